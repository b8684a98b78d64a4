using System;
using System.IO;
using System.Linq;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary>
    /// The HTML report in a real browser (headless Chromium, network off): it loads with nothing on the console, its
    /// script replaces the plain list with the searchable one, and the filters, the clause chart's links and a record's
    /// details work. The state of the list lives in the address's hash, so each interaction is a page address here.
    /// </summary>
    public class BrowserTests : IClassFixture<BrowserTests.SampleReport>
    {
        private readonly SampleReport _report;

        public BrowserTests(SampleReport report) => _report = report;

        /// <summary>The report of the bundled samples as of 2026-12-01, written once for the class.</summary>
        public sealed class SampleReport : IDisposable
        {
            private readonly TempFolder _folder = Fixtures.Temp();

            public SampleReport()
            {
                Path = System.IO.Path.Combine(_folder.Path, "report.html");
                var run = Tool.Run("check", Samples.Folder, "--records", System.IO.Path.Combine(Samples.Folder, "records"), "--as-of", "2026-12-01",
                    "--format", "html", "-o", Path);
                Assert.True(run.ExitCode == 1, run.ToString());
                Html = HtmlReport.Load(Path);
            }

            public string Path { get; }
            public HtmlReport Html { get; }

            public void Dispose() => _folder.Dispose();
        }

        private static string[] Listed(BrowserPage page) =>
            page.Document.QuerySelectorAll("#cp-app table.records > tbody > tr:first-child button.open").Select(b => b.TextContent).ToArray();

        [Fact]
        public void The_report_loads_with_no_console_message_and_lists_every_record_in_the_searchable_table()
        {
            var page = Chromium.Open(_report.Path);

            Assert.Empty(page.Console);
            Assert.Null(page.Document.GetElementById("cp-static"));
            Assert.False(page.Document.GetElementById("cp-app")!.HasAttribute("hidden"));
            Assert.Equal(_report.Html.Records.Select(r => r.Id), Listed(page));
            Assert.Equal("48 records.", page.Document.QuerySelector("#cp-app .status")!.TextContent);
        }

        [Fact]
        public void Choosing_a_clause_in_the_chart_lists_the_records_that_failed_it()
        {
            var link = _report.Html.Document.QuerySelectorAll("#clauses a.clause-link").Single(a => a.QuerySelector("code")!.TextContent == "SCORE-1");

            var page = Chromium.Open(_report.Path, link.GetAttribute("href")!);

            Assert.Empty(page.Console);
            Assert.Equal(new[] { "AS-02", "AS-04" }, Listed(page));
            Assert.Equal("2 of 48 records match.", page.Document.QuerySelector("#cp-app .status")!.TextContent);
        }

        [Fact]
        public void Outcome_policy_and_search_filters_combine()
        {
            var policy = _report.Html.Meta.GetProperty("policies").EnumerateArray().Select(p => p.GetString()).ToList().IndexOf("Expedited consultancy agreement termination");

            var page = Chromium.Open(_report.Path, $"#outcome=compliant&policy={policy}&q=eng-0");

            Assert.Empty(page.Console);
            var expected = _report.Html.Records.Where(r => r.Outcome == "compliant" && r.Id.StartsWith("ENG-0", StringComparison.Ordinal)).Select(r => r.Id);
            Assert.Equal(expected, Listed(page));
            Assert.NotEmpty(Listed(page));
        }

        [Fact]
        public void Opening_a_record_unpacks_its_details_with_the_clauses_and_the_drawn_timeline()
        {
            var index = _report.Html.Records.ToList().FindIndex(r => r.Id == "ENG-03");

            var page = Chromium.Open(_report.Path, $"#q=ENG-03&open={index}");

            Assert.Empty(page.Console);
            var body = Assert.Single(page.Document.QuerySelectorAll("#cp-app table.records > tbody"));
            Assert.Equal("true", body.QuerySelector("button.open")!.GetAttribute("aria-expanded"));
            var detail = body.QuerySelector("tr.detail")!;
            Assert.Contains("TERM-1", detail.QuerySelectorAll("table.clauses th code").Select(c => c.TextContent));
            var svg = detail.QuerySelector("figure.lifecycle svg.timeline")!;
            Assert.Equal(3, svg.QuerySelectorAll("g.bar").Count(g => g.ParentElement!.ClassName != "key"));
        }

        [Fact]
        public void A_hostile_record_id_is_shown_as_text_by_the_script_too()
        {
            using var folder = Fixtures.Temp();
            const string Hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>\u202Etxt";
            var records = folder.Write("orgs.jsonl", System.Text.Json.JsonSerializer.Serialize(new { id = Hostile, sms_established = "2026-05-01", audit_date = "2026-06-01", management_reviews = new[] { "2026-05-01" } }));
            var report = Path.Combine(folder.Path, "report.html");
            Assert.Equal(1, Tool.Run("check", Fixtures.Policy, "--records", records, "--as-of", "2026-12-01", "--format", "html", "-o", report).ExitCode);

            var page = Chromium.Open(report, "#open=0");

            Assert.Empty(page.Console);
            var button = page.Document.QuerySelector("#cp-app button.open")!;
            Assert.Equal(Hostile.Replace("\u202E", "U+202E"), button.TextContent);
            Assert.Empty(page.Document.QuerySelectorAll("#cp-app img, #cp-app script"));
            Assert.Single(page.Document.QuerySelectorAll("#cp-app tr.detail table.clauses"));
        }

        [Fact]
        public void A_screenshot_of_the_report_shows_the_page()
        {
            using var folder = Fixtures.Temp();
            var png = Path.Combine(folder.Path, "report.png");

            var console = Chromium.Screenshot(_report.Path, png, 1280, 900);

            Assert.Empty(console);
            var bytes = File.ReadAllBytes(png);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes.Take(4));
            // Width and height from the IHDR chunk: the whole window was drawn.
            Assert.Equal(1280, ReadInt(bytes, 16));
            Assert.Equal(900, ReadInt(bytes, 20));
            Assert.True(bytes.Length > 20_000, "a page with text and charts does not compress to a near-empty image");
        }

        [Fact]
        public void The_timeline_page_loads_with_no_console_message_and_no_script()
        {
            using var folder = Fixtures.Temp();
            var run = Tool.Run("timeline", Fixtures.Termination, "--record", Fixtures.Engagements + "#E-1", "--as-of", "2026-04-01", "--format", "html");
            Assert.True(run.ExitCode == 0, run.ToString());
            var file = folder.Write("timeline.html", run.Output);

            var page = Chromium.Open(file);

            Assert.Empty(page.Console);
            Assert.Empty(page.Document.Scripts);
            Assert.Single(page.Document.QuerySelectorAll("figure.lifecycle svg.timeline"));
        }

        private static int ReadInt(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
    }
}
