using System.Linq;
using static CompliancePolicy.Tests.Formatting.FormattingAssert;

namespace CompliancePolicy.Tests.Formatting
{
    /// <summary>Lines wider than 100 columns: <c>if</c> chains, <c>and</c>/<c>or</c> chains, lists and comprehensions.</summary>
    public class PolicyFormatterWrappingTests
    {
        [Fact]
        public void A_long_if_chain_breaks_before_each_else()
        {
            AssertFormats(
                "let kind_days = if audit_kind = AuditKind.initial then base_days else if audit_kind = AuditKind.surveillance "
                    + "then round(base_days / 3 * 2, 0, ceiling) / 2 else round(base_days * 2 / 3 * 2, 0, ceiling) / 2\n",
                "let kind_days = if audit_kind = AuditKind.initial then base_days\n"
                    + "  else if audit_kind = AuditKind.surveillance then round(base_days / 3 * 2, 0, ceiling) / 2\n"
                    + "  else round(base_days * 2 / 3 * 2, 0, ceiling) / 2\n");
        }

        [Fact]
        public void A_broken_line_continues_two_columns_deeper_than_it_starts()
        {
            AssertFormats(
                "clause C \"T\" require if applicant_kind = Kind.first_time_applicant then operated_months >= 3 else operated_months >= 12\n",
                "clause C \"T\"\n"
                    + "  require if applicant_kind = Kind.first_time_applicant then operated_months >= 3\n"
                    + "    else operated_months >= 12\n");
        }

        [Fact]
        public void A_line_of_100_columns_stays_whole_and_one_of_101_breaks()
        {
            var fits = "let x = if a then b else " + new string('c', 100 - "let x = if a then b else ".Length);
            Assert.Equal(100, fits.Length);

            AssertFormats(fits + "\n", fits + "\n");
            AssertFormats(fits + "c\n", "let x = if a then b\n  else " + new string('c', 100 - "let x = if a then b else ".Length) + "c\n");
        }

        [Fact]
        public void A_long_or_chain_breaks_before_each_or_at_the_top_level_only()
        {
            AssertFormats(
                "clause C \"T\" applies when role = Role.process_owner or role = Role.deputy_process_owner and acting or role = Role.acting_owner\n"
                    + "  require true\n",
                "clause C \"T\"\n"
                    + "  applies when role = Role.process_owner\n"
                    + "    or role = Role.deputy_process_owner and acting\n"
                    + "    or role = Role.acting_owner\n"
                    + "  require true\n");
        }

        [Fact]
        public void A_long_and_chain_breaks_before_each_and()
        {
            AssertFormats(
                "decision compensation_claimable = agreement.state != agreement.terminated and agreement.state != agreement.paused and fees_paid\n",
                "decision compensation_claimable = agreement.state != agreement.terminated\n"
                    + "  and agreement.state != agreement.paused\n"
                    + "  and fees_paid\n");
        }

        [Fact]
        public void Chains_inside_brackets_or_under_not_are_not_broken()
        {
            const string text = "clause C \"T\"\n"
                + "  require not (penalised_within_year or media_exposure_within_year or ordered_to_suspend_business or blacklisted)\n";

            AssertFormats(text, text);
        }

        [Fact]
        public void The_condition_of_a_quantifier_breaks_as_the_line_s_own_chain()
        {
            AssertFormats(
                "clause C \"T\" require none p in penalties where p.date within penalty_lookback before sms_established or (p.date >= sms_established and p.date <= audit_date)",
                "clause C \"T\"\n"
                    + "  require none p in penalties where p.date within penalty_lookback before sms_established\n"
                    + "    or (p.date >= sms_established and p.date <= audit_date)\n");
        }

        [Fact]
        public void A_long_list_puts_one_item_per_line_and_its_bracket_on_a_line_of_its_own()
        {
            var items = Enumerable.Range(1, 6).Select(i => "Material.application_document_" + i).ToArray();

            AssertFormats(
                "let required = [" + string.Join(",", items) + "]",
                "let required = [\n" + string.Join(",\n", items.Select(i => "  " + i)) + "\n]\n");
            AssertFormats(
                "clause C \"T\" require section in [" + string.Join(", ", items) + "]",
                "clause C \"T\"\n  require section in [\n" + string.Join(",\n", items.Select(i => "    " + i)) + "\n  ]\n");
        }

        [Fact]
        public void Lists_inside_a_broken_list_break_only_when_they_are_too_long_themselves()
        {
            var longItems = Enumerable.Range(1, 6).Select(i => "Material.application_document_" + i).ToArray();

            AssertFormats(
                "let groups = [[a, b], [" + string.Join(", ", longItems) + "]]",
                "let groups = [\n  [a, b],\n  [\n" + string.Join(",\n", longItems.Select(i => "    " + i)) + "\n  ]\n]\n");
        }

        [Fact]
        public void A_long_comprehension_goes_between_its_brackets_and_then_part_by_part()
        {
            AssertFormats(
                "let reviews_before_audit = [r for r in management_reviews where r.date >= sms_established and r.date < audit_date]",
                "let reviews_before_audit = [\n  r for r in management_reviews where r.date >= sms_established and r.date < audit_date\n]\n");
            AssertFormats(
                "let reviews_before_audit = [review.date for review in organisation.management_reviews where review.date >= sms_established and review.top_management_present]",
                "let reviews_before_audit = [\n"
                    + "  review.date\n"
                    + "  for review in organisation.management_reviews\n"
                    + "  where review.date >= sms_established and review.top_management_present\n"
                    + "]\n");
        }

