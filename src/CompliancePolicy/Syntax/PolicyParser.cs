using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax.Parsing;
using CompliancePolicy.Text;
using Sprache;

namespace CompliancePolicy.Syntax
{
    /// <summary>
    /// Parses policy files into syntax trees. It never throws for bad input: each top-level declaration is parsed on
    /// its own, so every broken declaration is reported (CP0001) and the others are still parsed.
    /// </summary>
    internal static class PolicyParser
    {
        private static readonly Parser<DeclarationSyntax> WholeDeclaration =
            DeclarationGrammar.Declaration.FollowedByEnd("end of declaration");

        private static readonly Parser<ExpressionSyntax> WholeExpression =
            ExpressionGrammar.Standard.Expression.FollowedByEnd("end of expression");

        private static readonly string DeclarationExpectation =
            "a declaration (" + FurthestFailure.JoinAlternatives(Lexical.DeclarationKeywords.Select(Lexical.Quote).ToArray()) + ")";

        public static PolicyFileSyntax Parse(SourceText source, CancellationToken cancellationToken = default) =>
            Parse(source, reuse: null, cancellationToken);

        /// <summary>
        /// Parses a file, taking the declaration of a chunk from <paramref name="reuse"/> when it has one (an editor
        /// keeps the parse of the declarations an edit did not touch); <paramref name="reuse"/> gets the chunk's start and end.
        /// </summary>
        internal static PolicyFileSyntax Parse(SourceText source, Func<int, int, DeclarationSyntax?>? reuse, CancellationToken cancellationToken = default)
        {
            if (source is null) throw new ArgumentNullException(nameof(source));
            var layout = SourceLayout.Scan(source.Text, NestingLimit.Brackets.Max);
            var diagnostics = new DiagnosticBag();
            if (layout.PreambleContent is int preamble) ReportPreamble(source, preamble, layout, diagnostics);
            var declarations = ImmutableArray.CreateBuilder<DeclarationSyntax>();
            foreach (var chunk in layout.Chunks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var reused = chunk.TooDeepBracket is null ? reuse?.Invoke(chunk.Start, chunk.End) : null;
                if ((reused ?? ParseChunk(source, chunk, WholeDeclaration, diagnostics)) is DeclarationSyntax declaration) declarations.Add(declaration);
            }
            return new PolicyFileSyntax(source, declarations.ToImmutable(), layout.Comments, diagnostics.ToSortedList().ToImmutableArray());
        }

        /// <summary>Parses a text that holds one expression and nothing else.</summary>
        internal static ExpressionSyntax? ParseExpression(SourceText source, out ImmutableArray<Diagnostic> diagnostics)
        {
            var layout = SourceLayout.ScanWhole(source.Text, NestingLimit.Brackets.Max);
            var bag = new DiagnosticBag();
            var expression = ParseChunk(source, layout.Chunks[0], WholeExpression, bag);
            diagnostics = bag.ToSortedList().ToImmutableArray();
            return expression;
        }

        /// <summary>Text before the first declaration that is not white space or comments.</summary>
        private static void ReportPreamble(SourceText source, int offset, SourceLayout layout, DiagnosticBag diagnostics)
        {
            var context = new ParseContext(source);
            var end = layout.Chunks.Count > 0 ? layout.Chunks[0].Start : source.Text.Length;
            context.Failures.Expect(SourceInput.ForSource(context, offset, end), DeclarationExpectation);
            ReportSyntaxError(source, context, offset, diagnostics);
        }

        private static T? ParseChunk<T>(SourceText source, SourceLayout.Chunk chunk, Parser<T> parser, DiagnosticBag diagnostics)
            where T : class
        {
            if (chunk.TooDeepBracket is int bracket)
            {
                diagnostics.Report(source, new TextSpan(bracket, 1), NestingLimit.Brackets.Exceeded());
                return null;
            }
            var context = new ParseContext(source);
            try
            {
                var result = parser(SourceInput.ForSource(context, chunk.Start, chunk.End));
                if (result.WasSuccessful) return result.Value;
                ReportSyntaxError(source, context, chunk.Start, diagnostics);
            }
            catch (NestingLimitException e)
            {
                diagnostics.Report(source, e.Span, e.Limit.Exceeded());
            }
            catch (InsufficientExecutionStackException)
            {
                diagnostics.Report(source, new TextSpan(chunk.Start, 0),
                    DiagnosticMessages.SyntaxError("this declaration is nested too deeply to read; split it with 'let' definitions"));
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                // Sprache 2.3.1 can throw ParseException; nothing may escape to the compiler or the IDE. Any exception here
                // is a bug in the parser, and the diagnostic says so rather than passing the exception's text off as advice.
                diagnostics.Report(source, new TextSpan(chunk.Start, 0),
                    DiagnosticMessages.SyntaxError(BugReports.Message($"this declaration could not be read ({e.GetType().Name})", "the policy file")));
            }
            finally
            {
                foreach (var literal in context.InvalidLiterals)
                {
                    diagnostics.Report(source, literal.Span, literal.Message);
                }
                foreach (var name in context.KeywordNames)
                {
                    diagnostics.Report(source, name.Span, DiagnosticMessages.KeywordAsName(name.Text, Lexical.RoleOf(name.Text)));
                }
            }
            return null;
        }

        private static void ReportSyntaxError(SourceText source, ParseContext context, int fallbackOffset, DiagnosticBag diagnostics)
        {
            var (span, message) = context.Failures.Describe() ?? (new TextSpan(fallbackOffset, 0), "the text could not be read");
            diagnostics.Report(source, span, DiagnosticMessages.SyntaxError(message));
        }
    }
}
