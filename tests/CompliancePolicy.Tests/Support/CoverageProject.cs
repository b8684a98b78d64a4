using System;
using System.IO;
using System.Linq;
using CompliancePolicy.Checking.Coverage;
using CompliancePolicy.Diagnostics;

namespace CompliancePolicy.Tests.Support
{
    /// <summary>
    /// A temporary policy project for coverage tests: a rule index, a compliance.json naming it, and policy files, run
    /// as <c>compliance coverage FOLDER</c> runs them. Deleted when disposed.
    /// </summary>
    internal sealed class CoverageProject : IDisposable
    {
        /// <summary>Three rules, R-1 to R-3, in Markdown.</summary>
        public const string Index = """
            # Our rules
            <!-- rule-id-pattern: R-[0-9]+ -->
            - R-1 An organisation holds a valid licence.
            - R-2 Its system has run for 3 months.
            - R-3 It keeps 3 months of records.
            """;

        public const string Settings = """{ "coverage": { "index": "rules.md" } }""";

        /// <summary>A policy header and schema, to which a test adds clauses.</summary>
        public const string Header = """
            policy "Eligibility"
            schema Organisation key id { id: text, licensed: bool, months: int }

            """;

        public CoverageProject(string policy, string settings = Settings, string index = Index)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "compliance-coverage-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
            Write("rules.md", index);
            Write("compliance.json", settings);
            Write("eligibility.policy", policy);
        }

        public string Path { get; }

        public string Write(string name, string text)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllText(file, text);
            return file;
        }

        public CoverageResult Run() => CoverageRun.Run(new[] { Path });

        /// <summary>The one rule of the run's one index with this ID.</summary>
        public static RuleCoverage Rule(CoverageResult result, string id) => Assert.Single(result.Indexes).Rules.Single(r => r.Rule.Id == id);

        public static Diagnostic Single(CoverageResult result, string id) => Assert.Single(result.Diagnostics, d => d.Id == id);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
        }
    }
}
