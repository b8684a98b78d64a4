using System.Linq;
using static CompliancePolicy.Tests.Formatting.FormattingAssert;

namespace CompliancePolicy.Tests.Formatting
{
    /// <summary>The canonical layout of <c>event</c> and <c>lifecycle</c> declarations.</summary>
    public class PolicyFormatterLifecycleTests
    {
        [Fact]
        public void Events_take_one_line_with_their_fields_in_braces()
        {
            AssertFormats("event   AuditPassed\n", "event AuditPassed\n");
            AssertFormats("event AuditFailed{findings:int,rectify_by : date ?}", "event AuditFailed { findings: int, rectify_by: date? }\n");
            AssertFormats("event AuditFailed {\n  findings: int\n  notes: list  of text,\n}\n", "event AuditFailed { findings: int, notes: list of text }\n");
        }

        [Fact]
        public void Empty_braces_after_an_event_are_dropped()
        {
            AssertFormats("event Rectified { }\n", "event Rectified\n");
        }

        [Fact]
        public void An_event_too_wide_for_one_line_puts_one_field_per_line()
        {
            var fields = string.Join(", ", Enumerable.Range(1, 6).Select(i => "field_number_" + i + ": text"));

            AssertFormats(
                "event Wide { " + fields + " }",
                "event Wide {\n" + string.Concat(Enumerable.Range(1, 6).Select(i => "  field_number_" + i + ": text\n")) + "}\n");
        }

        [Fact]
        public void An_event_of_exactly_100_columns_stays_on_one_line()
        {
            var name = "E" + new string('x', 100 - "event  { f: int }".Length - 1);
            var oneLine = "event " + name + " { f: int }";
            Assert.Equal(100, oneLine.Length);

            AssertFormats(oneLine + "\n", oneLine + "\n");
            AssertFormats("event " + name + "x { f: int }\n", "event " + name + "x {\n  f: int\n}\n");
        }

        [Fact]
        public void A_comment_inside_an_events_braces_unfolds_it()
        {
            AssertFormats("event E { a: int, # why a\n b: text }\n", "event E {\n  a: int # why a\n  b: text\n}\n");
        }

        [Fact]
        public void One_line_events_stay_grouped_as_the_author_grouped_them()
        {
            AssertFormats(
                "event A\nevent B { n: int }\n\n\nevent C\nlet x = 1\nevent D\n",
                "event A\nevent B { n: int }\n\nevent C\n\nlet x = 1\n\nevent D\n");
            var fields = Enumerable.Range(1, 6).Select(i => "field_number_" + i + ": text").ToArray();
            AssertFormats(
                "event A\nevent Wide { " + string.Join(", ", fields) + " }\nevent B\n",
                "event A\n\nevent Wide {\n" + string.Concat(fields.Select(f => "  " + f + "\n")) + "}\n\nevent B\n");
        }

        [Fact]
        public void A_lifecycle_written_on_few_lines_gets_one_part_per_line()
        {
            const string before = "lifecycle  agreement history events initial active on signed state active state paused final state terminated\n"
                + "  transition W-1 \"Falsified material found\" active->paused on FalsificationFound cites \"RD-1.1\"\n"
                + "  transition P-4 \"No progress\" paused -> terminated after no_progress_period since entering cites \"RD-1.4\",\"000\"\n"
                + "  deadline D-1 \"Next audit\" in active within 12 month since last AuditPassed cites \"RD-2.7\"\n";
            const string after = "lifecycle agreement\n"
                + "  history events\n"
                + "  initial active on signed\n"
                + "  state active\n"
                + "  state paused\n"
                + "  final state terminated\n"
                + "\n"
                + "  transition W-1 \"Falsified material found\" active -> paused\n"
                + "    on FalsificationFound\n"
                + "    cites \"RD-1.1\"\n"
                + "  transition P-4 \"No progress\" paused -> terminated\n"
                + "    after no_progress_period since entering\n"
                + "    cites \"RD-1.4\", \"000\"\n"
                + "  deadline D-1 \"Next audit\" in active\n"
                + "    within 12 months since last AuditPassed\n"
                + "    cites \"RD-2.7\"\n";

            AssertFormats(before, after);
        }

