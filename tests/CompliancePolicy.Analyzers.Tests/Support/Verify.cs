using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CompliancePolicy.Analyzers.Tests.Support
{
    /// <summary>An analyzer test with offline references; add AdditionalFiles and expected diagnostics, then run.</summary>
    internal sealed class PolicyAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public PolicyAnalyzerTest(string csharp = "")
        {
            ReferenceAssemblies = TestReferences.ReferenceAssemblies;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
            TestCode = csharp;
        }

        /// <summary>Adds a .policy AdditionalFile (markup spans allowed unless MarkupHandling is None).</summary>
        public PolicyAnalyzerTest<TAnalyzer> WithPolicy(string path, string text)
        {
            TestState.AdditionalFiles.Add((path, text));
            return this;
        }

        /// <summary>Adds a compliance.json AdditionalFile (markup spans allowed).</summary>
        public PolicyAnalyzerTest<TAnalyzer> WithSettings(string text, string path = "compliance.json") => WithPolicy(path, text);

        /// <summary>Sets MSBuild properties as the compiler sees them (<c>build_property.X</c> in a global config).</summary>
        public PolicyAnalyzerTest<TAnalyzer> WithBuildProperty(string name, string value)
        {
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\nbuild_property.{name} = {value}\n"));
            return this;
        }

        public PolicyAnalyzerTest<TAnalyzer> Expect(params DiagnosticResult[] expected)
        {
            ExpectedDiagnostics.AddRange(expected);
            return this;
        }

        public Task RunAsync() => RunAsync(System.Threading.CancellationToken.None);
    }

    /// <summary>A code fix test with offline references: state before in TestState, after in FixedState.</summary>
    internal sealed class PolicyCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        public PolicyCodeFixTest(string csharp = "", string? fixedCSharp = null)
        {
            ReferenceAssemblies = TestReferences.ReferenceAssemblies;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
            FixedState.AdditionalReferences.AddRange(TestReferences.All);
            TestCode = csharp;
            FixedCode = fixedCSharp ?? csharp;
        }

        public PolicyCodeFixTest<TAnalyzer, TCodeFix> WithPolicy(string path, string before, string after)
        {
            TestState.AdditionalFiles.Add((path, before));
            FixedState.AdditionalFiles.Add((path, after));
            return this;
        }

        public Task RunAsync() => RunAsync(System.Threading.CancellationToken.None);
    }
}
