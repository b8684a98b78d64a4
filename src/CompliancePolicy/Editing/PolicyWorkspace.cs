using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Configuration;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>
    /// An immutable snapshot of the policy files an editor works on (open documents and the files on disk beside them).
    /// Files that name the same policy title are analysed together; an analysis is reused by later snapshots for as
    /// long as none of its files changes, so an edit recompiles only its own policy. Diagnostics follow the severities
    /// and suppressions of the configuration, as in <c>compliance lint</c>.
    /// </summary>
    internal sealed class PolicyWorkspace
    {
        private readonly ImmutableSortedDictionary<string, PolicyDocument> _documents;
        private readonly AnalysisCache _cache;

        private PolicyWorkspace(ImmutableSortedDictionary<string, PolicyDocument> documents, AnalysisCache cache)
        {
            _documents = documents;
            _cache = cache;
        }

        public static PolicyWorkspace Create(ComplianceConfiguration? configuration = null) =>
            new PolicyWorkspace(ImmutableSortedDictionary.Create<string, PolicyDocument>(StringComparer.Ordinal), new AnalysisCache(configuration ?? ComplianceConfiguration.None));

        /// <summary>The severities, suppressions and records sections (compliance.json) the analyses follow.</summary>
        public ComplianceConfiguration Configuration => _cache.Configuration;

        /// <summary>The same documents under another configuration (a compliance.json changed): every policy is analysed again.</summary>
        public PolicyWorkspace WithConfiguration(ComplianceConfiguration configuration) =>
            new PolicyWorkspace(_documents, new AnalysisCache(configuration));

        /// <summary>The <c>records</c> section of the compliance.json that applies to a file.</summary>
        public RecordsSettings RecordsFor(string path) => Configuration.For(path).Records;

        public IEnumerable<PolicyDocument> Documents => _documents.Values;

        public PolicyDocument? Find(string path) => _documents.TryGetValue(path, out var document) ? document : null;

        /// <summary>The workspace with a file added or its text replaced.</summary>
        public PolicyWorkspace With(SourceText source) =>
            new PolicyWorkspace(_documents.SetItem(source.Path, new PolicyDocument(source, Find(source.Path))), _cache);

        /// <summary>The workspace with a text tried out (a completion's guess at the finished line): analysed apart, so its
        /// analysis does not take the place of the real one in the cache.</summary>
        internal PolicyWorkspace Trying(SourceText source) =>
            new PolicyWorkspace(_documents.SetItem(source.Path, new PolicyDocument(source, Find(source.Path))), new AnalysisCache(Configuration));

        public PolicyWorkspace Without(string path) => new PolicyWorkspace(_documents.Remove(path), _cache);

        /// <summary>The analysis of the policy a file belongs to (all the files naming its title), or null if the file is unknown.</summary>
        public PolicyAnalysis? AnalysisOf(string path)
        {
            var document = Find(path);
            if (document is null) return null;
            var title = document.Title;
            var group = title is null
                ? ImmutableArray.Create(document)
                : _documents.Values.Where(d => d.Title == title).ToImmutableArray();
            return _cache.Get(title ?? "\0" + path, group);
        }

        /// <summary>The analyses of every policy of the workspace, each once.</summary>
        public IEnumerable<PolicyAnalysis> Analyses()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var document in _documents.Values)
            {
                if (seen.Add(document.Title ?? "\0" + document.Path)) yield return AnalysisOf(document.Path)!;
            }
        }

        /// <summary>The last analysis of each policy, kept while its files stay the same objects.</summary>
        private sealed class AnalysisCache
        {
            private readonly ConcurrentDictionary<string, PolicyAnalysis> _analyses = new ConcurrentDictionary<string, PolicyAnalysis>(StringComparer.Ordinal);

            public AnalysisCache(ComplianceConfiguration configuration) => Configuration = configuration;

            public ComplianceConfiguration Configuration { get; }

            public PolicyAnalysis Get(string key, ImmutableArray<PolicyDocument> documents)
            {
                if (_analyses.TryGetValue(key, out var cached) && cached.Documents.SequenceEqual(documents)) return cached;
                var analysis = new PolicyAnalysis(documents, Configuration);
                _analyses[key] = analysis;
                return analysis;
            }
        }
    }
}
