using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1006 Type mismatch: a value of one type where another is required.</summary>
    public class CP1006TypeMismatchTests
    {
        [Fact]
        public void A_parameter_default_of_the_wrong_type_is_reported_at_the_default()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  sms_established: date
                  audit_date: date
                }

                param minimum_operation: duration = [|3|] "RD-2.2: months the SMS must run"

                clause ELIG-2 "The SMS has operated for at least 3 months"
                  cites "RD-2.2"
                  require sms_established + minimum_operation <= audit_date
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1006", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Expected a duration but found an int", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_misspelt_rounding_mode_suggests_the_mode_and_a_fix_writes_it()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 certification fees"

                schema Certificate key number {
                  number: text
                  base_fee: decimal
                  reassessment_fee: decimal
                }

                clause FEE-1 "The re-assessment fee is 30% of the base fee"
                  cites "RD-2.8"
                  require reassessment_fee = round(base_fee * 30%, 2, [|halfup|])
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1006", diagnostic.Id);
            Assert.StartsWith("Expected ", diagnostic.Message);
            Assert.EndsWith(" but found 'halfup'; did you mean 'half_up'?", diagnostic.Message);
            Assert.Equal(new[] { "half_up" }, diagnostic.Suggestions);
            Assert.Equal(new TextEdit("test.policy", policy.Span, "half_up"), Assert.Single(diagnostic.PreferredFix!.Edits));
        }

        [Fact]
        public void A_requirement_that_is_not_a_condition_is_reported()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  it_staff: int
                }

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  require [|it_staff|]
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1006", diagnostic.Id);
            Assert.Equal("Expected a bool but found an int", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_field_of_a_list_is_reported_at_the_list_as_not_a_record()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                record Review { date: date, top_management_present: bool }

                schema Organisation key id {
                  id: text
                  management_reviews: list of Review
                }

                clause ELIG-11 "Top management took part in the management review"
                  cites "RD-2.11"
                  require [|management_reviews|].top_management_present
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1006", diagnostic.Id);
            Assert.Equal("Expected a record but found a list of Review", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Values_of_the_expected_types_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 eligibility"

                record Review { date: date, top_management_present: bool }

                schema Organisation key id {
                  id: text
                  sms_established: date
                  audit_date: date
                  management_reviews: list of Review
                }

                param minimum_operation: duration = 3 months "RD-2.2: how long the SMS must run"

                clause ELIG-2 "The SMS has operated for at least 3 months"
                  cites "RD-2.2"
                  require sms_established + minimum_operation <= audit_date

                clause ELIG-11 "Top management took part in the management review"
                  cites "RD-2.11"
                  require any r in management_reviews where r.top_management_present
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
