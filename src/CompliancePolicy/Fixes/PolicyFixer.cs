using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using CompliancePolicy.Configuration;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Fixes
{
    /// <summary>
    /// What <c>compliance lint --fix</c> does to policy texts: applies the preferred fix (<see cref="DiagnosticFix.IsPreferred"/>)
    /// of every diagnostic, compiles again, and repeats while fixes apply (a fix may make another possible, and of two
    /// fixes whose edits overlap only the first is applied in a pass). The policy texts given and the settings files
    /// that apply to them (compliance.json) may change; nothing is written here.
    /// </summary>
    internal static class PolicyFixer
    {
        /// <summary>Passes after which fixing stops even if fixes remain (each pass applies at least one fix).</summary>
        public const int MaxPasses = 10;

        public static FixResult Fix(IReadOnlyList<SourceText> sources, ComplianceConfiguration configuration, CancellationToken cancellationToken = default)
        {
            var policies = sources.ToList();
            var settings = configuration.SettingsFor(policies.Select(s => s.Path)).Select(s => s.Source).OfType<SourceText>().ToList();
            var compilation = PolicyCompiler.Compile(policies, configuration, cancellationToken);
            var applied = new List<AppliedFix>();
            var broken = new List<string>();
            for (var pass = 0; pass < MaxPasses; pass++)
            {
                var fixable = policies.Concat(settings).Select(s => s.Path).Where(p => !broken.Contains(p));
                var chosen = Choose(compilation.Diagnostics, fixable);
                if (chosen.Count == 0) break;
                var edits = chosen.SelectMany(c => c.Fix.Edits).ToList();
                var nextPolicies = policies.Select(s => Apply(s, edits)).ToList();
                var nextSettings = settings.Select(s => Apply(s, edits)).ToList();
                var recompiled = Compile(nextPolicies, nextSettings, configuration, cancellationToken);
                // A fix must never leave a file unreadable; if one did (a bug), the file keeps its text and is fixed no further.
                var breaks = policies.Concat(settings).Select(s => s.Path).Where(p => UnreadableParts(recompiled, p) > UnreadableParts(compilation, p)).ToList();
                if (breaks.Count > 0)
                {
                    broken.AddRange(breaks);
                    nextPolicies = nextPolicies.Select((s, i) => breaks.Contains(s.Path) ? policies[i] : s).ToList();
                    nextSettings = nextSettings.Select((s, i) => breaks.Contains(s.Path) ? settings[i] : s).ToList();
                    chosen = chosen.Where(c => !c.Fix.Edits.Any(e => breaks.Contains(e.Path))).ToList();
                    recompiled = Compile(nextPolicies, nextSettings, configuration, cancellationToken);
                }
                applied.AddRange(chosen);
                policies = nextPolicies;
                settings = nextSettings;
                compilation = recompiled;
            }
            var before = sources.Concat(configuration.SettingsFor(sources.Select(s => s.Path)).Select(s => s.Source).OfType<SourceText>());
            var changed = before.Zip(policies.Concat(settings), (b, a) => (Before: b, After: a))
                .Where(p => p.Before.Text != p.After.Text)
                .Select(p => new FixedFile(p.Before, p.After, applied.Count(a => a.Fix.Edits.Any(e => e.Path == p.Before.Path))))
                .ToImmutableArray();
            return new FixResult(policies, changed, applied.ToImmutableArray(), broken.ToImmutableArray(), compilation);
        }

        private static PolicyCompilation Compile(List<SourceText> policies, List<SourceText> settings, ComplianceConfiguration configuration, CancellationToken cancellationToken) =>
            PolicyCompiler.Compile(policies, configuration.WithSettingsTexts(settings), cancellationToken);

        /// <summary>Syntax errors of a policy file, or the problems that stop a settings file from being read.</summary>
        private static int UnreadableParts(PolicyCompilation compilation, string path) =>
            compilation.Files.Where(f => f.Source.Path == path).Sum(f => f.Diagnostics.Count(d => d.IsError))
            + compilation.Diagnostics.Count(d => d.Rule == DiagnosticRules.SettingsUnreadable && d.Location?.Path == path);

        /// <summary>
        /// The preferred fixes that edit only these files, in file and position order, without two whose edits overlap
        /// (fixes with the same edits, offered by several diagnostics of one cause, count once). Fixes to suppression
        /// comments and settings go first, alone: they change what is reported (a repaired suppression silences a
        /// warning that another fix would otherwise "fix").
        /// </summary>
        private static List<AppliedFix> Choose(IReadOnlyList<Diagnostic> diagnostics, IEnumerable<string> paths)
        {
            var fixable = new HashSet<string>(paths, System.StringComparer.Ordinal);
            var first = ChooseAmong(diagnostics.Where(ChangesWhatIsReported), fixable);
            return first.Count > 0 ? first : ChooseAmong(diagnostics, fixable);
        }

        private static bool ChangesWhatIsReported(Diagnostic diagnostic) =>
            diagnostic.Rule.Category == DiagnosticRules.UnusedSuppression.Category || diagnostic.Rule.Category == DiagnosticRules.UnknownSetting.Category;

        private static List<AppliedFix> ChooseAmong(IEnumerable<Diagnostic> diagnostics, HashSet<string> fixable)
        {
            var chosen = new List<AppliedFix>();
            foreach (var diagnostic in diagnostics)
            {
                if (!(diagnostic.PreferredFix is { } fix) || fix.Edits.IsEmpty || !fix.Edits.All(e => fixable.Contains(e.Path))) continue;
                if (chosen.Any(c => c.Fix.HasSameEdits(fix))) continue;
                if (chosen.Any(c => c.Fix.Edits.Any(a => fix.Edits.Any(b => a.Overlaps(b))))) continue;
                chosen.Add(new AppliedFix(diagnostic, fix));
            }
            return chosen;
        }

        /// <summary>The text with the edits of its path applied (they do not overlap).</summary>
        private static SourceText Apply(SourceText source, IEnumerable<TextEdit> edits)
        {
            var mine = edits.Where(e => e.Path == source.Path).OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length).ToList();
            if (mine.Count == 0) return source;
            var text = new StringBuilder(source.Text.Length);
            var at = 0;
            foreach (var edit in mine)
            {
                text.Append(source.Text, at, edit.Span.Start - at).Append(edit.NewText);
                at = edit.Span.End;
            }
            text.Append(source.Text, at, source.Text.Length - at);
            return new SourceText(source.Path, text.ToString());
        }
    }

    /// <summary>The outcome of <see cref="PolicyFixer.Fix"/>: the texts after fixing, what changed, and their diagnostics now.</summary>
    internal sealed class FixResult
    {
        internal FixResult(IReadOnlyList<SourceText> sources, ImmutableArray<FixedFile> changed, ImmutableArray<AppliedFix> applied, ImmutableArray<string> broken, PolicyCompilation compilation)
        {
            Sources = sources;
            Changed = changed;
            Applied = applied;
            Unfixable = broken;
            Compilation = compilation;
        }

        /// <summary>Every policy text, fixed or not, in the order given (settings files that changed are in <see cref="Changed"/>).</summary>
        public IReadOnlyList<SourceText> Sources { get; }

        /// <summary>The files whose text changed.</summary>
        public ImmutableArray<FixedFile> Changed { get; }

        /// <summary>Every fix applied, with the diagnostic it fixed (located in the text of its pass).</summary>
        public ImmutableArray<AppliedFix> Applied { get; }

        /// <summary>Files left unfixed because a fix would have broken their syntax (a defect of that fix: please report it).</summary>
        public ImmutableArray<string> Unfixable { get; }

        /// <summary>The fixed texts compiled: what <c>lint</c> reports after fixing.</summary>
        public PolicyCompilation Compilation { get; }
    }

    /// <summary>A file that fixing changed: its text before and after, and how many fixes changed it.</summary>
    internal sealed record FixedFile(SourceText Before, SourceText After, int FixCount);

    /// <summary>A fix applied, and the diagnostic it was the preferred fix of.</summary>
    internal sealed record AppliedFix(Diagnostic Diagnostic, DiagnosticFix Fix);
}
