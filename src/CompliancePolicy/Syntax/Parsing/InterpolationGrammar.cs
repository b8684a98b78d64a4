using System.Collections.Immutable;
using System.Text;
using CompliancePolicy.Text;
using Sprache;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// Interpolated strings (clause messages and error arms): a string literal whose value is then read as text and
    /// <c>{expression}</c> holes; <c>{{</c> and <c>}}</c> stand for braces. Holes are parsed from the unescaped value
    /// with each character mapped back to the file, so their spans are exact even after escapes.
    /// </summary>
    internal static class InterpolationGrammar
    {
        private static readonly Parser<ExpressionSyntax> HoleContent =
            Sequence.Of(ExpressionGrammar.Standard.Expression, Lexical.Symbol("}"), (expression, close, span) => expression);

        public static readonly Parser<InterpolatedStringSyntax> InterpolatedString = i =>
        {
            var scanned = TextLiterals.Token(i);
            if (!scanned.WasSuccessful) return GrammarExtensions.Failed<ScannedText, InterpolatedStringSyntax>(scanned);
            var input = (SourceInput)i;
            var parts = ReadParts(input.Context, scanned.Value);
            if (parts is null) return Lexical.Fail<InterpolatedStringSyntax>(input, null);
            return Result.Success(new InterpolatedStringSyntax(scanned.Value.Literal.Span, parts.Value), scanned.Remainder);
        };

        private static ImmutableArray<InterpolationPartSyntax>? ReadParts(ParseContext context, ScannedText scanned)
        {
            var value = scanned.Literal.Value;
            var offsets = scanned.Offsets;
            var parts = ImmutableArray.CreateBuilder<InterpolationPartSyntax>();
            var text = new StringBuilder();
            var textStart = 0;
            var index = 0;
            while (index < value.Length)
            {
                var c = value[index];
                if ((c == '{' || c == '}') && index + 1 < value.Length && value[index + 1] == c)
                {
                    text.Append(c);
                    index += 2;
                }
                else if (c == '}')
                {
                    var at = SourceInput.ForEmbedded(context, value, offsets, index);
                    context.Failures.Fail(at, "a '}' in a message must be doubled ('}}'); only '{' opens a hole");
                    return null;
                }
                else if (c == '{')
                {
                    AddText(parts, text, TextSpan.FromBounds(offsets[textStart], offsets[index]));
                    var hole = SourceInput.ForEmbedded(context, value, offsets, index + 1);
                    var result = HoleContent(hole.AfterToken(index + 1));
                    if (!result.WasSuccessful) return null;
                    var end = ((SourceInput)result.Remainder).PrecedingEnd;
                    parts.Add(new InterpolationHoleSyntax(TextSpan.FromBounds(offsets[index], offsets[end]), result.Value));
                    index = end;
                    textStart = end;
                }
                else
                {
                    text.Append(c);
                    index++;
                }
            }
            AddText(parts, text, TextSpan.FromBounds(offsets[textStart], offsets[index]));
            return parts.ToImmutable();
        }

        private static void AddText(ImmutableArray<InterpolationPartSyntax>.Builder parts, StringBuilder text, TextSpan span)
        {
            if (text.Length == 0) return;
            parts.Add(new InterpolationTextSyntax(span, text.ToString()));
            text.Clear();
        }
    }
}
