using System.Collections.Generic;
using System.Linq;

namespace CompliancePolicy.Editing
{
    /// <summary>The signatures of the function being called at a position, the one that fits the call so far, and the parameter at the caret.</summary>
    internal sealed record SignatureInfo(IReadOnlyList<SignatureText> Signatures, int ActiveSignature, int ActiveParameter);

    /// <summary>Signature help for built-in functions and for a policy's tables and tiers.</summary>
    internal static class SignatureHelpService
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
                var documentation = lookup.Kind == EditorSymbolKind.Tiers ? "The first threshold reached wins." : "A band lookup.";
                return new SignatureInfo(new[] { new SignatureText(signature, new[] { parameter }, documentation) }, 0, 0);
            }
            if (BuiltinSymbols.FindFunction(call.Function) is { } function)
            {
                // The first signature with room for the argument at the caret (min(list) until a comma makes it min(a, b)).
                var fitting = function.Signatures.ToList().FindIndex(s => s.Parameters.Count > call.Argument);
                var active = fitting < 0 ? function.Signatures.Count - 1 : fitting;
                return new SignatureInfo(function.Signatures, active, System.Math.Min(call.Argument, function.Signatures[active].Parameters.Count - 1));
            }
            return null;
        }
    }
}
