using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace CompliancePolicy.Fuzz.Tests.Harness
{
    /// <summary>The seeds: each sample policy of dsl-samples with its records and its policy test, read once.</summary>
    public sealed class Sample
    {
        private Sample(string name, string policy, string recordsFile, string records, string test)
        {
            Name = name;
            Policy = policy;
            RecordsFile = recordsFile;
            Records = records;
            Test = test;
            RecordIds = Regex.Matches(records, "\"id\":\\s*\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToArray();
            Parameters = Regex.Matches(policy, @"(?m)^param (\w+)").Select(m => m.Groups[1].Value).ToArray();
            HasLifecycle = policy.Contains("\nlifecycle ", StringComparison.Ordinal);
        }

        /// <summary>The policy's file name without extension, as dsl-samples names it: "subsidies".</summary>
        public string Name { get; }

        public string Policy { get; }

        /// <summary>The records file's name in records/: "subsidies.json" or "audit-report-access.jsonl".</summary>
        public string RecordsFile { get; }

        public string Records { get; }
        public string Test { get; }
        public IReadOnlyList<string> RecordIds { get; }
        public IReadOnlyList<string> Parameters { get; }
        public bool HasLifecycle { get; }

        /// <summary>The repository root, found above the test assembly (initialised first: <see cref="All"/> reads it).</summary>
        public static string RepositoryRoot { get; } = FindRoot();

        public static IReadOnlyList<Sample> All { get; } = Load();

        private static IReadOnlyList<Sample> Load()
        {
            var samples = Path.Combine(RepositoryRoot, "dsl-samples");
            return Directory.GetFiles(samples, "*.policy").OrderBy(p => p, StringComparer.Ordinal).Select(path =>
            {
                var name = Path.GetFileNameWithoutExtension(path);
                var records = Directory.GetFiles(Path.Combine(samples, "records"), name + ".json*").Single();
                return new Sample(name, File.ReadAllText(path), Path.GetFileName(records), File.ReadAllText(records),
                    File.ReadAllText(Path.Combine(samples, "tests", name + ".policytest.json")));
            }).ToArray();
        }

        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CompliancePolicy.sln"))) return directory.FullName;
            }
            throw new InvalidOperationException("The repository root (CompliancePolicy.sln) is not above " + AppContext.BaseDirectory);
        }
    }
}
