using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Syntax;
using CompliancePolicy.Syntax.Formatting;
using CompliancePolicy.Text;
using static CompliancePolicy.Tests.Formatting.FormattingAssert;

namespace CompliancePolicy.Tests.Formatting
{
    /// <summary>The canonical layout of each declaration and expression, and what the formatter leaves alone.</summary>
    public class PolicyFormatterLayoutTests
    {
        [Fact]
        public void A_messy_policy_gets_the_canonical_layout()
        {
            const string before = "policy   \"ISO/IEC 20000 eligibility\"   version \"1.0\"\n"
                + "sources \"001.txt\",\"002.txt\"\n"
                + "enum LegalStatus{business_licence foreign_registration,none}\n"
                + "record Review { date: date, top_management_present: bool }\n"
                + "schema Organisation key id { id:text\n"
                + "   sms_established : date\n"
                + "\taudit_date: date?\n"
                + "  reviews: list of Review, penalties: list   of date }\n"
                + "param minimum_operation:duration=3 month \"RD-2.2\"\n"
                + "let   recent=[r.date for r in reviews where r.date within 1 years before as_of]\n"
                + "let score : decimal = 70.00+bonus*2\n"
                + "table days(headcount:int)->decimal{\n"
                + "1 to 25=>2\n"
                + "  26 or more => 2.50\n"
                + "otherwise=>error \"no band for {  headcount }\"}\n"
                + "clause ELIG-2 \"Operated 3 months\" cites \"RD-2.2\" severity blocker applies when audit_date is present\n"
                + "  require sms_established+minimum_operation<=audit_date unless (pilot)\n"
                + "      message \"operated {elapsed(sms_established,audit_date)}\"\n"
                + "decision eligible=failures(blocker)=0";
            const string after = "policy \"ISO/IEC 20000 eligibility\"\n"
                + "  version \"1.0\"\n"
                + "  sources \"001.txt\", \"002.txt\"\n"
                + "\n"
                + "enum LegalStatus { business_licence, foreign_registration, none }\n"
                + "\n"
                + "record Review {\n"
                + "  date: date\n"
                + "  top_management_present: bool\n"
                + "}\n"
                + "\n"
                + "schema Organisation key id {\n"
                + "  id: text\n"
                + "  sms_established: date\n"
                + "  audit_date: date?\n"
                + "  reviews: list of Review\n"
                + "  penalties: list of date\n"
                + "}\n"
                + "\n"
                + "param minimum_operation: duration = 3 months \"RD-2.2\"\n"
                + "\n"
                + "let recent = [r.date for r in reviews where r.date within 1 year before as_of]\n"
                + "let score: decimal = 70.00 + bonus * 2\n"
                + "\n"
                + "table days(headcount: int) -> decimal {\n"
                + "  1 to 25 => 2\n"
                + "  26 or more => 2.50\n"
                + "  otherwise => error \"no band for {headcount}\"\n"
                + "}\n"
                + "\n"
                + "clause ELIG-2 \"Operated 3 months\"\n"
                + "  cites \"RD-2.2\"\n"
                + "  severity blocker\n"
                + "  applies when audit_date is present\n"
                + "  require sms_established + minimum_operation <= audit_date\n"
                + "  unless (pilot)\n"
                + "  message \"operated {elapsed(sms_established, audit_date)}\"\n"
                + "\n"
                + "decision eligible = failures(blocker) = 0\n";

            AssertFormats(before, after);
        }

        [Fact]
        public void Policy_header_puts_version_and_sources_on_their_own_lines()
        {
            AssertFormats("policy \"P\" version \"2.1\" sources \"a.txt\", \"b.txt\",\n  \"c.txt\"", "policy \"P\"\n  version \"2.1\"\n  sources \"a.txt\", \"b.txt\", \"c.txt\"\n");
            AssertFormats("policy  \"P\"", "policy \"P\"\n");
        }

