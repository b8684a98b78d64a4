using System;
using System.IO;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Testing;

namespace CompliancePolicy.Tests.Support
{
    /// <summary>
    /// A temporary folder holding a small eligibility policy and the policy test files a rule test writes beside it,
    /// run as <c>compliance test</c> runs them. Deleted when disposed.
    /// </summary>
    internal sealed class PolicyTestFolder : IDisposable
    {
        public const string Eligibility = """
            policy "ISO/IEC 20000 eligibility"

            schema Organisation key id {
              id: text
              sms_established: date
              audit_date: date?
            }

            param minimum_operation: duration = 3 months "RD-2.2"

            clause ELIG-2 "The SMS has operated for at least 3 months before the audit"
              cites "RD-2.2"
              severity blocker
              applies when audit_date is present
              require sms_established + minimum_operation <= audit_date

            decision eligible = failures(blocker) = 0
            """;

        /// <summary>An organisation whose SMS ran 2 months 29 days before its audit: ELIG-2 fails with the default parameter.</summary>
        public const string Org7 = """{"id": "org-7", "sms_established": "2026-08-24", "audit_date": "2026-11-22"}""";

        public PolicyTestFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "compliance-rule-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
            Write("eligibility.policy", Eligibility);
        }

        public string Path { get; }

        public string Write(string name, string text)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllText(file, text);
            return file;
        }

        /// <summary>Writes the test file and runs it.</summary>
        public PolicyTestRun Run(string testFile, string name = "rule.policytest.json") => PolicyTestRunner.Run(new[] { Write(name, testFile) });

        /// <summary>A test file for the eligibility policy with the given tests (JSON objects, comma-separated).</summary>
        public static string Tests(string tests) => "{ \"policy\": \"eligibility.policy\", \"tests\": [\n" + tests + "\n] }";

        /// <summary>A test of org-7 as of 2026-11-23 with the given extra fields and expectation.</summary>
        public static string Test(string expect, string extra = "") =>
            $"  {{ \"name\": \"t\", \"as_of\": \"2026-11-23\", {extra}\"record\": {Org7}, \"expect\": {expect} }}";

        /// <summary>The one diagnostic of a rule in the run.</summary>
        public static Diagnostic Single(PolicyTestRun run, string id) =>
            Assert.Single(run.Diagnostics, d => d.Id == id);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder must not fail a test.
            }
        }
    }
}
