using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1014 More than one schema: a policy evaluates one record type, so only one <c>schema</c> may be declared.</summary>
    public class CP1014DuplicateSchemaTests
    {
        [Fact]
        public void The_second_schema_is_reported_at_its_name_naming_the_policy_and_the_first()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  it_staff: int
                }

                schema [|Site|] {
                  address: text
                }

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  require it_staff >= 3
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1014", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Policy 'ISO/IEC 20000 eligibility' already declares schema 'Organisation'", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Other_record_types_beside_the_schema_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 eligibility"

                record Site {
                  address: text
                }

                schema Organisation key id {
                  id: text
                  it_staff: int
                  sites: list of Site
                }

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  require it_staff >= 3
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
