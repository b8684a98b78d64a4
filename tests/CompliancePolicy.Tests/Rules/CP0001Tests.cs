using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP0001 Syntax error: text that does not fit the grammar, reported where it stops making sense.</summary>
    public class CP0001SyntaxErrorTests
    {
        [Fact]
        public void A_misspelled_keyword_is_reported_with_what_was_expected_and_what_was_found()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  it_staff: int
                }

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  [|requir|] it_staff >= 3
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP0001", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Syntax error: expected ',', 'severity', 'applies' or 'require', found 'requir'", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_missing_part_is_reported_right_after_the_last_token()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  it_staff: int
                }

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  require it_staff >=[||]
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP0001", diagnostic.Id);
            Assert.Equal("Syntax error: expected expression, found end of file", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void The_same_clause_spelled_right_is_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  it_staff: int
                }

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  require it_staff >= 3
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
