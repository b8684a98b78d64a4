using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3108 Policy under test unusable: the test file's policy is missing, unreadable, does not compile, or is not one policy.</summary>
    public class CP3108TestPolicyUnusableTests
    {
        private static string File(string policy) =>
            "{ \"policy\": " + policy + ", \"tests\": [ " + PolicyTestFolder.Test("{ \"decisions\": { \"eligible\": false } }") + " ] }";

        [Fact]
        public void A_policy_that_does_not_exist_is_reported_at_the_policy_field_and_its_tests_fail()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(File("\"eligibilty.policy\""));

            var diagnostic = PolicyTestFolder.Single(run, "CP3108");
            Assert.Equal("The policy 'eligibilty.policy' cannot be used: no such file or folder", diagnostic.Message);
            Assert.Equal("$.policy", diagnostic.Location!.JsonPath);
            Assert.True(Assert.Single(run.Results).HasErrors);
        }

        [Fact]
        public void A_NUL_in_the_path_is_said_plainly_and_shown_escaped()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(File("\"eligibility\\u0000.policy\""));

            Assert.Equal("The policy 'eligibilityU+0000.policy' cannot be used: the path contains a NUL or another character no file name can hold",
                PolicyTestFolder.Single(run, "CP3108").Message);
        }

        [Fact]
        public void A_device_that_never_ends_is_refused_at_the_policy_size_limit()
        {
            if (!System.IO.File.Exists("/dev/zero")) return; // Windows has no /dev/zero; PolicySources' limit is the same code.
            using var folder = new PolicyTestFolder();

            var run = folder.Run(File("\"/dev/zero\""));

            Assert.StartsWith("The policy '/dev/zero' cannot be used: is larger than 4 MiB, the limit for a policy file", PolicyTestFolder.Single(run, "CP3108").Message);
        }

        [Fact]
        public void A_policy_that_does_not_compile_gives_its_errors_and_the_first_in_the_message()
        {
            using var folder = new PolicyTestFolder();
            folder.Write("broken.policy", "policy \"Broken\"\nschema R key id { id: text }\nclause B-1 \"b\"\n  cites \"x\"\n  require id = = \"a\"\n");

            var run = folder.Run(File("\"broken.policy\""));

            Assert.StartsWith("The policy 'broken.policy' cannot be used: it does not compile (1 error(s), first: ", PolicyTestFolder.Single(run, "CP3108").Message);
            Assert.Contains(run.Diagnostics, d => d.Id == "CP0001");
        }

        [Fact]
        public void A_policy_that_compiles_is_not_reported()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(File("\"eligibility.policy\""));

            Assert.Empty(run.Diagnostics);
        }
    }
}
