using System.Linq;
using CompliancePolicy.Configuration;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Fixes;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Support
{
    /// <summary>Compiles a policy and finds a diagnostic by ID; applies fixes as <c>compliance lint --fix</c> does.</summary>
    internal static class FixHarness
    {
        public const string Path = "test.policy";

        public static PolicyCompilation Compile(string text) => PolicyCompiler.Compile(text, Path);

        public static Diagnostic Single(string text, string id) => Assert.Single(Compile(text).Diagnostics, d => d.Id == id);

        /// <summary>A policy whose one clause has no citation (CP1101), with a comment line just above the clause.</summary>
        public static string UncitedClauseUnder(string comment) => $$"""
            policy "P"
            schema S key id { id: text }
            {{comment}}
            clause C-1 "Named"
              require id != ""
            """;

        /// <summary>The text after one fix (preferred or not), as an IDE applies it.</summary>
        public static string Applied(string text, DiagnosticFix fix) =>
            fix.Edits.OrderByDescending(e => e.Span.Start).Aggregate(text, (t, e) => t.Substring(0, e.Span.Start) + e.NewText + t.Substring(e.Span.End));

        /// <summary>The text after <c>lint --fix</c>: every preferred fix, pass after pass.</summary>
        public static string Fixed(string text) =>
            PolicyFixer.Fix(new[] { new SourceText(Path, text) }, ComplianceConfiguration.None).Sources.Single().Text;
    }
}
