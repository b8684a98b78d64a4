using System.Collections.Immutable;
using System.Linq;
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

        public static readonly Parser<DeclarationSyntax> Clause =
            (from keyword in Lexical.Keyword("clause")
             from id in Lexical.ClauseId
             from title in TextLiterals.String
             from citations in Lexical.Keyword("cites").Then(_ => TextLiterals.String.SeparatedBy(Lexical.Symbol(","))).XOptional()
             from severity in Lexical.Keyword("severity").Then(_ => ExpressionGrammar.SeverityWord).XOptional()
             from appliesWhen in Lexical.Keyword("applies").Then(_ => Lexical.Keyword("when")).Then(_ => Expression).XOptional()
             from require in Lexical.Keyword("require")
             from requirement in Expression
             from exceptions in Lexical.Keyword("unless").Then(_ => Expression).XMany()
             from message in Lexical.Keyword("message").Then(_ => InterpolationGrammar.InterpolatedString).XOptional()
             select (Id: id, Title: title, Citations: citations, Severity: severity, AppliesWhen: appliesWhen,
                 Requirement: requirement, Exceptions: exceptions, Message: message))
            .Spanned((c, span) => (DeclarationSyntax)new ClauseDeclarationSyntax(
                span,
                c.Id,
                c.Title,
                c.Citations.IsDefined ? c.Citations.Get().ToImmutableArray() : ImmutableArray<StringLiteralSyntax>.Empty,
                c.Severity.IsDefined ? c.Severity.Get().Value : Severity.Major,
                c.Severity.IsDefined ? c.Severity.Get().Span : null,
                c.AppliesWhen.GetOrDefault(),
                c.Requirement,
                c.Exceptions.ToImmutableArray(),
                c.Message.GetOrDefault()));
    }
}
