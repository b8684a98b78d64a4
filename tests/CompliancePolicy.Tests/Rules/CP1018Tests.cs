using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1018 Invalid record key: the schema's <c>key</c> must be a required text or int field, so every record has an ID.</summary>
    public class CP1018InvalidKeyTests
    {
        [Fact]
        public void A_date_key_is_reported_at_the_key_with_its_type()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key [|audit_date|] {
                  id: text
                  audit_date: date
                }

                clause ELIG-1 "An identified organisation"
                  cites "RD-2.1"
                  require id != ""
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1018", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("The key of schema 'Organisation' must be a required text or integer field; 'audit_date' is a date", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void An_optional_key_is_reported()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key [|credit_code|] {
                  credit_code: text?
                }

                clause ELIG-1 "An identified organisation"
                  cites "RD-2.1"
                  require credit_code is present
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1018", diagnostic.Id);
            Assert.Equal("The key of schema 'Organisation' must be a required text or integer field; 'credit_code' is an optional text", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_key_whose_type_is_unknown_is_reported_once_as_the_unknown_type()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key credit_code {
                  credit_code: [|CreditCode|]
                }

                clause ELIG-1 "An identified organisation"
                  cites "RD-2.1"
                  require credit_code is present
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1003", diagnostic.Id);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Required_text_and_int_keys_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile(new[]
            {
                new SourceText("a.policy", "policy \"A\"\nschema Organisation key id {\n  id: text\n}\ndecision known = id != \"\"\n"),
                new SourceText("b.policy", "policy \"B\"\nschema Certificate key number {\n  number: int\n}\ndecision known = number > 0\n"),
            });

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
