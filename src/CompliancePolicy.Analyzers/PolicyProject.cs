using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CompliancePolicy.Configuration;
using CompliancePolicy.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CompliancePolicy.Analyzers
{
    /// <summary>
    /// The <c>.policy</c> AdditionalFiles of one compilation, compiled together on first use (files naming the same
    /// policy are one policy, so cross-file duplicates and references are checked). Parses are cached per file
    /// text, and a binding is reused while no policy file changed, so C# edits in the IDE cost no policy work.
    /// </summary>
    internal sealed class PolicyProject
    {
        public const string Extension = ".policy";

        private readonly Func<Microsoft.CodeAnalysis.Text.SourceText, System.Collections.Concurrent.ConcurrentDictionary<string, PolicyFileSyntax>?> _parses;
        private readonly object _gate = new object();
        private PolicyCompilation? _compilation;
        private ImmutableArray<AdditionalText> _unreadable;
        private readonly Lazy<ComplianceConfiguration> _configuration;

        private PolicyProject(
            Func<Microsoft.CodeAnalysis.Text.SourceText, System.Collections.Concurrent.ConcurrentDictionary<string, PolicyFileSyntax>?> parses,
            ImmutableArray<AdditionalText> files, ImmutableArray<AdditionalText> settingsFiles, SeverityOverrides severities, CancellationToken cancellationToken)
        {
            _parses = parses;
            Files = files;
            SettingsFiles = settingsFiles;
            Severities = severities;
            // Read when a policy is first compiled: most compilations (C# edits) never need it.
            _configuration = new Lazy<ComplianceConfiguration>(() =>
            {
                var texts = settingsFiles
                    .Select(f => (f.Path, Text: f.GetText(cancellationToken)))
                    .Where(f => f.Text != null)
                    .Select(f => new CompliancePolicy.Text.SourceText(f.Path, f.Text!.ToString()));
                return ComplianceConfiguration.FromFiles(texts).WithOverrides(severities.ToConfigured());
            });
        }

        /// <summary>The policy files, one per path, ordered by path so that every run sees them in the same order.</summary>
        public ImmutableArray<AdditionalText> Files { get; }

        /// <summary>The settings files (compliance.json) among the AdditionalFiles, one per path.</summary>
        public ImmutableArray<AdditionalText> SettingsFiles { get; }

        public SeverityOverrides Severities { get; }

        /// <summary>The settings files and the MSBuild severity properties, which win over them (docs/configuration.md).</summary>
        public ComplianceConfiguration Configuration => _configuration.Value;

        public static PolicyProject Create(AnalyzerOptions options, Func<Microsoft.CodeAnalysis.Text.SourceText, System.Collections.Concurrent.ConcurrentDictionary<string, PolicyFileSyntax>?> parses, CancellationToken cancellationToken = default)
        {
            // A file listed twice (the package's **/*.policy glob and the project's own item) is one file.
            var files = Distinct(options.AdditionalFiles.Where(IsPolicyFile));
            var settingsFiles = Distinct(options.AdditionalFiles.Where(IsSettingsFile));
            var severities = SeverityOverrides.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions, AllRuleIds.Value);
            return new PolicyProject(parses, files, settingsFiles, severities, cancellationToken);
        }

        private static ImmutableArray<AdditionalText> Distinct(IEnumerable<AdditionalText> files) => files
            .GroupBy(f => f.Path, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToImmutableArray();

        public static bool IsSettingsFile(AdditionalText file) =>
            string.Equals(System.IO.Path.GetFileName(file.Path), ComplianceSettings.FileName, StringComparison.OrdinalIgnoreCase);

        public static bool IsPolicyFile(AdditionalText file) => file.Path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

        /// <summary>The IDs of every rule the analyzers report, for reading severity properties.</summary>
        public static readonly Lazy<ImmutableArray<string>> AllRuleIds = new Lazy<ImmutableArray<string>>(() =>
            PolicyDescriptors.All.Select(d => d.Id).Concat(HostRuleIds()).ToImmutableArray());

        private static IEnumerable<string> HostRuleIds() => new[]
        {
            HostRules.ClockAsOf, HostRules.DiscardedEvaluation, HostRules.RecordPropertyMissing, HostRules.RecordPropertyType,
            HostRules.RecordPropertyOptionality, HostRules.RecordUnknownPolicy, HostRules.RecordEnumMembers, HostRules.PolicyFileUnreadable,
            HostRules.AnalysisFailed,
        }.Select(d => d.Id);

        /// <summary>Policy files whose text the compiler could not give.</summary>
        public ImmutableArray<AdditionalText> Unreadable
        {
            get
            {
                lock (_gate) return _unreadable.IsDefault ? ImmutableArray<AdditionalText>.Empty : _unreadable;
            }
        }

        /// <summary>All policy files compiled together; computed once per compilation. Cancellation is not cached.</summary>
        public PolicyCompilation GetCompilation(CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (_compilation != null) return _compilation;
                var parsed = ImmutableArray.CreateBuilder<PolicyFileSyntax>(Files.Length);
                var unreadable = ImmutableArray.CreateBuilder<AdditionalText>();
                foreach (var file in Files)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var text = file.GetText(cancellationToken);
                    if (text is null)
                    {
                        unreadable.Add(file);
                        continue;
                    }
                    parsed.Add(PolicyParseCache.Parse(_parses, file.Path, text, cancellationToken));
                }
                _unreadable = unreadable.ToImmutable();
                _compilation = BindingCache.Compile(parsed.ToImmutable(), cancellationToken).WithConfiguration(Configuration);
                return _compilation;
            }
        }

        /// <summary>
        /// Reuses the binding of the same parses (the same objects, so the same texts): analyzers of one compilation and
        /// compilations that differ only in C# share it. Held weakly through the first file's parse.
        /// </summary>
        private static class BindingCache
        {
            private static readonly ConditionalWeakTable<PolicyFileSyntax, Entry> ByFirstFile = new ConditionalWeakTable<PolicyFileSyntax, Entry>();
            private static readonly PolicyFileSyntax NoFiles = PolicyParser.Parse(new CompliancePolicy.Text.SourceText("none.policy", string.Empty));

            private sealed class Entry
            {
                public ImmutableArray<PolicyFileSyntax> Files;
                public PolicyCompilation? Compilation;
            }

            public static PolicyCompilation Compile(ImmutableArray<PolicyFileSyntax> files, CancellationToken cancellationToken)
            {
                var key = files.IsEmpty ? NoFiles : files[0];
                var entry = ByFirstFile.GetValue(key, _ => new Entry());
                lock (entry)
                {
                    if (entry.Compilation != null && entry.Files.SequenceEqual(files, ReferenceEqualityComparer.Instance)) return entry.Compilation;
                    var compilation = PolicyCompiler.Compile(files, cancellationToken);
                    entry.Files = files;
                    entry.Compilation = compilation;
                    return compilation;
                }
            }
        }

        private sealed class ReferenceEqualityComparer : IEqualityComparer<PolicyFileSyntax>
        {
            public static readonly ReferenceEqualityComparer Instance = new ReferenceEqualityComparer();
            public bool Equals(PolicyFileSyntax? x, PolicyFileSyntax? y) => ReferenceEquals(x, y);
            public int GetHashCode(PolicyFileSyntax obj) => RuntimeHelpers.GetHashCode(obj);
        }
    }
}
