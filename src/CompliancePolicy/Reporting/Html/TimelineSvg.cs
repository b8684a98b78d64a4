using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CompliancePolicy.Values;

namespace CompliancePolicy.Reporting.Html
{
    /// <summary>
    /// Draws a <see cref="TimelineDrawing"/> as SVG: coloured state bars over a date axis, a marker per event or deadline
    /// that moved the lifecycle (hollow for ignored events), dashed lines for the deadlines ahead and a line at the as-of
    /// date, then a key naming every colour. Every mark carries a tooltip and the picture an accessible label, so nothing
    /// is said by colour alone. Styling comes from CSS classes (<see cref="HtmlAssets.TimelineStyles"/>).
    /// </summary>
    internal static class TimelineSvg
    {
        private const double Width = 760;
        private const double Left = 12;
        private const double Right = 748;
        private const double LabelRow = 13;
        private const double LaneTop = 40;
        private const double LaneHeight = 26;
        private const double AxisY = 72;
        private const double CharWidth = 6.3; // of the 11px labels, a generous average, so labels do not collide
        private const int Palette = 8;

        /// <summary>The picture's height: the key goes lower when there are deadlines ahead to label.</summary>
        public static double Height(TimelineDrawing drawing) => KeyY(drawing) + 8;

        private static double KeyY(TimelineDrawing drawing) => AxisY + 30 + (drawing.Ahead.Count == 0 ? 0 : 16);

        /// <summary>Writes one <c>&lt;svg&gt;</c>: inline in a page, or at <paramref name="top"/> inside a standalone SVG
        /// document (<see cref="TimelineDocument"/>), which carries the namespace and the styles.</summary>
        public static void Write(HtmlWriter html, TimelineDrawing drawing, double? top = null)
        {
            var lifecycle = drawing.Outcome.Lifecycle;
            var height = Height(drawing);
            html.Raw("<svg class=\"timeline\"");
            if (top is { } y) html.Attr("y", Number(y)).Attr("width", Number(Width)).Attr("height", Number(height));
            html.Attr("viewBox", $"0 0 {Number(Width)} {Number(height)}").Attr("role", "img")
                .Attr("aria-label", "Timeline of lifecycle " + LifecycleText.Summary(drawing.Outcome)).Raw(">");
            html.Raw("<title>").Text($"{lifecycle.Name}: {LifecycleText.State(drawing.Outcome)}").Raw("</title>");
            var scale = new Scale(drawing.Start, drawing.End);
            var labels = new LabelRows(2);

            WriteAxis(html, scale);
            foreach (var bar in drawing.Bars) WriteBar(html, scale, bar);
            foreach (var due in drawing.Ahead) WriteDue(html, scale, drawing.AsOf, due);
            WriteAsOf(html, scale, drawing.AsOf, labels);
            foreach (var marker in drawing.Markers) WriteMarker(html, scale, marker, labels);
            var dueLabels = new LabelRows(1);
            foreach (var due in drawing.Ahead) WriteLabel(html, dueLabels, scale.X(due.Date), AxisY + 30, due.Label, due.Kind == TimelineMarkerKind.Overdue ? "overdue-label" : "due-label");
            WriteKey(html, drawing, KeyY(drawing));
            html.Raw("</svg>");
        }

        private static void WriteAxis(HtmlWriter html, Scale scale)
        {
            html.Raw("<g class=\"axis\">");
            Line(html, Left, AxisY, Right, AxisY);
            foreach (var (date, text) in Ticks(scale.Start, scale.End))
            {
                var x = scale.X(date);
                Line(html, x, AxisY, x, AxisY + 4);
                Label(html, x, AxisY + 16, text, "tick");
            }
            html.Raw("</g>");
        }

