using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using CompliancePolicy.Syntax.Formatting;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>compliance fmt POLICY... [--check]</c>: the library's canonical layout, written back or checked.</summary>
    internal static class FmtCommand
    {
        public static Command Create(CliContext context)
        {
            var policies = new Argument<string[]>("POLICY")
            {
                Arity = ArgumentArity.OneOrMore,
                Description = "Policy files, or folders searched recursively for *.policy.",
            }.RejectOptionLikeValues();
            var check = new Option<bool>("--check")
            {
                Description = "Change nothing: list the files that are not formatted and exit with code 1 if there are any.",
            };
            var command = new Command("fmt",
                "Rewrite policy files in the one canonical layout (comments are kept; formatting twice changes nothing). " +
                "Exit codes: 0 done (or, with --check, nothing to change); 1 with --check, some files would change; 2 a file cannot be read or has syntax errors (it is left as it is).")
            {
                policies, check,
            };
            command.SetAction(parse => Run(context, parse.GetValue(policies)!, parse.GetValue(check)));
            return command;
        }

        private static int Run(CliContext context, string[] paths, bool check)
        {
            var sources = Inputs.PolicySourceTexts(context, paths);
            if (sources is null) return ExitCodes.InputError;
            context.Errors.AddSources(sources);
            var unformatted = new List<string>();
            var broken = false;
            foreach (var source in sources)
            {
                var result = PolicyFormatter.Format(source);
                if (result.Diagnostics.Any(d => d.IsError))
                {
                    context.Errors.Print(result.Diagnostics);
                    broken = true;
                    continue;
                }
                if (!result.Changed) continue;
                unformatted.Add(source.Path);
                if (check)
                {
                    context.Output.WriteLine(source.Path);
                    continue;
                }
                File.WriteAllText(source.Path, result.Text, new UTF8Encoding(false));
                context.Output.WriteLine($"formatted {source.Path}");
            }
            var verb = check ? "would be reformatted" : "reformatted";
            context.Error.WriteLine($"{sources.Count} file(s) checked, {unformatted.Count} {verb}.");
            if (broken) return ExitCodes.InputError;
            return check && unformatted.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
        }
    }
}
