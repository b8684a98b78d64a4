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
        /// <summary><c>name(key: type) -&gt; type</c>, shared by tables and tiers.</summary>
        private sealed record Header(NameSyntax Name, NameSyntax KeyName, TypeSyntax KeyType, TypeSyntax ResultType);

        private static readonly Parser<Header> LookupHeader = Sequence.Of(
            Lexical.Identifier,
            Lexical.Symbol("("),
            Lexical.Identifier,
            Lexical.Symbol(":"),
            TypeGrammar.Type,
            Lexical.Symbol(")"),
            Lexical.Symbol("->"),
            TypeGrammar.Type,
            (name, open, keyName, colon, keyType, close, arrow, resultType, span) => new Header(name, keyName, keyType, resultType));

        private static readonly Parser<ArmResultSyntax> BandArm = Arm(ExpressionGrammar.BandArm);
        private static readonly Parser<ArmResultSyntax> TierArm = Arm(ExpressionGrammar.Standard);

        private static readonly Parser<TableBandSyntax> UpTo = Sequence.Of(
            Lexical.Keyword("up"),
            Lexical.Keyword("to"),
            LiteralGrammar.Bound,
            BandArm,
            (up, to, high, result, span) => new TableBandSyntax(span, null, high, result));

        private static readonly Parser<NumberBoundSyntax?> UpperBound =
            Lexical.Keyword("to").Then(LiteralGrammar.Bound).Select(bound => (NumberBoundSyntax?)bound)
                .XOr(Lexical.Keyword("or").Then(Lexical.Keyword("more")).Return((NumberBoundSyntax?)null));

        private static readonly Parser<TableBandSyntax> FromBound = Sequence.Of(
            LiteralGrammar.Bound,
            UpperBound,
            BandArm,
            (low, high, result, span) => new TableBandSyntax(span, low, high, result));

        private static readonly Parser<TableBandSyntax> Band = UpTo.XOr(FromBound);

        private static readonly Parser<TierSyntax> Tier = Sequence.Of(
            Lexical.Keyword("at"),
            Lexical.Keyword("least"),
            LiteralGrammar.Bound,
            TierArm,
            (at, least, threshold, result, span) => new TierSyntax(span, threshold, result));

        public static readonly Parser<DeclarationSyntax> Table = Sequence.Of(
            Lexical.Keyword("table"),
            LookupHeader,
            Lexical.Symbol("{"),
            Band.XMany(),
            Otherwise(BandArm).XOptional(),
            Lexical.Symbol("}"),
            (keyword, header, open, bands, otherwise, close, span) => (DeclarationSyntax)new TableDeclarationSyntax(
                span, header.Name, header.KeyName, header.KeyType, header.ResultType, bands.ToImmutableArray(), otherwise.GetOrDefault()));

        public static readonly Parser<DeclarationSyntax> Tiers = Sequence.Of(
            Lexical.Keyword("tiers"),
            LookupHeader,
            Lexical.Symbol("{"),
            Tier.XMany(),
            Otherwise(TierArm).XOptional(),
            Lexical.Symbol("}"),
            (keyword, header, open, tiers, otherwise, close, span) => (DeclarationSyntax)new TiersDeclarationSyntax(
                span, header.Name, header.KeyName, header.KeyType, header.ResultType, tiers.ToImmutableArray(), otherwise.GetOrDefault()));

        /// <summary><c>=&gt; expression</c> or <c>=&gt; error "message {key}"</c>.</summary>
        private static Parser<ArmResultSyntax> Arm(ExpressionGrammar grammar)
        {
            var error = Lexical.Keyword("error")
                .Then(InterpolationGrammar.InterpolatedString)
                .Select(message => (Func<Text.TextSpan, ArmResultSyntax>)(span => new ErrorArmSyntax(span, message)));
            var value = grammar.Expression
                .Select(expression => (Func<Text.TextSpan, ArmResultSyntax>)(span => new ValueArmSyntax(span, expression)));
            return Lexical.Symbol("=>").Then(error.XOr(value)).Spanned((build, span) => build(span));
        }

        private static Parser<ArmResultSyntax> Otherwise(Parser<ArmResultSyntax> arm) =>
            Lexical.Keyword("otherwise").Then(arm);
    }
}
