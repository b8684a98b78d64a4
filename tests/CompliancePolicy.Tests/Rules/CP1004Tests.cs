using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1004 Unknown enumeration member: <c>Enum.member</c> naming a member the enumeration does not declare.</summary>
    public class CP1004UnknownEnumMemberTests
    {
        [Fact]
        public void A_misspelled_member_is_reported_at_the_member_with_the_closest_name()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                enum LegalStatus { business_licence, foreign_registration, none }

                schema Organisation key id {
                  id: text
                  legal_status: LegalStatus
                }

                clause ELIG-1 "A Chinese enterprise holds a business licence"
                  cites "RD-2.1"
                  require legal_status = LegalStatus.[|business_license|]
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1004", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Enumeration 'LegalStatus' has no member 'business_license'; did you mean 'business_licence'?", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_declared_member_is_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 eligibility"

                enum LegalStatus { business_licence, foreign_registration, none }

                schema Organisation key id {
                  id: text
                  legal_status: LegalStatus
                }

                clause ELIG-1 "A Chinese enterprise holds a business licence"
                  cites "RD-2.1"
                  require legal_status = LegalStatus.business_licence
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
