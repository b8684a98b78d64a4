using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using CompliancePolicy.Checking;
using CompliancePolicy.Cli.Output;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Reporting;
using CompliancePolicy.Reporting.Html;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>compliance check POLICY... --records PATH... [--as-of] [--param] [--format] [--output] [--fail-on] [--allow-empty]</c>:
    /// options parsed here, the run is <see cref="PolicyCheck.Run"/>.</summary>
    internal static class CheckCommand
    {
        public const string MatchingRule =
            "Every record is read against the schema of every policy given and evaluated against each policy whose schema it fits; " +
            "it is 'not applicable' to a policy whose schema it does not fit (the reason is in the json, sarif and junit reports; the text report leaves those policies out), " +
            "and a record that fits no policy is an unreadable record (exit 2).";

        /// <summary><c>--records PATH...</c>, as <c>check</c> and <c>due</c> read them.</summary>
        public static Option<string[]> RecordsOption() => new Option<string[]>("--records", "-r")
        {
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
            HelpName = "PATH",
            Description = "Record files (a JSON object, an array of objects, or JSON Lines), or folders searched recursively for *.json and *.jsonl. " + MatchingRule,
        }.RejectOptionLikeValues();

        public static Command Create(CliContext context)
        {
            var policies = new Argument<string[]>("POLICY")
            {
                Arity = ArgumentArity.OneOrMore,
                Description = "Policy files, or folders searched recursively for *.policy.",
            }.RejectOptionLikeValues();
            var records = RecordsOption();
            var asOf = CommonOptions.AsOf("The evaluation date, yyyy-MM-dd. Default: today; the date used is printed in every report so the run can be reproduced.");
            var parameters = CommonOptions.Parameters("Override a policy parameter, NAME=VALUE (repeatable, each NAME once), e.g. --param \"cure_period=45 days\". Applies to every policy that declares NAME.");
            var format = CommonOptions.Format(
                "text (for people), json (docs/report-format.md), jsonl (one line per record, for batches), csv (for spreadsheets), " +
                    "sarif (SARIF 2.1.0), junit (JUnit XML), markdown, html (one self-contained page with charts, record search and lifecycle timelines; works offline).",
                "text", "json", "jsonl", "csv", "sarif", "junit", "markdown", "html");
            var detail = new Option<string?>("--detail")
            {
                HelpName = "failures|all",
                Description = "Which clauses a report holds: 'all', or 'failures' (failed and error clauses; passing and not-applicable ones are left out). " +
                    "Defaults keep what each format always held: all for json, junit and html; failures for jsonl, csv, sarif and markdown. The text report lists failures only.",
            };
            detail.AcceptOnlyFromAmong("failures", "all");
            var maxListed = new Option<string>("--max-listed")
            {
                HelpName = "N|all",
                Description = $"The text report lists at most N records that are not compliant (default {TextReportWriter.DefaultMaxListed}; 0 for the summary only, 'all' for every one); " +
                    "it always ends with the summary and the failures per clause.",
                DefaultValueFactory = _ => TextReportWriter.DefaultMaxListed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            maxListed.Validators.Add(result =>
            {
                if (ParseMaxListed(result.GetValueOrDefault<string>()) is null) result.AddError($"--max-listed: '{result.GetValueOrDefault<string>()}' is not a number of records (0 or more) or 'all'.");
            });
            var output = CommonOptions.Output("Write the report to FILE instead of stdout. The file is replaced only when the report is complete (a failed run leaves the previous one); a FILE that is one of the policy or record files is refused before anything is read.");
            var failOn = new Option<string>("--fail-on")
            {
                Description = "The lowest clause severity whose failure makes a record non-compliant and the exit code 1; 'never' reports failures but always exits 0 (unless inputs are bad).",
                DefaultValueFactory = _ => "blocker",
            };
            failOn.AcceptOnlyFromAmong("blocker", "major", "minor", "advisory", "never");
            var allowEmpty = new Option<bool>("--allow-empty")
            {
                Description = "Let a run that checks no record pass (exit 0). Without it, checking nothing (an empty folder, an empty file, /dev/null) is an input error, exit 2: a gate that checked nothing must not say compliant.",
            };

            var jobs = JobsOption.Create();
            var noProgress = new Option<bool>("--no-progress")
            {
                Description = "Show no progress on stderr. By default a long run shows a live bar on a terminal and, in a log, a line every 5 seconds " +
                    "(records, records/s, bytes read of the total, time left); stdout never carries it.",
            };

            var command = new Command("check",
                "Evaluate records against policies as of a date and report every clause's verdict and every lifecycle's state (compliance timeline shows a record's whole timeline). " +
                "Exit codes: 0 every record compliant at the --fail-on level; 1 a record fails a clause at or above it (or a clause cannot be evaluated); " +
                "2 a policy does not compile, a record or record file cannot be read, no record was checked, the --output file is one of the inputs, or the command line is wrong; " +
                "3 an internal error: the engine failed on a record (a bug to report; the report says which clause); " +
                "130 interrupted (Ctrl+C): the records read by then are reported, and the report says it is incomplete.")
            {
                policies, records, asOf, parameters, format, detail, maxListed, output, failOn, allowEmpty, jobs, noProgress,
            };
            command.SetAction(parse => Run(context, new Request(
                parse.GetValue(policies)!, parse.GetValue(records)!, parse.GetValue(asOf), parse.GetValue(parameters),
                parse.GetValue(format)!, parse.GetValue(detail), ParseMaxListed(parse.GetValue(maxListed)) ?? TextReportWriter.DefaultMaxListed,
                parse.GetValue(output), parse.GetValue(failOn)!, parse.GetValue(allowEmpty), parse.GetValue(jobs), !parse.GetValue(noProgress))));
            return command;
        }

        private sealed record Request(string[] Policies, string[] Records, string? AsOf, string[]? Parameters, string Format, string? Detail, int MaxListed,
            string? Output, string FailOn, bool AllowEmpty, int? Jobs, bool Progress);

        /// <summary>A count of 0 or more, or 'all'; null for anything else.</summary>
        private static int? ParseMaxListed(string? text)
        {
            if (text == "all") return int.MaxValue;
            return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : null;
        }

        private static int Run(CliContext context, Request request)
        {
            ReportNames.TryParseFailOn(request.FailOn, out var failOn);
            var options = Inputs.Options(context, request.AsOf, request.Parameters, failOn, request.AllowEmpty, request.Jobs);
            var printer = new RunPrinter(context.Errors);
            var toTerminal = request.Output is null && context.Environment.OutputIsTerminal;
            // The progress line shares the screen with stdout when both are the terminal: only formats that print at the end allow that.
            var progressFits = !toTerminal || request.Format == "text" || request.Format == "markdown";
            var progressConsole = context.Environment.ErrorIsTerminal && progressFits && request.Progress
                ? Terminal.Create(context.Error, context.Environment.ColorOnError, interactive: true, context.Environment.Width)
                : null;
            var holdText = toTerminal && progressConsole != null;
            var check = new CheckRequest(request.Policies, request.Records, options,
                stream => CreateWriter(context, request, stream, toTerminal, holdText, printer.Shown),
                request.Output, request.Output is null ? Inputs.StandardOutput(context) : null);
            var progress = new RunProgress();
            RunResult<CheckSummary> result;
            using (ProgressDisplay.Start(progressConsole, request.Progress && !context.Environment.ErrorIsTerminal ? context.Error : null,
                context.Environment.ProgressDelay, request.Progress ? context.Environment.ProgressInterval : TimeSpan.Zero, progress))
            {
                result = PolicyCheck.Run(check, printer, progress, context.Environment.Interrupted);
            }
            if (result.Problem != null) throw Inputs.Refused(result.Problem);

            var summary = result.Summary!;
            if (summary.InternalErrors > 0)
                context.ReportBug($"the engine failed on {summary.InternalErrors} record(s); the report marks their clauses, decisions or lifecycles as internal errors");
            // A JSON, XML or HTML document ends without a line break; on a terminal or in a pipe the next prompt or file starts on its own line.
            var endsWithoutLineBreak = request.Format == "json" || request.Format == "sarif" || request.Format == "junit" || request.Format == "html";
            if (endsWithoutLineBreak && request.Output is null) context.Output.WriteLine();
            if (request.Format != "text" || request.Output != null)
            {
                var destination = request.Output is null ? string.Empty : $"; report written to {request.Output}";
                var incomplete = summary.Interruption is null ? string.Empty : "; INCOMPLETE: " + summary.Interruption;
                context.Error.WriteLine($"Checked {summary.Records} record(s) as of {options.AsOf}: {summary.Compliant} compliant, {summary.NonCompliant} non-compliant, " +
                    $"{summary.Errors} in error (exit code {summary.ExitCode}){destination}{incomplete}.");
            }
            return summary.ExitCode;
        }

        private static ReportWriter CreateWriter(CliContext context, Request request, Stream stream, bool toTerminal, bool holdText, ISet<Diagnostic> shown)
        {
            ReportDetail Detail(ReportDetail byDefault) => request.Detail is null ? byDefault : request.Detail == "all" ? ReportDetail.All : ReportDetail.Failures;
            switch (request.Format)
            {
                case "json": return new JsonReportWriter(stream, detail: Detail(JsonReportWriter.DefaultDetail));
                case "jsonl": return new JsonLinesReportWriter(stream, Detail(JsonLinesReportWriter.DefaultDetail));
                case "csv": return new CsvReportWriter(stream, Detail(CsvReportWriter.DefaultDetail));
                case "sarif": return new SarifReportWriter(stream, detail: Detail(SarifReportWriter.DefaultDetail));
                case "junit": return new JUnitReportWriter(stream, Detail(JUnitReportWriter.DefaultDetail));
                case "html": return new HtmlReportWriter(stream, Detail(HtmlReportWriter.DefaultDetail));
                case "markdown": return new MarkdownReportWriter(Text(context, request.Output, stream), Detail(MarkdownReportWriter.DefaultDetail));
                default:
                    var console = context.OutputConsole(Text(context, request.Output, stream), toTerminal && context.Environment.ColorOnOutput, toTerminal);
                    return new TextReportWriter(console, holdText, shown, request.MaxListed);
            }
        }

        /// <summary>stdout itself, or a writer over the report file's stream that passes every write on at once (the file
        /// is committed when the run ends, and nothing may be left in a buffer then).</summary>
        private static TextWriter Text(CliContext context, string? output, Stream stream) =>
            output is null ? new NonClosingWriter(context.Output) : new StreamWriter(stream, new UTF8Encoding(false), 4096, leaveOpen: true) { AutoFlush = true };

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
