using System.IO;
using System.Linq;
using System.Text.Json;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary><c>compliance due</c>: what the lifecycles say will happen over a register in a window, in date order.</summary>
    public class DueCommandTests
    {
        private static string CertificatePolicy => Path.Combine(Samples.Folder, "iso20000-certificate-status.policy");
        private static string Certificates => Path.Combine(Samples.Folder, "records", "iso20000-certificate-status.json");

        [Fact]
        public void Lists_the_audits_that_fall_due_and_the_suspensions_that_follow_in_date_order()
        {
            var result = Tool.Run("due", CertificatePolicy, "--records", Certificates, "--as-of", "2026-11-23", "--within", "90days");

            Assert.Equal(0, result.ExitCode);
            var lines = result.Output.Split('\n').Where(l => l.StartsWith("2027-", System.StringComparison.Ordinal)).ToArray();
            Assert.Equal(new[]
            {
                "2027-01-15  CERT-01  " + Certificates + ":2  active since 2024-02-01  D-1 Next annual audit due  [RD-2.7]",
                "2027-01-16  CERT-01  " + Certificates + ":2  active since 2024-02-01  A-1 Annual audit not done in time: active -> suspended (last day 2027-01-15)  [RD-2.7; RD-3.6; 002 證書狀態]",
                "2027-02-02  CERT-01  " + Certificates + ":2  active since 2024-02-01  A-7 Three years of validity over: suspended -> expired (last day 2027-02-01)  [RD-2.7; RD-3.6; 002 證書狀態]",
                "2027-02-15  CERT-07  " + Certificates + ":113  rectifying since 2026-11-16  A-4 Not rectified within 90 days: rectifying -> suspended (last day 2027-02-14)  [RD-2.8; 001 监督审核不通过]",
            }, lines);
            Assert.Contains("4 item(s) for 7 record(s)", result.Output);
        }

        [Fact]
        public void A_longer_window_follows_a_suspension_to_its_revocation()
        {
            var result = Tool.Run("due", Register.Policy, "--records", Path.Combine(Samples.Folder, "records", "after-sales-certification.json"),
                "--as-of", "2026-11-23", "--within", "1 year", "--format", "json");

            var items = JsonDocument.Parse(result.Output).RootElement.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("record").GetString() == "AS-03").ToArray();
            Assert.Equal(new[] { "D-2", "S-1", "V-1" }, items.Select(i => i.GetProperty("id").GetString()));
            Assert.All(items, i => Assert.Equal("certified", i.GetProperty("state").GetString()));
            Assert.Equal("suspended", items[2].GetProperty("from").GetString());
            Assert.Equal("revoked", items[2].GetProperty("enters").GetString());
            Assert.Equal("2027-11-22", items[2].GetProperty("date").GetString());
            var dates = JsonDocument.Parse(result.Output).RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("date").GetString()).ToArray();
            Assert.Equal(dates.OrderBy(d => d, System.StringComparer.Ordinal), dates);
        }

        [Theory]
        [InlineData("text")]
        [InlineData("json")]
        [InlineData("jsonl")]
        [InlineData("csv")]
        [InlineData("markdown")]
        [InlineData("html")]
        public void Two_jobs_list_what_one_job_lists_byte_for_byte(string format)
        {
            using var temp = Fixtures.Temp();
            var register = Register.Write(temp);
            var one = Path.Combine(temp.Path, "one");
            var two = Path.Combine(temp.Path, "two");

            var first = Tool.Run("due", Register.Policy, "--records", register, "--as-of", "2026-11-23", "--within", "1 year", "--format", format, "--jobs", "1", "-o", one);
            Tool.Run("due", Register.Policy, "--records", register, "--as-of", "2026-11-23", "--within", "1 year", "--format", format, "--jobs", "2", "-o", two);

            Assert.Equal(2, first.ExitCode); // the register holds one record of the wrong shape and one broken line
            Assert.True(File.ReadAllBytes(one).SequenceEqual(File.ReadAllBytes(two)), format);
            Assert.Contains("wrong-shape", File.ReadAllText(one));
        }

        [Fact]
        public void The_html_page_lists_what_the_json_report_lists_in_the_same_order_and_loads_nothing()
        {
            string[] args = { "due", Register.Policy, "--records", Path.Combine(Samples.Folder, "records", "after-sales-certification.json"), "--as-of", "2026-11-23", "--within", "1 year" };

            var html = Tool.Run(args.Concat(new[] { "--format", "html" }).ToArray());
            var json = JsonDocument.Parse(Tool.Run(args.Concat(new[] { "--format", "json" }).ToArray()).Output).RootElement;

            Assert.Equal(0, html.ExitCode);
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html.Output);
            var rows = page.QuerySelectorAll("table.due tbody tr").Select(r => r.QuerySelector("th")!.TextContent + " " + r.QuerySelectorAll("td")[0].TextContent).ToArray();
            var items = json.GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("record").GetString() + " " + i.GetProperty("date").GetString() + (i.GetProperty("overdue").GetBoolean() ? " overdue" : string.Empty)).ToArray();
            Assert.NotEmpty(items);
            Assert.Equal(items, rows);
            Assert.Equal(json.GetProperty("summary").GetProperty("records").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                page.QuerySelector("table.counts tbody td")!.TextContent);
            Assert.StartsWith("default-src 'none';", page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
            Assert.Empty(page.Scripts);
        }

        [Theory]
        [InlineData("90dayz", "--within: '90dayz' is not a duration")]
        [InlineData("0 days", "--within: '0 days' must look ahead")]
        [InlineData("9999 years", "--within: the window of 9999 years from 2026-11-23 runs past the calendar's last day, 9999-12-31")]
        public void A_window_that_is_not_a_duration_ahead_is_refused(string within, string message)
        {
            var result = Tool.Run("due", CertificatePolicy, "--records", Certificates, "--as-of", "2026-11-23", "--within", within);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains(message, result.Error);
        }

        [Fact]
        public void Policies_without_a_lifecycle_are_refused_before_any_record_is_read()
        {
            var result = Tool.Run("due", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--within", "90 days");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("declares no lifecycle", result.Error);
        }
    }
}
