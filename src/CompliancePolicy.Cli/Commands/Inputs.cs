using System.Collections.Generic;
using System.IO;
using CompliancePolicy.Checking;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary>Reads what the command line names into the run's options, and says what is wrong with a value in terms of its option.</summary>
    internal static class Inputs
    {
        /// <summary>The options of a run, built once from the command line and passed to the library.</summary>
        public static RunOptions Options(CliContext context, string? asOf, string[]? parameters, Severity? failOn = Severity.Blocker, bool allowEmpty = false,
            int? jobs = null) =>
            new RunOptions(AsOf(asOf, context.Environment), Parameters(parameters), failOn, allowEmpty, CliApp.ToolName, CliApp.Version, jobs);

        /// <summary>The --as-of date, or today (the only place the tool reads the clock).</summary>
        public static CalendarDate AsOf(string? text, CliEnvironment environment)
        {
            if (text is null) return environment.Today();
            if (DateInput.TryParse(text.Trim(), out var date, out var noSuchDate)) return date;
            if (noSuchDate != null) throw new CliException($"--as-of: '{text}' is no such date: {noSuchDate}");
            throw new CliException($"--as-of: '{text}' is not a date written yyyy-MM-dd (e.g. 2026-11-23)");
        }

        /// <summary>The --param values as NAME=VALUE pairs; a value without '=' or a name given twice is refused.</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> Parameters(string[]? values)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var value in values ?? System.Array.Empty<string>())
            {
                if (!ParameterOverrides.TryParse(value, out var pair))
                    throw new CliException($"--param: '{value}' is not NAME=VALUE (e.g. --param \"cure_period=45 days\")");
                pairs.Add(pair);
            }
            if (ParameterOverrides.FindRepeated(pairs) is { } repeated) throw new CliException("--param: " + repeated);
            return pairs;
        }

        /// <summary>A problem that stopped a verb, said in terms of the option that names the input.</summary>
        public static CliException Refused(RunProblem problem)
        {
            var option = problem.Subject switch
            {
                ProblemSubject.Record => "--record: ",
                ProblemSubject.Clause => "--clause: ",
                ProblemSubject.Output => "--output: ",
                ProblemSubject.Window => "--within: ",
                _ => string.Empty,
            };
            return new CliException(option + problem.Message + Suggestion.Text(problem.Suggestions));
        }

        /// <summary>stdout as a stream, for the byte-oriented report writers (System.Text.Json, XmlWriter).</summary>
        public static Stream StandardOutput(CliContext context) => new Output.TextWriterStream(context.Output);

        /// <summary>Writes a whole document to the --output file (atomically: a failure leaves the previous file), or to stdout;
        /// <paramref name="endWithLine"/> ends stdout with a line break, for a document that does not end with one (JSON).</summary>
        public static void Write(CliContext context, string? path, System.Action<Stream> write, bool endWithLine = true)
        {
            if (path is null)
            {
                write(StandardOutput(context));
                if (endWithLine) context.Output.WriteLine();
                return;
            }
            AtomicFile file;
            try
            {
                file = AtomicFile.Create(path);
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException || e is System.ArgumentException || e is System.NotSupportedException)
            {
                throw new CliException($"--output: cannot write '{path}': {e.Message}");
            }
            using (file)
            {
                write(file.Stream);
                file.Commit();
            }
        }
    }
}