        private static void WriteBar(HtmlWriter html, Scale scale, TimelineBar bar)
        {
            var x = scale.X(bar.From);
            var width = Math.Max(scale.X(bar.To) - x, 2);
            var colour = "st" + (Math.Max(bar.StateIndex, 0) % Palette).ToString(CultureInfo.InvariantCulture);
            html.Raw("<g class=\"bar ").Raw(colour).Raw(bar.IsFinal ? " final\">" : "\">");
            html.Raw("<title>").Text($"{bar.State}{(bar.IsFinal ? " (final)" : string.Empty)}: {bar.From} to {bar.To}").Raw("</title>");
            html.Raw("<rect").Attr("x", Number(x)).Attr("y", Number(LaneTop)).Attr("width", Number(width)).Attr("height", Number(LaneHeight)).Raw("/>");
            if (width > bar.State.Length * CharWidth + 10)
                html.Raw("<text").Attr("x", Number(x + 5)).Attr("y", Number(LaneTop + 17)).Raw(">").Text(bar.State).Raw("</text>");
            html.Raw("</g>");
        }

        /// <summary>A deadline ahead: a dashed line at its date and a dashed outline from the as-of date to it; an overdue one is a dashed line only.</summary>
        private static void WriteDue(HtmlWriter html, Scale scale, CalendarDate asOf, TimelineMarker due)
        {
            var x = scale.X(due.Date);
            var kind = due.Kind == TimelineMarkerKind.Overdue ? "overdue" : "due";
            html.Raw("<g class=\"").Raw(kind).Raw("\"><title>").Text(due.Description).Raw("</title>");
            if (due.Kind == TimelineMarkerKind.Due)
            {
                var from = scale.X(asOf);
                html.Raw("<rect class=\"ahead\"").Attr("x", Number(from)).Attr("y", Number(LaneTop + 3)).Attr("width", Number(Math.Max(x - from, 1)))
                    .Attr("height", Number(LaneHeight - 6)).Raw("/>");
            }
            Line(html, x, LaneTop - 4, x, AxisY + 20);
            html.Raw("</g>");
        }

        private static void WriteAsOf(HtmlWriter html, Scale scale, CalendarDate asOf, LabelRows labels)
        {
            var x = scale.X(asOf);
            html.Raw("<g class=\"asof\"><title>").Text($"As of {asOf}: the date the record was evaluated").Raw("</title>");
            Line(html, x, LabelRow + 4, x, AxisY + 6);
            html.Raw("</g>");
            WriteLabel(html, labels, x, LabelRow, $"as of {asOf}", "asof-label");
        }

        private static void WriteMarker(HtmlWriter html, Scale scale, TimelineMarker marker, LabelRows labels)
        {
            var x = scale.X(marker.Date);
            var kind = marker.Kind switch
            {
                TimelineMarkerKind.Event => "event",
                TimelineMarkerKind.Deadline => "deadline",
                TimelineMarkerKind.IgnoredEvent => "ignored",
                _ => throw new ArgumentOutOfRangeException(nameof(marker), marker.Kind, "not a marker of the past"),
            };
            html.Raw("<g class=\"marker ").Raw(kind).Raw("\"><title>").Text(marker.Description).Raw("</title>");
            var row = labels.Place(x, marker.Label.Length * CharWidth);
            Line(html, x, LabelRow + 3 + row * LabelRow, x, LaneTop);
            switch (marker.Kind)
            {
                case TimelineMarkerKind.Deadline:
                    // A square for a deadline, a circle for an event: shape says what colour also says.
                    html.Raw("<rect").Attr("x", Number(x - 4)).Attr("y", Number(LaneTop - 4)).Attr("width", "8").Attr("height", "8").Raw("/>");
                    break;
                default:
                    html.Raw("<circle").Attr("cx", Number(x)).Attr("cy", Number(LaneTop)).Attr("r", "4.5").Raw("/>");
                    break;
            }
            html.Raw("</g>");
            Label(html, x, LabelRow * (row + 1) - 2, marker.Label, kind + "-label");
        }

