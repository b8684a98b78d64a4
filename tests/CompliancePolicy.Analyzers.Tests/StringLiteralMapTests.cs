using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>Offsets in a literal's value mapped back to the C# source, character by character.</summary>
    public class StringLiteralMapTests
    {
        [Theory]
        [InlineData("\"abc\"")]
        [InlineData("\"a\\tb\\\\c\\\"d\\u00e9e\\x41f\\U0001F600g\\0\"")]
        [InlineData("@\"a\"\"b\nc\"")]
        [InlineData("\"\"\"a \"quoted\" b\"\"\"")]
        [InlineData("\"\"\"\"a \"\"\"quoted\"\"\" b\"\"\"\"")]
        [InlineData("\"\"\"\n    line one\n      indented\n\n    last\n    \"\"\"")]
        [InlineData("\"\"\"\r\n\tx\r\n\t  y\r\n\t\"\"\"")]
        public void Every_value_character_maps_to_its_source(string literal)
        {
            var token = Literal(literal);
            var map = StringLiteralMap.Create(token);
            Assert.NotNull(map);
            var value = token.ValueText;
            for (var i = 0; i < value.Length; i++)
            {
                var source = token.SyntaxTree!.GetText().ToString(map!.Map(i, 1));
                // The character itself; or the escape that stands for it (a surrogate pair shares one: the first is empty);
                // or a line break of a raw string, followed by the next line's removed indentation.
                if (source.Length == 1) Assert.Equal(value[i], source[0]);
                else if (source.Length == 0) Assert.True(char.IsHighSurrogate(value[i]));
                else if (value[i] == '\n' || value[i] == '\r') Assert.Equal(value[i], source[0]);
                else Assert.True(source[0] == '\\' || source == "\"\"", source);
            }
            var whole = map!.Map(0, value.Length);
            Assert.True(whole.Start >= token.SpanStart && whole.End <= token.Span.End);
        }

        [Fact]
        public void A_span_covers_the_escapes_inside_it()
        {
            var token = Literal("\"x\\ny\"");
            var span = StringLiteralMap.Create(token)!.Map(0, 3);
            Assert.Equal("x\\ny", token.SyntaxTree!.GetText().ToString(span));
        }

        [Fact]
        public void Interpolated_strings_are_not_mapped()
        {
            var tree = CSharpSyntaxTree.ParseText("class C { const string S = $\"a{1}\"; }");
            var token = tree.GetRoot().DescendantTokens().First(t => t.IsKind(SyntaxKind.InterpolatedStringStartToken));
            Assert.Null(StringLiteralMap.Create(token));
        }

        private static SyntaxToken Literal(string literal)
        {
            var tree = CSharpSyntaxTree.ParseText("class C { const string S = " + literal + "; }");
            return tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single().Token;
        }
    }
}
