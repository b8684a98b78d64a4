using System.Linq;
using System.Text.Json;
using CompliancePolicy.Cli.Tests.Support;
using CompliancePolicy.Testing;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary>Policy tests that expect lifecycle states (<c>expect.lifecycles</c>), and the transition coverage they give.</summary>
    public class PolicyTestLifecycleTests
    {
        private static string Quote(string text) => JsonSerializer.Serialize(text);

        private static string TestFile(string policy, params string[] tests) =>
            $"{{\n  \"policy\": {Quote(policy)},\n  \"tests\": [\n" + string.Join(",\n", tests) + "\n  ]\n}\n";

        private static string Test(string name, string asOf, string record, string expect) =>
            $"    {{ \"name\": {Quote(name)}, \"as_of\": \"{asOf}\", \"records\": {Quote(Fixtures.Engagements + "#" + record)},\n      \"expect\": {expect} }}";

        /// <summary>"file(line,col)" of the n-th occurrence of <paramref name="marker"/> in the file's text.</summary>
        private static string At(string file, string text, string marker, int occurrence = 1)
        {
            var offset = -1;
            for (var i = 0; i < occurrence; i++) offset = text.IndexOf(marker, offset + 1, System.StringComparison.Ordinal);
            Assert.True(offset >= 0, marker);
            var line = text.Take(offset).Count(c => c == '\n') + 1;
            var column = offset - text.LastIndexOf('\n', offset - 1);
            return $"{file}({line},{column})";
        }

        [Fact]
        public void Expected_states_in_both_forms_pass()
        {
            using var temp = Fixtures.Temp();
            var file = temp.Write("ok.policytest.json", TestFile(Fixtures.Termination,
                Test("Suspended the day the cure period ends", "2026-03-31", "E-1", "{ \"lifecycles\": { \"agreement\": \"suspended_with_warning\" } }"),
                Test("Terminated the next day", "2026-04-01", "E-1",
                    "{ \"clauses\": { \"TERM-1\": \"fail\" }, \"lifecycles\": { \"agreement\": { \"state\": \"terminated\", \"since\": \"2026-04-01\" } } }"),
                Test("A state without since", "2026-03-10", "E-3", "{ \"lifecycles\": { \"agreement\": { \"state\": \"paused\" } } }")));

            var result = Tool.Run("test", file);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("3 test(s): 3 passed, 0 failed", result.Output);
            Assert.Equal(string.Empty, result.Error);
        }

        [Fact]
        public void A_wrong_state_or_date_fails_with_expected_actual_and_the_route_the_replay_took()
        {
            using var temp = Fixtures.Temp();
            var text = TestFile(Fixtures.Termination,
                Test("Terminated on day 30 (wrong: it is the next day)", "2026-03-31", "E-3",
                    "{ \"lifecycles\": { \"agreement\": { \"state\": \"terminated\", \"since\": \"2026-03-31\" } } }"),
                Test("Right state, wrong date", "2026-04-01", "E-1",
                    "{ \"lifecycles\": { \"agreement\": { \"state\": \"terminated\", \"since\": \"2026-03-31\" } } }"),
                Test("Still active (wrong)", "2026-03-10", "E-3", "{ \"lifecycles\": { \"agreement\": \"active\" } }"));
            var file = temp.Write("wrong.policytest.json", text);

            var result = Tool.Run("test", file);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains($"FAIL {file}: Terminated on day 30 (wrong: it is the next day)", result.Output);
            Assert.Contains($"{At(file, text, "{ \"state\": \"terminated\"")}: lifecycle agreement for record E-3: " +
                "expected terminated since 2026-03-31, actual paused since 2026-03-01 (via P-1 on 2026-03-01)", result.Output);
            Assert.Contains($"{At(file, text, "{ \"state\": \"terminated\"", 2)}: lifecycle agreement for record E-1: " +
                "expected terminated since 2026-03-31, actual terminated since 2026-04-01 (via W-1 on 2026-03-01, W-3 on 2026-04-01)", result.Output);
            Assert.Contains($"{At(file, text, "\"active\"")}: lifecycle agreement for record E-3: expected active, actual paused since 2026-03-01 (via P-1 on 2026-03-01)", result.Output);
            Assert.Contains("3 test(s): 0 passed, 3 failed", result.Output);
        }

        [Fact]
        public void A_lifecycle_that_cannot_be_replayed_fails_the_expectation_with_its_error()
        {
            using var temp = Fixtures.Temp();
            var file = temp.Write("permit.policytest.json", TestFile(Fixtures.Permit,
                $"    {{ \"name\": \"Inspected by nobody\", \"as_of\": \"2026-11-23\", \"records\": {Quote(Fixtures.Permits + "#P-2")},\n" +
                "      \"expect\": { \"lifecycles\": { \"permit\": \"valid\" } } }"));

            var result = Tool.Run("test", file);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("lifecycle permit for record P-2: expected valid, actual error: division by zero in 'event.findings / event.inspectors'", result.Output);
        }

        [Fact]
        public void Unknown_lifecycles_and_states_and_bad_dates_are_located_diagnostics()
        {
            using var temp = Fixtures.Temp();
            var text = TestFile(Fixtures.Termination,
                Test("Unknown lifecycle", "2026-04-01", "E-1", "{ \"lifecycles\": { \"agrement\": \"terminated\" } }"),
                Test("Unknown state", "2026-04-01", "E-1", "{ \"lifecycles\": { \"agreement\": \"terminatd\" } }"),
                Test("Bad since", "2026-04-01", "E-1", "{ \"lifecycles\": { \"agreement\": { \"state\": \"terminated\", \"since\": \"1 April\" } } }"),
                Test("No state", "2026-04-01", "E-1", "{ \"lifecycles\": { \"agreement\": { \"since\": \"2026-04-01\" } } }"),
                Test("Wrong kind", "2026-04-01", "E-1", "{ \"lifecycles\": { \"agreement\": 3 } }"),
                Test("Unknown field", "2026-04-01", "E-1", "{ \"lifecycles\": { \"agreement\": { \"state\": \"terminated\", \"sinc\": \"2026-04-01\" } } }"));
            var file = temp.Write("bad.policytest.json", text);

            var result = Tool.Run("test", file);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains($"{At(file, text, "\"terminated\" } }")}: error CP3113: Policy 'Expedited consultancy agreement termination' has no lifecycle " +
                "'agrement'; did you mean 'agreement'? at $.tests[0].expect.lifecycles.agrement", result.Error);
            Assert.Contains($"{At(file, text, "\"terminatd\"")}: error CP3114: Lifecycle 'agreement' has no state 'terminatd'; did you mean 'terminated'? " +
                "at $.tests[1].expect.lifecycles.agreement", result.Error);
            Assert.Contains($"{At(file, text, "\"1 April\"")}: error CP3106: '1 April' is not a valid date: write it yyyy-MM-dd (e.g. 2026-11-23) " +
                "at $.tests[2].expect.lifecycles.agreement.since", result.Error);
            Assert.Contains("error CP3103: A lifecycle expectation needs 'state': the name of the state the lifecycle is in at $.tests[3].expect.lifecycles.agreement", result.Error);
            Assert.Contains($"{At(file, text, "3 } }")}: error CP3102: 'agreement' must be a state name or an object with 'state' and optional 'since' but is a number " +
                "at $.tests[4].expect.lifecycles.agreement", result.Error);
            Assert.Contains("warning CP3104: A lifecycle expectation has no field 'sinc'; it is ignored; did you mean 'since'?", result.Error);
            Assert.Contains("PASS", result.Output); // the test with only an unknown field still runs
            Assert.Contains("6 test(s): 1 passed, 5 failed", result.Output);
        }

        [Fact]
        public void A_policy_without_lifecycles_says_it_declares_none()
        {
            using var temp = Fixtures.Temp();
            var file = temp.Write("none.policytest.json", TestFile(Fixtures.Policy,
                $"    {{ \"name\": \"n\", \"as_of\": \"2026-11-23\", \"records\": {Quote(Fixtures.Records("orgs.json") + "#org-7")},\n" +
                "      \"expect\": { \"lifecycles\": { \"status\": \"active\" } } }"));

            var result = Tool.Run("test", file);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error CP3113: Policy 'ISO/IEC 20000 certification eligibility' has no lifecycle 'status' (it declares no lifecycle)", result.Error);
        }

        [Fact]
        public void Transition_coverage_counts_transitions_fired_in_tests_that_expect_the_lifecycle()
        {
            using var temp = Fixtures.Temp();
            var file = temp.Write("coverage.policytest.json", TestFile(Fixtures.Termination,
                Test("Not rectified: terminated", "2026-04-01", "E-1", "{ \"lifecycles\": { \"agreement\": \"terminated\" } }"),
                Test("Paused, checked through the clauses only", "2026-03-10", "E-3", "{ \"clauses\": { \"TERM-1\": \"pass\", \"TERM-2\": \"fail\" } }")));

            var result = Tool.Run("test", file);
            var run = PolicyTestRunner.Run(new[] { file });

            Assert.True(result.ExitCode == 0, result.ToString()); // coverage is reported, not enforced
            Assert.Contains("Coverage of Expedited consultancy agreement termination 1.0.0: 2/2 clauses (100%), 2/11 transitions (18%)", result.Output);
            Assert.Contains("Transitions of lifecycle agreement: 2/11 (18%)", result.Output);
            Assert.Contains("Transitions never exercised: W-2 \"Rectified within the stipulated period\", W-4 \"Refused to cooperate after the warning\", " +
                "P-1 \"The plan failed three consecutive times\" (fired only in tests that do not expect a state of 'agreement'), P-2 ", result.Output);

            var coverage = run.Coverage.Single();
            Assert.Equal(11, coverage.Transitions);
            Assert.Equal(2, coverage.TransitionsCovered);
            Assert.Equal(2.0 / 11, coverage.TransitionRatio, 6);
            var agreement = coverage.Lifecycles.Single();
            Assert.True(agreement.HasExpectation);
            Assert.Equal(new[] { "W-1", "W-3" }, agreement.Transitions.Where(t => t.Covered).Select(t => t.Transition.Id));
            Assert.Equal(new[] { "W-1", "W-3", "P-1" }, agreement.Transitions.Where(t => t.Fired).Select(t => t.Transition.Id));
            Assert.Equal(9, agreement.Uncovered.Count());
        }

        [Fact]
        public void A_policy_without_lifecycles_prints_clause_coverage_only()
        {
            var result = Tool.Run("test", Fixtures.Path("tests/eligibility.policytest.json"));

            Assert.Contains("Coverage of ISO/IEC 20000 certification eligibility 1.0.0: 2/2 clauses (100%)\n", result.Output.Replace("\r", string.Empty));
            Assert.DoesNotContain("transitions", result.Output);
        }
    }
}
