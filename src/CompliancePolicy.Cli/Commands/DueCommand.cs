using System;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using CompliancePolicy.Checking;
using CompliancePolicy.Cli.Output;
using CompliancePolicy.Reporting;
using CompliancePolicy.Reporting.Html;
using CompliancePolicy.Values;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>compliance due POLICY... --records PATH... --within DURATION [--as-of] [--param] [--format] [--output] [--jobs]</c>:
    /// options parsed here, the run is <see cref="PolicyDue.Run"/>.</summary>
    internal static class DueCommand
    {
        public static Command Create(CliContext context)
        {
            var policies = new Argument<string[]>("POLICY")
            {
                Arity = ArgumentArity.OneOrMore,
                Description = "Policy files, or folders searched recursively for *.policy; at least one declares a lifecycle.",
            }.RejectOptionLikeValues();
            var records = CheckCommand.RecordsOption();
            var within = new Option<string>("--within", "-w")
            {
                Required = true,
                HelpName = "DURATION",
                Description = "How far ahead to look from the as-of date, as the language writes durations: \"90 days\" (or 90days), \"3 months\", \"1 year\".",
            };
            var asOf = CommonOptions.AsOf("The day the window starts, yyyy-MM-dd (default: today; the date used is printed). Lifecycles are replayed up to it.");
            var parameters = CommonOptions.Parameters("Override a policy parameter (repeatable, each NAME once), e.g. --param \"max_suspension=3 months\".");
            var format = CommonOptions.Format(
                "text (one line per item), json, jsonl, csv, markdown or html (one self-contained page, no script) (docs/report-format.md, \"What falls due\").",
                "text", "json", "jsonl", "csv", "markdown", "html");
            var output = CommonOptions.Output("Write the report to FILE instead of stdout, atomically (a failed run leaves the previous file); a FILE that is one of the inputs is refused.");
            var jobs = JobsOption.Create();
            var noProgress = new Option<bool>("--no-progress") { Description = "Show no progress on stderr (by default: a live bar on a terminal, a line every 5 seconds in a log)." };
            var command = new Command("due",
                "List, over every record, what the lifecycles say will happen from the as-of date to the end of the window if nothing else happens: " +
                "deadline transitions that fire (a certificate that expires, a suspension that becomes a revocation, a rectification period that runs out) " +
                "and deadlines that fall due (a surveillance audit), overdue ones first, in date order, with the record, its state now and the citations. " +
                "Exit codes: 0 listed; 1 a lifecycle could not be replayed; 2 no policy declares a lifecycle, an input cannot be used, or the command line is wrong; 130 interrupted.")
            {
                policies, records, within, asOf, parameters, format, output, jobs, noProgress,
            };
            command.SetAction(parse => Run(context, parse.GetValue(policies)!, parse.GetValue(records)!, parse.GetValue(within)!, parse.GetValue(asOf),
                parse.GetValue(parameters), parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(jobs), parse.GetValue(noProgress)));
            return command;
        }

        private static int Run(CliContext context, string[] policies, string[] records, string withinText, string? asOf, string[]? parameters, string format, string? output, int? jobs,
            bool noProgress)
        {
            var within = Within(withinText);
            var options = Inputs.Options(context, asOf, parameters, jobs: jobs);
            var request = new DueRequest(policies, records, options, within, stream => CreateWriter(context, format, output, stream),
                output, output is null ? Inputs.StandardOutput(context) : null);
            var progress = new RunProgress();
            RunResult<DueSummary> result;
            // The report is written once every record is read, so a live bar never shares the screen with it.
            var terminal = context.Environment.ErrorIsTerminal && !noProgress
                ? Terminal.Create(context.Error, context.Environment.ColorOnError, interactive: true, context.Environment.Width)
                : null;
            using (ProgressDisplay.Start(terminal, noProgress || context.Environment.ErrorIsTerminal ? null : context.Error, context.Environment.ProgressDelay,
                context.Environment.ProgressInterval, progress))
            {
                result = PolicyDue.Run(request, new RunPrinter(context.Errors), progress, context.Environment.Interrupted);
            }
            if (result.Problem != null) throw Inputs.Refused(result.Problem);
            var summary = result.Summary!;
            if (format == "json" && output is null) context.Output.WriteLine();
            if (output != null || format != "text")
            {
                context.Error.WriteLine($"{summary.Items} item(s) due from {options.AsOf} to {request.Until} for {summary.Records} record(s) (exit code {summary.ExitCode})" +
                    (output is null ? "." : $"; report written to {output}."));
            }
            return summary.ExitCode;
        }

        /// <summary>The --within duration: the language's spelling, with "90days" read as "90 days".</summary>
        internal static Duration Within(string text)
        {
            var spaced = Regex.Replace(text.Trim(), @"(\d)([A-Za-z])", "$1 $2");
            if (!Duration.TryParse(spaced, out var duration))
                throw new CliException($"--within: '{text}' is not a duration such as \"90 days\", \"3 months\" or \"1 year\"");
            if (duration.Months < 0 || duration.Days < 0 || (duration.Months == 0 && duration.Days == 0))
                throw new CliException($"--within: '{text}' must look ahead: give a positive duration such as \"90 days\"");
            return duration;
        }

        private static DueReportWriter CreateWriter(CliContext context, string format, string? output, Stream stream)
        {
            switch (format)
            {
                case "json": return new DueJsonReportWriter(stream);
                case "jsonl": return new DueJsonLinesReportWriter(stream);
                case "csv": return new DueCsvReportWriter(stream);
                case "markdown": return new DueMarkdownReportWriter(Text(context, output, stream));
                case "html": return new DueHtmlReportWriter(stream);
                default: return new DueTextWriter(Text(context, output, stream));
            }
        }

        private static TextWriter Text(CliContext context, string? output, Stream stream) =>
            output is null ? context.Output : new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
    }
}
