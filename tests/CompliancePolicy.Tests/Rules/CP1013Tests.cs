using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1013 Missing schema: a policy (over all its files) that declares no <c>schema</c> for its records.</summary>
    public class CP1013MissingSchemaTests
    {
        [Fact]
        public void A_policy_without_a_schema_is_reported_at_its_title()
        {
            var policy = AnnotatedText.Parse("""
                policy [|"ISO/IEC 20000 eligibility"|]

                record Organisation {
                  id: text
                  it_staff: int
                }

                let minimum_staff = 3

                decision advised_staff = minimum_staff
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1013", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Policy 'ISO/IEC 20000 eligibility' declares no 'schema' for the records it evaluates", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_schema_in_another_file_of_the_same_policy_counts()
        {
            var compilation = PolicyCompiler.Compile(new[]
            {
                new SourceText("schema.policy", """
                    policy "ISO/IEC 20000 eligibility"

                    schema Organisation key id {
                      id: text
                      it_staff: int
                    }
                    """),
                new SourceText("clauses.policy", """
                    policy "ISO/IEC 20000 eligibility"

                    clause ELIG-12 "At least 3 full-time IT staff"
                      cites "RD-2.12"
                      require it_staff >= 3
                    """),
            });

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
