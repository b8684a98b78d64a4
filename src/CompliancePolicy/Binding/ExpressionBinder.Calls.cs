using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;

namespace CompliancePolicy.Binding
{
    internal sealed partial class ExpressionBinder
    {
        /// <summary>A call of a table or tiers, or of a built-in function, checked against its signature in <see cref="BuiltinFunctions"/>.</summary>
        private BoundExpression BindCall(CallExpressionSyntax syntax)
        {
            var name = syntax.Function.Text;
            if (_declarations.Values.TryGetValue(name, out var declaration) && declaration is LookupSymbol lookup)
                return BindLookup(syntax, lookup);

            var signatures = BuiltinFunctions.Named(name).ToList();
            if (signatures.Count == 0)
            {
                var candidates = BuiltinFunctions.Names.Concat(_declarations.Lookups.Select(l => l.Name));
                Report(syntax.Function.Span, DiagnosticMessages.UnknownFunction(Suggestions.For(name, candidates)));
                return new BoundError(syntax);
            }

            var signature = signatures.FirstOrDefault(s => s.Parameters.Length == syntax.Arguments.Length);
            if (signature is null)
            {
                Report(syntax.Span, DiagnosticMessages.WrongArgumentCount(name, BuiltinFunctions.Takes(name), syntax.Arguments.Length));
                return new BoundError(syntax);
            }
            return signature.Parameters.Any(p => p.Kind == ArgumentKind.EventType) ? BindHistoryCall(syntax, signature) : BindBuiltinCall(syntax, signature);
        }

        private BoundExpression BindBuiltinCall(CallExpressionSyntax syntax, BuiltinSignature signature)
        {
            var arguments = ImmutableArray.CreateBuilder<BoundExpression>();
            RoundingMode? rounding = null;
            var ok = true;
            for (var i = 0; i < signature.Parameters.Length; i++)
            {
                if (signature.Parameters[i].Kind == ArgumentKind.RoundingMode)
                {
                    rounding = BindRoundingMode(syntax.Arguments[i], signature.Parameters[i]);
                    ok &= rounding != null;
                }
                else
                {
                    arguments.Add(Required(Bind(syntax.Arguments[i])));
                }
            }
            // An argument that did not bind was reported where it failed.
            if (!ok || arguments.Any(a => a.Type == TypeSymbol.Error)) return new BoundError(syntax);

            var types = ImmutableArray<TypeSymbol>.Empty;
            for (var i = 0; i < arguments.Count; i++)
            {
                var parameter = signature.Parameters[i];
                if (!parameter.Accepts(arguments[i].Type, types))
                {
                    Report(syntax.Arguments[i].Span, DiagnosticMessages.TypeMismatch(parameter.Expected(types), arguments[i].Type.Describe()));
                    ok = false;
                }
                types = types.Add(arguments[i].Type);
            }
            return ok ? new BoundCall(syntax, signature.Function, arguments.ToImmutable(), signature.ResultType(types), rounding) : new BoundError(syntax);
        }

        private RoundingMode? BindRoundingMode(ExpressionSyntax syntax, BuiltinParameter parameter)
        {
            if (syntax is NameExpressionSyntax name && BuiltinFunctions.RoundingModes.TryGetValue(name.Name.Text, out var mode)) return mode;
            var written = syntax is NameExpressionSyntax n ? n.Name.Text : _source.ToString(syntax.Span);
            Report(syntax.Span, DiagnosticMessages.UnknownRoundingMode(
                parameter.Expected(ImmutableArray<TypeSymbol>.Empty), Suggestions.For(written, BuiltinFunctions.RoundingModes.Keys)));
            return null;
        }

        private BoundExpression BindLookup(CallExpressionSyntax syntax, LookupSymbol lookup)
        {
            Dependencies.Add(lookup);
            if (syntax.Arguments.Length != 1)
            {
                Report(syntax.Span, DiagnosticMessages.WrongArgumentCount(lookup.Name, "1 argument", syntax.Arguments.Length));
                return new BoundError(syntax);
            }
            var argument = BindExpecting(syntax.Arguments[0], lookup.KeyType);
            if (argument is BoundError || lookup.ResultType == TypeSymbol.Error) return new BoundError(syntax);
            return new BoundLookup(syntax, lookup, argument);
        }
    }
}
