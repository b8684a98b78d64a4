using System.CommandLine;
using System.Linq;
using CompliancePolicy.Checking;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>compliance fmt POLICY... [--check]</c>: the library's canonical layout (<see cref="PolicyFiles.Format"/>),
    /// written back atomically or checked.</summary>
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
                "Rewrite policy files in the one canonical layout (comments are kept; formatting twice changes nothing; a file is replaced only once its new text is completely written). " +
                "Exit codes: 0 done (or, with --check, nothing to change); 1 with --check, some files would change; 2 a file cannot be read or has syntax errors (it is left as it is).")
            {
                policies, check,
            };
            command.SetAction(parse => Run(context, parse.GetValue(policies)!, parse.GetValue(check)));
            return command;
        }

        private static int Run(CliContext context, string[] paths, bool check)
        {
            var result = PolicyFiles.Format(paths, write: !check);
            foreach (var problem in result.Problems) context.Errors.Error(problem.ToString());
            if (result.Problems.Count > 0) return result.ExitCode(check);
            context.Errors.AddSources(result.Sources);
            foreach (var file in result.Files)
            {
                context.Errors.Print(file.Diagnostics);
                if (file.WriteProblem != null) context.Errors.Error($"{file.Path}: {file.WriteProblem}; it is left as it was");
                else if (file.Written) context.Output.WriteLine($"formatted {file.Path}");
                else if (file.Changed) context.Output.WriteLine(file.Path);
            }
            var verb = check ? "would be reformatted" : "reformatted";
            context.Error.WriteLine($"{result.Files.Count} file(s) checked, {result.Files.Count(f => check ? f.Changed : f.Written)} {verb}.");
            return result.ExitCode(check);
        }
    }
}
