using System.Linq;
using CompliancePolicy.Checking;
using CompliancePolicy.Fixes;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary>
    /// The output of <c>lint --fix</c> (<see cref="FixFiles.Fix"/>): a line on stderr for each file fixed; or, with
    /// <c>--dry-run</c>, the unified diff of every file that would change on stdout.
    /// </summary>
    internal static class LintFixes
    {
        /// <summary>Reports what was written; false if a file could not be written. (Inputs that cannot be used are
        /// reported by the lint that follows.)</summary>
        public static bool Report(CliContext context, FixFilesResult result)
        {
            if (result.Fixing is null) return true;
            foreach (var file in result.Fixing.Changed.Where(f => !result.WriteProblems.Any(w => w.Path == f.After.Path)))
                context.Error.WriteLine($"fixed {file.After.Path}: {file.FixCount} fix(es)");
            foreach (var problem in result.WriteProblems) context.Errors.Error($"{problem.Path}: {problem.Message}");
            ReportUnfixable(context, result.Fixing);
            return result.WriteProblems.Count == 0;
        }

        /// <summary>Prints the diffs and a summary; returns the exit code: 2 if errors would remain (or inputs cannot be
        /// used), else 1 if a file would change, else 0.</summary>
        public static int PrintDiff(CliContext context, FixFilesResult result, bool warningsAsErrors)
        {
            foreach (var problem in result.Problems) context.Errors.Error(problem.ToString());
            if (result.Fixing is not { } fixing) return ExitCodes.InputError;
            foreach (var file in fixing.Changed) context.Output.Write(UnifiedDiff.Create(file.Before.Path, file.Before.Text, file.After.Text));
            ReportUnfixable(context, fixing);
            var remaining = fixing.Compilation.Diagnostics;
            var errors = remaining.Count(d => d.IsError);
            context.Error.WriteLine($"{fixing.Applied.Length} fix(es) would change {fixing.Changed.Length} file(s); " +
                $"{remaining.Count} diagnostic(s) would remain ({errors} error(s)). Nothing was written.");
            var failing = errors > 0 || (warningsAsErrors && remaining.Any(d => d.Severity == Diagnostics.DiagnosticSeverity.Warning));
            if (failing) return ExitCodes.InputError;
            return fixing.Changed.IsEmpty ? ExitCodes.Success : ExitCodes.Failure;
        }

        private static void ReportUnfixable(CliContext context, FixResult fixing)
        {
            foreach (var path in fixing.Unfixable)
                context.Errors.Warning($"{path}: a fix would have broken its syntax, so it was not fixed further; please report this");
        }
    }
}
