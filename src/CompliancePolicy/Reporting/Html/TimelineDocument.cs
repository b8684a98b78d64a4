using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Records;
using CompliancePolicy.Values;

namespace CompliancePolicy.Reporting.Html
{
    /// <summary>
    /// <c>compliance timeline --format svg|html</c>: one record's lifecycles drawn by <see cref="TimelineSvg"/>, the
    /// same pictures as in the check report. The SVG stacks every lifecycle under a heading; the HTML page adds each
    /// timeline as text, the deadlines ahead and the inputs by SHA-256, and runs no script.
    /// </summary>
    internal static class TimelineDocument
    {
        private const double HeadingHeight = 24;

        public static void WriteSvg(Stream output, CalendarDate asOf, RecordReadResult record, IReadOnlyList<RecordEvaluation> evaluations)
        {
            using var text = new StreamWriter(output, new UTF8Encoding(false), 16 * 1024, leaveOpen: true);
            var html = new HtmlWriter(text);
            var parts = evaluations.SelectMany(e => e.Lifecycles.Select(l => (Evaluation: e, Lifecycle: l, Drawing: TimelineDrawing.Of(l, asOf)))).ToArray();
            var height = parts.Sum(p => HeadingHeight + (p.Drawing is null ? 0 : TimelineSvg.Height(p.Drawing) + 8));
            var size = $"0 0 760 {height.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            html.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\"")
                .Attr("height", height.ToString(System.Globalization.CultureInfo.InvariantCulture)).Attr("viewBox", size).Raw(">\n<title>")
                .Text($"Record {record.Id} as of {asOf}").Raw("</title>\n<style>").Raw(HtmlAssets.TimelineStyles)
                .Raw(".heading { font: 600 13px system-ui, sans-serif; fill: #1f2933; } .failed { fill: #8a4b00; }</style>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
            var y = 0.0;
            foreach (var (evaluation, lifecycle, drawing) in parts)
            {
                var heading = $"{evaluation.Policy.Name}: {LifecycleText.Summary(lifecycle)}";
                html.Raw("<text").Attr("class", drawing is null ? "heading failed" : "heading").Attr("x", "12").Attr("y", Coordinate(y + 17)).Raw(">").Text(heading).Raw("</text>\n");
                y += HeadingHeight;
                if (drawing is null) continue;
                TimelineSvg.Write(html, drawing, y);
                html.Raw("\n");
                y += TimelineSvg.Height(drawing) + 8;
            }
            html.Raw("</svg>\n");
        }

        public static void WriteHtml(Stream output, string toolName, string toolVersion, CalendarDate asOf,
            IReadOnlyList<KeyValuePair<string, string>> parameterOverrides, RecordReadResult record,
            IReadOnlyList<RecordEvaluation> evaluations, IReadOnlyList<InputFile> inputs)
        {
            using var text = new StreamWriter(output, new UTF8Encoding(false), 16 * 1024, leaveOpen: true);
            var html = new HtmlWriter(text);
            HtmlPage.Begin(html, $"Timeline of record {record.Id} as of {asOf}", withScript: false);
            HtmlPage.Masthead(html, $"Timeline of record {record.Id}",
                $"As of {asOf} · {JsonValues.PathText(record.Path)}:{record.Line} · parameter overrides: {HtmlPage.Overrides(parameterOverrides)} · {toolName} {toolVersion}");
            html.Raw("<main>\n");
            foreach (var evaluation in evaluations)
            {
                html.Raw("<section><h2>").Text(evaluation.Policy.Name);
                if (evaluation.Policy.Version != null) html.Raw(" <span class=\"version\">").Text(evaluation.Policy.Version).Raw("</span>");
                html.Raw("</h2>\n");
                foreach (var lifecycle in evaluation.Lifecycles) LifecycleHtml.Write(html, lifecycle, asOf);
                html.Raw("</section>\n");
            }
            html.Raw("<section><h2>Inputs by SHA-256</h2>");
            HtmlPage.WriteInputs(html, inputs);
            html.Raw("</section>\n</main>\n");
            HtmlPage.End(html, $"{toolName} {toolVersion}", withScript: false);
        }

        private static string Coordinate(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
    }
}
