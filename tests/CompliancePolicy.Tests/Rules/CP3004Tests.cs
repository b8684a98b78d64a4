using System.IO;
using CompliancePolicy.Checking;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3004 Policy input unusable: a policy path that does not exist, a file that is not UTF-8 or is too large;
    /// machine-readable reports carry it like any other diagnostic.</summary>
    public class CP3004PolicyInputUnusableTests
    {
        [Fact]
        public void A_policy_saved_as_Latin_1_is_a_diagnostic_of_the_lint()
        {
            using var folder = new PolicyTestFolder();
            var policy = Path.Combine(folder.Path, "latin1.policy");
            File.WriteAllBytes(policy, new byte[] { (byte)'#', (byte)' ', 0xE9, (byte)'\n' });

            var result = PolicyFiles.Lint(new[] { policy });

            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP3004", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal($"Cannot use the policy input '{policy}': is not valid UTF-8 (byte offset 2); save it with UTF-8 encoding", diagnostic.Message);
            Assert.Equal(policy, diagnostic.Location!.Path);
            Assert.Equal(2, result.ExitCode(warningsAsErrors: false));
        }

        [Fact]
        public void A_path_that_does_not_exist_is_reported()
        {
            using var folder = new PolicyTestFolder();
            var missing = Path.Combine(folder.Path, "nope.policy");

            var result = PolicyFiles.Lint(new[] { missing });

            Assert.Equal($"Cannot use the policy input '{missing}': no such file or folder", Assert.Single(result.Diagnostics).Message);
        }

        [Fact]
        public void A_readable_policy_is_not_reported()
        {
            using var folder = new PolicyTestFolder();

            var result = PolicyFiles.Lint(new[] { Path.Combine(folder.Path, "eligibility.policy") });

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CP3004");
            Assert.Equal(0, result.ExitCode(warningsAsErrors: true));
        }
    }
}
