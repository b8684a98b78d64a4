using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CompliancePolicy.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CompliancePolicy.Fuzz.Tests.Harness
{
    /// <summary>What the analyzers did with a case's policies: their diagnostics, the exceptions that escaped them, and
    /// whether they finished within the time limit.</summary>
    public sealed record AnalysisResult(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions, bool TimedOut, TimeSpan Elapsed);

    /// <summary>
    /// Runs every analyzer of CompliancePolicy.Analyzers over a case's policies as a build would: each .policy file an
    /// AdditionalFile of one compilation (what the package's props file does for **/*.policy), the MSBuild properties as
    /// build_property global options (its CompilerVisibleProperty list), and the same text as a policy literal in C#.
    /// </summary>
    public static class AnalyzerRunner
    {
        /// <summary>Every analyzer the assembly exports, found as the compiler finds them: by their attribute.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(PolicyFileAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), inherit: false))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        private static readonly ImmutableArray<MetadataReference> References = FrameworkReferences();

        public static async Task<AnalysisResult> AnalyzeAsync(FuzzCase fuzzCase, IReadOnlyDictionary<string, string> buildProperties, TimeSpan limit)
        {
            var policies = fuzzCase.Files.Where(f => f.Key.EndsWith(".policy", StringComparison.Ordinal))
                .Select(f => new PolicyFile($"/fuzz/{fuzzCase.Name}/{f.Key}", f.Value))
                .ToImmutableArray<AdditionalText>();
            var literals = policies.Select((p, i) =>
                $"  static readonly CompliancePolicy.PolicyCompilation P{i} = CompliancePolicy.PolicyCompiler.Compile({SymbolDisplay.FormatLiteral(p.GetText()!.ToString(), quote: true)});");
            var csharp = "class Policies {\n" + string.Join("\n", literals) + "\n}\n";
            var compilation = CSharpCompilation.Create("Fuzz", new[] { CSharpSyntaxTree.ParseText(csharp) }, References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var exceptions = new ConcurrentQueue<Exception>();
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(policies, new BuildProperties(buildProperties)),
                (e, analyzer, diagnostic) => exceptions.Enqueue(e), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            using var timeout = new CancellationTokenSource(limit);
            var watch = Stopwatch.StartNew();
            try
            {
                var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(timeout.Token);
                return new AnalysisResult(diagnostics, exceptions.ToArray(), false, watch.Elapsed);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                return new AnalysisResult(ImmutableArray<Diagnostic>.Empty, exceptions.ToArray(), true, watch.Elapsed);
            }
        }

        /// <summary>The running runtime's framework assemblies and the CompliancePolicy library, for the C# that hosts the literals.</summary>
        private static ImmutableArray<MetadataReference> FrameworkReferences()
        {
            var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => string.Equals(Path.GetDirectoryName(path), framework, StringComparison.Ordinal))
                .Append(typeof(PolicyCompiler).Assembly.Location)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }

        /// <summary>A policy file as the compiler hands it over: its bytes decoded as UTF-8 (a byte order mark wins).</summary>
        private sealed class PolicyFile : AdditionalText
        {
            private readonly SourceText _text;

            public PolicyFile(string path, byte[] bytes)
            {
                Path = path;
                _text = SourceText.From(bytes, bytes.Length, encoding: null, throwIfBinaryDetected: false);
            }

            public override string Path { get; }
            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        /// <summary>MSBuild properties as the build passes the CompilerVisibleProperty ones: global options named build_property.NAME.</summary>
        private sealed class BuildProperties : AnalyzerConfigOptionsProvider
        {
            private readonly Options _global;

            public BuildProperties(IReadOnlyDictionary<string, string> properties) =>
                _global = new Options(properties.ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value));

            public override AnalyzerConfigOptions GlobalOptions => _global;
            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;
            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

            private sealed class Options : AnalyzerConfigOptions
            {
                public static readonly Options Empty = new Options(ImmutableDictionary<string, string>.Empty);
                private readonly ImmutableDictionary<string, string> _values;
                public Options(ImmutableDictionary<string, string> values) => _values = values;
                public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
            }
        }
    }
}
