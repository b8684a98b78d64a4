using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Configuration;
using CompliancePolicy.Diagnostics;

namespace CompliancePolicy.Editing
{
    /// <summary>
    /// The files of one policy, compiled exactly as <c>compliance lint</c> compiles them, under the same configuration
    /// (so the editor shows the same diagnostics at the same severities, suppressions included), with the index of their names. Both are computed on first use and then kept.
    /// </summary>
    internal sealed class PolicyAnalysis
    {
        private readonly Lazy<PolicyCompilation> _compilation;
        private readonly Lazy<SymbolIndex> _index;

        internal PolicyAnalysis(ImmutableArray<PolicyDocument> documents, ComplianceConfiguration configuration)
        {
            Documents = documents;
            _compilation = new Lazy<PolicyCompilation>(() => PolicyCompiler.Compile(documents.Select(d => d.Syntax).ToImmutableArray(), configuration));
            _index = new Lazy<SymbolIndex>(() => SymbolIndexBuilder.Build(documents.Select(d => d.Syntax).ToArray()));
        }

        public ImmutableArray<PolicyDocument> Documents { get; }

        public PolicyCompilation Compilation => _compilation.Value;

        public SymbolIndex Index => _index.Value;

        public PolicyDocument? Find(string path) => Documents.FirstOrDefault(d => d.Path == path);

        /// <summary>An index that knows every declaration but has visited only the one at a place (for completion).</summary>
        internal SymbolIndex IndexFocusedOn(string path, int offset) =>
            _index.IsValueCreated ? _index.Value : SymbolIndexBuilder.Build(Documents.Select(d => d.Syntax).ToArray(), (path, offset));

        /// <summary>The diagnostics located in one file, in position order.</summary>
        public IReadOnlyList<Diagnostic> DiagnosticsIn(string path) =>
            Compilation.Diagnostics.Where(d => d.Location?.Path == path).ToArray();
    }
}
