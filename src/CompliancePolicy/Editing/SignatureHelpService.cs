using System.Collections.Generic;
using System.Linq;

namespace CompliancePolicy.Editing
{
    /// <summary>The signature of the function being called at a position, and which of its parameters the caret is at.</summary>
    public sealed record SignatureInfo(string Label, IReadOnlyList<string> Parameters, string? Documentation, int ActiveParameter);

    /// <summary>Signature help for built-in functions and for a policy's tables and tiers.</summary>
    public static class SignatureHelpService
    {
        public static SignatureInfo? At(PolicyAnalysis analysis, string path, int offset)
        {
            var document = analysis.Find(path);
            if (document is null || !(SignatureScanner.EnclosingCall(document.Source.Text, offset) is { } call)) return null;
            if (analysis.Index.Declarations.Values.TryGetValue(call.Function, out var lookup)
                && (lookup.Kind == EditorSymbolKind.Table || lookup.Kind == EditorSymbolKind.Tiers))
            {
                var signature = SymbolDescriptions.Signature(lookup);
                var parameter = signature.Substring(signature.IndexOf('(') + 1, signature.IndexOf(')') - signature.IndexOf('(') - 1);
                return new SignatureInfo(signature, new[] { parameter }, lookup.Kind == EditorSymbolKind.Tiers ? "The first threshold reached wins." : "A band lookup.", 0);
            }
            if (BuiltinSymbols.FindFunction(call.Function) is { } function)
            {
                var active = System.Math.Min(call.Argument, function.Parameters.Count - 1);
                return new SignatureInfo(function.Signature, function.Parameters.ToArray(), function.Documentation, active);
            }
            return null;
        }
    }
}
