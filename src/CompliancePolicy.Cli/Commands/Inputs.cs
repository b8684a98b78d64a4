using System.Collections.Generic;
using System.IO;
using System.Linq;
using CompliancePolicy.Reporting;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary>Reads what the command line names: dates, parameter overrides, policy files and output files.</summary>
    internal static class Inputs
    {
        public static readonly string[] PolicyPatterns = { "*.policy" };
        public static readonly string[] RecordPatterns = { "*.json", "*.jsonl" };

        /// <summary>The --as-of date, or today (the only place the tool reads the clock).</summary>
        public static CalendarDate AsOf(string? text, CliEnvironment environment)
        {
            if (text is null) return environment.Today();
            if (CalendarDate.TryParse(text.Trim(), out var date)) return date;
            throw new CliException($"--as-of: '{text}' is not a date written yyyy-MM-dd (e.g. 2026-11-23)");
        }

        public static IReadOnlyList<KeyValuePair<string, string>> Parameters(string[]? values)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var value in values ?? System.Array.Empty<string>())
            {
                if (!ParameterOverrides.TryParse(value, out var pair))
                    throw new CliException($"--param: '{value}' is not NAME=VALUE (e.g. --param \"cure_period=45 days\")");
                pairs.Add(pair);
            }
            return pairs;
        }

        /// <summary>The record files under the paths: files as given; in folders every *.json and *.jsonl except policy
        /// tests (*.policytest.json), which live beside policies and are not records.</summary>
        public static IReadOnlyList<string> RecordFiles(IReadOnlyList<string> paths, List<InputProblem> problems)
        {
            var files = PolicySources.Find(paths, RecordPatterns, problems);
            var testSuffix = Testing.PolicyTestRunner.FilePattern.TrimStart('*');
            return files.Where(f => !f.EndsWith(testSuffix, System.StringComparison.OrdinalIgnoreCase) || paths.Contains(f)).ToArray();
        }

        /// <summary>Reads every policy file under the paths; null after printing each problem (missing path, not UTF-8).</summary>
        public static IReadOnlyList<SourceText>? PolicySourceTexts(CliContext context, IEnumerable<string> paths)
        {
            var problems = new List<InputProblem>();
            var given = paths.ToArray();
            var files = PolicySources.Find(given, PolicyPatterns, problems);
            var sources = new List<SourceText>();
            foreach (var file in files)
            {
                var source = PolicySources.Read(file, problems);
                if (source != null) sources.Add(source);
            }
            if (problems.Count == 0 && sources.Count == 0) problems.Add(new InputProblem(string.Join(", ", given), "no .policy files found"));
            foreach (var problem in problems) context.Errors.Error(problem.ToString());
            return problems.Count == 0 ? sources : null;
        }

        /// <summary>The report's destination: the --output file (created or replaced), or stdout.</summary>
        public static Stream OpenOutput(CliContext context, string? path)
        {
            if (path is null) return new Output.TextWriterStream(context.Output);
            try
            {
                return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException || e is System.ArgumentException || e is System.NotSupportedException)
            {
                throw new CliException($"--output: cannot write '{path}': {e.Message}");
            }
        }
    }
}
