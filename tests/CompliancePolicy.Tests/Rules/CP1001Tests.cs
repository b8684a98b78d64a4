using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1001 Unknown name: a name that is no field, parameter, let, decision, variable, enumeration or <c>as_of</c>.</summary>
    public class CP1001UnknownNameTests
    {
        [Fact]
        public void A_misspelled_field_is_reported_at_the_name_with_the_closest_name()
        {
            var policy = AnnotatedText.Parse("""
                policy "Hardware after-sales service certification"

                schema Client key id {
                  id: text
                  score: decimal
                }

                clause GRADE-1 "A score of at least 70"
                  cites "RD-4.8"
                  require [|scor|] >= 70
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1001", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("The name 'scor' does not exist; did you mean 'score'?", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_loop_variable_used_outside_its_quantifier_is_unknown()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  management_reviews: list of date
                }

                clause ELIG-3 "A management review"
                  cites "RD-2.3"
                  require any review in management_reviews
                  message "last review {[|review|]}"
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1001", diagnostic.Id);
            Assert.Equal("The name 'review' does not exist", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void The_field_spelled_right_is_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "Hardware after-sales service certification"

                schema Client key id {
                  id: text
                  score: decimal
                }

                clause GRADE-1 "A score of at least 70"
                  cites "RD-4.8"
                  require score >= 70
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
