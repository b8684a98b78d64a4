using System.IO;
using System.Linq;
using CompliancePolicy.Syntax;
using CompliancePolicy.Syntax.Differencing;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Differencing
{
    /// <summary>Real edits of the sample policies, and the changes the structural diff reports for them.</summary>
    public class StructuralDifferTests
    {
        private static readonly string AfterSales = File.ReadAllText(Repository.Path("dsl-samples", "after-sales-certification.policy"));

        private static PolicyStructureDiff Diff(string oldText, string newText) =>
            Assert.Single(StructuralDiffer.Compare(new[] { Parse(oldText) }, new[] { Parse(newText) }));

        private static PolicyFileSyntax Parse(string text) => PolicyParser.Parse(new SourceText("after-sales-certification.policy", text));

        private static string Edited(string oldText, string newText)
        {
            Assert.Contains(oldText, AfterSales);
            return AfterSales.Replace(oldText, newText);
        }

        [Fact]
        public void The_same_policy_laid_out_differently_has_no_changes() =>
            Assert.Empty(Diff(AfterSales, AfterSales.Replace("  26 to 45 => 3\n", "  26 to 45   =>   3   # the second band\n")).Changes);

        [Fact]
        public void A_band_whose_result_changed_is_shown_in_the_languages_syntax()
        {
            var change = Assert.Single(Diff(AfterSales, Edited("  26 to 45 => 3\n", "  26 to 45 => 4\n")).Changes);
            Assert.Equal(ChangeKind.Changed, change.Kind);
            Assert.Equal("band 26 to 45", change.Part);
            Assert.Equal("table initial_person_days: `26 to 45 => 3` became `26 to 45 => 4`", change.Describe());
        }

        [Fact]
        public void A_parameters_default_that_changed()
        {
            var change = Assert.Single(Diff(AfterSales, Edited("param minimum_operation: duration = 3 months", "param minimum_operation: duration = 4 months")).Changes);
            Assert.Equal("param minimum_operation: `= 3 months` became `= 4 months`", change.Describe());
        }

        [Fact]
        public void An_added_clause_is_named_with_its_whole_text()
        {
            const string clause = "\nclause SCORE-2 \"At least three special bonuses are justified\"\n  cites \"RD-4.8\"\n  severity minor\n  require count(special_bonuses) <= 3\n";
            var change = Assert.Single(Diff(AfterSales, AfterSales + clause).Changes);
            Assert.Equal("clause SCORE-2 added", change.Describe());
            Assert.Equal("clause SCORE-2 \"At least three special bonuses are justified\"\n  cites \"RD-4.8\"\n  severity minor\n  require count(special_bonuses) <= 3", change.NewText);
        }

        [Fact]
        public void A_removed_transition_is_named_with_its_whole_text()
        {
            const string transition = "  transition V-3 \"Changed certification body without written notice\" any except applicant -> revoked\n    on BodyChangedWithoutNotice\n    cites \"RD-4.21\", \"003 §6.9.1\"\n";
            var change = Assert.Single(Diff(AfterSales, Edited(transition, string.Empty)).Changes);
            Assert.Equal("lifecycle certificate, transition V-3 removed", change.Describe());
            Assert.Equal("transition V-3 \"Changed certification body without written notice\" any except applicant -> revoked\n  on BodyChangedWithoutNotice\n  cites \"RD-4.21\", \"003 §6.9.1\"", change.OldText);
        }

        [Fact]
        public void A_clauses_requirement_severity_and_citations_are_compared_part_by_part()
        {
            var edited = Edited("  severity blocker\n  require score >= 70 and count(special_deductions) < 5",
                "  severity major\n  require score >= 75 and count(special_deductions) < 5")
                .Replace("cites \"RD-4.8\", \"003 §5.3.3.7\"", "cites \"RD-4.8\"");
            Assert.Equal(new[]
            {
                "clause SCORE-1: `cites \"RD-4.8\", \"003 §5.3.3.7\"` became `cites \"RD-4.8\"`",
                "clause SCORE-1: `severity blocker` became `severity major`",
                "clause SCORE-1: `require score >= 70 and count(special_deductions) < 5` became `require score >= 75 and count(special_deductions) < 5`",
            }, Diff(AfterSales, edited).Changes.Select(c => c.Describe()));
        }

        [Fact]
        public void A_lifecycle_state_and_a_transitions_trigger()
        {
            var edited = Edited("    after rectification_period since entering\n", "    after 3 months since entering\n")
                .Replace("  final state expired\n", "  final state expired\n  final state withdrawn\n");
            Assert.Equal(new[]
            {
                "lifecycle certificate: `final state withdrawn` added",
                "lifecycle certificate, transition N-3: `after rectification_period since entering` became `after 3 months since entering`",
            }, Diff(AfterSales, edited).Changes.Select(c => c.Describe()));
        }

        [Fact]
        public void A_policy_in_one_version_only_is_added_or_removed_with_its_declarations()
        {
            var diffs = StructuralDiffer.Compare(new[] { Parse(AfterSales) }, new[] { Parse("policy \"Other\"\nschema S { id: text }\n") });
            Assert.Equal(2, diffs.Count);
            Assert.Equal(ChangeKind.Removed, diffs[0].PolicyChange);
            Assert.Contains(diffs[0].Changes, c => c.Describe() == "clause SCORE-1 removed");
            Assert.DoesNotContain(diffs[0].Changes, c => c.DeclarationKind == "policy");
            Assert.Equal(ChangeKind.Added, diffs[1].PolicyChange);
            Assert.Equal("schema S added", Assert.Single(diffs[1].Changes).Describe());
        }
    }
}
