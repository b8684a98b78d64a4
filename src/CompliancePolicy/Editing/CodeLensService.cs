using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>What a code lens runs.</summary>
    internal enum LensAction
    {
        /// <summary>Run the policy's <c>*.policytest.json</c> tests and show how they treat this clause or lifecycle.</summary>
        RunTests,

        /// <summary>Evaluate the records named in <c>compliance.json</c> and show this clause's or lifecycle's outcomes.</summary>
        Evaluate,
    }

    /// <summary>A lens above a clause or lifecycle: its place (the ID or name), what it runs, and the title shown.</summary>
    internal sealed record CodeLensItem(TextSpan Span, LensAction Action, string Target, string Title);

    /// <summary>The lenses of a file: "Run tests" and "Evaluate" above each clause and each lifecycle.</summary>
    internal static class CodeLensService
    {
        public static IReadOnlyList<CodeLensItem> For(PolicyFileSyntax file) =>
            file.Declarations.SelectMany(Lenses).ToArray();

        private static IEnumerable<CodeLensItem> Lenses(DeclarationSyntax declaration)
        {
            var name = declaration switch
            {
                ClauseDeclarationSyntax clause => clause.Id,
                LifecycleDeclarationSyntax lifecycle => lifecycle.Name,
                _ => null,
            };
            if (name is null) yield break;
            yield return new CodeLensItem(name.Span, LensAction.RunTests, name.Text, "Run tests");
            yield return new CodeLensItem(name.Span, LensAction.Evaluate, name.Text, "Evaluate");
        }
    }
}