        [Fact]
        public void Transition_parts_come_in_the_grammar_order_and_only_when_written()
        {
            AssertFormats(
                "lifecycle c \"Certificate\" history events initial active on issued + 1 day state active final state revoked\n"
                    + "transition S-1 active -> revoked after 12 months since last AuditPassed when not pilot priority -2 cites \"a\"\n"
                    + "transition S-2 \"Failed\" active -> revoked on AuditFailed when event.findings > 0\n"
                    + "transition S-3 active -> revoked after grace since start priority 1\n",
                "lifecycle c \"Certificate\"\n"
                    + "  history events\n"
                    + "  initial active on issued + 1 day\n"
                    + "  state active\n"
                    + "  final state revoked\n"
                    + "\n"
                    + "  transition S-1 active -> revoked\n"
                    + "    after 12 months since last AuditPassed\n"
                    + "    when not pilot\n"
                    + "    priority -2\n"
                    + "    cites \"a\"\n"
                    + "  transition S-2 \"Failed\" active -> revoked\n"
                    + "    on AuditFailed\n"
                    + "    when event.findings > 0\n"
                    + "  transition S-3 active -> revoked\n"
                    + "    after grace since start\n"
                    + "    priority 1\n");
        }

        [Fact]
        public void Lists_of_states_take_a_comma_and_a_space_and_any_except_keeps_its_words()
        {
            AssertFormats(
                "lifecycle c history events initial a on issued state a state b final state z\n"
                    + "  transition T-1 a ,b->z on E\n"
                    + "  transition T-2 any   except\n a,b -> z after 3 years since start\n",
                "lifecycle c\n"
                    + "  history events\n"
                    + "  initial a on issued\n"
                    + "  state a\n"
                    + "  state b\n"
                    + "  final state z\n"
                    + "\n"
                    + "  transition T-1 a, b -> z\n"
                    + "    on E\n"
                    + "  transition T-2 any except a, b -> z\n"
                    + "    after 3 years since start\n");
        }

        [Fact]
        public void An_ignore_declaration_takes_one_line_after_the_deadlines_with_its_comment()
        {
            AssertFormats(
                "lifecycle c history events initial a on issued state a final state z\n"
                    + "  ignore E,F in any except a\n \"why\" # because\n"
                    + "  transition T-1 a -> z on G\n"
                    + "  ignore G in z \"final\"\n"
                    + "  deadline D-1 \"Due\" in a within 1 year since start\n",
                "lifecycle c\n"
                    + "  history events\n"
                    + "  initial a on issued\n"
                    + "  state a\n"
                    + "  final state z\n"
                    + "\n"
                    + "  transition T-1 a -> z\n"
                    + "    on G\n"
                    + "  deadline D-1 \"Due\" in a\n"
                    + "    within 1 year since start\n"
                    + "  ignore E, F in any except a \"why\" # because\n"
                    + "  ignore G in z \"final\"\n");
        }

        [Fact]
        public void An_anchor_on_several_event_types_lists_them_with_or()
        {
            AssertFormats(
                "lifecycle c history events initial certified on issued state certified\n"
                    + "  transition S-1 certified -> certified after 12 months since last SurveillancePassed  or\n CertificateIssued\n"
                    + "  deadline D-2 \"Next surveillance audit\" in certified within 12 months since last A or B or C\n",
                "lifecycle c\n"
                    + "  history events\n"
                    + "  initial certified on issued\n"
                    + "  state certified\n"
                    + "\n"
                    + "  transition S-1 certified -> certified\n"
                    + "    after 12 months since last SurveillancePassed or CertificateIssued\n"
                    + "  deadline D-2 \"Next surveillance audit\" in certified\n"
                    + "    within 12 months since last A or B or C\n");
        }

        [Fact]
        public void States_come_first_then_transitions_then_deadlines_each_in_the_order_written()
        {
            AssertFormats(
                "lifecycle t\n"
                    + "  history events\n"
                    + "  initial open on created\n"
                    + "  deadline D-2 \"Second\" in open within 2 days since start\n"
                    + "  state open\n"
                    + "  transition T-2 open -> closed on Closed\n"
                    + "  deadline D-1 \"First\" in open within 1 day since entering\n"
                    + "  final state closed\n"
                    + "  transition T-1 closed -> open on Reopened\n"
                    + "  state archived\n",
                "lifecycle t\n"
                    + "  history events\n"
                    + "  initial open on created\n"
                    + "  state open\n"
                    + "  final state closed\n"
                    + "  state archived\n"
                    + "\n"
                    + "  transition T-2 open -> closed\n"
                    + "    on Closed\n"
                    + "  transition T-1 closed -> open\n"
                    + "    on Reopened\n"
                    + "  deadline D-2 \"Second\" in open\n"
                    + "    within 2 days since start\n"
                    + "  deadline D-1 \"First\" in open\n"
                    + "    within 1 day since entering\n");
        }

