using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1007 Unknown function: a call to a name that is neither a built-in function nor a table or tiers.</summary>
    public class CP1007UnknownFunctionTests
    {
        [Fact]
        public void A_misspelled_function_is_reported_at_its_name_with_the_closest_name()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  management_reviews: list of date
                }

                clause ELIG-3 "At least one management review"
                  cites "RD-2.3"
                  require [|cout|](management_reviews) >= 1
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1007", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Unknown function 'cout'; did you mean 'count'?", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Built_in_functions_and_declared_tables_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  management_reviews: list of date
                }

                table reviews_needed(staff: int) -> int {
                  up to 100 => 1
                  101 or more => 2
                  otherwise => 1
                }

                clause ELIG-3 "At least one management review"
                  cites "RD-2.3"
                  require count(management_reviews) >= reviews_needed(10)
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
