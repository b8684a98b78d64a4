using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CompliancePolicy.Analyzers.Tests.Support
{
    /// <summary>Expected diagnostics for language rules: the ID, the library's severity and its message.</summary>
    internal static class Expected
    {
        /// <summary>A language diagnostic at markup location <c>{|#n:...|}</c> with its exact message.</summary>
        public static DiagnosticResult Policy(string id, int location, string message, DiagnosticSeverity? severity = null) =>
            new DiagnosticResult(id, severity ?? DefaultSeverity(id)).WithLocation(location).WithArguments(message);

        /// <summary>A language diagnostic with no location in the test (placed by explicit span).</summary>
        public static DiagnosticResult Policy(string id, string message, DiagnosticSeverity? severity = null) =>
            new DiagnosticResult(id, severity ?? DefaultSeverity(id)).WithArguments(message);

        public static DiagnosticSeverity DefaultSeverity(string id) =>
            PolicyDescriptors.ToRoslyn(CompliancePolicy.Diagnostics.DiagnosticRules.Find(id)!.DefaultSeverity);
    }
}
