using System.CommandLine;
using System.Linq;
using CompliancePolicy.Reporting;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>compliance lint POLICY... [--format text|json|sarif] [--warnings-as-errors]</c>.</summary>
    internal static class LintCommand
    {
        public static Command Create(CliContext context)
        {
            var policies = new Argument<string[]>("POLICY")
            {
                Arity = ArgumentArity.OneOrMore,
                Description = "Policy files, or folders searched recursively for *.policy. Files that name the same policy are one policy.",
            }.RejectOptionLikeValues();
            var format = new Option<string>("--format", "-f")
            {
                Description = "text: one 'file(line,col): severity CPnnnn: message' line per diagnostic (on a terminal also the source line, a caret and a help link); json: see docs/report-format.md; sarif: SARIF 2.1.0 for code scanning.",
                DefaultValueFactory = _ => "text",
            };
            format.AcceptOnlyFromAmong("text", "json", "sarif");
            var warningsAsErrors = new Option<bool>("--warnings-as-errors")
            {
                Description = "Exit with code 2 when there are warnings, not only errors.",
            };
            var command = new Command("lint", "Report every diagnostic of the policies: syntax, names and types, and quality rules (CPnnnn). Exit codes: 0 no errors, 2 errors (or warnings with --warnings-as-errors) or unreadable files.")
            {
                policies, format, warningsAsErrors,
            };
            command.SetAction(parse => Run(context, parse.GetValue(policies)!, parse.GetValue(format)!, parse.GetValue(warningsAsErrors)));
            return command;
        }

        private static int Run(CliContext context, string[] paths, string format, bool warningsAsErrors)
        {
            var sources = Inputs.PolicySourceTexts(context, paths);
            if (sources is null) return ExitCodes.InputError;
            var compilation = PolicyCompiler.Compile(sources);
            var diagnostics = compilation.Diagnostics;
            switch (format)
            {
                case "json":
                    using (var stream = Inputs.OpenOutput(context, null))
                        LintReport.WriteJson(stream, CliApp.ToolName, CliApp.Version, sources.Select(s => s.Path), diagnostics);
                    context.Output.WriteLine();
                    break;
                case "sarif":
                    using (var stream = Inputs.OpenOutput(context, null))
                        LintReport.WriteSarif(stream, CliApp.ToolName, CliApp.Version, diagnostics);
                    context.Output.WriteLine();
                    break;
                default:
                    var printer = new Output.DiagnosticPrinter(context.Output, context.Environment.OutputIsTerminal, context.Environment.ColorOnOutput);
                    printer.AddSources(sources);
                    printer.Print(diagnostics);
                    // The count goes to stderr so stdout holds exactly the diagnostic lines.
                    var errors = diagnostics.Count(d => d.IsError);
                    context.Error.WriteLine($"{sources.Count} file(s): {errors} error(s), {diagnostics.Count - errors} warning(s).");
                    break;
            }
            var failing = compilation.HasErrors || (warningsAsErrors && diagnostics.Any(d => d.Severity == Diagnostics.DiagnosticSeverity.Warning));
            return failing ? ExitCodes.InputError : ExitCodes.Success;
        }
    }
}
