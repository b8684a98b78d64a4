using System.Linq;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Values;

namespace CompliancePolicy.Reporting.Html
{
    /// <summary>One lifecycle's result as HTML: its state in a sentence, the SVG timeline, and the same facts as tables
    /// (each step with its cause and citations, the events ignored, the deadlines ahead, the notes) for readers who do not see the picture.</summary>
    internal static class LifecycleHtml
    {
        public static void Write(HtmlWriter html, LifecycleOutcome outcome, CalendarDate asOf)
        {
            var lifecycle = outcome.Lifecycle;
            html.Raw("<figure class=\"lifecycle\"><figcaption>Lifecycle ").Text(LifecycleText.Summary(outcome));
            if (lifecycle.Title != null) html.Raw(" <span class=\"title\">(“").Text(lifecycle.Title).Raw("”)</span>");
            html.Raw("</figcaption>");
            if (TimelineDrawing.Of(outcome, asOf) is not { } drawing)
            {
                html.Raw("</figure>");
                return;
            }
            TimelineSvg.Write(html, drawing);
            var result = outcome.Result!;
            html.Raw("<details class=\"steps\"><summary>Timeline as text</summary>");
            html.Raw("<table><thead><tr><th scope=\"col\">State</th><th scope=\"col\">From</th><th scope=\"col\">To</th><th scope=\"col\">Cause</th><th scope=\"col\">Transition</th><th scope=\"col\">Cites</th></tr></thead><tbody>");
            foreach (var entry in result.Timeline)
            {
                var transition = entry.Transition is null ? "-" : LifecycleText.Name(entry.Transition);
                html.Raw("<tr><th scope=\"row\">").Text(entry.State.Name).Raw("</th>");
                html.Cell(entry.From.ToString());
                html.Cell(entry.To?.ToString() ?? "now");
                html.Cell(entry.Cause);
                html.Cell(transition);
                html.Cell(entry.Citations.Length == 0 ? "-" : string.Join("; ", entry.Citations));
                html.Raw("</tr>");
            }
            html.Raw("</tbody></table>");
            if (result.IgnoredEvents.Count > 0)
            {
                html.Raw("<table class=\"ignored\"><caption>Events ignored</caption><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Event</th><th scope=\"col\">State</th><th scope=\"col\">Reason</th><th scope=\"col\">Why</th></tr></thead><tbody>");
                foreach (var ignored in result.IgnoredEvents)
                {
                    html.Raw("<tr><th scope=\"row\">").Text(ignored.Date.ToString()).Raw("</th>");
                    html.Cell(ignored.EventType.Name);
                    html.Cell(LifecycleText.StateMet(ignored));
                    html.Cell(LifecycleText.ReasonName(ignored.Reason));
                    html.Cell(ignored.Explanation);
                    html.Raw("</tr>");
                }
                html.Raw("</tbody></table>");
            }
            if (result.PendingDeadlines.Count > 0)
            {
                html.Raw("<table><caption>Deadlines ahead</caption><thead><tr><th scope=\"col\">Due</th><th scope=\"col\">Deadline</th><th scope=\"col\">If missed</th><th scope=\"col\">Measured from</th><th scope=\"col\">Cites</th></tr></thead><tbody>");
                foreach (var deadline in result.PendingDeadlines)
                {
                    html.Raw(deadline.IsOverdue ? "<tr class=\"overdue\"><th scope=\"row\">" : "<tr><th scope=\"row\">").Text(deadline.Due.ToString());
                    if (deadline.IsOverdue) html.Raw(" <strong>overdue</strong>");
                    html.Raw("</th>");
                    html.Cell(LifecycleText.Name(deadline));
                    html.Cell(LifecycleText.Consequence(lifecycle, deadline));
                    html.Cell(deadline.MeasuredFrom);
                    html.Cell(deadline.Citations.Length == 0 ? "-" : string.Join("; ", deadline.Citations));
                    html.Raw("</tr>");
                }
                html.Raw("</tbody></table>");
            }
            if (result.Notes.Count > 0)
            {
                html.Raw("<ul class=\"notes\">");
                foreach (var note in result.Notes) html.Raw("<li>Note: ").Text(note).Raw("</li>");
                html.Raw("</ul>");
            }
            html.Raw("</details></figure>");
        }
    }
}
