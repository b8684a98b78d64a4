using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>
    /// CP1110 Condition can never be true: an <c>and</c> of comparisons of one value with constants whose ranges do
    /// not meet. Reported on the conflicting comparisons, with the reason.
    /// </summary>
    public class CP1110ConditionNeverTrueTests
    {
        private static string Policy(string require, string extra = "") => $$"""
            policy "ISO/IEC 20000 eligibility"

            enum Grade { fail, compliant, three_star }

            record Review { score: decimal, held: date }

            schema Organisation key id {
              id: text
              it_staff: int
              score: decimal
              grade: Grade
              audit_date: date?
              reviews: list of Review
            }
            {{extra}}
            clause ELIG-12 "Between 3 and 5 full-time IT staff"
              cites "RD-2.12"
              require {{require}}
            """;

        private static Diagnostic SingleDiagnostic(AnnotatedText policy)
        {
            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);
            Assert.Equal("CP1110", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
            return diagnostic;
        }

        [Fact]
        public void Bounds_that_do_not_meet_are_reported_on_the_two_comparisons()
        {
            var policy = AnnotatedText.Parse(Policy("[|it_staff >= 5 and it_staff < 3|]"));

            Assert.Equal("'it_staff >= 5 and it_staff < 3' can never be true: 'it_staff' would have to be at least 5 and less than 3",
                SingleDiagnostic(policy).Message);
        }

        [Fact]
        public void Two_different_equalities_are_reported()
        {
            var policy = AnnotatedText.Parse(Policy("[|it_staff = 1 and score > 0 and it_staff = 2|]"));

            Assert.Equal("'it_staff = 1 and it_staff = 2' can never be true: 'it_staff' would have to be 1 and 2",
                SingleDiagnostic(policy).Message);
        }

        [Fact]
        public void Constants_on_the_left_and_negations_are_understood()
        {
            var policy = AnnotatedText.Parse(Policy("[|5 <= it_staff and not (it_staff >= 3)|]"));

            Assert.Equal("'5 <= it_staff and not (it_staff >= 3)' can never be true: 'it_staff' would have to be at least 5 and less than 3",
                SingleDiagnostic(policy).Message);
        }

        [Fact]
        public void Whole_numbers_dates_and_enumeration_members_leave_no_room_between_neighbours()
        {
            var ints = AnnotatedText.Parse(Policy("[|it_staff > 3 and it_staff < 4|]"));
            Assert.Equal("'it_staff > 3 and it_staff < 4' can never be true: 'it_staff' would have to be greater than 3 and less than 4, which no int is",
                SingleDiagnostic(ints).Message);

            var dates = AnnotatedText.Parse(Policy("audit_date is present and [|audit_date > 2026-01-01 and audit_date < 2026-01-02|]"));
            Assert.Equal("'audit_date > 2026-01-01 and audit_date < 2026-01-02' can never be true: 'audit_date' would have to be greater than 2026-01-01 and less than 2026-01-02, which no date is",
                SingleDiagnostic(dates).Message);

            var members = AnnotatedText.Parse(Policy("[|grade < Grade.fail|]"));
            Assert.Equal("'grade < Grade.fail' can never be true: 'grade' would have to be less than Grade.fail, which no member of Grade is",
                SingleDiagnostic(members).Message);
        }

        [Fact]
        public void Decimals_between_neighbouring_integers_exist()
        {
            Assert.Empty(PolicyCompiler.Compile(Policy("score > 3 and score < 4"), "test.policy").Diagnostics);
        }

        [Fact]
        public void Excluded_values_that_leave_nothing_are_reported_together()
        {
            var policy = AnnotatedText.Parse(Policy("[|it_staff >= 1 and it_staff <= 2 and it_staff != 1 and it_staff != 2|]"));

            Assert.Equal("'it_staff >= 1 and it_staff <= 2 and it_staff != 1 and it_staff != 2' can never be true: 'it_staff' would have to be at least 1, at most 2, other than 1 and other than 2, which no int is",
                SingleDiagnostic(policy).Message);
        }

        [Fact]
        public void A_contradiction_inside_an_or_a_loop_or_a_let_is_found()
        {
            var or = AnnotatedText.Parse(Policy("it_staff > 10 or ([|it_staff > 5 and it_staff < 3|])"));
            Assert.Equal("'it_staff > 5 and it_staff < 3' can never be true: 'it_staff' would have to be greater than 5 and less than 3",
                SingleDiagnostic(or).Message);

            var loop = AnnotatedText.Parse(Policy("any r in reviews where [|r.score >= 80 and r.score < 50|]"));
            Assert.Equal("'r.score >= 80 and r.score < 50' can never be true: 'r.score' would have to be at least 80 and less than 50",
                SingleDiagnostic(loop).Message);

            var let = AnnotatedText.Parse(Policy("small", "let small = [|it_staff < 3 and it_staff >= 3|]\n"));
            Assert.Equal("'it_staff < 3 and it_staff >= 3' can never be true: 'it_staff' would have to be less than 3 and at least 3",
                SingleDiagnostic(let).Message);
        }

        [Fact]
        public void Satisfiable_conditions_and_comparisons_of_different_values_are_not_reported()
        {
            foreach (var condition in new[]
            {
                "it_staff >= 3 and it_staff < 5",
                "it_staff >= 5 and score < 3",
                "it_staff = 3 and it_staff != 4",
                "it_staff > 5 or it_staff < 3",
                "audit_date is present and audit_date >= 2026-01-01 and audit_date <= 2026-01-01",
                "all r in reviews where r.score >= 80 and r.held < as_of",
                "it_staff + 1 > 5 and it_staff < 3",
            })
            {
                var diagnostics = PolicyCompiler.Compile(Policy(condition), "test.policy").Diagnostics;
                Assert.True(diagnostics.Count == 0, condition + ": " + string.Join("; ", diagnostics));
            }
        }

        [Fact]
        public void The_same_expression_compared_twice_is_one_value()
        {
            var policy = AnnotatedText.Parse(Policy("[|count(reviews) > 2 and count(reviews) < 1|]"));

            Assert.Equal("'count(reviews) > 2 and count(reviews) < 1' can never be true: 'count(reviews)' would have to be greater than 2 and less than 1",
                SingleDiagnostic(policy).Message);
        }
    }
}
