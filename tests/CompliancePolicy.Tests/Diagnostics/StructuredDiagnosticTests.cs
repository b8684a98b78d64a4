using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Diagnostics
{
    /// <summary>What a diagnostic carries besides its message: suggestions, related places, fixes and the rule's help.</summary>
    public class StructuredDiagnosticTests
    {
        private const string Schema = "policy \"P\"\nschema S key id {\n  id: text\n  staff: int\n  stuff: int\n}\n";

        [Fact]
        public void A_did_you_mean_is_data_and_a_preferred_rename_of_the_span()
        {
            var policy = AnnotatedText.Parse(Schema + "clause C-1 \"Staffed\"\n  cites \"RD-1\"\n  require [|staf|] >= 5\n");

            var diagnostic = FixHarness.Single(policy.Text, "CP1001");

            Assert.Equal("The name 'staf' does not exist; did you mean 'staff'?", diagnostic.Message);
            Assert.Equal(new[] { "staff" }, diagnostic.Suggestions);
            var fix = Assert.Single(diagnostic.Fixes);
            Assert.Same(fix, diagnostic.PreferredFix);
            Assert.Equal("Change 'staf' to 'staff'", fix.Title);
            Assert.Equal(new TextEdit(FixHarness.Path, policy.Span, "staff"), Assert.Single(fix.Edits));
        }

        [Fact]
        public void Equally_close_candidates_each_get_a_fix_and_none_is_preferred()
        {
            var diagnostic = FixHarness.Single(Schema + "clause C-1 \"Staffed\"\n  cites \"RD-1\"\n  require stoff >= 5\n", "CP1001");

            Assert.Equal(new[] { "staff", "stuff" }, diagnostic.Suggestions);
            Assert.Equal(new[] { "Change 'stoff' to 'staff'", "Change 'stoff' to 'stuff'" }, diagnostic.Fixes.Select(f => f.Title));
            Assert.Null(diagnostic.PreferredFix);
            Assert.Equal("The name 'stoff' does not exist; did you mean 'staff'?", diagnostic.Message);
        }

        [Fact]
        public void No_suggestion_no_fix()
        {
            var diagnostic = FixHarness.Single(Schema + "clause C-1 \"Staffed\"\n  cites \"RD-1\"\n  require headcount_of_the_organisation >= 5\n", "CP1001");

            Assert.Empty(diagnostic.Suggestions);
            Assert.Empty(diagnostic.Fixes);
        }

        [Fact]
        public void The_place_a_message_names_is_a_related_location()
        {
            var policy = AnnotatedText.Parse(Schema + "let [|limit|] = 3\nlet limit = 4\nclause C-1 \"Staffed\"\n  cites \"RD-1\"\n  require staff >= limit\n");

            var diagnostic = FixHarness.Single(policy.Text, "CP1009");

            Assert.Equal("'limit' is already declared at test.policy(7,5)", diagnostic.Message);
            var related = Assert.Single(diagnostic.RelatedLocations);
            Assert.Equal(policy.Span, related.Location.Span);
            Assert.Equal((7, 5), (related.Location.Start.Line, related.Location.Start.Column));
            Assert.Equal("'limit' is first declared here", related.Message);
        }

        [Fact]
        public void A_related_location_may_be_in_another_file_of_the_policy()
        {
            var compilation = PolicyCompiler.Compile(new[]
            {
                new SourceText("a.policy", Schema + "clause C-1 \"One\"\n  cites \"RD-1\"\n  require staff > 1\n"),
                new SourceText("b.policy", "policy \"P\"\nclause C-1 \"Two\"\n  cites \"RD-1\"\n  require staff > 2\n"),
            });

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP1010");
            Assert.Equal("b.policy", diagnostic.Location!.Path);
            Assert.Equal("a.policy", Assert.Single(diagnostic.RelatedLocations).Location.Path);
        }

        [Fact]
        public void The_help_line_is_the_rules()
        {
            var diagnostic = FixHarness.Single(Schema + "clause C-1 \"Staffed\"\n  require staff >= 5\n", "CP1101");

            Assert.Equal(DiagnosticRules.MissingCitation.Help, diagnostic.Help);
            Assert.StartsWith("A citation lets a reader go from a verdict back", diagnostic.Help);
        }

        [Fact]
        public void A_diagnostic_has_at_most_one_preferred_fix_and_it_comes_first()
        {
            var rule = DiagnosticRules.MissingCitation;
            var other = DiagnosticFix.Replace("Other", "p", new TextSpan(0, 0), "x", isPreferred: false);
            var preferred = DiagnosticFix.Replace("Preferred", "p", new TextSpan(0, 0), "y", isPreferred: true);

            var diagnostic = new Diagnostic(rule, null, "m", rule.DefaultSeverity).WithFixes(System.Collections.Immutable.ImmutableArray.Create(other, preferred));

            Assert.Equal(new[] { "Preferred", "Other" }, diagnostic.Fixes.Select(f => f.Title));
            Assert.Throws<System.ArgumentException>(() => diagnostic.WithFixes(System.Collections.Immutable.ImmutableArray.Create(preferred)));
        }

        [Theory]
        [InlineData(2, 3, 5, 0, false)]
        [InlineData(2, 3, 4, 3, true)]
        [InlineData(2, 3, 3, 0, true)]
        [InlineData(2, 0, 2, 0, true)]
        [InlineData(2, 0, 2, 4, false)]
        [InlineData(2, 0, 1, 4, true)]
        public void Edits_overlap_when_they_change_the_same_text_or_insert_at_one_place(int start, int length, int otherStart, int otherLength, bool overlaps)
        {
            var edit = new TextEdit("p", new TextSpan(start, length), "a");
            var other = new TextEdit("p", new TextSpan(otherStart, otherLength), "b");

            Assert.Equal(overlaps, edit.Overlaps(other));
            Assert.Equal(overlaps, other.Overlaps(edit));
            Assert.False(edit.Overlaps(other with { Path = "q" }));
        }
    }
}