        [Fact]
        public void Enumerations_stay_on_one_line_until_they_are_too_wide()
        {
            AssertFormats("enum Grade {\n  fail\n  compliant,\n  three_star,\n}", "enum Grade { fail, compliant, three_star }\n");
            AssertFormats("enum Empty { }", "enum Empty {}\n");

            var members = string.Join(" ", Enumerable.Range(1, 12).Select(i => "member_number_" + i));
            AssertFormats(
                "enum Wide { " + members + " }",
                "enum Wide {\n" + string.Concat(Enumerable.Range(1, 12).Select(i => "  member_number_" + i + "\n")) + "}\n");
        }

        [Fact]
        public void Records_and_schemas_put_one_field_per_line()
        {
            AssertFormats("record Review { date: date, score: decimal?\n  notes: list of text }", "record Review {\n  date: date\n  score: decimal?\n  notes: list of text\n}\n");
            AssertFormats("schema S key id{id:text dates:list of list of date ?}", "schema S key id {\n  id: text\n  dates: list of list of date?\n}\n");
            AssertFormats("record Nothing {\n\n}", "record Nothing {}\n");
        }

        [Fact]
        public void Parameters_lets_and_decisions_are_one_line_each()
        {
            AssertFormats(
                "param cure_period:duration=30 days \"why\"\nparam limit : int = 3\nlet a=1\nlet b : decimal=a/2\ndecision ok=a>0\ndecision grade :Grade=Grade.fail\n",
                "param cure_period: duration = 30 days \"why\"\nparam limit: int = 3\n\nlet a = 1\nlet b: decimal = a / 2\n\ndecision ok = a > 0\ndecision grade: Grade = Grade.fail\n");
        }

        [Fact]
        public void One_line_declarations_of_a_kind_stay_grouped_only_as_the_author_grouped_them()
        {
            AssertFormats("let a = 1\nlet b = 2\n\n\n\nlet c = 3\nparam p: int = 1\nlet d = 4\n", "let a = 1\nlet b = 2\n\nlet c = 3\n\nparam p: int = 1\n\nlet d = 4\n");
            AssertFormats("enum A { x }\nenum B { y }\nrecord R { f: int }\nrecord S { g: int }\n", "enum A { x }\nenum B { y }\n\nrecord R {\n  f: int\n}\n\nrecord S {\n  g: int\n}\n");
        }

        [Fact]
        public void Tables_and_tiers_put_each_band_on_its_own_line()
        {
            AssertFormats(
                "table person_days(headcount: int) -> int { up to 0 => error \"no staff\" 1 to 25 => 2 26 to 45 => 3+extra\n"
                    + "10701 or more => 25 otherwise => error \"no band for {headcount} people\" }",
                "table person_days(headcount: int) -> int {\n"
                    + "  up to 0 => error \"no staff\"\n"
                    + "  1 to 25 => 2\n"
                    + "  26 to 45 => 3 + extra\n"
                    + "  10701 or more => 25\n"
                    + "  otherwise => error \"no band for {headcount} people\"\n"
                    + "}\n");
            AssertFormats(
                "table adjust(delta: int) -> int {\n-10 to -1 => 1\n   -20 to -11 => 3 - 1\notherwise => 0 }",
                "table adjust(delta: int) -> int {\n  -10 to -1 => 1\n  -20 to -11 => 3 - 1\n  otherwise => 0\n}\n");
            AssertFormats(
                "tiers grade(score: decimal)->Grade{at least 95=>Grade.five_star at least 80.50 => Grade.compliant\notherwise=>Grade.fail}",
                "tiers grade(score: decimal) -> Grade {\n  at least 95 => Grade.five_star\n  at least 80.50 => Grade.compliant\n  otherwise => Grade.fail\n}\n");
        }

