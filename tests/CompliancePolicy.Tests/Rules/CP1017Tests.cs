using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>
    /// CP1017 Conflicting policy header: a second header in one file, or two files of one policy that both state its
    /// version or its sources.
    /// </summary>
    public class CP1017ConflictingPolicyHeaderTests
    {
        [Fact]
        public void A_second_header_in_one_file_is_reported_at_its_title()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"
                policy [|"ISO/IEC 20000 certification fees"|]

                schema Organisation key id {
                  id: text
                  it_staff: int
                }

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  require it_staff >= 3
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1017", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Policy 'ISO/IEC 20000 eligibility' already states its title at test.policy(1,8)", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Two_files_of_one_policy_stating_different_versions_are_reported_at_the_second_version()
        {
            var clauses = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility" version [|"1.1.0"|]

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  require it_staff >= 3
                """);

            var compilation = PolicyCompiler.Compile(new[]
            {
                new SourceText("schema.policy", """
                    policy "ISO/IEC 20000 eligibility" version "1.0.0"

                    schema Organisation key id {
                      id: text
                      it_staff: int
                    }
                    """),
                new SourceText("clauses.policy", clauses.Text),
            });

            var diagnostic = Assert.Single(compilation.Diagnostics);
            Assert.Equal("CP1017", diagnostic.Id);
            Assert.Equal("Policy 'ISO/IEC 20000 eligibility' already states its version at schema.policy(1,44)", diagnostic.Message);
            Assert.Equal("clauses.policy", diagnostic.Location!.Path);
            Assert.Equal(clauses.Span, diagnostic.Location.Span);
        }

        [Fact]
        public void Files_that_repeat_only_the_title_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile(new[]
            {
                new SourceText("schema.policy", """
                    policy "ISO/IEC 20000 eligibility" version "1.0.0" sources "001_2cc4e075643d6feb.txt"

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
