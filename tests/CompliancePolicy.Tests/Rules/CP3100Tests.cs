using System.IO;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Testing;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3100 Policy test file unreadable: the test file cannot be opened, is not UTF-8, or is larger than the limit.</summary>
    public class CP3100TestFileUnreadableTests
    {
        [Fact]
        public void A_test_file_saved_as_Latin_1_is_reported_at_its_first_invalid_byte()
        {
            using var folder = new PolicyTestFolder();
            var file = Path.Combine(folder.Path, "latin1.policytest.json");
            File.WriteAllBytes(file, new byte[] { (byte)'{', (byte)'\n', (byte)'"', 0xE9, (byte)'"', (byte)'}' });

            var run = PolicyTestRunner.Run(new[] { file });

            var diagnostic = PolicyTestFolder.Single(run, "CP3100");
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal($"The policy test file '{file}' is not valid UTF-8 (byte offset 3); save it with UTF-8 encoding", diagnostic.Message);
            Assert.Equal((2, 2), (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column));
            Assert.Equal(2, run.ExitCode);
        }

        [Fact]
        public void A_file_over_4_MiB_is_refused()
        {
            using var folder = new PolicyTestFolder();
            var file = folder.Write("huge.policytest.json", "{\"description\": \"" + new string('x', 4 * 1024 * 1024) + "\"}");

            var run = PolicyTestRunner.Run(new[] { file });

            Assert.Equal($"The policy test file '{file}' is larger than 4 MiB, the limit for a policy test file", PolicyTestFolder.Single(run, "CP3100").Message);
        }

        [Fact]
        public void A_device_that_never_ends_is_refused_at_the_size_limit_instead_of_being_read_until_memory_runs_out()
        {
            if (!File.Exists("/dev/zero")) return; // Windows has no /dev/zero; the size limit itself is tested above.

            var run = PolicyTestRunner.Run(new[] { "/dev/zero" });

            var diagnostic = PolicyTestFolder.Single(run, "CP3100");
            Assert.Equal("The policy test file '/dev/zero' is larger than 4 MiB, the limit for a policy test file", diagnostic.Message);
        }

        [Fact]
        public void The_same_file_saved_as_UTF_8_is_read()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ \"clauses\": { \"ELIG-2\": \"fail\" } }")));

            Assert.Empty(run.Diagnostics);
            Assert.True(run.Succeeded);
        }
    }
}
