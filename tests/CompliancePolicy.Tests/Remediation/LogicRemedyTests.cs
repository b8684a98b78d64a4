using CompliancePolicy.Evaluation.Remediation;
using static CompliancePolicy.Tests.Remediation.RemedyHarness;

namespace CompliancePolicy.Tests.Remediation
{
    public class LogicRemedyTests
    {
        private const string Policy = @"
policy ""P""
enum LegalStatus { business_licence, production_licence, foreign_registration, none }
enum Section { overview, findings, advice, details }
enum Doc { plan, sla, capacity }
schema R {
  legal_status: LegalStatus
  section: Section
  country: text
  documents: list of Doc
  staff: int
  outsourced: bool
  penalised: bool
  exposed: bool
  email: text?
}
let missing_documents = [d for d in [Doc.plan, Doc.sla, Doc.capacity] where d not in documents]
clause C-1 ""Legal status"" require legal_status != LegalStatus.none
clause C-2 ""Section"" require section in [Section.overview, Section.findings]
clause C-3 ""Country"" require country in [""CN"", ""HK""]
clause C-4 ""Documents"" require count(missing_documents) = 0
clause C-5 ""Capacity plan"" require contains(documents, Doc.capacity)
clause C-6 ""Both"" require staff >= 3 and outsourced
clause C-7 ""Either"" require staff >= 3 or outsourced
clause C-8 ""Neither"" require not (penalised or exposed)
clause C-9 ""Reachable"" require email is present
";

        private const string Record = @"{""legal_status"": ""none"", ""section"": ""details"", ""country"": ""US"", ""documents"": [""plan""],
            ""staff"": 1, ""outsourced"": false, ""penalised"": true, ""exposed"": true}";

        [Fact]
        public void An_enumeration_input_lists_every_value_that_would_pass()
        {
            var remedy = Assert.IsType<ChoiceRemedy>(RemedyFor(Policy, Record));
            Assert.Equal(new[] { "business_licence", "production_licence", "foreign_registration" }, remedy.Allowed);
            Assert.Equal("legal_status needs to be one of business_licence, production_licence, foreign_registration (now none)", RemedyText.Describe(remedy));
        }

        [Fact]
        public void Membership_of_a_list_of_members_lists_them() =>
            Assert.Equal("section needs to be one of overview, findings (now details)", Said(Policy, Record, "C-2"));

        [Fact]
        public void Membership_of_a_list_of_texts_lists_them_quoted() =>
            Assert.Equal("country needs to be one of \"CN\", \"HK\" (now \"US\")", Said(Policy, Record, "C-3"));

        [Fact]
        public void Missing_documents_are_named()
        {
            var remedy = Assert.IsType<CountRemedy>(RemedyFor(Policy, Record, "C-4"));
            var documents = Assert.IsType<MembershipRemedy>(remedy.Via);
            Assert.Equal(new[] { "sla", "capacity" }, documents.Add);
            Assert.Equal("missing_documents needs 2 items fewer (2 → 0), through documents needs to include sla, capacity", RemedyText.Describe(remedy));
        }

        [Fact]
        public void A_list_that_must_contain_a_value_gains_it() =>
            Assert.Equal("documents needs to include capacity", Said(Policy, Record, "C-5"));

        [Fact]
        public void A_conjunction_needs_every_false_part()
        {
            var remedy = Assert.IsType<AllOfRemedy>(RemedyFor(Policy, Record, "C-6"));
            Assert.Equal(2, remedy.Parts.Count);
            Assert.Equal("staff needs +2 (1 → 3) and outsourced needs to be true (now false)", RemedyText.Describe(remedy));
        }

        [Fact]
        public void A_disjunction_needs_any_part() =>
            Assert.Equal("staff needs +2 (1 → 3), or outsourced needs to be true (now false)", Said(Policy, Record, "C-7"));

        [Fact]
        public void Not_turns_the_wanted_value_around() =>
            Assert.Equal("penalised needs to be false (now true) and exposed needs to be false (now true)", Said(Policy, Record, "C-8"));

        [Fact]
        public void A_missing_value_must_be_given() =>
            Assert.Equal("email needs to be present (now missing)", Said(Policy, Record, "C-9"));

        [Fact]
        public void Combined_remedies_are_listed_one_per_line()
        {
            var policy = @"
policy ""P""
schema R { a: int, b: int, ok: bool }
clause C-1 ""Combined"" require (a >= 3 or ok) and b <= 2
";
            Assert.Equal(new[] { "all of:", "  - one of:", "    - a needs +2 (1 → 3)", "    - ok needs to be true (now false)", "  - b needs -3 (5 → 2)" },
                RemedyText.Lines(RemedyFor(policy, @"{""a"": 1, ""b"": 5, ""ok"": false}")));
            Assert.Equal("(a needs +2 (1 → 3), or ok needs to be true (now false)) and b needs -3 (5 → 2)",
                Said(policy, @"{""a"": 1, ""b"": 5, ""ok"": false}"));
        }
    }
}
