using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary>
    /// Every event a replay ignored is in every report, with its date, type, the state it met and why. Record C-1 of the
    /// fixture ignores four: one dated before the start, one declared ignored, one whose transition's condition did not
    /// hold, and one no transition takes (the CP4009 case, the only one SARIF reports).
    /// </summary>
    public class IgnoredEventReportTests
    {
        private const string AsOf = "2026-06-01";
        private static readonly string Policy = Fixtures.Path("ignored/certificate.policy");
        private static readonly string Clients = Fixtures.Path("ignored/clients.json");

        private static readonly string[] Expected =
        {
            "NonconformityFound on 2025-12-01 before the start: dated before the lifecycle started",
            "NonconformityClosed on 2026-02-01 in certified: declared: nothing is open to close",
            "FeesUnpaid on 2026-03-01 in certified: the condition of S-2 did not hold",
            "FeesUnpaid on 2026-05-01 in rectifying: no transition takes FeesUnpaid in rectifying",
        };

        private static CliResult Check(params string[] more) =>
            Tool.Run(new[] { "check", Policy, "--records", Clients, "--as-of", AsOf }.Concat(more).ToArray());

        private static CliResult Timeline(string format) =>
            Tool.Run("timeline", Policy, "--record", Clients + "#C-1", "--as-of", AsOf, "--format", format);

        [Fact]
        public void Json_lists_each_ignored_event_with_date_type_state_and_reason()
        {
            var result = Check("--format", "json");

            using var report = JsonDocument.Parse(result.Output);
            var c1 = report.RootElement.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "C-1");
            var ignored = c1.GetProperty("policies")[0].GetProperty("lifecycles")[0].GetProperty("ignoredEvents").EnumerateArray()
                .Select(e => $"{e.GetProperty("date").GetString()} {e.GetProperty("type").GetString()} {(e.GetProperty("state").ValueKind == JsonValueKind.Null ? "-" : e.GetProperty("state").GetString())} {e.GetProperty("reason").GetString()}");
            Assert.Equal(new[]
            {
                "2025-12-01 NonconformityFound - before-start",
                "2026-02-01 NonconformityClosed certified declared",
                "2026-03-01 FeesUnpaid certified condition-false",
                "2026-05-01 FeesUnpaid rectifying no-transition",
            }, ignored);
            var c2 = report.RootElement.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "C-2");
            Assert.Equal(0, c2.GetProperty("policies")[0].GetProperty("lifecycles")[0].GetProperty("ignoredEvents").GetArrayLength());
        }

        [Fact]
        public async Task Sarif_reports_only_the_event_no_transition_takes_as_a_CP4009_note_at_the_record()
        {
            var result = Check("--format", "sarif");

            await SarifSchema.AssertValid(result.Output);
            using var log = JsonDocument.Parse(result.Output);
            var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Where(r => r.GetProperty("ruleId").GetString() == "CP4009" && r.TryGetProperty("properties", out var p) && p.TryGetProperty("recordId", out _))
                .ToArray();
            var dropped = Assert.Single(results);
            Assert.Equal("note", dropped.GetProperty("level").GetString());
            Assert.Equal("Record C-1: lifecycle certificate ignored " + Expected[3], dropped.GetProperty("message").GetProperty("text").GetString());
            var properties = dropped.GetProperty("properties");
            Assert.Equal(("2026-05-01", "FeesUnpaid", "rectifying"),
                (properties.GetProperty("date").GetString(), properties.GetProperty("type").GetString(), properties.GetProperty("state").GetString()));
            Assert.Equal(2, dropped.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        }

        [Fact]
        public void Junit_counts_the_ignored_events_in_a_property_and_lists_each_in_system_out()
        {
            var result = Check("--format", "junit");

            var suite = XDocument.Parse(result.Output).Root!.Elements("testsuite").Single(s => s.Attribute("name")!.Value.StartsWith("C-1 "));
            var properties = suite.Element("properties")!.Elements("property").ToDictionary(p => p.Attribute("name")!.Value, p => p.Attribute("value")!.Value);
            Assert.Equal("4", properties["lifecycle.certificate.ignoredEvents"]);
            var output = suite.Element("system-out")!.Value;
            foreach (var line in Expected) Assert.Contains("  ignored: " + line, output);
        }

        [Fact]
        public void Markdown_has_a_table_of_ignored_events()
        {
            var result = Check("--format", "markdown");

            Assert.Contains("## Ignored events", result.Output);
            Assert.Contains("| C-1 | Ignored events | certificate | 2026-02-01 | NonconformityClosed | certified | declared | declared: nothing is open to close |", result.Output);
            Assert.Contains("| C-1 | Ignored events | certificate | 2025-12-01 | NonconformityFound | (before the start) | before-start | dated before the lifecycle started |", result.Output);
        }

        [Fact]
        public void Text_lists_each_ignored_event_under_the_state_of_a_printed_record()
        {
            var result = Check();

            Assert.Contains("state certificate: rectifying since 2026-04-01", result.Output);
            foreach (var line in Expected) Assert.Contains("ignored: " + line, result.Output);
        }

        [Fact]
        public void Html_report_draws_each_ignored_event_and_lists_it_in_a_table()
        {
            using var folder = Fixtures.Temp();
            var path = Path.Combine(folder.Path, "report.html");
            Assert.Equal(1, Check("--format", "html", "-o", path).ExitCode);

            var details = HtmlReport.Load(path).Records.Single(r => r.Id == "C-1").Details;
            Assert.Equal(4, details.QuerySelectorAll("svg.timeline g.ignored").Length);
            var rows = details.QuerySelectorAll("table.ignored tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent))).ToArray();
            Assert.Equal("2026-03-01 | FeesUnpaid | certified | condition-false | the condition of S-2 did not hold", rows[2]);
            Assert.Equal(4, rows.Length);
        }

        [Fact]
        public void Timeline_json_gives_each_ignored_event_with_why_the_declared_reason_and_the_declined_transitions()
        {
            var result = Timeline("json");

            using var report = JsonDocument.Parse(result.Output);
            var lifecycle = report.RootElement.GetProperty("policies")[0].GetProperty("lifecycles")[0];
            var ignored = lifecycle.GetProperty("ignoredEvents").EnumerateArray().ToArray();
            Assert.Equal(4, ignored.Length);
            Assert.Equal("nothing is open to close", ignored[1].GetProperty("declaredReason").GetString());
            Assert.Equal(JsonValueKind.Null, ignored[2].GetProperty("declaredReason").ValueKind);
            Assert.Equal(new[] { "S-2" }, ignored[2].GetProperty("transitions").EnumerateArray().Select(t => t.GetString()));
            Assert.Equal("no transition takes FeesUnpaid in rectifying", ignored[3].GetProperty("explanation").GetString());
        }

        [Fact]
        public void Timeline_text_has_a_table_of_ignored_events_and_svg_draws_them()
        {
            var text = Timeline("text");
            Assert.Contains("Events ignored", text.Output);
            Assert.Contains("the condition of S-2 did not hold", text.Output);

            var svg = XDocument.Parse(Timeline("svg").Output);
            XNamespace ns = "http://www.w3.org/2000/svg";
            var titles = svg.Descendants(ns + "g").Where(g => ((string?)g.Attribute("class"))?.Split(' ').Contains("ignored") == true)
                .Select(g => g.Element(ns + "title")!.Value);
            Assert.Equal(Expected.Select(e => "ignored: " + e), titles);
        }
    }
}
