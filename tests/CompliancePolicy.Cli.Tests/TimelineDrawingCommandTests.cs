using System.Linq;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary><c>compliance timeline --format svg|html</c>: the record's lifecycles drawn as in the check report.</summary>
    public class TimelineDrawingCommandTests
    {
        private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

        private static CliResult Timeline(string id, string asOf, string format) =>
            Tool.Run("timeline", Fixtures.Termination, "--record", Fixtures.Engagements + "#" + id, "--as-of", asOf, "--format", format);

        [Fact]
        public void Svg_is_a_standalone_drawing_with_a_heading_and_a_bar_per_state_of_the_timeline()
        {
            var result = Timeline("E-1", "2026-04-01", "svg");

            Assert.True(result.ExitCode == 0, result.ToString());
            var root = XDocument.Parse(result.Output).Root!;
            Assert.Equal(Svg + "svg", root.Name);
            Assert.NotNull(root.Element(Svg + "style"));
            Assert.Equal("Expedited consultancy agreement termination: agreement: terminated since 2026-04-01 (final)",
                root.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "heading").Value);
            var drawing = root.Element(Svg + "svg")!;
            var bars = drawing.Elements(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("bar ") == true).Select(g => g.Element(Svg + "title")!.Value);
            Assert.Equal(new[]
            {
                "active: 2026-01-05 to 2026-03-01",
                "suspended_with_warning: 2026-03-01 to 2026-04-01",
                "terminated (final): 2026-04-01 to 2026-04-01",
            }, bars);
        }

        [Fact]
        public void Html_shows_each_lifecycle_drawn_and_as_tables_with_the_deadlines_ahead_and_the_inputs()
        {
            var result = Timeline("E-3", "2026-03-10", "html");

            Assert.True(result.ExitCode == 0, result.ToString());
            var document = new HtmlParser().ParseDocument(result.Output);
            Assert.Equal("Timeline of record E-3", document.QuerySelector("h1")!.TextContent);
            var figure = Assert.Single(document.QuerySelectorAll("figure.lifecycle"));
            Assert.NotNull(figure.QuerySelector("svg.timeline g.due"));
            var pending = figure.QuerySelectorAll("details.steps table").Single(t => t.QuerySelector("caption")?.TextContent == "Deadlines ahead");
            Assert.Contains("P-4 No substantive progress while paused", pending.TextContent);
            Assert.Equal(new[] { "policy", "records" }, document.QuerySelectorAll("table.inputs tbody td:nth-child(2)").Select(td => td.TextContent));
            Assert.Empty(document.Scripts);
            Assert.Contains("script-src 'none'", document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));
        }

        [Fact]
        public void A_lifecycle_that_cannot_be_replayed_is_named_with_its_error_and_not_drawn()
        {
            var result = Tool.Run("timeline", Fixtures.Permit, "--record", Fixtures.Permits + "#P-2", "--as-of", "2026-11-23", "--format", "svg");

            Assert.Equal(1, result.ExitCode);
            var root = XDocument.Parse(result.Output).Root!;
            Assert.Contains("error:", root.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "heading failed").Value);
            Assert.Empty(root.Elements(Svg + "svg"));
        }
    }
}
