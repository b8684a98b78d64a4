using System;
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
        private static readonly Parser<IOption<TypeSyntax>> TypeAnnotation = Lexical.Symbol(":").Then(_ => Type).XOptional();
        private static readonly Parser<TextSpan> Equal = Lexical.Symbol("=", notFollowedBy: ">");

        private static readonly Parser<DeclarationSyntax> PolicyHeader =
            (from policy in Lexical.Keyword("policy")
             from title in Text
             from version in Lexical.Keyword("version").Then(_ => Text).XOptional()
             from sources in Lexical.Keyword("sources").Then(_ => Text.SeparatedBy(Lexical.Symbol(","))).XOptional()
             select (Title: title, Version: version.GetOrDefault(), Sources: sources.GetOrElse(Array.Empty<StringLiteralSyntax>())))
            .Spanned((header, span) => (DeclarationSyntax)new PolicyHeaderSyntax(
                span, header.Title, header.Version, header.Sources.ToImmutableArray()));

        private static readonly Parser<DeclarationSyntax> Enum =
            (from keyword in Lexical.Keyword("enum")
             from name in Lexical.Identifier
             from open in Lexical.Symbol("{")
             from members in WithOptionalComma(Lexical.Identifier).XMany()
             from close in Lexical.Symbol("}")
             select (Name: name, Members: members))
            .Spanned((e, span) => (DeclarationSyntax)new EnumDeclarationSyntax(span, e.Name, e.Members.ToImmutableArray()));

        private static readonly Parser<FieldSyntax> Field =
            (from name in Lexical.Identifier
             from colon in Lexical.Symbol(":")
             from type in Type
             select (Name: name, Type: type))
            .Spanned((field, span) => new FieldSyntax(span, field.Name, field.Type));

        private static readonly Parser<ImmutableArray<FieldSyntax>> Fields =
            from open in Lexical.Symbol("{")
            from fields in WithOptionalComma(Field).XMany()
            from close in Lexical.Symbol("}")
            select fields.ToImmutableArray();

        private static readonly Parser<DeclarationSyntax> Record =
            (from keyword in Lexical.Keyword("record")
             from name in Lexical.Identifier
             from fields in Fields
             select (Name: name, Fields: fields))
            .Spanned((r, span) => (DeclarationSyntax)new RecordDeclarationSyntax(span, r.Name, IsSchema: false, Key: null, r.Fields));

        private static readonly Parser<DeclarationSyntax> Schema =
            (from keyword in Lexical.Keyword("schema")
             from name in Lexical.Identifier
             from key in Lexical.Keyword("key").Then(_ => Lexical.Identifier).XOptional()
             from fields in Fields
             select (Name: name, Key: key.GetOrDefault(), Fields: fields))
            .Spanned((s, span) => (DeclarationSyntax)new RecordDeclarationSyntax(span, s.Name, IsSchema: true, s.Key, s.Fields));

        private static readonly Parser<DeclarationSyntax> Param =
            (from keyword in Lexical.Keyword("param")
             from name in Lexical.Identifier
             from colon in Lexical.Symbol(":")
             from type in Type
             from equal in Equal
             from value in Expression
             from description in Text.XOptional()
             select (Name: name, Type: type, Value: value, Description: description.GetOrDefault()))
            .Spanned((p, span) => (DeclarationSyntax)new ParameterDeclarationSyntax(span, p.Name, p.Type, p.Value, p.Description));

        private static readonly Parser<DeclarationSyntax> Let =
            (from keyword in Lexical.Keyword("let")
             from name in Lexical.Identifier
             from type in TypeAnnotation
             from equal in Equal
             from value in Expression
             select (Name: name, Type: type.GetOrDefault(), Value: value))
            .Spanned((l, span) => (DeclarationSyntax)new LetDeclarationSyntax(span, l.Name, l.Type, l.Value));

        private static readonly Parser<DeclarationSyntax> Decision =
            (from keyword in Lexical.Keyword("decision")
             from name in Lexical.Identifier
             from type in TypeAnnotation
             from equal in Equal
             from value in Expression
             select (Name: name, Type: type.GetOrDefault(), Value: value))
            .Spanned((d, span) => (DeclarationSyntax)new DecisionDeclarationSyntax(span, d.Name, d.Type, d.Value));

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

        /// <summary>Members and fields may be separated by commas, by line breaks, or by both.</summary>
        private static Parser<T> WithOptionalComma<T>(Parser<T> item) =>
            item.Then(value => Lexical.Symbol(",").XOptional().Return(value));
    }
}
