using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP0002 Expression nested too deeply: more than 64 open brackets at once; the declaration is skipped.</summary>
    public class CP0002NestingTooDeepTests
    {
        private const string Header = """
            policy "ISO/IEC 20000 eligibility"

            schema Organisation key id {
              id: text
              it_staff: int
            }

            clause ELIG-12 "At least 3 full-time IT staff"
              cites "RD-2.12"

            """;

        [Fact]
        public void The_65th_open_bracket_is_reported()
        {
            var policy = AnnotatedText.Parse(Header
                + "  require " + new string('(', 64) + "[|(|]it_staff >= 3" + new string(')', 65) + "\n");

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP0002", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Brackets are nested more than 64 levels deep; split the expression with 'let' definitions", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Brackets_64_deep_are_not_reported()
        {
            var text = Header + "  require " + new string('(', 64) + "it_staff >= 3" + new string(')', 64) + "\n";

            Assert.Empty(PolicyCompiler.Compile(text, "test.policy").Diagnostics);
        }
    }
}
