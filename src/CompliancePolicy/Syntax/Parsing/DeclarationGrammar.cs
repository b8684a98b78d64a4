using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Text;
using Sprache;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// Top-level declarations. Each starts with its own keyword, so the keyword commits to the declaration and an
    /// error inside it is reported there rather than as "expected another declaration".
    /// </summary>
    internal static class DeclarationGrammar
    {
        private static readonly Parser<ExpressionSyntax> Expression = ExpressionGrammar.Standard.Expression;
        private static readonly Parser<StringLiteralSyntax> Text = TextLiterals.String;
        private static readonly Parser<TypeSyntax> Type = TypeGrammar.Type;
        private static readonly Parser<IOption<TypeSyntax>> TypeAnnotation = Lexical.Symbol(":").Then(Type).XOptional();
        private static readonly Parser<TextSpan> Equal = Lexical.Symbol("=", notFollowedBy: ">");

        private static readonly Parser<DeclarationSyntax> PolicyHeader = Sequence.Of(
            Lexical.Keyword("policy"),
            Text,
            Lexical.Keyword("version").Then(Text).XOptional(),
            Lexical.Keyword("sources").Then(Text.SeparatedBy(Lexical.Symbol(","))).XOptional(),
            (policy, title, version, sources, span) => (DeclarationSyntax)new PolicyHeaderSyntax(
                span, title, version.GetOrDefault(), sources.IsDefined ? sources.Get().ToImmutableArray() : ImmutableArray<StringLiteralSyntax>.Empty));

        private static readonly Parser<DeclarationSyntax> Enum = Sequence.Of(
            Lexical.Keyword("enum"),
            Lexical.Identifier,
            Lexical.Symbol("{"),
            Lexical.Identifier.WithOptionalComma().XMany(),
            Lexical.Symbol("}"),
            (keyword, name, open, members, close, span) => (DeclarationSyntax)new EnumDeclarationSyntax(span, name, members.ToImmutableArray()));

        private static readonly Parser<ImmutableArray<FieldSyntax>> Fields = TypeGrammar.Fields;

        private static readonly Parser<DeclarationSyntax> Record = Sequence.Of(
            Lexical.Keyword("record"),
            Lexical.Identifier,
            Fields,
            (keyword, name, fields, span) => (DeclarationSyntax)new RecordDeclarationSyntax(span, name, IsSchema: false, Key: null, fields));

        private static readonly Parser<DeclarationSyntax> Schema = Sequence.Of(
            Lexical.Keyword("schema"),
            Lexical.Identifier,
            Lexical.Keyword("key").Then(Lexical.Identifier).XOptional(),
            Fields,
            (keyword, name, key, fields, span) => (DeclarationSyntax)new RecordDeclarationSyntax(span, name, IsSchema: true, key.GetOrDefault(), fields));

        private static readonly Parser<DeclarationSyntax> Param = Sequence.Of(
            Lexical.Keyword("param"),
            Lexical.Identifier,
            Lexical.Symbol(":"),
            Type,
            Equal,
            Expression,
            Text.XOptional(),
            (keyword, name, colon, type, equal, value, description, span) =>
                (DeclarationSyntax)new ParameterDeclarationSyntax(span, name, type, value, description.GetOrDefault()));

        private static readonly Parser<DeclarationSyntax> Let = Sequence.Of(
            Lexical.Keyword("let"),
            Lexical.Identifier,
            TypeAnnotation,
            Equal,
            Expression,
            (keyword, name, type, equal, value, span) => (DeclarationSyntax)new LetDeclarationSyntax(span, name, type.GetOrDefault(), value));

        private static readonly Parser<DeclarationSyntax> Decision = Sequence.Of(
            Lexical.Keyword("decision"),
            Lexical.Identifier,
            TypeAnnotation,
            Equal,
            Expression,
            (keyword, name, type, equal, value, span) => (DeclarationSyntax)new DecisionDeclarationSyntax(span, name, type.GetOrDefault(), value));

        /// <summary>Any one declaration.</summary>
        public static readonly Parser<DeclarationSyntax> Declaration =
            PolicyHeader
                .XOr(Enum)
                .XOr(Record)
                .XOr(Schema)
                .XOr(Param)
                .XOr(Let)
                .XOr(LookupGrammar.Table)
                .XOr(LookupGrammar.Tiers)
                .XOr(ClauseGrammar.Clause)
                .XOr(Decision)
                .XOr(LifecycleGrammar.Event)
                .XOr(LifecycleGrammar.Lifecycle);
    }
}
