using System.Linq;
using System.Text.Json;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary><c>compliance timeline</c>: one record's lifecycles replayed as of a date, as tables and as JSON.</summary>
    public class TimelineCommandTests
    {
        private static string Engagement(string id) => Fixtures.Engagements + "#" + id;

        [Fact]
        public void Text_shows_the_state_and_each_step_of_the_timeline_with_its_cause_transition_and_citations()
        {
            var result = Tool.Run("timeline", Fixtures.Termination, "--record", Engagement("E-1"), "--as-of", "2026-04-01");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Record E-1 (", result.Output);
            Assert.Contains("against policy Expedited consultancy agreement termination 1.0.0 as of 2026-04-01", result.Output);
            Assert.Contains("Lifecycle agreement \"Service agreement\": terminated since 2026-04-01 (final state)", result.Output);
            var rows = Rows(result.Output);
            Assert.Contains(rows, r => r.SequenceEqual(new[] { "active", "2026-01-05", "2026-03-01", "start", "-", "-" }));
            Assert.Contains(rows, r => r.SequenceEqual(new[]
            {
                "suspended_with_warning", "2026-03-01", "2026-04-01", "event FalsificationFound on 2026-03-01",
                "W-1 Falsified material found: service suspended with a written warning", "RD-1.1; 000 信息造假",
            }));
            Assert.Contains(rows, r => r.SequenceEqual(new[]
            {
                "terminated", "2026-04-01", "now", "deadline: 30 days since entering suspended_with_warning (2026-03-01) passed",
                "W-3 Not rectified within the stipulated period", "RD-1.2; 000 信息造假",
            }));
            Assert.Contains("No pending deadlines: the state is final.", result.Output);
            Assert.Equal(string.Empty, result.Error);
        }

        [Fact]
        public void Text_lists_pending_deadlines_with_what_happens_if_missed_and_notes_events_not_replayed()
        {
            var paused = Tool.Run("timeline", Fixtures.Termination, "--record", Engagement("E-3"), "--as-of", "2026-03-10");
            var running = Tool.Run("timeline", Fixtures.Termination, "--record", Engagement("E-2"), "--as-of", "2026-06-01");

            Assert.True(paused.ExitCode == 0, paused.ToString());
            Assert.Contains("Lifecycle agreement \"Service agreement\": paused since 2026-03-01", paused.Output);
            Assert.Contains("Pending deadlines", paused.Output);
            Assert.Contains(Rows(paused.Output), r => r.SequenceEqual(new[]
            {
                "2026-03-31", "P-4 No substantive progress while paused", "terminated from 2026-04-01",
                "30 days since entering paused (2026-03-01)", "RD-1.4; 000 配合断档", "no",
            }));
            Assert.True(running.ExitCode == 0, running.ToString());
            Assert.Contains("Note: 1 event after the as-of date (2026-06-01) not replayed.", running.Output);
            Assert.Contains("No pending deadlines.", running.Output);
        }

        [Fact]
        public void An_overdue_state_deadline_is_flagged()
        {
            var result = Tool.Run("timeline", Fixtures.Permit, "--record", Fixtures.Permits + "#P-1", "--as-of", "2026-11-23");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains(Rows(result.Output), r => r.SequenceEqual(new[]
            {
                "2026-01-01", "R-1 Renew the permit", "nothing by itself (a deadline of the state)",
                "1 year since entering valid (2025-01-01), no Renewed yet", "PERMIT §2", "OVERDUE",
            }));
        }

        [Fact]
        public void Json_has_the_state_since_timeline_pending_deadlines_and_notes()
        {
            var result = Tool.Run("timeline", Fixtures.Termination, "--record", Engagement("E-3"), "--as-of", "2026-03-10", "--format", "json");

            Assert.True(result.ExitCode == 0, result.ToString());
            using var document = JsonDocument.Parse(result.Output);
            var root = document.RootElement;
            Assert.Equal("1.3", root.GetProperty("reportVersion").GetString());
            Assert.Equal("2026-03-10", root.GetProperty("asOf").GetString());
            Assert.Equal("E-3", root.GetProperty("record").GetProperty("id").GetString());
            Assert.EndsWith("lifecycle/engagements.json", root.GetProperty("record").GetProperty("file").GetString());
            Assert.Equal(19, root.GetProperty("record").GetProperty("line").GetInt32());
            var policy = root.GetProperty("policies").EnumerateArray().Single();
            Assert.Equal("Expedited consultancy agreement termination", policy.GetProperty("policy").GetString());
            var agreement = policy.GetProperty("lifecycles").EnumerateArray().Single();
            Assert.Equal("agreement", agreement.GetProperty("name").GetString());
            Assert.Equal("Service agreement", agreement.GetProperty("title").GetString());
            Assert.Equal("paused", agreement.GetProperty("state").GetString());
            Assert.False(agreement.GetProperty("final").GetBoolean());
            Assert.Equal("2026-03-01", agreement.GetProperty("since").GetString());
            Assert.Equal("2026-01-05", agreement.GetProperty("started").GetString());
            var timeline = agreement.GetProperty("timeline").EnumerateArray().ToArray();
            Assert.Equal(2, timeline.Length);
            Assert.Equal(JsonValueKind.Null, timeline[0].GetProperty("transition").ValueKind);
            Assert.Equal("2026-03-01", timeline[0].GetProperty("to").GetString());
            Assert.Equal("P-1", timeline[1].GetProperty("transition").GetString());
            Assert.Equal("The plan failed three consecutive times", timeline[1].GetProperty("transitionTitle").GetString());
            Assert.Equal("event MilestoneMissed on 2026-03-01", timeline[1].GetProperty("cause").GetString());
            Assert.Equal(JsonValueKind.Null, timeline[1].GetProperty("to").ValueKind);
            Assert.Equal(new[] { "RD-1.3", "000 配合断档" }, timeline[1].GetProperty("citations").EnumerateArray().Select(c => c.GetString()));
            var deadline = agreement.GetProperty("pendingDeadlines").EnumerateArray().Single();
            Assert.Equal("P-4", deadline.GetProperty("id").GetString());
            Assert.Equal("transition", deadline.GetProperty("kind").GetString());
            Assert.Equal("2026-03-31", deadline.GetProperty("due").GetString());
            Assert.Equal("terminated", deadline.GetProperty("effect").GetString());
            Assert.Equal("2026-04-01", deadline.GetProperty("firesOn").GetString());
            Assert.Equal("30 days since entering paused (2026-03-01)", deadline.GetProperty("measuredFrom").GetString());
            Assert.False(deadline.GetProperty("overdue").GetBoolean());
            Assert.Equal(0, agreement.GetProperty("notes").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, agreement.GetProperty("error").ValueKind);
        }

        [Fact]
        public void A_parameter_override_moves_the_deadline_and_is_reported()
        {
            var result = Tool.Run("timeline", Fixtures.Termination, "--record", Engagement("E-1"), "--as-of", "2026-04-01",
                "--param", "cure_period=45 days", "--format", "json");

            Assert.True(result.ExitCode == 0, result.ToString());
            using var document = JsonDocument.Parse(result.Output);
            Assert.Equal("45 days", document.RootElement.GetProperty("parameters").GetProperty("cure_period").GetString());
            var agreement = document.RootElement.GetProperty("policies")[0].GetProperty("lifecycles")[0];
            Assert.Equal("suspended_with_warning", agreement.GetProperty("state").GetString());
            Assert.Equal("2026-04-15", agreement.GetProperty("pendingDeadlines")[0].GetProperty("due").GetString());
        }

        [Fact]
        public void A_lifecycle_that_cannot_be_replayed_exits_1_with_its_error_in_json_and_on_stderr()
        {
            var result = Tool.Run("timeline", Fixtures.Permit, "--record", Fixtures.Permits + "#P-2", "--as-of", "2026-11-23", "--format", "json");

            Assert.True(result.ExitCode == 1, result.ToString());
            using var document = JsonDocument.Parse(result.Output);
            var permit = document.RootElement.GetProperty("policies")[0].GetProperty("lifecycles")[0];
            Assert.Equal("division by zero in 'event.findings / event.inspectors'", permit.GetProperty("error").GetString());
            Assert.Equal(JsonValueKind.Null, permit.GetProperty("state").ValueKind);
            Assert.Equal(0, permit.GetProperty("timeline").GetArrayLength());
            Assert.Contains("error: lifecycle 'permit' could not be replayed: division by zero", result.Error);
        }

        [Fact]
        public void An_unknown_record_id_exits_2_and_lists_the_ids_there_are()
        {
            var result = Tool.Run("timeline", Fixtures.Termination, "--record", Engagement("E-9"), "--as-of", "2026-04-01");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"error: --record: '{Fixtures.Engagements}' has no record with ID 'E-9' (IDs: E-1, E-2, E-3)", result.Error.Trim());
            Assert.Equal(string.Empty, result.Output);
        }

        [Fact]
        public void A_policy_without_lifecycles_exits_2_with_a_clear_message()
        {
            var result = Tool.Run("timeline", Fixtures.Policy, "--record", Fixtures.Records("orgs.json") + "#org-7", "--as-of", "2026-11-23");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("error: policy 'ISO/IEC 20000 certification eligibility' declares no lifecycle; 'timeline' replays a record's events " +
                "through a policy's lifecycles (see docs/language.md, \"Events and lifecycles\")", result.Error.Trim());
            Assert.Equal(string.Empty, result.Output);
        }

        [Fact]
        public void A_record_that_fits_only_policies_without_lifecycles_exits_2()
        {
            using var temp = Fixtures.Temp();
            temp.Copy(Fixtures.Policy);
            temp.Copy(Fixtures.Termination);

            var result = Tool.Run("timeline", temp.Path, "--record", Fixtures.Records("orgs.json") + "#org-7", "--as-of", "2026-11-23");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("error: --record: record 'org-7' fits only 'ISO/IEC 20000 certification eligibility', which declares no lifecycle", result.Error.Trim());
        }

        [Fact]
        public void With_a_folder_of_policies_the_record_is_replayed_against_the_one_it_fits()
        {
            var result = Tool.Run("timeline", Fixtures.Path("lifecycle"), "--record", Engagement("E-1"), "--as-of", "2026-04-01");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Lifecycle agreement", result.Output);
            Assert.DoesNotContain("Operating permit", result.Output);
        }

        /// <summary>The cells of each table row of the text output (columns are separated by two spaces or more).</summary>
        private static string[][] Rows(string output) =>
            output.Split('\n')
                .Select(line => System.Text.RegularExpressions.Regex.Split(line.Trim(), @"\s{2,}"))
                .Where(cells => cells.Length > 1)
                .ToArray();
    
        [Fact]
        public void Json_names_the_policy_and_the_record_file_by_sha_256()
        {
            var result = Tool.Run("timeline", Fixtures.Termination, "--record", Engagement("E-3"), "--as-of", "2026-03-10", "--format", "json");

            using var document = JsonDocument.Parse(result.Output);
            var inputs = document.RootElement.GetProperty("inputs").EnumerateArray().ToArray();
            Assert.Equal(new[] { "policy", "records" }, inputs.Select(i => i.GetProperty("kind").GetString()));
            var hash = System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.IO.File.ReadAllBytes(Fixtures.Engagements))).ToLowerInvariant();
            Assert.Equal(hash, inputs[1].GetProperty("sha256").GetString());
        }
}
}
