using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using CompliancePolicy.Cli.Output;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Reporting;
using CompliancePolicy.Text;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>compliance check POLICY... --records PATH... [--as-of] [--param] [--format] [--output] [--fail-on]</c>.</summary>
    internal static class CheckCommand
    {
        public const string MatchingRule =
            "Every record is read against the schema of every policy given and evaluated against each policy whose schema it fits; " +
            "it is 'not applicable' to a policy whose schema it does not fit (the reason is in the json, sarif and junit reports; the text report leaves those policies out), " +
            "and a record that fits no policy is an unreadable record (exit 2).";

        public static Command Create(CliContext context)
        {
            var policies = new Argument<string[]>("POLICY")
            {
                Arity = ArgumentArity.OneOrMore,
                Description = "Policy files, or folders searched recursively for *.policy.",
            }.RejectOptionLikeValues();
            var records = new Option<string[]>("--records", "-r")
            {
                Required = true,
                Arity = ArgumentArity.OneOrMore,
                AllowMultipleArgumentsPerToken = true,
                HelpName = "PATH",
                Description = "Record files (a JSON object, an array of objects, or JSON Lines), or folders searched recursively for *.json and *.jsonl. " + MatchingRule,
            }.RejectOptionLikeValues();
            var asOf = new Option<string?>("--as-of")
            {
                Description = "The evaluation date, yyyy-MM-dd. Default: today; the date used is printed in every report so the run can be reproduced.",
                HelpName = "DATE",
            };
            var parameters = new Option<string[]>("--param", "-p")
            {
                Description = "Override a policy parameter, NAME=VALUE (repeatable), e.g. --param \"cure_period=45 days\". Applies to every policy that declares NAME.",
                HelpName = "NAME=VALUE",
            };
            var format = new Option<string>("--format", "-f")
            {
                Description = "text (for people), json (docs/report-format.md), sarif (SARIF 2.1.0), junit (JUnit XML), markdown.",
                DefaultValueFactory = _ => "text",
            };
            format.AcceptOnlyFromAmong("text", "json", "sarif", "junit", "markdown");
            var output = new Option<string?>("--output", "-o")
            {
                Description = "Write the report to FILE instead of stdout.",
                HelpName = "FILE",
            };
            var failOn = new Option<string>("--fail-on")
            {
                Description = "The lowest clause severity whose failure makes a record non-compliant and the exit code 1; 'never' reports failures but always exits 0 (unless inputs are bad).",
                DefaultValueFactory = _ => "blocker",
            };
            failOn.AcceptOnlyFromAmong("blocker", "major", "minor", "advisory", "never");

            var command = new Command("check",
                "Evaluate records against policies as of a date and report every clause's verdict and every lifecycle's state (compliance timeline shows a record's whole timeline). " +
                "Exit codes: 0 every record compliant at the --fail-on level; 1 a record fails a clause at or above it (or a clause cannot be evaluated); " +
                "2 a policy does not compile, a record or record file cannot be read, or the command line is wrong.")
            {
                policies, records, asOf, parameters, format, output, failOn,
            };
            command.SetAction(parse => Run(context, new Request(
                parse.GetValue(policies)!, parse.GetValue(records)!, parse.GetValue(asOf), parse.GetValue(parameters),
                parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(failOn)!)));
            return command;
        }

        private sealed record Request(string[] Policies, string[] Records, string? AsOf, string[]? Parameters, string Format, string? Output, string FailOn);

        private static int Run(CliContext context, Request request)
        {
            var asOf = Inputs.AsOf(request.AsOf, context.Environment);
            var overrides = Inputs.Parameters(request.Parameters);
            ReportNames.TryParseFailOn(request.FailOn, out var failOn);

            var sources = Inputs.PolicySourceTexts(context, request.Policies);
            if (sources is null) return ExitCodes.InputError;
            var compilation = PolicyCompiler.Compile(sources);
            // Policy diagnostics are shown exactly as 'lint' shows them, on stderr.
            context.Errors.AddSources(sources);
            context.Errors.Print(compilation.Diagnostics);
            var shown = new HashSet<Diagnostic>(compilation.Diagnostics);

            var policies = compilation.HasErrors ? Array.Empty<Policy>() : (IReadOnlyList<Policy>)compilation.Policies;
            var infos = ParameterOverrides.Apply(policies, overrides, out var parameterProblems);
            foreach (var problem in parameterProblems)
            {
                context.Errors.Print(problem);
                shown.Add(problem);
            }
            var runnable = !compilation.HasErrors && !parameterProblems.Any(d => d.IsError);
            var header = new CheckReportHeader(CliApp.ToolName, CliApp.Version, asOf, failOn, overrides, runnable ? infos : Array.Empty<PolicyInfo>());

            var recordProblems = new List<InputProblem>();
            var recordFiles = runnable ? Inputs.RecordFiles(request.Records, recordProblems) : Array.Empty<string>();
            foreach (var path in request.Records.Where(p => runnable && Directory.Exists(p)))
            {
                if (!recordFiles.Any(f => f.StartsWith(path, StringComparison.Ordinal))) context.Errors.Warning($"{path}: no *.json or *.jsonl files in this folder");
            }

            var toTerminal = request.Output is null && context.Environment.OutputIsTerminal;
            using var stream = request.Format == "text" || request.Format == "markdown" ? null : Inputs.OpenOutput(context, request.Output);
            using var text = stream is null ? OpenText(context, request.Output) : null;
            // The progress line shares the screen with stdout when both are the terminal: only formats that print at the end allow that.
            var progressFits = !toTerminal || request.Format == "text" || request.Format == "markdown";
            var progressConsole = context.Environment.ErrorIsTerminal && progressFits
                ? Terminal.Create(context.Error, context.Environment.ColorOnError, interactive: true, context.Environment.Width)
                : null;
            using var writer = CreateWriter(context, request.Format, stream, text, toTerminal,
                holdText: toTerminal && progressConsole != null, shown);

            var initial = compilation.Diagnostics.Concat(parameterProblems).ToList();
            foreach (var problem in recordProblems)
            {
                var diagnostic = Unreadable(problem);
                context.Errors.Print(diagnostic);
                shown.Add(diagnostic);
                initial.Add(diagnostic);
            }
            var run = new CheckRun(header, writer, initial);
            using (ProgressDisplay.Start(progressConsole, context.Environment.ProgressDelay, () => $"Checked {run.RecordsChecked:N0} records; reading {run.CurrentFile}"))
            {
                foreach (var file in recordFiles)
                {
                    var before = run.Diagnostics.Count;
                    var count = run.CheckFile(file);
                    // A file that cannot be read is reported at once on stderr, whatever the report format.
                    foreach (var problem in run.Diagnostics.Skip(before))
                    {
                        context.Errors.Print(problem.Diagnostic);
                        shown.Add(problem.Diagnostic);
                    }
                    if (count == 0 && run.Diagnostics.Count == before) context.Errors.Warning($"{file}: holds no records");
                }
            }
            var summary = run.Complete();
            text?.Flush();
            if (stream != null && request.Output is null) context.Output.WriteLine();
            if (request.Format != "text" || request.Output != null)
            {
                var destination = request.Output is null ? string.Empty : $"; report written to {request.Output}";
                context.Error.WriteLine($"Checked {summary.Records} record(s) as of {asOf}: {summary.Compliant} compliant, {summary.NonCompliant} non-compliant, " +
                    $"{summary.Errors} in error (exit code {summary.ExitCode}){destination}.");
            }
            return summary.ExitCode;
        }

        private static TextWriter OpenText(CliContext context, string? path) =>
            path is null ? new NonClosingWriter(context.Output) : new StreamWriter(Inputs.OpenOutput(context, path), new UTF8Encoding(false));

        private static ReportWriter CreateWriter(CliContext context, string format, Stream? stream, TextWriter? text, bool toTerminal, bool holdText, ISet<Diagnostic> shown)
        {
            switch (format)
            {
                case "json": return new JsonReportWriter(stream!);
                case "sarif": return new SarifReportWriter(stream!);
                case "junit": return new JUnitReportWriter(stream!);
                case "markdown": return new MarkdownReportWriter(text!);
                default: return new TextReportWriter(context.OutputConsole(text, toTerminal && context.Environment.ColorOnOutput, toTerminal), holdText, shown);
            }
        }

        /// <summary>A records path that does not exist or cannot be listed is a record file that cannot be read (CP2007).</summary>
        private static Diagnostic Unreadable(InputProblem problem)
        {
            var rule = DiagnosticRules.RecordFileUnreadable;
            var start = new LinePosition(1, 1);
            var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, rule.MessageFormat, $"'{problem.Path}' {(problem.Message == "no such file or folder" ? "does not exist" : problem.Message)}");
            return new Diagnostic(rule, new SourceLocation(problem.Path, new TextSpan(0, 0), start, start), message, rule.DefaultSeverity);
        }

        /// <summary>Lets a report writer own its writer without closing the tool's stdout.</summary>
        private sealed class NonClosingWriter : TextWriter
        {
            public NonClosingWriter(TextWriter inner) => Inner = inner;
            private TextWriter Inner { get; }
            public override Encoding Encoding => Inner.Encoding;
            public override void Write(char value) => Inner.Write(value);
            public override void Write(string? value) => Inner.Write(value);
            public override void Write(char[] buffer, int index, int count) => Inner.Write(buffer, index, count);
            public override void WriteLine(string? value) => Inner.WriteLine(value);
            public override void Flush() => Inner.Flush();

            protected override void Dispose(bool disposing) => Inner.Flush();
        }
    }
}
