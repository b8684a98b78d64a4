using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1011 Duplicate member: an enumeration member or a record field declared twice in one type.</summary>
    public class CP1011DuplicateMemberTests
    {
        [Fact]
        public void A_repeated_enumeration_member_is_reported_at_the_repetition()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 certificate status"

                enum CertificateStatus { valid, suspended, revoked, [|suspended|] }

                schema Certificate key number {
                  number: text
                  status: CertificateStatus
                }

                clause STAT-7 "Only a valid certificate counts"
                  cites "RD-3.7"
                  require status = CertificateStatus.valid
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1011", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("'CertificateStatus' already has a member named 'suspended'", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_repeated_record_field_is_reported_at_the_repetition()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 certificate status"

                schema Certificate key number {
                  number: text
                  issued: date
                  [|issued|]: date
                }

                clause STAT-6 "The certificate is within its 3 years"
                  cites "RD-3.6"
                  require issued + 3 years > as_of
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1011", diagnostic.Id);
            Assert.Equal("'Certificate' already has a member named 'issued'", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Distinct_members_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 certificate status"

                enum CertificateStatus { valid, suspended, revoked, expired }

                schema Certificate key number {
                  number: text
                  status: CertificateStatus
                }

                clause STAT-7 "Only a valid certificate counts"
                  cites "RD-3.7"
                  require status = CertificateStatus.valid
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
