using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using Sprache;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// <c>clause ID "Title"</c>, then in this order: <c>cites</c>, <c>severity</c>, <c>applies when</c> (all optional),
    /// <c>require</c> (mandatory), any number of <c>unless</c>, and an optional <c>message</c>.
    /// </summary>
    internal static class ClauseGrammar
    {
        private static readonly Parser<ExpressionSyntax> Expression = ExpressionGrammar.Standard.Expression;

        public static readonly Parser<DeclarationSyntax> Clause = Sequence.Of(
            Lexical.Keyword("clause"),
            Lexical.ClauseId,
            TextLiterals.String,
            Lexical.Keyword("cites").Then(TextLiterals.String.SeparatedBy(Lexical.Symbol(","))).XOptional(),
            Lexical.Keyword("severity").Then(ExpressionGrammar.SeverityWord).XOptional(),
            Lexical.Keyword("applies").Then(Lexical.Keyword("when")).Then(Expression).XOptional(),
            Lexical.Keyword("require"),
            Expression,
            Lexical.Keyword("unless").Then(Expression).XMany(),
            Lexical.Keyword("message").Then(InterpolationGrammar.InterpolatedString).XOptional(),
            (keyword, id, title, citations, severity, appliesWhen, require, requirement, exceptions, message, span) =>
                (DeclarationSyntax)new ClauseDeclarationSyntax(
                    span,
                    id,
                    title,
                    citations.IsDefined ? citations.Get().ToImmutableArray() : ImmutableArray<StringLiteralSyntax>.Empty,
                    severity.IsDefined ? severity.Get().Value : Severity.Major,
                    severity.IsDefined ? severity.Get().Span : null,
                    appliesWhen.GetOrDefault(),
                    requirement,
                    exceptions.ToImmutableArray(),
                    message.GetOrDefault()));
    }
}
