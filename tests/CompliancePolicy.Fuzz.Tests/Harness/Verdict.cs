using System;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;

namespace CompliancePolicy.Fuzz.Tests.Harness
{
    /// <summary>
    /// What the tool must do with any input (README.md; docs/language.md, "Limits"): finish within the time limit, exit 0, 1 or 2 (3
    /// is an internal error: a bug), never say "internal error" nor print a stack trace, and, when asked for a machine
    /// format on stdout, print a whole JSON or XML document.
    /// </summary>
    public static class Verdict
    {
        private static readonly Regex StackFrame = new Regex(@"(?m)^\s+at [\w.`<>\[\]]+[.(]");

        /// <summary>Why the run broke the tool's promises, or null when it kept them.</summary>
        public static string? Problem(FuzzCase fuzzCase, RunResult result, TimeSpan limit)
        {
            if (result.ExitCode is null) return $"did not finish within {limit.TotalSeconds:0} s";
            if (result.ExitCode < 0 || result.ExitCode > 2) return $"exit code {result.ExitCode}" + (result.ExitCode == 134 ? " (the process aborted: a stack overflow?)" : string.Empty);
            var printed = result.Output + "\n" + result.Error;
            if (printed.Contains("internal error", StringComparison.OrdinalIgnoreCase)) return "said \"internal error\"";
            if (StackFrame.IsMatch(printed) || printed.Contains("Unhandled exception", StringComparison.Ordinal)) return "printed a stack trace";
            return DocumentProblem(fuzzCase, result.Output);
        }

        /// <summary>Why the analyzers broke their promise on a case's policies (a compiler process must survive any policy:
        /// finish in time, let no exception escape, which the compiler reports as AD0001, and never fall back on CP5008,
        /// the analyzers' own catch-all), or null when they kept it.</summary>
        public static string? Problem(AnalysisResult result, TimeSpan limit)
        {
            if (result.TimedOut) return $"the analyzers did not finish within {limit.TotalSeconds:0} s";
            if (result.Exceptions.Count > 0) return "an exception escaped an analyzer: " + result.Exceptions[0];
            var crash = result.Diagnostics.FirstOrDefault(d => d.Id == "AD0001" || d.Id == "CP5008");
            if (crash != null) return $"the analyzers reported {crash.Id}: {crash.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            var leak = result.Diagnostics.FirstOrDefault(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("internal error", StringComparison.OrdinalIgnoreCase));
            return leak is null ? null : "a diagnostic said \"internal error\": " + leak;
        }

        /// <summary>A report written to stdout in a machine format must be whole, even when the run found bad input: a
        /// JSON or XML document that parses, JSON Lines whose every line parses and whose last line is the summary, CSV
        /// whose every row has the header's number of fields, and an HTML page that is closed.</summary>
        private static string? DocumentProblem(FuzzCase fuzzCase, string output)
        {
            var format = FormatOf(fuzzCase);
            if (format is null || output.Trim().Length == 0) return null;
            try
            {
                switch (format)
                {
                    case "junit": new XmlDocument().LoadXml(output); return null;
                    case "jsonl": return JsonLinesProblem(output);
                    case "csv": return CsvProblem(output);
                    case "html": return output.TrimEnd().EndsWith("</html>", StringComparison.Ordinal) ? null : "wrote an html page that is not closed";
                    default: JsonDocument.Parse(output).Dispose(); return null;
                }
            }
            catch (Exception e) when (e is JsonException || e is XmlException)
            {
                return $"wrote a {format} report that does not parse: {e.Message}";
            }
        }

        private static string? JsonLinesProblem(string output)
        {
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            foreach (var line in lines) JsonDocument.Parse(line).Dispose();
            using var last = JsonDocument.Parse(lines[^1]);
            return last.RootElement.GetProperty("type").GetString() == "summary" ? null : "wrote a jsonl report whose last line is not the summary";
        }

        /// <summary>Counts each row's fields by RFC 4180 (quoted fields may hold commas, quotes written twice and line breaks).</summary>
        private static string? CsvProblem(string output)
        {
            var fields = new System.Collections.Generic.List<int>();
            int count = 1, i = output.Length > 0 && output[0] == '\uFEFF' ? 1 : 0;
            var quoted = false;
            for (; i < output.Length; i++)
            {
                var c = output[i];
                if (quoted)
                {
                    if (c != '"') continue;
                    if (i + 1 < output.Length && output[i + 1] == '"') i++;
                    else quoted = false;
                }
                else if (c == '"') quoted = true;
                else if (c == ',') count++;
                else if (c == '\n')
                {
                    fields.Add(count);
                    count = 1;
                }
            }
            if (quoted) return "wrote a csv report with a quoted field that is not closed";
            var bad = fields.FindIndex(f => f != fields[0]);
            return bad < 0 ? null : $"wrote a csv report whose row {bad + 1} has {fields[bad]} fields where the header has {fields[0]}";
        }

        private static string? FormatOf(FuzzCase fuzzCase)
        {
            var arguments = fuzzCase.Arguments;
            var at = arguments.ToList().IndexOf("--format");
            if (at < 0 || at + 1 >= arguments.Count) return null;
            var format = arguments[at + 1];
            return format == "text" || format == "markdown" ? null : format;
        }
    }
}
