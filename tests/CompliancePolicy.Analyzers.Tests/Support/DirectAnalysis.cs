using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CompliancePolicy.Analyzers.Tests.Support
{
    /// <summary>Runs analyzers straight on a compilation, for inputs the testing library cannot express (unreadable files, fuzz).</summary>
    internal static class DirectAnalysis
    {
        public static async Task<ImmutableArray<Diagnostic>> RunAsync(
            ImmutableArray<DiagnosticAnalyzer> analyzers,
            ImmutableArray<AdditionalText> files,
            string csharp = "",
            ImmutableDictionary<string, string>? buildProperties = null,
            CancellationToken cancellationToken = default)
        {
            var compilation = CSharpCompilation.Create(
                "Policies",
                new[] { CSharpSyntaxTree.ParseText(csharp, cancellationToken: cancellationToken) },
                TestReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(files, new GlobalOptionsProvider(buildProperties ?? ImmutableDictionary<string, string>.Empty)), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
            return await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken);
        }

        /// <summary>The one diagnostic <paramref name="id"/> of <see cref="PolicyRecordAnalyzer"/> over C# and the sample policy, to read what the testing library does not compare (its properties).</summary>
        public static async Task<Diagnostic> SinglePolicyRecordDiagnosticAsync(string csharp, string id)
        {
            var files = ImmutableArray.Create<AdditionalText>(new TestAdditionalText(PolicyRecordSources.Path, PolicyRecordSources.PolicyText));
            var diagnostics = await RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new PolicyRecordAnalyzer()), files, csharp);
            return Assert.Single(diagnostics, d => d.Id == id);
        }

        public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
            new PolicyFileAnalyzer(), new PolicyLiteralAnalyzer(), new ClockAsOfAnalyzer(), new DiscardedEvaluationAnalyzer(), new PolicyRecordAnalyzer());
    }

    /// <summary>Global options as the build passes them: <c>build_property.Name</c> for each CompilerVisibleProperty.</summary>
    internal sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public GlobalOptionsProvider(ImmutableDictionary<string, string> buildProperties) =>
            _global = new Options(buildProperties.ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value));

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

    /// <summary>An AdditionalFile with given text, no text (the compiler could not read it), or a read that throws.</summary>
    internal sealed class TestAdditionalText : AdditionalText
    {
        private readonly string? _text;
        private readonly Exception? _failure;

        public TestAdditionalText(string path, string? text, Exception? failure = null)
        {
            Path = path;
            _text = text;
            _failure = failure;
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default)
        {
            if (_failure != null) throw _failure;
            return _text is null ? null : SourceText.From(_text);
        }
    }
}