        [Fact]
        public void Clause_parts_take_a_line_each_in_the_grammar_order()
        {
            AssertFormats(
                "clause RD4.8-grade \"Grade\" cites \"RD-4.8\",\"003 §5.3.3.7\" severity minor applies when audit_date is present require score>=80 unless exempt unless pilot and not audited message \"score {score}\"",
                "clause RD4.8-grade \"Grade\"\n"
                    + "  cites \"RD-4.8\", \"003 §5.3.3.7\"\n"
                    + "  severity minor\n"
                    + "  applies when audit_date is present\n"
                    + "  require score >= 80\n"
                    + "  unless exempt\n"
                    + "  unless pilot and not audited\n"
                    + "  message \"score {score}\"\n");
        }

        [Fact]
        public void A_default_severity_is_neither_added_nor_removed()
        {
            AssertFormats("clause C-1 \"T\" require true", "clause C-1 \"T\"\n  require true\n");
            AssertFormats("clause C-1 \"T\" severity major require true", "clause C-1 \"T\"\n  severity major\n  require true\n");
        }

        [Theory]
        [InlineData("a+b*c", "a + b * c")]
        [InlineData("(a+b)*c", "(a + b) * c")]
        [InlineData("( ( a ) )", "((a))")]
        [InlineData("a-(b-c)", "a - (b - c)")]
        [InlineData("not(a or b)", "not (a or b)")]
        [InlineData("- -x", "- -x")]
        [InlineData("-(a)", "-(a)")]
        [InlineData("x . y . z", "x.y.z")]
        [InlineData("min( a ,b )", "min(a, b)")]
        [InlineData("[ 1,2 , 3 ]", "[1, 2, 3]")]
        [InlineData("[ ]", "[]")]
        [InlineData("[ r.date for r in reviews where r.ok ]", "[r.date for r in reviews where r.ok]")]
        [InlineData("any  r in reviews", "any r in reviews")]
        [InlineData("(count a in xs where a<b)>=1", "(count a in xs where a < b) >= 1")]
        [InlineData("passed( ELIG-2 )or failed(X.1)", "passed(ELIG-2) or failed(X.1)")]
        [InlineData("failures( advisory )", "failures(advisory)")]
        [InlineData("x is  missing", "x is missing")]
        [InlineData("s not  in [a,b]", "s not in [a, b]")]
        [InlineData("d within 1 year of as_of", "d within 1 year of as_of")]
        [InlineData("if a then b else c", "if a then b else c")]
        [InlineData("a??b", "a ?? b")]
        [InlineData("a!=b", "a != b")]
        public void Expressions_are_spaced_canonically_and_keep_the_authors_parentheses(string written, string formatted)
        {
            AssertFormats("let x = " + written, "let x = " + formatted + "\n");
        }

        [Theory]
        [InlineData("70.00", "70.00")]
        [InlineData("0.50", "0.50")]
        [InlineData("12.5%", "12.5%")]
        [InlineData("2026-11-22", "2026-11-22")]
        [InlineData("1 days", "1 day")]
        [InlineData("3 month", "3 months")]
        [InlineData("1   years  6\tmonth", "1 year 6 months")]
        [InlineData("2 weeks", "2 weeks")]
        [InlineData("0 day", "0 days")]
        [InlineData("true", "true")]
        [InlineData("\"tab\tand \\t, quote \\\", backslash \\\\, brace {x}\"", "\"tab\\tand \\t, quote \\\", backslash \\\\, brace {x}\"")]
        public void Literals_are_printed_in_their_canonical_form(string written, string formatted)
        {
            AssertFormats("let x = " + written, "let x = " + formatted + "\n");
        }

        [Fact]
        public void Messages_are_re_escaped_with_their_holes_formatted()
        {
            AssertFormats(
                "clause C \"T\" require true message \"say \\\"hi\\\" {{ {  count( xs ) }\\t{if ok then \\\"yes\\\" else \\\"no\\\"} }} {x??\\\"{}\\\"}\"",
                "clause C \"T\"\n  require true\n  message \"say \\\"hi\\\" {{ {count(xs)}\\t{if ok then \\\"yes\\\" else \\\"no\\\"} }} {x ?? \\\"{}\\\"}\"\n");
        }