        [Fact]
        public void The_sixteen_documents_of_the_eligibility_sample_take_a_line_each()
        {
            var documents = new[]
            {
                "service_management_policy_and_plan", "service_level_agreements", "capacity_management_process",
                "continuity_and_availability_management_process", "service_level_management_process", "service_reporting_process",
                "information_security_management_process", "budgeting_and_accounting_process", "business_relationship_management_process",
                "supplier_management_process", "incident_management_process", "problem_management_process",
                "configuration_management_process", "change_management_process", "release_management_process", "document_structure_and_list",
            }.Select(d => "SmsDocument." + d).ToArray();
            var written = "let missing_documents = [d for d in [\n"
                + string.Concat(Enumerable.Range(0, 8).Select(i => "    " + documents[2 * i] + ", " + documents[2 * i + 1] + (i < 7 ? ",\n" : "\n")))
                + "  ] where d not in documents]\n";

            AssertFormats(
                written,
                "let missing_documents = [\n"
                    + "  d\n"
                    + "  for d in [\n"
                    + string.Join(",\n", documents.Select(d => "    " + d)) + "\n"
                    + "  ]\n"
                    + "  where d not in documents\n"
                    + "]\n");
        }

        [Fact]
        public void A_parameter_s_description_follows_its_broken_value()
        {
            var items = Enumerable.Range(1, 6).Select(i => "\"application document " + i + "\"").ToArray();

            AssertFormats(
                "param required: list of text = [" + string.Join(", ", items) + "] \"RD-3.3\"",
                "param required: list of text = [\n" + string.Join(",\n", items.Select(i => "  " + i)) + "\n] \"RD-3.3\"\n");
        }

        [Fact]
        public void A_parameter_whose_description_alone_is_too_long_keeps_its_value_whole()
        {
            const string text = "param grace: duration = if strict then 3 months else 6 months \"RD-3.6: a suspension lasts up to 6 months; some bodies allow only 3\"\n";

            AssertFormats(text, text);
        }

        [Fact]
        public void Table_arms_break_like_any_other_line()
        {
            AssertFormats(
                "table fee(headcount: int) -> decimal { 1 to 25 => if premium_customer_with_contract then base_fee * premium_share else base_fee * standard_share otherwise => 0 }",
                "table fee(headcount: int) -> decimal {\n"
                    + "  1 to 25 => if premium_customer_with_contract then base_fee * premium_share\n"
                    + "    else base_fee * standard_share\n"
                    + "  otherwise => 0\n"
                    + "}\n");
        }

        [Fact]
        public void Comments_inside_a_broken_expression_go_above_it_and_one_after_it_stays_at_its_end()
        {
            AssertFormats(
                "decision claimable = agreement.state != agreement.terminated # not over\n"
                    + "  and agreement.state != agreement.paused and fees_paid_in_full_before_the_deadline # paid\n",
                "# not over\n"
                    + "decision claimable = agreement.state != agreement.terminated\n"
                    + "  and agreement.state != agreement.paused\n"
                    + "  and fees_paid_in_full_before_the_deadline # paid\n");
        }

        [Fact]
        public void A_broken_declaration_leaves_its_group()
        {
            AssertFormats(
                "let a = 1\nlet kinds = if kind = Kind.initial then base_days else if kind = Kind.surveillance then base_days / 3 else base_days * 2 / 3\nlet b = 2\n",
                "let a = 1\n\n"
                    + "let kinds = if kind = Kind.initial then base_days\n  else if kind = Kind.surveillance then base_days / 3\n  else base_days * 2 / 3\n\n"
                    + "let b = 2\n");
        }

        [Fact]
        public void A_line_that_would_start_with_a_declaration_keyword_is_not_broken()
        {
            // 'event' is a name as well as a declaration keyword: a line starting with it would start a declaration.
            var text = "let xs = [event, " + string.Join(", ", Enumerable.Range(1, 6).Select(i => "other_event_number_" + i)) + "]\n";

            AssertFormats(text, text);
        }

        [Fact]
        public void Messages_and_clause_titles_are_never_broken()
        {
            var words = string.Join(" ", Enumerable.Range(1, 20).Select(i => "word" + i));
            var text = "clause C \"" + words + "\"\n  require true\n  message \"" + words + " {if a then b else c} " + words + "\"\n";

            AssertFormats(text, text);
        }

        [Fact]
        public void The_longest_chain_of_conditions_breaks_without_recursing()
        {
            // As long as a chain may be (CP0002).
            var terms = Enumerable.Range(0, CompliancePolicy.Syntax.Parsing.NestingLimit.Operators.Max).Select(i => "condition_" + i).ToArray();

            var result = Format("let all_met = " + string.Join(" and ", terms) + "\n");

            Assert.Equal("let all_met = condition_0\n" + string.Concat(terms.Skip(1).Select(t => "  and " + t + "\n")), result.Text);
        }
    }
}
