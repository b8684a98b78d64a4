using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1016 Missing policy header: a file with declarations but no <c>policy "Title"</c> line saying which policy they belong to.</summary>
    public class CP1016MissingPolicyHeaderTests
    {
        [Fact]
        public void A_file_without_a_header_is_reported_at_the_keyword_of_its_first_declaration()
        {
            var file = AnnotatedText.Parse("""
                # ISO/IEC 20000: who may apply

                [|schema|] Organisation key id {
                  id: text
                  it_staff: int
                }

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  require it_staff >= 3
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(file.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1016", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("The file does not start with a 'policy' header naming the policy it belongs to", diagnostic.Message);
            Assert.Equal(file.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_file_with_a_header_and_a_file_with_only_comments_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile(new[]
            {
                new SourceText("eligibility.policy", """
                    policy "ISO/IEC 20000 eligibility"

                    schema Organisation key id {
                      id: text
                      it_staff: int
                    }

                    clause ELIG-12 "At least 3 full-time IT staff"
                      cites "RD-2.12"
                      require it_staff >= 3
                    """),
                new SourceText("notes.policy", "# nothing declared here yet\n"),
            });

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
