using CompliancePolicy.Diagnostics;
using CompliancePolicy.LanguageServer.Protocol;

namespace CompliancePolicy.LanguageServer.Server
{
    /// <summary>The library's diagnostics in the protocol's terms.</summary>
    internal static class Conversions
    {
        public const string Source = "compliance";

        public static LspDiagnostic ToLsp(Diagnostic diagnostic, DocumentStore store) => new LspDiagnostic(
            diagnostic.Location is null ? new LspRange(new Position(0, 0), new Position(0, 0)) : Positions.ToRange(diagnostic.Location),
            Severity(diagnostic.Severity),
            diagnostic.Id,
            new CodeDescription(diagnostic.Rule.HelpLink),
            Source,
            diagnostic.Message);

        public static int Severity(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => 1,
            DiagnosticSeverity.Warning => 2,
            DiagnosticSeverity.Info => 3,
            _ => throw new System.InvalidOperationException($"Unexpected severity {severity}"),
        };
    }
}
