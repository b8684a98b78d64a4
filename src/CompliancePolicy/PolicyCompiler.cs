using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CompliancePolicy.Binding;
using CompliancePolicy.Configuration;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Fixes;
using CompliancePolicy.Suppressions;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy
{
    /// <summary>The entry point: compiles policy sources into policies and the diagnostics found on the way.</summary>
    // RS0026 (one overload with optional parameters): the three overloads differ in what they require, a text, sources, or
    // sources and a configuration; an option added later gets an overload of its own, never a new optional parameter.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026", Justification = "See the comment above the class.")]
    public static class PolicyCompiler
    {
        /// <summary>Compiles one policy text; <paramref name="path"/> is used in diagnostics.</summary>
        public static PolicyCompilation Compile(string text, string path = "policy.policy") =>
            Compile(new[] { new SourceText(path, text) });

        /// <summary>
        /// Parses and binds all sources together (files naming the same policy are one policy), and compiles every
        /// policy that has no errors. Never throws for bad input; only cancellation ends it early. The files'
        /// suppression comments apply; every rule has its default severity (see the overload with a configuration).
        /// </summary>
        public static PolicyCompilation Compile(IEnumerable<SourceText> sources, CancellationToken cancellationToken = default) =>
            Compile(sources, ComplianceConfiguration.None, cancellationToken);

        /// <summary>As <see cref="Compile(IEnumerable{SourceText}, CancellationToken)"/>, with diagnostics at the severities
        /// the configuration gives (compliance.json files, host overrides).</summary>
        public static PolicyCompilation Compile(IEnumerable<SourceText> sources, ComplianceConfiguration configuration, CancellationToken cancellationToken = default)
        {
            var files = sources.Select(s => PolicyParser.Parse(s, cancellationToken)).ToImmutableArray();
            return Compile(files, configuration, cancellationToken);
        }

        /// <summary>Binds already parsed files: lets a host (the IDE) reuse the parse of files that did not change.</summary>
        internal static PolicyCompilation Compile(ImmutableArray<PolicyFileSyntax> files, CancellationToken cancellationToken = default) =>
            Compile(files, ComplianceConfiguration.None, cancellationToken);

        /// <summary>Binds already parsed files, with diagnostics at the severities the configuration gives.</summary>
        internal static PolicyCompilation Compile(ImmutableArray<PolicyFileSyntax> files, ComplianceConfiguration configuration, CancellationToken cancellationToken = default)
        {
            var diagnostics = new DiagnosticBag();
            foreach (var file in files) diagnostics.AddRange(file.Diagnostics);
            cancellationToken.ThrowIfCancellationRequested();
            // A policy whose definitions chain too deeply is not bound: binding it would recurse as deep as the chain.
            var tooDeep = DefinitionDepth.Check(files, diagnostics);
            var bound = PolicyBinder.Bind(files.Where(f => !tooDeep.Contains(f.Source)), diagnostics);
            var policies = bound
                .Where(p => !p.HasErrors && p.Schema != null && !FileHasSyntaxErrors(files, p))
                .Select(p => new Policy(p))
                .ToImmutableArray();
            var found = SyntaxFixes.Attach(Suppressor.Apply(diagnostics.ToSortedList(), files), files);
            return new PolicyCompilation(files, found, policies, configuration);
        }

        // A policy whose file lost a declaration to a syntax error would run without it: do not compile it.
        private static bool FileHasSyntaxErrors(ImmutableArray<PolicyFileSyntax> files, BoundPolicy policy) =>
            files.Any(f => policy.Files.Contains(f.Source.Path) && f.Diagnostics.Any(d => d.IsError));
    }

    /// <summary>The result of compiling policy sources: the parsed files, every diagnostic, and the policies that compiled.</summary>
    public sealed class PolicyCompilation
    {
        // The diagnostics with suppression comments applied and fixes attached, before any severity configuration.
        private readonly IReadOnlyList<Diagnostic> _found;

        internal PolicyCompilation(ImmutableArray<PolicyFileSyntax> files, IReadOnlyList<Diagnostic> found, ImmutableArray<Policy> policies, ComplianceConfiguration configuration)
        {
            Files = files;
            _found = found;
            Policies = policies;
            Diagnostics = configuration.Apply(found, files.Select(f => f.Source.Path));
        }

        internal ImmutableArray<PolicyFileSyntax> Files { get; }

        /// <summary>All diagnostics, sorted by file and position, at their configured severities (the settings files'
        /// own problems included); those the files' suppression comments silence or the configuration turns off are left out.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>
        /// The policies without errors, ready to evaluate. Which policies compile depends on the language's own errors
        /// only: a rule the configuration raises to error makes <see cref="HasErrors"/> true (and the CLI refuse to
        /// run), but it does not make a sound policy unsound.
        /// </summary>
        public ImmutableArray<Policy> Policies { get; }

        public bool HasErrors => Diagnostics.Any(d => d.IsError);

        /// <summary>The same compilation under another severity configuration (nothing is parsed or bound again).</summary>
        public PolicyCompilation WithConfiguration(ComplianceConfiguration configuration) =>
            new PolicyCompilation(Files, _found, Policies, configuration);
    }
}
