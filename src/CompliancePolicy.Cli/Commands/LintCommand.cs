using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using CompliancePolicy.Checking;
using CompliancePolicy.Reporting;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>compliance lint POLICY... [--format text|json|sarif] [--warnings-as-errors] [--output FILE] [--fix [--dry-run]]</c>:
    /// the lint is <see cref="PolicyFiles.Lint"/> (after <see cref="FixFiles.Fix"/> with --fix); this prints its
    /// diagnostics or writes them as a document.</summary>
    internal static class LintCommand
    {
        public static Command Create(CliContext context)
        {
            var policies = new Argument<string[]>("POLICY")
            {
                Arity = ArgumentArity.OneOrMore,
                Description = "Policy files, or folders searched recursively for *.policy. Files that name the same policy are one policy.",
            }.RejectOptionLikeValues();
            var format = CommonOptions.Format(
                "text: one 'file(line,col): severity CPnnnn: message' line per diagnostic (on a terminal also the source line, a caret, the rule's help line, the fix --fix would apply and a link to the rule's page); json: see docs/report-format.md; sarif: SARIF 2.1.0 for code scanning.",
                "text", "json", "sarif");
            var warningsAsErrors = new Option<bool>("--warnings-as-errors")
            {
                Description = "Exit with code 2 when there are warnings, not only errors.",
            };
            var output = CommonOptions.Output("Write the report to FILE instead of stdout (replaced only when complete; a FILE that is one of the policy files is refused).");
            var fix = new Option<bool>("--fix")
            {
                Description = "First apply the preferred fix of every diagnostic that has one (what the IDE offers first), to the policy files and the compliance.json that applies, each file replaced at once; then report what remains.",
            };
            var dryRun = new Option<bool>("--dry-run")
            {
                Description = "With --fix: print the changes as a unified diff and write nothing. Exit code 1 if a file would change, 0 if none would, 2 if errors would remain.",
            };
            var command = new Command("lint", "Report every diagnostic of the policies: syntax, names and types, and quality rules (CPnnnn), at the severities compliance.json sets (docs/configuration.md). " +
                "json and sarif always write a whole document, which carries any file that cannot be read (CP3004). " +
                "Exit codes: 0 no errors, 2 errors (or warnings with --warnings-as-errors) or unreadable files; with --fix, the same for what remains after fixing.")
            {
                policies, format, warningsAsErrors, output, fix, dryRun,
            };
            command.SetAction(parse => Run(context, parse.GetValue(policies)!, parse.GetValue(format)!, parse.GetValue(warningsAsErrors), parse.GetValue(output), parse.GetValue(fix), parse.GetValue(dryRun)));
            return command;
        }

        private static int Run(CliContext context, string[] paths, string format, bool warningsAsErrors, string? output, bool fix, bool dryRun)
        {
            if (dryRun && !fix) throw new CliException("--dry-run shows what --fix would change: give both");
            if (dryRun && (format != "text" || output != null)) throw new CliException("--dry-run prints a diff, which --format json, --format sarif and --output cannot hold");
            var fixedAll = true;
            if (fix)
            {
                var fixing = FixFiles.Fix(paths, write: !dryRun);
                if (dryRun) return LintFixes.PrintDiff(context, fixing, warningsAsErrors);
                fixedAll = LintFixes.Report(context, fixing);
            }
            var result = PolicyFiles.Lint(paths, output);
            if (result.Problem != null) throw Inputs.Refused(result.Problem);
            foreach (var problem in result.Problems) context.Errors.Error(problem.ToString());
            var inputs = result.Files.Select(f => f.Input).ToArray();
            var linted = result.Files.Select(f => f.Text.Path).Concat(result.Problems.Select(p => p.Path)).ToArray();
            switch (format)
            {
                case "json":
                    Inputs.Write(context, output, stream => LintReport.WriteJson(stream, CliApp.ToolName, CliApp.Version, linted, inputs, result.Diagnostics));
                    break;
                case "sarif":
                    Inputs.Write(context, output, stream => LintReport.WriteSarif(stream, CliApp.ToolName, CliApp.Version, inputs, result.Diagnostics, result.Problems.Count == 0));
                    break;
                default:
                    if (result.Problems.Count > 0) break;
                    var diagnostics = result.CompilerDiagnostics.ToArray();
                    var lines = new StringWriter();
                    var toFile = output != null;
                    var printer = new Output.DiagnosticPrinter(toFile ? lines : context.Output, !toFile && context.Environment.OutputIsTerminal, !toFile && context.Environment.ColorOnOutput);
                    printer.AddSources(result.Files.Select(f => f.Text));
                    printer.Print(diagnostics);
                    if (toFile) Inputs.Write(context, output, stream => Write(stream, lines.ToString()));
                    // The count goes to stderr so stdout holds exactly the diagnostic lines.
                    var errors = diagnostics.Count(d => d.IsError);
                    context.Error.WriteLine($"{result.Files.Count} file(s): {errors} error(s), {diagnostics.Length - errors} warning(s).");
                    break;
            }
            return fixedAll ? result.ExitCode(warningsAsErrors) : ExitCodes.InputError;
        }

        private static void Write(Stream stream, string text)
        {
            var bytes = new UTF8Encoding(false).GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }
    }
}
