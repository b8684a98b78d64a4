using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CompliancePolicy.Binding;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy
{
    /// <summary>The entry point: compiles policy sources into policies and the diagnostics found on the way.</summary>
    public static class PolicyCompiler
    {
        /// <summary>Compiles one policy text; <paramref name="path"/> is used in diagnostics.</summary>
        public static PolicyCompilation Compile(string text, string path = "policy.policy") =>
            Compile(new[] { new SourceText(path, text) });

        /// <summary>
        /// Parses and binds all sources together (files naming the same policy are one policy), and compiles every
        /// policy that has no errors. Never throws for bad input; only cancellation ends it early.
        /// </summary>
        public static PolicyCompilation Compile(IEnumerable<SourceText> sources, CancellationToken cancellationToken = default)
        {
            var files = sources.Select(s => PolicyParser.Parse(s, cancellationToken)).ToImmutableArray();
            return Compile(files, cancellationToken);
        }

        /// <summary>Binds already parsed files: lets a host (the IDE) reuse the parse of files that did not change.</summary>
        public static PolicyCompilation Compile(ImmutableArray<PolicyFileSyntax> files, CancellationToken cancellationToken = default)
        {
            var diagnostics = new DiagnosticBag();
            foreach (var file in files) diagnostics.AddRange(file.Diagnostics);
            cancellationToken.ThrowIfCancellationRequested();
            var bound = PolicyBinder.Bind(files, diagnostics);
            var policies = bound
                .Where(p => !p.HasErrors && p.Schema != null && !FileHasSyntaxErrors(files, p))
                .Select(p => new Policy(p))
                .ToImmutableArray();
            return new PolicyCompilation(files, diagnostics.ToSortedList(), policies);
        }

        // A policy whose file lost a declaration to a syntax error would run without it: do not compile it.
        private static bool FileHasSyntaxErrors(ImmutableArray<PolicyFileSyntax> files, BoundPolicy policy) =>
            files.Any(f => policy.Files.Contains(f.Source.Path) && f.Diagnostics.Any(d => d.IsError));
    }

    /// <summary>The result of compiling policy sources: the parsed files, every diagnostic, and the policies that compiled.</summary>
    public sealed class PolicyCompilation
    {
        internal PolicyCompilation(ImmutableArray<PolicyFileSyntax> files, IReadOnlyList<Diagnostic> diagnostics, ImmutableArray<Policy> policies)
        {
            Files = files;
            Diagnostics = diagnostics;
            Policies = policies;
        }

        public ImmutableArray<PolicyFileSyntax> Files { get; }

        /// <summary>All diagnostics, sorted by file and position.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>The policies without errors, ready to evaluate.</summary>
        public ImmutableArray<Policy> Policies { get; }

        public bool HasErrors => Diagnostics.Any(d => d.IsError);
    }
}
