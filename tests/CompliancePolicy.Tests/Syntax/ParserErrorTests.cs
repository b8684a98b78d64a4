using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using static CompliancePolicy.Tests.Syntax.ParserTestHelpers;

namespace CompliancePolicy.Tests.Syntax
{
    public class ParserErrorTests
    {
        [Fact]
        public void Every_broken_declaration_is_reported_and_the_good_ones_between_are_parsed()
        {
            var file = ParseFile(@"policy ""P""

clause A-1 ""first""
  requir x

let kept = 1

clause A-2 ""second""
  require a +
  unless b

decision kept_too = kept > 0

clause A-3 ""third""
  severity grave
  require c
");

            Assert.All(file.Diagnostics, d => Assert.Equal("CP0001", d.Id));
            Assert.Collection(
                file.Diagnostics,
                d => AssertAt(d, 4, 3, "expected 'cites', 'severity', 'applies' or 'require', found 'requir'"),
                d => AssertAt(d, 10, 3, "expected expression, found keyword 'unless'"),
                d => AssertAt(d, 15, 12, "expected 'blocker', 'major', 'minor' or 'advisory', found 'grave'"));
            Assert.Collection(
                file.Declarations,
                d => Assert.IsType<PolicyHeaderSyntax>(d),
                d => Assert.Equal("kept", Assert.IsType<LetDeclarationSyntax>(d).Name.Text),
                d => Assert.Equal("kept_too", Assert.IsType<DecisionDeclarationSyntax>(d).Name.Text));
        }

        [Theory]
        [InlineData("clause C \"T\"\n  require a\n  [|unles|] b", "expected an operator, 'unless', 'message' or end of declaration, found 'unles'")]
        [InlineData("let [|and|] = 1", "expected identifier, found keyword 'and'")]
        [InlineData("let x = [|)|]", "expected expression, found ')'")]
        [InlineData("let x = f(a, [|]|]", "expected expression, found ']'")]
        [InlineData("let x = [a, b[||]", "expected an operator, ',' or ']', found end of file")]
        [InlineData("let x = [a [|b|]]", "expected an operator, 'for', ',' or ']', found 'b'")]
        [InlineData("let x = any r in rs [|when|] r", "expected an operator, 'where' or end of declaration, found keyword 'when'")]
        [InlineData("let x = if a then b [|otherwise|] c", "expected an operator or 'else', found keyword 'otherwise'")]
        [InlineData("let x = a is [|absent|]", "expected 'present' or 'missing', found 'absent'")]
        [InlineData("let x = d within 1 year [|since|] a", "expected an operator, 'before', 'after' or 'of', found 'since'")]
        [InlineData("let x = a.[|1|]", "expected identifier, found '1'")]
        [InlineData("let x = [|3days|]", "expected expression, found '3days'")]
        [InlineData("let x = passed([|\"A\"|])", "expected clause ID, found text \"A\"")]
        [InlineData("let x = failures([|all|])", "expected 'blocker', 'major', 'minor' or 'advisory', found 'all'")]
        [InlineData("record R { a: [|1|] }", "expected type, found '1'")]
        [InlineData("record R { a: list [|date|] }", "expected 'of', found 'date'")]
        [InlineData("schema S { a: text [|=|] }", "expected '?', ',', identifier or '}', found '='")]
        [InlineData("table t(k: int) -> int { 1 to [|x|] => 2 otherwise => 1 }", "expected number, found 'x'")]
        [InlineData("table t(k: int) -> int {\n  1 to 2 => 2\n  [|=>|] 3\n}", "expected an operator, 'up', number, 'otherwise' or '}', found '='")]
        [InlineData("tiers t(k: int) -> int { at [|most|] 5 => 1 otherwise => 0 }", "expected 'least', found 'most'")]
        [InlineData("enum E { a, b [|=|] }", "expected ',', identifier or '}', found '='")]
        [InlineData("decision d = a [|b|]\n", "expected an operator or end of declaration, found 'b'")]
        // Invisible characters are named, never echoed: a right-to-left override would reverse the rest of the message.
        [InlineData("let x = a [|\u202E|] b", "expected an operator or end of declaration, found character U+202E")]
        [InlineData("let x = a[|\u200B|] and b", "expected an operator or end of declaration, found character U+200B")]
        [InlineData("let x = a and [|\uFEFF|]b", "expected expression, found character U+FEFF")]
        [InlineData("let x = a [|\"b\u202Ec\u2066\"|]", "expected an operator or end of declaration, found text \"b<U+202E>c<U+2066>\"")]
        [InlineData("let x = [|\u0007|]", "expected expression, found character U+0007")]
        public void Errors_name_what_was_expected_and_what_was_found(string annotatedSource, string message)
        {
            var annotated = AnnotatedText.Parse(annotatedSource);

            var diagnostic = Assert.Single(ParseFile(annotated.Text).Diagnostics);

            Assert.Equal("CP0001", diagnostic.Id);
            Assert.Equal("Syntax error: " + message, diagnostic.Message);
            Assert.Equal(annotated.Spans.First().Start, diagnostic.Location!.Span.Start);
        }

        [Fact]
        public void A_missing_part_is_reported_right_after_the_last_token_with_end_of_line_or_file()
        {
            var annotated = AnnotatedText.Parse("clause A \"T\"[||]   # no requirement\n\nclause B \"T\"[||]\n");

            var file = ParseFile(annotated.Text);

            Assert.Collection(
                file.Diagnostics,
                d =>
                {
                    Assert.Equal(annotated.Spans[0], d.Location!.Span);
                    Assert.EndsWith("found end of line", d.Message);
                },
                d =>
                {
                    Assert.Equal(annotated.Spans[1], d.Location!.Span);
                    Assert.EndsWith("found end of file", d.Message);
                });
        }

        [Fact]
        public void Comparisons_do_not_chain()
        {
            var annotated = AnnotatedText.Parse("let x = a < b [|<|] c");

            var diagnostic = Assert.Single(ParseFile(annotated.Text).Diagnostics);

            Assert.Equal("CP0001", diagnostic.Id);
            Assert.Contains("cannot be chained", diagnostic.Message);
            Assert.Equal(annotated.Span.Start, diagnostic.Location!.Span.Start);
        }

        [Fact]
        public void Unclosed_text_is_reported_at_the_end_of_its_line()
        {
            var annotated = AnnotatedText.Parse("policy \"P\nlet x = \"open[||]\nlet y = 1\n");

            var file = ParseFile(annotated.Text);

            Assert.Equal(2, file.Diagnostics.Length);
            Assert.All(file.Diagnostics, d => Assert.Contains("text is not closed", d.Message));
            Assert.Equal(annotated.Span.Start, file.Diagnostics[1].Location!.Span.Start);
            Assert.IsType<LetDeclarationSyntax>(Assert.Single(file.Declarations));
        }

        [Theory]
        [InlineData("message \"abc {x[||]\"", "expected an operator or '}', found end of the text")]
        [InlineData("message \"abc {x + [|}|]\"", "expected expression, found '}'")]
        [InlineData("message \"\\\"q\\\" {x + [|}|]\"", "expected expression, found '}'")]
        [InlineData("message \"a [|}|] b\"", "a '}' in a message must be doubled ('}}'); only '{' opens a hole")]
        [InlineData("message \"a {[|#|]}\"", "expected expression, found '#'")]
        public void Hole_errors_are_placed_inside_the_string(string annotatedMessage, string message)
        {
            var annotated = AnnotatedText.Parse("clause C \"T\"\n  require true\n  " + annotatedMessage + "\n");

            var diagnostic = Assert.Single(ParseFile(annotated.Text).Diagnostics);

            Assert.Equal("Syntax error: " + message, diagnostic.Message);
            Assert.Equal(annotated.Span.Start, diagnostic.Location!.Span.Start);
        }

        [Fact]
        public void Text_before_the_first_declaration_is_an_error()
        {
            var file = ParseFile("# fine\n\n  stray words\npolicy \"P\"\n");

            var diagnostic = Assert.Single(file.Diagnostics);
            Assert.Equal("CP0001", diagnostic.Id);
            Assert.Equal(3, diagnostic.Location!.Start.Line);
            Assert.Equal(3, diagnostic.Location.Start.Column);
            Assert.Contains("expected a declaration (", diagnostic.Message);
            Assert.Contains("found 'stray'", diagnostic.Message);
            Assert.IsType<PolicyHeaderSyntax>(Assert.Single(file.Declarations));
        }

        [Fact]
        public void Empty_and_comment_only_files_have_no_errors()
        {
            Assert.Empty(ParseClean("").Declarations);
            Assert.Single(ParseClean("\n  # only a comment\n\n").Comments);
        }

        [Theory]
        [InlineData("let d = [|2026-02-30|]", "'2026-02-30' is not a valid date; write dates as yyyy-MM-dd")]
        [InlineData("let d = [|2026-1-5|]", "'2026-1-5' is not a valid date; write dates as yyyy-MM-dd")]
        [InlineData("let d = [|99999999999 days|]", "the duration '99999999999 days' is too long: a duration can be at most 9999 years (119,988 months) or 3,652,059 days, the length of the calendar")]
        [InlineData("let d = [|300000000 years|]", "the duration '300000000 years' is too long: a duration can be at most 9999 years (119,988 months) or 3,652,059 days, the length of the calendar")]
        [InlineData("let d = [|10000 years|]", "the duration '10000 years' is too long: a duration can be at most 9999 years (119,988 months) or 3,652,059 days, the length of the calendar")]
        [InlineData("let d = [|2000000 days 2000000 days|]", "the duration '2000000 days 2000000 days' is too long: a duration can be at most 9999 years (119,988 months) or 3,652,059 days, the length of the calendar")]
        [InlineData("let d = [|1.5 years|]", "a duration counts whole years: '1.5' is not a whole number")]
        [InlineData("let d = [|99999999999999999999999999999999|]", "the number '99999999999999999999999999999999' is too large: no number is larger than 79,228,162,514,264,337,593,543,950,335")]
        [InlineData("let d = \"a [|\\q|] b\"", "unknown escape sequence '\\q' in text; use \\\", \\\\, \\n or \\t")]
        [InlineData("table t(k: int) -> int { [|-99999999999999999999999999999999|] or more => 1 otherwise => 0 }",
            "the number '99999999999999999999999999999999' is too large: no number is larger than 79,228,162,514,264,337,593,543,950,335")]
        public void Invalid_literals_are_reported_at_the_literal_and_the_declaration_is_kept(string annotatedSource, string message)
        {
            var annotated = AnnotatedText.Parse(annotatedSource);

            var file = ParseFile(annotated.Text);

            var diagnostic = Assert.Single(file.Diagnostics);
            Assert.Equal("CP0003", diagnostic.Id);
            Assert.Equal(message, diagnostic.Message);
            if (!annotatedSource.Contains("-9999")) Assert.Equal(annotated.Span, diagnostic.Location!.Span);
            Assert.Single(file.Declarations);
        }

        [Fact]
        public void Brackets_nested_more_than_64_deep_are_reported_and_their_declaration_skipped()
        {
            var tooDeep = "let deep = " + new string('(', 64) + "[|(|]x" + new string(')', 65);
            var deepest = "let ok = " + new string('(', 64) + "x" + new string(')', 64);
            var annotated = AnnotatedText.Parse(tooDeep + "\n" + deepest + "\nlet later = 1\n");

            var file = ParseFile(annotated.Text);

            var diagnostic = Assert.Single(file.Diagnostics);
            Assert.Equal("CP0002", diagnostic.Id);
            Assert.Equal(annotated.Span, diagnostic.Location!.Span);
            Assert.Equal(new[] { "ok", "later" }, file.Declarations.Cast<LetDeclarationSyntax>().Select(l => l.Name.Text));
        }

        [Fact]
        public void Brackets_in_strings_and_comments_do_not_count_towards_nesting()
        {
            var brackets = new string('(', 100);
            var file = ParseClean($"let a = \"{brackets}\" # {brackets}\n");

            Assert.Single(file.Declarations);
        }

        [Fact]
        public void Deep_nesting_without_brackets_is_an_error_not_a_crash()
        {
            var text = "let a = " + string.Concat(Enumerable.Repeat("not ", 5000)) + "x\n"
                + "clause C \"T\" require true message \"{" + new string('(', 500) + "x" + new string(')', 500) + "}\"\n"
                + "let b = " + string.Concat(Enumerable.Repeat("if ", 5000)) + "x\n"
                + "let c = " + string.Concat(Enumerable.Repeat("any x in ", 5000)) + "xs\n"
                + "let d = " + string.Concat(Enumerable.Repeat("- ", 5000)) + "1\n"
                + "let ok = 1\n";

            var file = ParseFile(text);

            Assert.Equal(5, file.Diagnostics.Length);
            Assert.All(file.Diagnostics, d => Assert.Contains("nested more than", d.Message));
            Assert.Equal("ok", ((LetDeclarationSyntax)Assert.Single(file.Declarations)).Name.Text);
        }

        [Fact]
        public void A_small_stack_ends_in_a_diagnostic_not_a_crash()
        {
            var text = "let y = " + string.Concat(Enumerable.Repeat("f([", 32)) + "a" + string.Concat(Enumerable.Repeat("])", 32)) + "\n";
            PolicyFileSyntax? file = null;

            var thread = new System.Threading.Thread(() => file = ParseFile(text), maxStackSize: 192 * 1024);
            thread.Start();
            thread.Join();

            Assert.NotNull(file);
            Assert.True(file!.Declarations.Length == 1 || file.Diagnostics.Single().Id == "CP0001");
        }

        [Fact]
        public void Random_input_never_throws_and_diagnostics_stay_inside_the_text()
        {
            string[] pieces =
            {
                "policy", "enum", "record", "schema", "param", "let", "table", "tiers", "clause", "decision", "require",
                "unless", "message", "cites", "severity", "applies", "when", "if", "then", "else", "not", "and", "or",
                "any", "count", "x", "in", "where", "for", "within", "of", "is", "present", "passed(", "failures(",
                "list of", "?", "??", "=>", "->", "=", "<", ">=", "+", "-", "*", "/", ".", ",", ":", "(", ")", "[", "]",
                "{", "}", "\"", "\"{x}\"", "\"a {", "{{", "}}", "\\", "#", "42", "1.5", "50%", "2026-02-30", "3 months",
                "99999999999 days", "to", "or more", "up to", "at least", "otherwise", "error", " ", "\n", "\r\n", "\t",
            };
            var random = new System.Random(20260522);
            for (var round = 0; round < 400; round++)
            {
                var builder = new System.Text.StringBuilder();
                var count = random.Next(1, 60);
                for (var i = 0; i < count; i++)
                {
                    builder.Append(random.Next(4) == 0 ? ((char)random.Next(1, 0x2FF)).ToString() : pieces[random.Next(pieces.Length)]);
                    if (random.Next(3) == 0) builder.Append(' ');
                }
                var text = builder.ToString();

                var file = ParseFile(text);

                Assert.All(file.Diagnostics, d => Assert.InRange(d.Location!.Span.End, d.Location.Span.Start, text.Length));
                Assert.All(file.Declarations, d => Assert.InRange(d.Span.End, d.Span.Start, text.Length));
            }
        }

        [Fact]
        public void Cancellation_is_honoured_between_declarations()
        {
            using var cancellation = new System.Threading.CancellationTokenSource();
            cancellation.Cancel();

            Assert.ThrowsAny<System.OperationCanceledException>(() =>
                PolicyParser.Parse(new CompliancePolicy.Text.SourceText("p.policy", "let a = 1\n"), cancellation.Token));
        }

        private static void AssertAt(Diagnostic diagnostic, int line, int column, string message)
        {
            Assert.Equal("Syntax error: " + message, diagnostic.Message);
            Assert.Equal(line, diagnostic.Location!.Start.Line);
            Assert.Equal(column, diagnostic.Location.Start.Column);
        }
    }
}
