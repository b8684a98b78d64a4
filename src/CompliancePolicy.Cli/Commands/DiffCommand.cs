using System.CommandLine;
using System.IO;
using System.Text;
using CompliancePolicy.Checking;
using CompliancePolicy.Cli.Output;
using CompliancePolicy.Reporting;
using CompliancePolicy.Reporting.Diff;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>compliance diff OLD NEW --records PATH... [--as-of] [--param] [--format] [--output] [--fail-on] [--fail-on-new-failures] [--max-listed]</c>:
    /// options parsed here, the run is <see cref="PolicyDiff.Run"/>.</summary>
    internal static class DiffCommand
    {
        public static Command Create(CliContext context)
        {
            var old = new Argument<string>("OLD")
            {
                Description = "The policies before the change: a file, a folder searched recursively for *.policy, or a git revision of one, REV:PATH " +
                    "(e.g. HEAD~1:dsl-samples or main:policies/eligibility.policy; PATH from the repository's top, or from here when it starts with ./), read with the git command.",
            };
            var @new = new Argument<string>("NEW") { Description = "The policies after the change, given the same way." };
            var records = new Option<string[]>("--records", "-r")
            {
                Required = true,
                Arity = ArgumentArity.OneOrMore,
                AllowMultipleArgumentsPerToken = true,
                HelpName = "PATH",
                Description = "Record files, or folders searched recursively for *.json and *.jsonl. Each record is read once and evaluated under both versions; " +
                    "policies are matched by title, and a policy in one version only is compared with 'absent'.",
            }.RejectOptionLikeValues();
            var asOf = CommonOptions.AsOf("The evaluation date, yyyy-MM-dd (default: today; printed in the report).");
            var parameters = CommonOptions.Parameters("Override a policy parameter in both versions (in the one that declares it, if only one does); repeatable, each NAME once.");
            var format = CommonOptions.Format(
                "text (for people), json (docs/report-format.md), markdown (for a pull request comment), html (one self-contained page, no script).",
                "text", "json", "markdown", "html");
            var output = CommonOptions.Output("Write the report to FILE instead of stdout, replacing it only when complete; a FILE that is one of the inputs is refused.");
            var failOn = new Option<string>("--fail-on")
            {
                Description = "The lowest clause severity whose failure makes a record non-compliant, in both versions.",
                DefaultValueFactory = _ => "blocker",
            };
            failOn.AcceptOnlyFromAmong("blocker", "major", "minor", "advisory", "never");
            var gate = new Option<bool>("--fail-on-new-failures")
            {
                Description = "Exit 1 when a record that passed (or was not checked by the policy) now fails. On by default; '--fail-on-new-failures false' reports them and exits 0.",
                DefaultValueFactory = _ => true,
            };
            var maxListed = new Option<int>("--max-listed")
            {
                HelpName = "N",
                Description = "How many changed records the text report lists (default 50), the Markdown report per kind of change (default 10), and the HTML page (default 200).",
            };
            var allowEmpty = new Option<bool>("--allow-empty") { Description = "Let a run that compares no record pass, instead of exit 2." };
            var command = new Command("diff",
                "Show what a change to the policies changes: how the policies' text differs (in the language's syntax), and which records change verdict, " +
                "clause by clause, with what would make a new failure pass. Exit codes: 0 no record that passed now fails; 1 one does (unless --fail-on-new-failures false); " +
                "2 a version does not compile or cannot be read (no git, no such revision), a record cannot be read, or the command line is wrong.")
            {
                old, @new, records, asOf, parameters, format, output, failOn, gate, maxListed, allowEmpty,
            };
            command.SetAction(parse => Run(context, new Request(parse.GetValue(old)!, parse.GetValue(@new)!, parse.GetValue(records)!, parse.GetValue(asOf),
                parse.GetValue(parameters), parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(failOn)!, parse.GetValue(gate),
                parse.GetResult(maxListed) is null ? (int?)null : parse.GetValue(maxListed), parse.GetValue(allowEmpty))));
            return command;
        }

        private sealed record Request(string Old, string New, string[] Records, string? AsOf, string[]? Parameters, string Format, string? Output,
            string FailOn, bool Gate, int? MaxListed, bool AllowEmpty);

        private static int Run(CliContext context, Request request)
        {
            if (request.MaxListed is { } listed && listed < 0) throw new CliException($"--max-listed: {listed} is negative; give 0 or more");
            ReportNames.TryParseFailOn(request.FailOn, out var failOn);
            var options = Inputs.Options(context, request.AsOf, request.Parameters, failOn, request.AllowEmpty);
            var printer = new RunPrinter(context.Errors);
            var diff = new DiffRequest(request.Old, request.New, request.Records, options, request.Gate,
                stream => CreateWriter(context, request, stream, printer), request.Output, request.Output is null ? Inputs.StandardOutput(context) : null);
            var result = PolicyDiff.Run(diff, printer);
            if (result.Problem != null) throw Inputs.Refused(result.Problem);
            var summary = result.Summary!;
            if (request.Format == "json" && request.Output is null) context.Output.WriteLine();
            if (request.Format != "text" || request.Output != null)
            {
                var destination = request.Output is null ? string.Empty : $"; report written to {request.Output}";
                context.Error.WriteLine($"{DiffText.Counts(summary)} as of {options.AsOf}; {DiffText.Result(summary)}{destination}.");
            }
            return summary.ExitCode;
        }

        private static DiffReportWriter CreateWriter(CliContext context, Request request, Stream stream, RunPrinter printer)
        {
            switch (request.Format)
            {
                case "json": return new DiffJsonWriter(stream);
                case "markdown": return new DiffMarkdownWriter(Text(context, request.Output, stream), request.MaxListed ?? 10);
                case "html": return new DiffHtmlWriter(stream, request.MaxListed ?? 200);
                default: return new DiffTextWriter(Text(context, request.Output, stream), request.MaxListed ?? 50, printer.Shown);
            }
        }

        /// <summary>stdout, or a writer over the report file that passes every write on (the file is committed at the end).</summary>
        private static TextWriter Text(CliContext context, string? output, Stream stream) =>
            output is null ? context.Output : new StreamWriter(stream, new UTF8Encoding(false), 4096, leaveOpen: true) { AutoFlush = true };
    }
}
