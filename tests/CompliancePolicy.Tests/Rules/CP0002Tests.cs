using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>
    /// CP0002 Expression nested too deeply: more than 64 open brackets, more than 100 nested expressions (prefix
    /// operators, <c>if</c>, quantifiers), a tree more than 256 operators deep (flat chains included), or definitions
    /// that chain more than 256 levels deep. The declaration (or the policy, for definitions) is not compiled, and no
    /// pass after the parser ever sees a tree that deep.
    /// </summary>
    public class CP0002NestingTooDeepTests
    {
        private const string Header = """
            policy "ISO/IEC 20000 eligibility"

            schema Organisation key id {
              id: text
              it_staff: int
              licensed: bool
              deputy: int?
            }

            clause ELIG-12 "At least 3 full-time IT staff"
              cites "RD-2.12"

            """;

        private const string SplitChain = "split the chain with 'let' definitions: 'let first_half = a and b', then 'first_half and c'";

        [Fact]
        public void The_65th_open_bracket_is_reported()
        {
            var policy = AnnotatedText.Parse(Header
                + "  require " + new string('(', 64) + "[|(|]it_staff >= 3" + new string(')', 65) + "\n");

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP0002", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Brackets are nested more than 64 levels deep; split the expression with 'let' definitions", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Brackets_64_deep_are_not_reported()
        {
            var text = Header + "  require " + new string('(', 64) + "it_staff >= 3" + new string(')', 64) + "\n";

            Assert.Empty(PolicyCompiler.Compile(text, "test.policy").Diagnostics);
        }

        [Fact]
        public void More_than_100_prefix_operators_are_CP0002_not_a_syntax_error()
        {
            var policy = AnnotatedText.Parse(Header + "  require " + string.Concat(Enumerable.Repeat("not ", 100)) + "[||]not licensed\n");

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP0002", diagnostic.Id);
            Assert.Equal("Expressions are nested more than 100 levels deep; split the expression with 'let' definitions", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Theory]
        [InlineData(" and ", "licensed")]
        [InlineData(" or ", "licensed")]
        [InlineData(" + ", "it_staff")]
        [InlineData(" * ", "it_staff")]
        [InlineData(" ?? ", "deputy")]
        public void A_flat_chain_of_100000_terms_is_reported_at_the_operator_after_the_last_term_allowed(string op, string term)
        {
            var terms = Enumerable.Repeat(term, 100_000).ToArray();
            var allowed = string.Join(op, terms.Take(256));
            var policy = AnnotatedText.Parse(Header + "  require (" + allowed + " [|" + op.Trim() + "|] " + string.Join(op, terms.Skip(256)) + ") != it_staff\n");

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP0002", diagnostic.Id);
            Assert.Equal("Operators are nested more than 256 levels deep; " + SplitChain, diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_chain_of_100000_member_accesses_is_reported_at_the_member_after_the_last_one_allowed()
        {
            var policy = AnnotatedText.Parse(Header + "  require id" + string.Concat(Enumerable.Repeat(".x", 255)) + ".[|x|]"
                + string.Concat(Enumerable.Repeat(".x", 100_000)) + " = 1\n");

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("Operators are nested more than 256 levels deep; " + SplitChain, diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_chain_as_deep_as_the_limit_compiles()
        {
            var text = Header + "  require " + string.Join(" and ", Enumerable.Repeat("licensed", 256)) + "\n";

            Assert.Empty(PolicyCompiler.Compile(text, "test.policy").Diagnostics);
        }

        [Fact]
        public void List_types_nested_more_than_64_deep_are_reported()
        {
            var policy = AnnotatedText.Parse("policy \"P\"\nschema S key id {\n  id: text\n  x: "
                + string.Concat(Enumerable.Repeat("list of ", 64)) + "[|list|] of " + string.Concat(Enumerable.Repeat("list of ", 100_000)) + "int\n}\n");

            // The schema is lost with the declaration (CP1013 follows); the limit is reported where it was passed.
            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics, d => d.Id == "CP0002");

            Assert.Equal("List types are nested more than 64 levels deep; give the inner lists' items a record type of their own", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Twenty_thousand_lets_that_each_read_the_one_before_are_reported_where_the_chain_gets_too_deep()
        {
            // Each 'let s_i = s_(i-1) + 1' is two levels (the '+' and the name): the 128th goes past 256.
            var lets = string.Concat(Enumerable.Range(1, 127).Select(i => $"let s{i} = s{i - 1} + 1\n"))
                + "let s128 = [|s127|] + 1\n"
                + string.Concat(Enumerable.Range(129, 20_000).Select(i => $"let s{i} = s{i - 1} + 1\n"));
            var policy = AnnotatedText.Parse(Header + "  require s20128 > 3\nlet s0 = it_staff\n" + lets);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP0002", diagnostic.Id);
            Assert.Equal("Definitions and their operators are nested more than 256 levels deep; each let, decision, table, clause or lifecycle "
                + "read by another adds its own depth: shorten the chain of definitions, or compute its parts side by side", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Lets_written_in_the_opposite_order_are_measured_the_same()
        {
            var lets = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"let s{i} = s{i + 1} + 1\n"));
            var text = Header + "  require s0 > 3\n" + lets + "let s20000 = it_staff\n";

            var diagnostic = Assert.Single(PolicyCompiler.Compile(text, "test.policy").Diagnostics);

            Assert.Equal("CP0002", diagnostic.Id);
            Assert.StartsWith("Definitions and their operators are nested more than 256 levels deep", diagnostic.Message);
        }

        [Fact]
        public void A_chain_of_clauses_read_through_passed_counts_too()
        {
            var clauses = string.Concat(Enumerable.Range(1, 300).Select(i => $"clause C-{i} \"step {i}\" cites \"x\" require passed(C-{i - 1})\n"));
            var text = Header + "  require it_staff >= 3\nclause C-0 \"first\" cites \"x\" require licensed\n" + clauses;

            Assert.Equal("CP0002", Assert.Single(PolicyCompiler.Compile(text, "test.policy").Diagnostics).Id);
        }
    }
}
