using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Reporting;
using CompliancePolicy.Syntax.Formatting;
using CompliancePolicy.Text;

namespace CompliancePolicy.Checking
{
    /// <summary>The verbs that work on policy files alone: <c>compliance lint</c> and <c>compliance fmt</c>, one call each.</summary>
    internal static class PolicyFiles
    {
        /// <summary>
        /// Reads and compiles the policy files under <paramref name="paths"/> and gives every diagnostic. With
        /// <paramref name="outputPath"/>, first refuses an output that is one of the policy files (before reading any).
        /// </summary>
        public static LintResult Lint(IReadOnlyList<string> paths, string? outputPath = null, CancellationToken cancellationToken = default)
        {
            var inputs = RunInputs.Find(paths);
            if (outputPath != null && inputs.OutputConflict(outputPath) is { } conflict)
                return new LintResult(new RunProblem(ProblemSubject.Output, conflict), new PolicySourceFile[0], new InputProblem[0], new Diagnostic[0]);
            var heard = new InputProblemCollector();
            var loaded = LoadedPolicies.Load(inputs, null, heard, cancellationToken);
            return new LintResult(null, loaded.Files, heard.Problems, loaded.Diagnostics);
        }

        /// <summary>
        /// Lays out each policy file under <paramref name="paths"/> canonically; with <paramref name="write"/>, replaces
        /// each file that changes (atomically: a failure leaves the file as it was). A file with syntax errors is left alone.
        /// </summary>
        public static FormatFilesResult Format(IReadOnlyList<string> paths, bool write, CancellationToken cancellationToken = default)
        {
            var problems = new List<InputProblem>();
            var sources = RunInputs.Find(paths).ReadPolicyTexts(problems, cancellationToken);
            if (problems.Count > 0) return new FormatFilesResult(problems, new SourceText[0], new FormattedFile[0]);

            var files = new List<FormattedFile>();
            foreach (var source in sources)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = PolicyFormatter.Format(source);
                var broken = result.Diagnostics.Any(d => d.IsError);
                string? failure = null;
                if (write && result.Changed && !broken) failure = TryWrite(source.Path, result.Text);
                files.Add(new FormattedFile(source.Path, result.Changed && !broken, broken ? result.Diagnostics : new Diagnostic[0], write && failure is null, failure));
            }
            return new FormatFilesResult(problems, sources, files);
        }

        private static string? TryWrite(string path, string text)
        {
            try
            {
                AtomicFile.WriteAllText(path, text);
                return null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return $"cannot be written: {e.Message}";
            }
        }
    }

    /// <summary>What <c>compliance lint</c> found: the files read (by content), the inputs that could not be used, and every diagnostic.</summary>
    internal sealed class LintResult : PolicyFilesResult
    {
        internal LintResult(RunProblem? problem, IReadOnlyList<PolicySourceFile> files, IReadOnlyList<InputProblem> problems, IReadOnlyList<Diagnostic> diagnostics)
            : base(problem, files, diagnostics)
        {
            Problems = problems;
        }

        /// <summary>Policy inputs that could not be used; each is also a CP3004 diagnostic (unusable inputs come first in
        /// <see cref="PolicyFilesResult.Diagnostics"/>, then the compiler's).</summary>
        public IReadOnlyList<InputProblem> Problems { get; }

        /// <summary>The compiler's diagnostics alone (what <c>lint</c> prints as lines).</summary>
        public IEnumerable<Diagnostic> CompilerDiagnostics => Diagnostics.Where(d => d.Rule != DiagnosticRules.PolicyInputUnusable);

        /// <summary>0 no errors; 2 errors, or warnings when they count as errors, or unusable inputs.</summary>
        public int ExitCode(bool warningsAsErrors) =>
            HasErrors || (warningsAsErrors && Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning)) ? 2 : 0;
    }

    /// <summary>What <c>compliance fmt</c> did: each file's outcome, or the inputs that could not be used (then nothing was formatted).</summary>
    internal sealed class FormatFilesResult
    {
        internal FormatFilesResult(IReadOnlyList<InputProblem> problems, IReadOnlyList<SourceText> sources, IReadOnlyList<FormattedFile> files)
        {
            Problems = problems;
            Sources = sources;
            Files = files;
        }

        public IReadOnlyList<InputProblem> Problems { get; }

        /// <summary>The texts read, for showing the syntax errors in context.</summary>
        public IReadOnlyList<SourceText> Sources { get; }

        public IReadOnlyList<FormattedFile> Files { get; }

        /// <summary>0 done (or nothing to change when only checking); 1 some files would change; 2 a file cannot be used, has syntax errors or cannot be written.</summary>
        public int ExitCode(bool checkOnly) =>
            Problems.Count > 0 || Files.Any(f => f.Diagnostics.Count > 0 || f.WriteProblem != null) ? 2
            : checkOnly && Files.Any(f => f.Changed) ? 1 : 0;
    }

    /// <summary>One policy file under <c>compliance fmt</c>: whether its layout changes, its syntax errors, and whether it was rewritten.</summary>
    internal sealed class FormattedFile
    {
        internal FormattedFile(string path, bool changed, IReadOnlyList<Diagnostic> diagnostics, bool written, string? writeProblem)
        {
            Path = path;
            Changed = changed;
            Diagnostics = diagnostics;
            Written = written && changed;
            WriteProblem = writeProblem;
        }

        public string Path { get; }

        /// <summary>The canonical layout differs from the file.</summary>
        public bool Changed { get; }

        /// <summary>The syntax errors that kept the file from being formatted; empty otherwise.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>The file was replaced with its canonical layout.</summary>
        public bool Written { get; }

        /// <summary>Why the new layout could not be written (the file is unchanged), or null.</summary>
        public string? WriteProblem { get; }
    }
}
