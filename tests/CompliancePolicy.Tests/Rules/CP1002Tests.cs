using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1002 Unknown field: <c>record.field</c> or a schema <c>key</c> naming a field the record type does not have.</summary>
    public class CP1002UnknownFieldTests
    {
        [Fact]
        public void A_misspelled_field_of_a_nested_record_is_reported_at_the_field_name()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                record Penalty { date: date, authority: text }

                schema Organisation key id {
                  id: text
                  penalties: list of Penalty
                }

                clause ELIG-4 "No administrative penalty in the last year"
                  cites "RD-2.4"
                  require none p in penalties where p.[|dat|] within 1 year before as_of
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1002", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Record 'Penalty' has no field 'dat'; did you mean 'date'?", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_schema_key_naming_no_field_is_reported_at_the_key()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key [|org_id|] {
                  id: text
                }

                clause ELIG-1 "An identified organisation"
                  cites "RD-2.1"
                  require id != ""
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1002", diagnostic.Id);
            Assert.Equal("Record 'Organisation' has no field 'org_id'", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Fields_that_exist_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 eligibility"

                record Penalty { date: date, authority: text }

                schema Organisation key id {
                  id: text
                  penalties: list of Penalty
                }

                clause ELIG-4 "No administrative penalty in the last year"
                  cites "RD-2.4"
                  require none p in penalties where p.date within 1 year before as_of
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