        [Fact]
        public void Comments_move_with_the_member_they_were_written_beside()
        {
            AssertFormats(
                "lifecycle t\n"
                    + "  history events\n"
                    + "  initial open on created\n"
                    + "  # about the transition\n"
                    + "  transition T-1 open -> closed # header\n"
                    + "    on Closed # trigger\n"
                    + "  # about the late state\n"
                    + "  final state closed # closed for good\n"
                    + "  state open\n",
                "lifecycle t\n"
                    + "  history events\n"
                    + "  initial open on created\n"
                    + "  # about the late state\n"
                    + "  final state closed # closed for good\n"
                    + "  state open\n"
                    + "\n"
                    + "  # about the transition\n"
                    + "  transition T-1 open -> closed # header\n"
                    + "    on Closed # trigger\n");
        }

        [Fact]
        public void Comments_inside_a_part_move_above_it_at_the_parts_indentation()
        {
            AssertFormats(
                "lifecycle t history events initial open on created state open\n"
                    + "  transition T-1 open -> # arrow\n open after 1 month # more\n 2 days since # anchor\n last Ping cites # which\n \"a\"\n",
                "lifecycle t\n"
                    + "  history events\n"
                    + "  initial open on created\n"
                    + "  state open\n"
                    + "\n"
                    + "  # arrow\n"
                    + "  transition T-1 open -> open\n"
                    + "    # more\n"
                    + "    # anchor\n"
                    + "    after 1 month 2 days since last Ping\n"
                    + "    # which\n"
                    + "    cites \"a\"\n");
        }

        [Fact]
        public void Blank_lines_inside_a_lifecycle_collapse_to_the_one_before_the_transitions()
        {
            AssertFormats(
                "lifecycle t\n\n  history events\n\n\n  initial open on created\n  state open\n  final state closed\n"
                    + "  transition T-1 open -> closed\n\n    on Closed\n\n\n  # the second one\n\n  transition T-2 open -> closed\n    on Closed\n",
                "lifecycle t\n  history events\n  initial open on created\n  state open\n  final state closed\n\n"
                    + "  transition T-1 open -> closed\n    on Closed\n  # the second one\n  transition T-2 open -> closed\n    on Closed\n");
        }

        [Fact]
        public void A_lifecycle_without_transitions_or_deadlines_has_no_blank_line()
        {
            AssertFormats(
                "lifecycle t history events initial open on created state open\n",
                "lifecycle t\n  history events\n  initial open on created\n  state open\n");
        }

        [Fact]
        public void A_lifecycle_without_states_still_sets_its_transitions_apart()
        {
            AssertFormats(
                "lifecycle t history events initial open on created transition T-1 open -> open on Ping\n",
                "lifecycle t\n  history events\n  initial open on created\n\n  transition T-1 open -> open\n    on Ping\n");
        }

        [Fact]
        public void A_lifecycle_is_separated_from_its_neighbours_by_one_blank_line()
        {
            AssertFormats(
                "event Ping\nlifecycle t history events initial open on created state open\nlet x = 1\n",
                "event Ping\n\nlifecycle t\n  history events\n  initial open on created\n  state open\n\nlet x = 1\n");
        }

        [Fact]
        public void A_long_condition_in_a_transition_wraps_under_its_part()
        {
            AssertFormats(
                "lifecycle t history events initial open on created state open\n"
                    + "  transition T-1 open -> open on Ping when event.severity_of_the_incident = Severity.critical or event.escalated_by_the_customer_or_account_manager\n",
                "lifecycle t\n"
                    + "  history events\n"
                    + "  initial open on created\n"
                    + "  state open\n"
                    + "\n"
                    + "  transition T-1 open -> open\n"
                    + "    on Ping\n"
                    + "    when event.severity_of_the_incident = Severity.critical\n"
                    + "      or event.escalated_by_the_customer_or_account_manager\n");
        }

        [Fact]
        public void The_lifecycles_of_the_language_reference_are_already_canonical()
        {
            const string text = "lifecycle certificate \"Certificate status\"\n"
                + "  history events\n"
                + "  initial active on issued\n"
                + "  state active\n"
                + "  state suspended\n"
                + "  final state revoked\n"
                + "\n"
                + "  transition S-1 \"Annual audit not done in time\" active -> suspended\n"
                + "    after 12 months since last AnnualAuditPassed\n"
                + "    priority 2\n"
                + "    cites \"RD-3.6\"\n"
                + "  transition S-2 \"Annual audit failed\" active -> suspended\n"
                + "    on AnnualAuditFailed\n"
                + "    when event.findings > 0\n"
                + "    cites \"RD-2.8\"\n"
                + "  deadline D-1 \"Next annual audit\" in active\n"
                + "    within 12 months since last AnnualAuditPassed\n"
                + "    cites \"RD-2.7\"\n";

            AssertFormats(text, text);
        }
    }
}
