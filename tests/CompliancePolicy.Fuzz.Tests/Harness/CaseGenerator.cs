using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CompliancePolicy.Fuzz.Tests.Mutation;

namespace CompliancePolicy.Fuzz.Tests.Harness
{
    /// <summary>
    /// Makes case number <c>iteration</c> of a seed: a sample with its policy, its records or its policy test mutated,
    /// and a command that reads the mutant. The case depends on the seed and the iteration only, so any case replays
    /// on its own.
    /// </summary>
    public static class CaseGenerator
    {
        private const string AsOf = "2026-11-23";
        /// <summary>Where a case keeps the sample's policy unmutated, the other side of a diff.</summary>
        private const string BaselineFolder = "baseline";
        private static readonly string[] CheckFormats = { "text", "json", "jsonl", "csv", "sarif", "junit", "markdown", "html" };
        private static readonly string[] DueFormats = { "text", "json", "jsonl", "csv", "markdown", "html" };

        public static FuzzCase Generate(int seed, int iteration)
        {
            var random = new Random(unchecked(seed * 1_000_003 + iteration));
            var sample = Sample.All[random.Next(Sample.All.Count)];
            var policy = Encoding.UTF8.GetBytes(sample.Policy);
            var records = Encoding.UTF8.GetBytes(sample.Records);
            var test = Encoding.UTF8.GetBytes(sample.Test);
            string what;
            string[] arguments;
            switch (random.Next(10))
            {
                case 0: case 1: case 2: case 3:
                    what = "policy";
                    policy = Encoding.UTF8.GetBytes(TextMutations.MutatePolicy(sample.Policy, random));
                    arguments = PolicyCommand(sample, random);
                    break;
                case 4: case 5: case 6: case 7:
                    what = "records";
                    records = JsonMutations.MutateRecords(sample.Records, random);
                    arguments = RecordsCommand(sample, random);
                    break;
                default:
                    what = "policy test";
                    test = JsonMutations.MutateTest(sample.Test, random);
                    arguments = new[] { "test", Path("tests/" + sample.Name + ".policytest.json") };
                    break;
            }
            var files = new Dictionary<string, byte[]>
            {
                [BaselineFolder + "/" + sample.Name + ".policy"] = Encoding.UTF8.GetBytes(sample.Policy),
                [sample.Name + ".policy"] = policy,
                ["records/" + sample.RecordsFile] = records,
                ["tests/" + sample.Name + ".policytest.json"] = test,
            };
            return new FuzzCase($"{seed}-{iteration}", $"{sample.Name}: {what} mutated (seed {seed}, iteration {iteration})", files, arguments);
        }

        /// <summary>Whether the case's policy differs from every sample's: a policy mutant, which the analyzers see too.</summary>
        public static bool MutatesThePolicy(FuzzCase fuzzCase) =>
            fuzzCase.Files.Where(f => f.Key.EndsWith(".policy", StringComparison.Ordinal))
                .Any(f => !Sample.All.Any(s => f.Value.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(s.Policy))));

        private static string[] PolicyCommand(Sample sample, Random random)
        {
            var policy = Path(sample.Name + ".policy");
            switch (random.Next(7))
            {
                case 0: return new[] { "lint", policy };
                case 1: return new[] { "lint", policy, "--format", random.Next(2) == 0 ? "json" : "sarif" };
                case 2: return new[] { "fmt", policy, "--check" };
                case 3: return new[] { "test", Path("tests") };
                case 4: return DiffCommand(sample, random);
                default: return RecordsCommand(sample, random);
            }
        }

        private static string[] RecordsCommand(Sample sample, Random random)
        {
            var policy = Path(sample.Name + ".policy");
            var records = Path("records/" + sample.RecordsFile);
            var record = records + "#" + (sample.RecordIds.Count == 0 ? "x" : sample.RecordIds[random.Next(sample.RecordIds.Count)]);
            var more = new List<string> { "--as-of", random.Next(8) == 0 ? Hostile.Dates[random.Next(Hostile.Dates.Length)] : AsOf };
            if (sample.Parameters.Count > 0 && random.Next(5) == 0)
            {
                var values = Hostile.Durations.Concat(Hostile.Numbers).Concat(Hostile.Dates).Concat(new[] { "banana", "", "true" }).ToArray();
                more.AddRange(new[] { "--param", sample.Parameters[random.Next(sample.Parameters.Count)] + "=" + values[random.Next(values.Length)] });
            }
            // Two jobs read a file in pieces: what the pieces' edges meet is fuzzed too.
            if (random.Next(3) == 0) more.AddRange(new[] { "--jobs", "2" });
            switch (random.Next(7))
            {
                case 0: return new[] { "explain", policy, "--record", record }.Concat(more).ToArray();
                case 3: return DiffCommand(sample, random, more);
                case 1 when sample.HasLifecycle: return new[] { "timeline", policy, "--record", record, "--format", random.Next(2) == 0 ? "json" : "text" }.Concat(more).ToArray();
                case 2 when sample.HasLifecycle:
                    var within = random.Next(4) == 0 ? Hostile.Durations[random.Next(Hostile.Durations.Length)] : "90days";
                    return new[] { "due", policy, "--records", records, "--within", within, "--format", DueFormats[random.Next(DueFormats.Length)] }.Concat(more).ToArray();
                default:
                    var format = CheckFormats[random.Next(CheckFormats.Length)];
                    if (format != "text" && random.Next(2) == 0) more.AddRange(new[] { "--detail", random.Next(2) == 0 ? "failures" : "all" });
                    if (format == "text" && random.Next(2) == 0) more.AddRange(new[] { "--max-listed", random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture) });
                    return new[] { "check", policy, "--records", records, "--format", format }.Concat(more).ToArray();
            }
        }

        /// <summary>
        /// <c>diff</c> between the sample as it is (in baseline/) and the case's policy, either way round, over the case's
        /// records: a mutant policy, mutant records, or both versions the same.
        /// </summary>
        private static string[] DiffCommand(Sample sample, Random random, IEnumerable<string>? more = null)
        {
            var (old, @new) = (Path(BaselineFolder + "/" + sample.Name + ".policy"), Path(sample.Name + ".policy"));
            if (random.Next(2) == 0) (old, @new) = (@new, old);
            var formats = new[] { "text", "json", "markdown", "html" };
            return new[] { "diff", old, @new, "--records", Path("records/" + sample.RecordsFile), "--format", formats[random.Next(formats.Length)] }
                .Concat(more ?? new[] { "--as-of", AsOf }).ToArray();
        }

        private static string Path(string relative) => FuzzCase.Folder + "/" + relative;
    }
}