        /// <summary>The key: each state drawn, with its colour and name, then the marker shapes used.</summary>
        private static void WriteKey(HtmlWriter html, TimelineDrawing drawing, double y)
        {
            html.Raw("<g class=\"key\">");
            var x = Left;
            foreach (var bar in drawing.Bars.GroupBy(b => b.State).Select(g => g.First()))
            {
                var colour = "st" + (Math.Max(bar.StateIndex, 0) % Palette).ToString(CultureInfo.InvariantCulture);
                var name = bar.IsFinal ? bar.State + " (final)" : bar.State;
                html.Raw("<g class=\"bar ").Raw(colour).Raw(bar.IsFinal ? " final\">" : "\">");
                html.Raw("<rect").Attr("x", Number(x)).Attr("y", Number(y - 9)).Attr("width", "12").Attr("height", "10").Raw("/>");
                html.Raw("</g>");
                Label(html, x + 16, y, name, "key-label");
                x += 16 + name.Length * CharWidth + 14;
            }
            html.Raw("</g>");
        }

        private static void WriteLabel(HtmlWriter html, LabelRows rows, double x, double y, string text, string cls)
        {
            var row = rows.Place(x, text.Length * CharWidth);
            Label(html, x, y + row * LabelRow, text, cls);
        }

        /// <summary>A label beside <paramref name="x"/>, anchored so that it stays inside the picture.</summary>
        private static void Label(HtmlWriter html, double x, double y, string text, string cls)
        {
            var width = text.Length * CharWidth;
            var anchor = x + width / 2 > Width - 2 ? "end" : x - width / 2 < 2 ? "start" : "middle";
            if (cls == "key-label") anchor = "start";
            html.Raw("<text").Attr("class", cls).Attr("x", Number(x)).Attr("y", Number(y)).Attr("text-anchor", anchor).Raw(">").Text(text).Raw("</text>");
        }

        private static void Line(HtmlWriter html, double x1, double y1, double x2, double y2)
        {
            html.Raw("<line").Attr("x1", Number(x1)).Attr("y1", Number(y1)).Attr("x2", Number(x2)).Attr("y2", Number(y2)).Raw("/>");
        }

        /// <summary>Month ticks 1, 2, 3, 6, 12, 24 ... months apart, as few as keep at most seven on the axis.</summary>
        internal static IEnumerable<(CalendarDate Date, string Text)> Ticks(CalendarDate start, CalendarDate end)
        {
            var months = (end.Year - start.Year) * 12 + end.Month - start.Month + 1;
            var step = new[] { 1, 2, 3, 6, 12, 24, 60, 120, 240, 600 }.FirstOrDefault(s => months / s <= 7);
            if (step == 0) step = 1200;
            var first = new CalendarDate(start.Year, 1, 1);
            for (var index = 0; ; index += step)
            {
                if (first.Year + index / 12 > CalendarDate.MaxValue.Year) yield break; // no tick past the calendar's end
                var date = first.AddMonths(index);
                if (date > end) yield break;
                if (date < start) continue;
                yield return (date, step >= 12 ? date.Year.ToString(CultureInfo.InvariantCulture) : date.ToString().Substring(0, 7));
            }
        }

        private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

        /// <summary>Days to x positions between the picture's margins.</summary>
        private sealed class Scale
        {
            private readonly double _days;

            public Scale(CalendarDate start, CalendarDate end)
            {
                Start = start;
                End = end;
                _days = Math.Max(CalendarDate.DaysBetween(start, end), 1);
            }

            public CalendarDate Start { get; }
            public CalendarDate End { get; }

            public double X(CalendarDate date) => Left + (Right - Left) * CalendarDate.DaysBetween(Start, date) / _days;
        }

        /// <summary>Rows of labels, each placed in the first row where it does not overlap the previous label (else the
        /// last row), so that labels of close dates are staggered instead of drawn over each other.</summary>
        private sealed class LabelRows
        {
            private readonly double[] _ends;

            public LabelRows(int rows)
            {
                _ends = Enumerable.Repeat(double.MinValue, rows).ToArray();
            }

            public int Place(double x, double width)
            {
                var start = Math.Max(Math.Min(x - width / 2, Width - width), 0);
                var row = Array.FindIndex(_ends, end => end + 6 <= start);
                if (row < 0) row = _ends.Length - 1;
                _ends[row] = start + width;
                return row;
            }
        }
    }
}