        [Fact]
        public void A_file_with_syntax_errors_is_returned_untouched_with_its_errors()
        {
            const string text = "policy   \"P\"\nlet a = (1 +\nclause C \"T\"   # no requirement\n\nlet  b=2\n";

            var result = Format(text);

            Assert.Equal(text, result.Text);
            Assert.False(result.Changed);
            Assert.Equal(Parse(text).Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(2, result.Diagnostics.Count);
        }

        [Fact]
        public void An_invalid_literal_also_keeps_the_file_as_it_is()
        {
            const string text = "let d = 2026-02-30\n";

            var result = Format(text);

            Assert.Equal(text, result.Text);
            Assert.Equal("CP0003", Assert.Single(result.Diagnostics).Id);
        }

        [Fact]
        public void Line_breaks_become_LF_trailing_white_space_goes_and_the_file_ends_with_one_newline()
        {
            AssertFormats("policy \"P\"   \r\n\r\n\r\nlet a = 1\t\r\n# note   \r\n\r\n\r\n", "policy \"P\"\n\nlet a = 1\n# note\n");
            AssertFormats("let a = 1", "let a = 1\n");
            AssertFormats("let a = 1\n\n\n", "let a = 1\n");
        }

        [Fact]
        public void CRLF_input_formats_to_the_same_text_as_LF_input()
        {
            var lf = FormattingCorpus.Policies["comments"];
            var crlf = lf.Replace("\n", "\r\n");

            var result = Format(crlf);

            Assert.True(result.Changed);
            Assert.Equal(Format(lf).Text, result.Text);
            Assert.DoesNotContain("\r", result.Text);
        }

        [Fact]
        public void Canonical_text_is_not_changed()
        {
            var canonical = Format(FormattingCorpus.Policies["language-reference"]).Text;

            var result = Format(canonical);

            Assert.False(result.Changed);
            Assert.Equal(canonical, result.Text);
        }

        [Fact]
        public void A_declaration_kind_the_formatter_does_not_know_is_kept_as_written()
        {
            const string text = "future   thing {  \n    with  # its comment\n  lines }   \n";
            var source = new SourceText("test.policy", text);
            var layout = new DeclarationLayout(source, ImmutableArray<CommentSyntax>.Empty);

            var block = layout.Layout(new FutureDeclarationSyntax(TextSpan.FromBounds(0, text.IndexOf('}') + 1)));

            var line = Assert.Single(block.Lines);
            Assert.True(line.IsVerbatim);
            Assert.Equal("future   thing {\n    with  # its comment\n  lines }", line.Text);
        }

        [Fact]
        public void A_declaration_holding_an_expression_the_formatter_does_not_know_is_kept_as_written()
        {
            const string text = "let  x =  future(  )";
            var source = new SourceText("test.policy", text);
            var layout = new DeclarationLayout(source, ImmutableArray<CommentSyntax>.Empty);
            var future = new FutureExpressionSyntax(TextSpan.FromBounds(10, text.Length));

            var block = layout.Layout(new LetDeclarationSyntax(new TextSpan(0, text.Length), new NameSyntax(new TextSpan(5, 1), "x"), null, future));

            Assert.Equal(text, Assert.Single(block.Lines).Text);
        }

        [Fact]
        public void Empty_and_blank_files_format_to_nothing()
        {
            AssertFormats(string.Empty, string.Empty);
            AssertFormats("\n  \n\t\n", string.Empty);
        }

        private sealed record FutureDeclarationSyntax(TextSpan Span) : DeclarationSyntax(Span);

        private sealed record FutureExpressionSyntax(TextSpan Span) : ExpressionSyntax(Span);
    }
}
