using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>Diagnostics of .policy AdditionalFiles: the library's IDs and messages, at their exact place.</summary>
    public class PolicyFileAnalyzerTests
    {
        private const string Header = "policy \"Eligibility\"\n";

        private const string Schema =
            "schema Organisation key id {\n" +
            "  id: text\n" +
            "  staff: int\n" +
            "  audit_date: date?\n" +
            "}\n";

        [Fact]
        public async Task A_clean_policy_file_has_no_diagnostics()
        {
            await new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("eligibility.policy", Header + Schema +
                    "clause C-1 \"Enough staff\"\n  cites \"RD-1\"\n  require staff >= 5\n")
                .RunAsync();
        }

        [Fact]
        public async Task An_unknown_name_is_reported_on_the_name_with_the_library_message()
        {
            await new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("eligibility.policy", Header + Schema +
                    "clause C-1 \"Enough staff\"\n  cites \"RD-1\"\n  require {|#0:staf|} >= 5\n")
                .Expect(Expected.Policy("CP1001", 0, "The name 'staf' does not exist; did you mean 'staff'?"))
                .RunAsync();
        }

        [Fact]
        public async Task A_quality_warning_keeps_its_severity_and_help_link()
        {
            var test = new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("eligibility.policy", Header + Schema +
                    "clause {|#0:C-1|} \"Enough staff\"\n  require staff >= 5\n")
                .Expect(Expected.Policy("CP1101", 0, "Clause 'C-1' cites no source; add 'cites \"RD-x.y\"' naming the rule it encodes", DiagnosticSeverity.Warning));
            await test.RunAsync();
            var descriptor = PolicyDescriptors.For(CompliancePolicy.Diagnostics.DiagnosticRules.MissingCitation);
            Assert.Equal("https://github.com/compliancepolicy/compliancepolicy/blob/main/docs/rules/CP1101.md", descriptor.HelpLinkUri);
        }

        [Fact]
        public async Task Files_of_one_policy_are_checked_together()
        {
            // The schema is in one file, the clauses in two others: a duplicate ID across files, and a reference from one file to another.
            // The first use, in another file, is the diagnostic's additional location.
            await new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("a.policy", Header + Schema + "clause {|#1:C-1|} \"Enough staff\"\n  cites \"RD-1\"\n  require staff >= 5\n")
                .WithPolicy("b.policy", Header + "clause {|#0:C-1|} \"Again\"\n  cites \"RD-2\"\n  require staff >= 6\n")
                .WithPolicy("c.policy", Header + "clause C-2 \"After C-1\"\n  cites \"RD-3\"\n  require passed(C-1) and staff < 100\n")
                .Expect(Expected.Policy("CP1010", 0, "Clause ID 'C-1' is already used at a.policy(7,8)").WithLocation(1))
                .RunAsync();
        }

        [Fact]
        public async Task Several_broken_declarations_are_each_reported()
        {
            await new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("broken.policy", Header + Schema +
                    "clause C-1 \"Enough staff\"\n  cites \"RD-1\"\n  require staff >= {|#0:)|}\n" +
                    "clause C-2 \"Known\"\n  cites \"RD-2\"\n  require {|#1:nobody|} > 1\n")
                .Expect(
                    new DiagnosticResult("CP0001", DiagnosticSeverity.Error).WithLocation(0),
                    Expected.Policy("CP1001", 1, "The name 'nobody' does not exist"))
                .RunAsync();
        }

        [Fact]
        public async Task Files_that_are_not_policies_are_ignored()
        {
            await new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("notes.txt", "this is not a policy {")
                .RunAsync();
        }

        [Fact]
        public async Task Policy_text_that_looks_like_markup_is_placed_by_explicit_spans()
        {
            // A message containing "[|" would be read as test markup: turn markup off and give the span.
            var test = new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("markup.policy", Header + Schema +
                    "clause C-1 \"Enough staff\"\n  cites \"RD-1\"\n  require staf >= 5\n  message \"[| {staff} |]\"\n")
                .Expect(Expected.Policy("CP1001", "The name 'staf' does not exist; did you mean 'staff'?").WithSpan("markup.policy", 9, 11, 9, 15));
            test.TestState.MarkupHandling = MarkupMode.None;
            await test.RunAsync();
        }

        [Fact]
        public async Task A_file_listed_twice_is_compiled_and_reported_once()
        {
            var text = Header + Schema + "clause C-1 \"Enough staff\"\n  cites \"RD-1\"\n  require staf >= 5\n";
            var files = System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.AdditionalText>(
                new TestAdditionalText("/p/eligibility.policy", text), new TestAdditionalText("/p/eligibility.policy", text));
            var diagnostics = await DirectAnalysis.RunAsync(
                System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new PolicyFileAnalyzer()), files);
            Assert.Equal("CP1001", Assert.Single(diagnostics).Id);
        }
    }
}
