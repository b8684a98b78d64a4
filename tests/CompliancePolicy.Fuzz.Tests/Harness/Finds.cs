using System;
using System.Globalization;
using System.IO;

namespace CompliancePolicy.Fuzz.Tests.Harness
{
    /// <summary>The harness's settings (README.md) and where a failing case is kept until it is copied into Fixtures/found.</summary>
    public static class Finds
    {
        private const int DefaultSeed = 20261204;

        /// <summary>COMPLIANCE_FUZZ_SEED, or the seed CI runs.</summary>
        public static int Seed => Setting("COMPLIANCE_FUZZ_SEED", DefaultSeed);

        public static int Setting(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

        /// <summary>Saves a failing case where it can be copied into Fixtures/found, and says so.</summary>
        public static string Keep(FuzzCase fuzzCase, string problem, string details)
        {
            var folder = Path.Combine(Path.GetTempPath(), "compliance-fuzz-found", fuzzCase.Name);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            fuzzCase.Save(folder);
            return $"{fuzzCase}\n  {problem}\n  kept in {folder}: copy it to tests/CompliancePolicy.Fuzz.Tests/Fixtures/found " +
                $"so that RegressionTests replays it\n  {details}";
        }

        public static string Shorten(string text) => text.Length <= 600 ? text : text.Substring(0, 600) + "...";
    }
}
