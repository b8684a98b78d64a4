using System;
using System.Collections.Immutable;
using System.Linq;
using Sprache;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// Lookups: band tables (<c>1 to 25 =&gt; 2</c>, <c>10701 or more =&gt; ...</c>, <c>up to 25 =&gt; ...</c>) and
    /// tiers (<c>at least 95 =&gt; ...</c>), both closed by an <c>otherwise</c> arm. The grammar lets <c>otherwise</c> out so that the binder can say what is
    /// missing (CP1109) rather than report a bare syntax error.
    /// </summary>
    internal static class LookupGrammar
    {
        private static readonly Parser<(NameSyntax Name, NameSyntax KeyName, TypeSyntax KeyType, TypeSyntax ResultType)> Header =
            from name in Lexical.Identifier
            from open in Lexical.Symbol("(")
            from keyName in Lexical.Identifier
            from colon in Lexical.Symbol(":")
            from keyType in TypeGrammar.Type
            from close in Lexical.Symbol(")")
            from arrow in Lexical.Symbol("->")
            from resultType in TypeGrammar.Type
            select (name, keyName, keyType, resultType);

        private static readonly Parser<ArmResultSyntax> BandArm = Arm(ExpressionGrammar.BandArm);
        private static readonly Parser<ArmResultSyntax> TierArm = Arm(ExpressionGrammar.Standard);

        private static readonly Parser<(NumberBoundSyntax? Low, NumberBoundSyntax? High)> UpTo =
            from up in Lexical.Keyword("up")
            from to in Lexical.Keyword("to")
            from high in LiteralGrammar.Bound
            select ((NumberBoundSyntax?)null, (NumberBoundSyntax?)high);

        private static readonly Parser<(NumberBoundSyntax? Low, NumberBoundSyntax? High)> FromBound =
            from low in LiteralGrammar.Bound
            from high in Lexical.Keyword("to").Then(_ => LiteralGrammar.Bound).Select(bound => (NumberBoundSyntax?)bound)
                .XOr(Lexical.Keyword("or").Then(_ => Lexical.Keyword("more")).Return((NumberBoundSyntax?)null))
            select ((NumberBoundSyntax?)low, high);

        private static readonly Parser<TableBandSyntax> Band =
            (from bounds in UpTo.XOr(FromBound)
             from result in BandArm
             select (Bounds: bounds, Result: result))
            .Spanned((band, span) => new TableBandSyntax(span, band.Bounds.Low, band.Bounds.High, band.Result));

        private static readonly Parser<TierSyntax> Tier =
            (from at in Lexical.Keyword("at")
             from least in Lexical.Keyword("least")
             from threshold in LiteralGrammar.Bound
             from result in TierArm
             select (Threshold: threshold, Result: result))
            .Spanned((tier, span) => new TierSyntax(span, tier.Threshold, tier.Result));

        public static readonly Parser<DeclarationSyntax> Table =
            (from keyword in Lexical.Keyword("table")
             from header in Header
             from open in Lexical.Symbol("{")
             from bands in Band.XMany()
             from otherwise in Otherwise(BandArm).XOptional()
             from close in Lexical.Symbol("}")
             select (Header: header, Bands: bands, Otherwise: otherwise.GetOrDefault()))
            .Spanned((t, span) => (DeclarationSyntax)new TableDeclarationSyntax(
                span, t.Header.Name, t.Header.KeyName, t.Header.KeyType, t.Header.ResultType, t.Bands.ToImmutableArray(), t.Otherwise));

        public static readonly Parser<DeclarationSyntax> Tiers =
            (from keyword in Lexical.Keyword("tiers")
             from header in Header
             from open in Lexical.Symbol("{")
             from tiers in Tier.XMany()
             from otherwise in Otherwise(TierArm).XOptional()
             from close in Lexical.Symbol("}")
             select (Header: header, Tiers: tiers, Otherwise: otherwise.GetOrDefault()))
            .Spanned((t, span) => (DeclarationSyntax)new TiersDeclarationSyntax(
                span, t.Header.Name, t.Header.KeyName, t.Header.KeyType, t.Header.ResultType, t.Tiers.ToImmutableArray(), t.Otherwise));

        /// <summary><c>=&gt; expression</c> or <c>=&gt; error "message {key}"</c>.</summary>
        private static Parser<ArmResultSyntax> Arm(ExpressionGrammar grammar)
        {
            var error = Lexical.Keyword("error")
                .Then(_ => InterpolationGrammar.InterpolatedString)
                .Select(message => (Func<Text.TextSpan, ArmResultSyntax>)(span => new ErrorArmSyntax(span, message)));
            var value = grammar.Expression
                .Select(expression => (Func<Text.TextSpan, ArmResultSyntax>)(span => new ValueArmSyntax(span, expression)));
            return Lexical.Symbol("=>").Then(_ => error.XOr(value)).Spanned((build, span) => build(span));
        }

        private static Parser<ArmResultSyntax> Otherwise(Parser<ArmResultSyntax> arm) =>
            Lexical.Keyword("otherwise").Then(_ => arm);
    }
}
