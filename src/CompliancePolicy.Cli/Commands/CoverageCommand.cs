using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using CompliancePolicy.Checking.Coverage;
using CompliancePolicy.Reporting;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>compliance coverage POLICY... [--format text|json|markdown] [--output FILE] [--fail-on missing|warning|never]</c>:
    /// the measure is <see cref="CoverageRun.Run"/>; this writes its report and prints its diagnostics.</summary>
    internal static class CoverageCommand
    {
        public static Command Create(CliContext context)
        {
            var policies = new Argument<string[]>("POLICY")
            {
                Arity = ArgumentArity.OneOrMore,
                Description = "Policy files, or folders searched recursively for *.policy. The compliance.json above each names its rule index (docs/configuration.md).",
            }.RejectOptionLikeValues();
            var format = CommonOptions.Format(
                "text: a line per rule (status, then the citing clauses, transitions and deadlines at file:line, or the reason); json: see docs/report-format.md; markdown: a table to paste as a README's rule map.",
                "text", "json", "markdown");
            var output = CommonOptions.Output("Write the report to FILE instead of stdout (replaced only when complete; a FILE that is a policy file, a settings file or an index is refused).");
            var failOn = new Option<string>("--fail-on")
            {
                Description = "missing: exit 1 when a rule is missing (CP8001); warning: exit 1 on any warning; never: only errors fail the run (exit 2).",
                DefaultValueFactory = _ => "missing",
            };
            failOn.AcceptOnlyFromAmong("missing", "warning", "never");
            var command = new Command("coverage", "Report how the policies cover the rules of their rule index: each rule encoded (by which clauses, transitions and deadlines cite it), " +
                "declared not encoded (and why), or missing (CP8001). The index and the declarations are named in compliance.json's 'coverage' section. " +
                "json and markdown always write a whole document, which carries the diagnostics. " +
                "Exit codes: 0 covered; 1 a rule is missing (or a warning, with --fail-on warning); 2 a policy, index or settings file cannot be used.")
            {
                policies, format, output, failOn,
            };
            command.SetAction(parse => Run(context, parse.GetValue(policies)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(failOn)!));
            return command;
        }

        private static int Run(CliContext context, string[] paths, string format, string? output, string failOn)
        {
            var result = CoverageRun.Run(paths, output);
            if (result.Problem != null) throw Inputs.Refused(result.Problem);
            context.Errors.AddSources(result.Files.Select(f => f.Text));
            context.Errors.Print(result.Diagnostics);
            switch (format)
            {
                case "json":
                    Inputs.Write(context, output, stream => CoverageReport.WriteJson(stream, CliApp.ToolName, CliApp.Version, result));
                    break;
                case "markdown":
                    Inputs.Write(context, output, stream => WriteText(stream, writer => CoverageReport.WriteMarkdown(writer, result)), endWithLine: false);
                    break;
                default:
                    Inputs.Write(context, output, stream => WriteText(stream, writer => CoverageReport.WriteText(writer, result)), endWithLine: false);
                    break;
            }
            return result.ExitCode(failOn switch
            {
                "warning" => CoverageFailOn.Warning,
                "never" => CoverageFailOn.Never,
                _ => CoverageFailOn.Missing,
            });
        }

        private static void WriteText(Stream stream, System.Action<TextWriter> write)
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 4096, leaveOpen: true) { NewLine = "\n" };
            write(writer);
        }
    }
}
