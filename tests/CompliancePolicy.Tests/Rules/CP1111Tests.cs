using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1111 Clause can never apply: its <c>applies when</c> can never be true, so it is never checked.</summary>
    public class CP1111ClauseNeverAppliesTests
    {
        private static string Policy(string appliesWhen) => $$"""
            policy "ISO/IEC 20000 eligibility"

            schema Organisation key id {
              id: text
              it_staff: int
              outsourced: bool
              audit_date: date?
            }

            clause ELIG-12 "Small enterprises outsource IT"
              cites "RD-2.12"
              applies when {{appliesWhen}}
              require outsourced
            """;

        private static Diagnostic SingleDiagnostic(AnnotatedText policy)
        {
            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);
            Assert.Equal("CP1111", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
            return diagnostic;
        }

        [Fact]
        public void An_applicability_that_can_never_hold_is_reported_with_the_clause()
        {
            var policy = AnnotatedText.Parse(Policy("[|it_staff >= 5 and it_staff < 3|]"));

            Assert.Equal("Clause 'ELIG-12' can never apply: 'it_staff' would have to be at least 5 and less than 3",
                SingleDiagnostic(policy).Message);
        }

        [Fact]
        public void The_conflict_may_sit_among_other_conditions()
        {
            var policy = AnnotatedText.Parse(Policy("audit_date is present and [|audit_date < 2026-01-01 and it_staff > 0 and audit_date >= 2026-03-01|]"));

            Assert.Equal("Clause 'ELIG-12' can never apply: 'audit_date' would have to be less than 2026-01-01 and at least 2026-03-01",
                SingleDiagnostic(policy).Message);
        }

        [Fact]
        public void The_constant_false_never_applies()
        {
            var policy = AnnotatedText.Parse(Policy("[|false|]"));

            Assert.Equal("Clause 'ELIG-12' can never apply: its condition is the constant 'false'", SingleDiagnostic(policy).Message);
        }

        [Fact]
        public void A_contradiction_nested_under_or_is_a_condition_not_the_clause()
        {
            var policy = AnnotatedText.Parse(Policy("outsourced or ([|it_staff > 5 and it_staff < 3|])"));

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);
            Assert.Equal("CP1110", diagnostic.Id);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_clause_that_can_apply_is_not_reported()
        {
            foreach (var condition in new[] { "it_staff < 3", "it_staff >= 3 and it_staff < 5", "audit_date is present and it_staff > 0", "true" })
            {
                Assert.Empty(PolicyCompiler.Compile(Policy(condition), "test.policy").Diagnostics);
            }
        }
    }
}
