using static CompliancePolicy.Tests.Remediation.RemedyHarness;

namespace CompliancePolicy.Tests.Remediation
{
    public class QuantifierRemedyTests
    {
        private const string Policy = @"
policy ""P""
record Review { date: date, top_management_present: bool }
record Penalty { date: date, authority: text }
schema R { established: date, audit: date, internal_audits: list of date, reviews: list of Review, penalties: list of Penalty, key_processes_missing: list of text }
let reviews_before_audit = [r for r in reviews where r.date >= established and r.date < audit]
clause C-1 ""Internal audit"" require any a in internal_audits where a >= established and a < audit
clause C-2 ""Review"" require count(reviews_before_audit) >= 1
clause C-3 ""Top management"" require any r in reviews_before_audit where r.top_management_present
clause C-4 ""No penalty"" require none p in penalties where p.date >= established
clause C-5 ""Reviews attended"" require all r in reviews where r.top_management_present
clause C-6 ""No key process missing"" require count(key_processes_missing) = 0
";

        private const string Record = @"{""established"": ""2026-05-20"", ""audit"": ""2026-08-20"", ""internal_audits"": [""2026-04-01""],
            ""reviews"": [{""date"": ""2026-04-15"", ""top_management_present"": false}, {""date"": ""2026-08-01"", ""top_management_present"": false}],
            ""penalties"": [{""date"": ""2026-06-01"", ""authority"": ""SAMR""}, {""date"": ""2025-01-01"", ""authority"": ""tax""}],
            ""key_processes_missing"": [""incident management"", ""change management""]}";

        [Fact]
        public void Any_changes_an_item_or_asks_for_one_more() =>
            Assert.Equal("internal_audits item 1 (2026-04-01): a on or after 2026-05-20 (now 2026-04-01), or internal_audits needs 1 more item where a >= established and a < audit (0 → 1)",
                Said(Policy, Record));

        [Fact]
        public void A_count_of_a_let_is_stated_on_the_list_the_record_carries_with_the_lets_condition() =>
            Assert.Equal("reviews needs 1 more item where r.date >= established and r.date < audit (0 → 1)",
                Said(Policy, @"{""established"": ""2026-05-20"", ""audit"": ""2026-08-20"", ""internal_audits"": [], ""reviews"": [], ""penalties"": [], ""key_processes_missing"": []}", "C-2"));

        [Fact]
        public void An_item_of_a_let_changes_its_own_fields() =>
            Assert.Equal("reviews_before_audit item 1 (Review { date: 2026-08-01, top_management_present: false }): r.top_management_present needs to be true (now false), or reviews_before_audit needs 1 more item where r.top_management_present (0 → 1)",
                Said(Policy, Record, "C-3"));

        [Fact]
        public void None_drops_the_items_that_match() =>
            Assert.Equal("penalties needs to drop Penalty { date: 2026-06-01, authority: \"SAMR\" }", Said(Policy, Record, "C-4"));

        [Fact]
        public void All_changes_every_item_that_fails_or_drops_them() =>
            Assert.Equal("(reviews item 1 (Review { date: 2026-04-15, top_management_present: false }): r.top_management_present needs to be true (now false) and reviews item 2 (Review { date: 2026-08-01, top_management_present: false }): r.top_management_present needs to be true (now false)), or reviews needs to drop Review { date: 2026-04-15, top_management_present: false }, Review { date: 2026-08-01, top_management_present: false }",
                Said(Policy, Record, "C-5"));

        [Fact]
        public void A_list_that_must_be_empty_names_the_items_to_drop() =>
            Assert.Equal("key_processes_missing needs to drop \"incident management\", \"change management\"", Said(Policy, Record, "C-6"));
    }
}
