using System.IO;
using System.Linq;
using System.Xml.Linq;
using CompliancePolicy.Reporting.Html;
using CompliancePolicy.Tests.Lifecycles;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Reporting
{
    /// <summary>The timeline picture: a bar per state, a marker per event or deadline (each kind its own shape), the
    /// deadlines ahead dashed, the as-of date as a line, and a key naming every colour.</summary>
    public class TimelineSvgTests
    {
        private static readonly Policy Agreement = Compile(AgreementTerminationTests.AgreementPolicyText);

        /// <summary>Falsification on 2026-03-01, not rectified by 2026-03-31: terminated by the W-3 deadline on 2026-04-01.</summary>
        private const string Falsified = @"{""id"":""E-1"",""signed"":""2026-01-05"",""events"":[{""type"":""FalsificationFound"",""date"":""2026-03-01""}]}";

        private static TimelineDrawing Drawing(string json, string asOf) =>
            TimelineDrawing.Of(Evaluate(Agreement, json, asOf).Lifecycles.Single(), Date(asOf))!;

        private static XElement Draw(TimelineDrawing drawing)
        {
            using var text = new StringWriter();
            TimelineSvg.Write(new HtmlWriter(text), drawing);
            return XElement.Parse(text.ToString());
        }

        private static string[] Classes(XElement element) => ((string?)element.Attribute("class") ?? string.Empty).Split(' ');

        private static XElement[] Groups(XElement svg, string cls) => svg.Descendants("g").Where(g => Classes(g).Contains(cls)).ToArray();

        [Fact]
        public void Each_state_is_a_bar_from_its_entry_to_its_exit_with_its_name_and_dates_in_its_tooltip()
        {
            var svg = Draw(Drawing(Falsified, "2026-06-01"));

            var bars = Groups(svg, "bar").Where(g => g.Parent!.Name != "g" || !Classes(g.Parent).Contains("key")).ToArray();
            Assert.Equal(new[]
            {
                "active: 2026-01-05 to 2026-03-01",
                "suspended_with_warning: 2026-03-01 to 2026-04-01",
                "terminated (final): 2026-04-01 to 2026-06-01",
            }, bars.Select(b => b.Element("title")!.Value));
            Assert.Contains("final", Classes(bars[2]));
            // Later bars start further right: the x axis is time.
            var starts = bars.Select(b => double.Parse(b.Element("rect")!.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(starts.OrderBy(x => x), starts);
        }

        [Fact]
        public void An_event_is_a_circle_and_a_deadline_a_square_each_labelled()
        {
            var svg = Draw(Drawing(Falsified, "2026-06-01"));

            var ev = Assert.Single(Groups(svg, "event"));
            Assert.NotNull(ev.Element("circle"));
            Assert.StartsWith("2026-03-01: event FalsificationFound on 2026-03-01; W-1", ev.Element("title")!.Value);
            var deadline = Assert.Single(Groups(svg, "deadline"));
            Assert.NotNull(deadline.Element("rect"));
            Assert.Contains("[RD-1.2]", deadline.Element("title")!.Value);
            Assert.Contains(svg.Descendants("text"), t => (string?)t.Attribute("class") == "event-label" && t.Value == "FalsificationFound");
        }

        [Fact]
        public void A_deadline_ahead_is_dashed_from_the_as_of_date_to_its_day_and_the_as_of_date_is_a_labelled_line()
        {
            var svg = Draw(Drawing(Falsified, "2026-03-10"));

            var due = Assert.Single(Groups(svg, "due"));
            Assert.Contains("W-3", due.Element("title")!.Value);
            Assert.NotNull(due.Elements("rect").SingleOrDefault(r => (string?)r.Attribute("class") == "ahead"));
            Assert.Contains(svg.Descendants("text"), t => t.Value == "W-3 by 2026-03-31");
            Assert.Single(Groups(svg, "asof"));
            Assert.Contains(svg.Descendants("text"), t => t.Value == "as of 2026-03-10");
        }

        [Fact]
        public void An_ignored_event_is_drawn_hollow_and_labelled_ignored_with_the_state_it_met_and_why()
        {
            const string json = @"{""id"":""E-1"",""signed"":""2026-01-05"",""events"":[{""type"":""FalsificationFound"",""date"":""2026-03-01""},{""type"":""MilestoneMet"",""date"":""2026-04-15""}]}";

            var svg = Draw(Drawing(json, "2026-06-01"));

            var marker = Assert.Single(Groups(svg, "ignored"));
            Assert.Equal("ignored: MilestoneMet on 2026-04-15 in terminated: terminated is a final state", marker.Element("title")!.Value);
            Assert.Contains(svg.Descendants("text"), t => (string?)t.Attribute("class") == "ignored-label" && t.Value == "ignored: MilestoneMet");
        }

        [Fact]
        public void The_key_names_every_state_drawn_so_colour_is_never_the_only_sign()
        {
            var svg = Draw(Drawing(Falsified, "2026-06-01"));

            var key = Assert.Single(Groups(svg, "key"));
            Assert.Equal(new[] { "active", "suspended_with_warning", "terminated (final)" }, key.Elements("text").Select(t => t.Value));
            Assert.Equal("img", (string?)svg.Attribute("role"));
            Assert.StartsWith("Timeline of lifecycle agreement: terminated since 2026-04-01 (final)", (string?)svg.Attribute("aria-label"));
        }

        [Theory]
        [InlineData("2026-01-05", "2026-03-01", "2026-02 2026-03")]
        [InlineData("2024-01-01", "2026-12-31", "2024-01 2024-07 2025-01 2025-07 2026-01 2026-07")]
        [InlineData("2020-01-01", "2026-12-31", "2020 2021 2022 2023 2024 2025 2026")]
        public void Axis_ticks_are_whole_months_or_years_and_at_most_seven(string start, string end, string expected)
        {
            var ticks = TimelineSvg.Ticks(Date(start), Date(end)).Select(t => t.Text).ToArray();

            Assert.Equal(expected, string.Join(" ", ticks));
        }
    }
}
