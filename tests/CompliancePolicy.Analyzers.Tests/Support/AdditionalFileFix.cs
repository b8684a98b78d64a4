using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace CompliancePolicy.Analyzers.Tests.Support
{
    /// <summary>
    /// Before/after tests of code fixes on .policy AdditionalFiles. Microsoft.CodeAnalysis.Testing 1.1.4 compares
    /// FixedState.AdditionalFiles, but only hands diagnostics located in source documents to the fixer, so this
    /// runs the same steps itself: analyze, check the diagnostic at the marked span (<c>[|...|]</c>), apply the fix
    /// through a CodeFixContext on the AdditionalDocument, compare the text, and analyze again.
    /// </summary>
    internal static class AdditionalFileFix
    {
        public static async Task VerifyAsync<TAnalyzer, TFix>(string path, string markup, string expectedAfter, string id, string message, string? otherFiles = null)
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TFix : CodeFixProvider, new()
        {
            TestFileMarkupParser.GetSpans(markup, out string before, out ImmutableArray<TextSpan> spans);
            var marked = Assert.Single(spans);

            var (project, document) = CreateProject(path, before);
            var diagnostics = await AnalyzeAsync<TAnalyzer>(project);
            var diagnostic = Assert.Single(diagnostics, d => d.Id == id && d.Location.SourceSpan == marked);
            Assert.Equal(message, diagnostic.GetMessage());
            Assert.Equal(path, diagnostic.Location.GetLineSpan().Path);

            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await new TFix().RegisterCodeFixesAsync(context);
            var fix = Assert.Single(actions);
            var operations = await fix.GetOperationsAsync(CancellationToken.None);
            var changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
            var after = await changed.GetAdditionalDocument(document.Id)!.GetTextAsync();
            Assert.Equal(expectedAfter, after.ToString());

            var remaining = await AnalyzeAsync<TAnalyzer>(changed.GetProject(project.Id)!);
            Assert.DoesNotContain(remaining, d => d.Id == id && d.Location.GetLineSpan().Path == path);
        }

        /// <summary>Asserts that the fix offers nothing for the marked diagnostic.</summary>
        public static async Task VerifyNoFixAsync<TAnalyzer, TFix>(string path, string markup, string id)
            where TAnalyzer : DiagnosticAnalyzer, new()
            where TFix : CodeFixProvider, new()
        {
            TestFileMarkupParser.GetSpans(markup, out string before, out ImmutableArray<TextSpan> spans);
            var (project, document) = CreateProject(path, before);
            var diagnostic = Assert.Single(await AnalyzeAsync<TAnalyzer>(project), d => d.Id == id && d.Location.SourceSpan == Assert.Single(spans));
            var actions = new List<CodeAction>();
            await new TFix().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            Assert.Empty(actions);
        }

        private static (Project Project, TextDocument Document) CreateProject(string path, string text)
        {
            var workspace = new AdhocWorkspace();
            var project = workspace.AddProject("Policies", LanguageNames.CSharp).AddMetadataReferences(TestReferences.All);
            var document = project.AddAdditionalDocument(path, SourceText.From(text), filePath: path);
            return (document.Project, document);
        }

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync<TAnalyzer>(Project project)
            where TAnalyzer : DiagnosticAnalyzer, new()
        {
            var compilation = await project.GetCompilationAsync();
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new TAnalyzer());
            var all = await compilation!.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAllDiagnosticsAsync();
            Assert.DoesNotContain(all, d => d.Id == "AD0001");
            return all.Where(d => d.Id.StartsWith("CP", StringComparison.Ordinal)).ToImmutableArray();
        }
    }
}
