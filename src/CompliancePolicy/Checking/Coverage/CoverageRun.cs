using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CompliancePolicy.Configuration;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Checking.Coverage
{
    /// <summary>
    /// <c>compliance coverage</c> in one call: reads and compiles the policy files, finds for each the compliance.json that
    /// applies and the rule index its <c>coverage</c> section names, and measures the files under each index
    /// (<see cref="SourceCoverage"/>). The coverage diagnostics get the severities of the settings file that names the index.
    /// </summary>
    internal static class CoverageRun
    {
        public static CoverageResult Run(IReadOnlyList<string> paths, string? outputPath = null, CancellationToken cancellationToken = default)
        {
            var inputs = RunInputs.Find(paths);
            var heard = new InputProblemCollector();
            var loaded = LoadedPolicies.Load(inputs, null, heard, cancellationToken);
            var diagnostics = new List<Diagnostic>(loaded.Diagnostics);
            if (loaded.Compilation is null) return new CoverageResult(null, loaded.Files, ImmutableArray<IndexCoverage>.Empty, diagnostics);

            var configuration = SettingsOnDisk.Configuration();
            var groups = new List<(ComplianceSettings Settings, List<Syntax.PolicyFileSyntax> Files)>();
            foreach (var file in loaded.Compilation.Files)
            {
                var settings = configuration.For(file.Source.Path);
                if (settings.Coverage.IndexPath is null)
                {
                    diagnostics.Add(DiagnosticMessages.NoRuleIndex(file.Source.Path).AtStartOf(file.Source.Path));
                    continue;
                }
                var group = groups.FirstOrDefault(g => ReferenceEquals(g.Settings, settings));
                if (group.Files is null) groups.Add(group = (settings, new List<Syntax.PolicyFileSyntax>()));
                group.Files.Add(file);
            }

            if (outputPath != null && Conflict(outputPath, inputs, groups.Select(g => g.Settings)) is { } conflict)
                return new CoverageResult(new RunProblem(ProblemSubject.Output, conflict), loaded.Files, ImmutableArray<IndexCoverage>.Empty, diagnostics);

            var indexes = ImmutableArray.CreateBuilder<IndexCoverage>();
            foreach (var (settings, files) in groups)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var found = new List<Diagnostic>();
                var index = ReadIndex(settings, found);
                indexes.Add(index is null
                    ? new IndexCoverage(settings.Path!, settings.Coverage.IndexPath!, settings.Coverage.IndexText!, null, files.Select(f => f.Source.Path).ToImmutableArray(), ImmutableArray<RuleCoverage>.Empty)
                    : SourceCoverage.Measure(index, settings, files, found));
                // The settings that name the index set the severities of what is found against it, wherever the index lives.
                diagnostics.AddRange(found.Select(settings.Severity.Apply).OfType<Diagnostic>());
            }
            return new CoverageResult(null, loaded.Files, indexes.ToImmutable(), DiagnosticBag.Sort(diagnostics));
        }

        private static RuleIndex? ReadIndex(ComplianceSettings settings, List<Diagnostic> diagnostics)
        {
            var coverage = settings.Coverage;
            var problems = new List<InputProblem>();
            var bytes = PolicySources.ReadBytes(coverage.IndexPath!, "a rule index", problems);
            string? problem = problems.Count > 0 ? problems[0].Message : null;
            var invalidOffset = -1;
            var text = bytes is null ? null : PolicySources.Decode(bytes, out invalidOffset);
            if (bytes != null && text is null) problem = $"it is not valid UTF-8 (byte offset {invalidOffset}); save it with UTF-8 encoding";
            RuleIndex? index = null;
            if (text != null)
            {
                var bag = new DiagnosticBag();
                index = RuleIndex.Parse(new SourceText(coverage.IndexPath!, text), bag, out problem);
                diagnostics.AddRange(bag);
            }
            if (index != null) return index;
            diagnostics.Add(DiagnosticMessages.RuleIndexUnusable(coverage.IndexText!, problem ?? string.Empty).At(coverage.IndexLocation));
            return null;
        }

        /// <summary>Why the report must not be written to <paramref name="outputPath"/>: it is a policy file, a settings file or an index.</summary>
        private static string? Conflict(string outputPath, RunInputs inputs, IEnumerable<ComplianceSettings> settings) =>
            RunInputs.OutputConflict(outputPath, inputs.PolicyFiles.Select(f => (f, "a policy file"))
                .Concat(settings.SelectMany(s => new[] { (s.Path!, "a settings file"), (s.Coverage.IndexPath!, "a rule index") })));
    }

    /// <summary>What <c>compliance coverage</c> found: each index's coverage, and every diagnostic (the policies', the indexes', the coverage's).</summary>
    internal sealed class CoverageResult : PolicyFilesResult
    {
        internal CoverageResult(RunProblem? problem, IReadOnlyList<PolicySourceFile> files, ImmutableArray<IndexCoverage> indexes, IReadOnlyList<Diagnostic> diagnostics)
            : base(problem, files, diagnostics)
        {
            Indexes = indexes;
        }

        public ImmutableArray<IndexCoverage> Indexes { get; }

        /// <summary>0 covered; 1 a diagnostic fails the run under <paramref name="failOn"/>; 2 errors (an input, a policy, an index).</summary>
        public int ExitCode(CoverageFailOn failOn)
        {
            if (HasErrors) return 2;
            var fails = failOn switch
            {
                CoverageFailOn.Missing => Diagnostics.Any(d => d.Rule == DiagnosticRules.RuleMissing),
                CoverageFailOn.Warning => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Warning),
                CoverageFailOn.Never => false,
                _ => throw new System.ArgumentOutOfRangeException(nameof(failOn), failOn, "unknown fail-on level"),
            };
            return fails ? 1 : 0;
        }
    }

    /// <summary>What fails a coverage run (exit code 1) short of an error.</summary>
    internal enum CoverageFailOn
    {
        /// <summary>A rule missing from the policies (CP8001, at a severity that reports it).</summary>
        Missing,

        /// <summary>Any warning: a missing rule, a citation outside the index, a policy's own warnings.</summary>
        Warning,

        /// <summary>Only errors fail the run (exit code 2).</summary>
        Never,
    }
}
