using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CompliancePolicy.Reporting
{
    /// <summary>The <c>compliance due</c> report as one JSON document (docs/report-format.md, "What falls due").</summary>
    internal sealed class DueJsonReportWriter : DueReportWriter
    {
        private readonly Utf8JsonWriter _writer;
        private DueReportHeader? _header;

        public DueJsonReportWriter(Stream output, bool indented = true) => _writer = new Utf8JsonWriter(output, JsonReportWriter.Options(indented));

        public override void Begin(DueReportHeader header)
        {
            _header = header;
            _writer.WriteStartObject();
            DueJson.WriteHeader(_writer, header);
            _writer.WriteStartArray("items");
        }

        public override void WriteItem(DueItem item)
        {
            DueJson.WriteItem(_writer, item);
            if (_writer.BytesPending > 32 * 1024) _writer.Flush();
        }

        public override void End(DueSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            _writer.WriteEndArray();
            DueJson.WriteEnd(_writer, _header!, summary, diagnostics);
            _writer.WriteEndObject();
            _writer.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _writer.Dispose();
        }
    }

    /// <summary>The <c>compliance due</c> report as JSON Lines: a <c>run</c> line, one <c>item</c> line each, a <c>summary</c> line.</summary>
    internal sealed class DueJsonLinesReportWriter : DueReportWriter
    {
        private readonly Stream _output;
        private readonly Utf8JsonWriter _writer;
        private DueReportHeader? _header;

        public DueJsonLinesReportWriter(Stream output)
        {
            _output = output;
            _writer = new Utf8JsonWriter(output, JsonReportWriter.Options(indented: false));
        }

        public override void Begin(DueReportHeader header)
        {
            _header = header;
            Line(w =>
            {
                w.WriteString("type", "run");
                DueJson.WriteHeader(w, header);
            });
        }

        public override void WriteItem(DueItem item) => Line(w =>
        {
            w.WriteString("type", "item");
            DueJson.WriteItemFields(w, item);
        });

        public override void End(DueSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics) => Line(w =>
        {
            w.WriteString("type", "summary");
            DueJson.WriteEnd(w, _header!, summary, diagnostics);
        });

        private void Line(System.Action<Utf8JsonWriter> write)
        {
            _writer.WriteStartObject();
            write(_writer);
            _writer.WriteEndObject();
            _writer.Flush();
            _output.WriteByte((byte)'\n');
            _writer.Reset(_output);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _writer.Dispose();
        }
    }

    /// <summary>The <c>compliance due</c> report as CSV (quoting and formula guard as <see cref="CsvReportWriter"/>), one row per item.</summary>
    internal sealed class DueCsvReportWriter : DueReportWriter
    {
        /// <summary>The columns, in order.</summary>
        public static readonly IReadOnlyList<string> Columns = new[]
        {
            "date", "kind", "record", "file", "line", "policy", "lifecycle", "state", "since", "id", "title", "from", "enters", "last_day", "overdue", "measured_from", "citations", "message",
        };

        private readonly CsvText _csv;

        public DueCsvReportWriter(Stream output) => _csv = new CsvText(output);

        public override void Begin(DueReportHeader header) => _csv.Row(Columns);

        public override void WriteItem(DueItem item) => _csv.Row(new[]
        {
            item.Date.ToString(), DueJson.Kind(item.Kind), item.RecordId, JsonValues.PathText(item.File), item.Line.ToString(CultureInfo.InvariantCulture),
            item.Policy, item.Lifecycle, item.State ?? string.Empty, item.Since?.ToString() ?? string.Empty, item.Id ?? string.Empty, item.Title ?? string.Empty,
            item.From ?? string.Empty, item.Enters ?? string.Empty, item.LastDay?.ToString() ?? string.Empty, item.Overdue ? "yes" : "no", item.MeasuredFrom ?? string.Empty,
            string.Join("; ", item.Citations), item.Message ?? string.Empty,
        });

        public override void End(DueSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            if (summary.Interruption != null)
                _csv.Row(new[] { string.Empty, "incomplete" }.Concat(Enumerable.Repeat(string.Empty, Columns.Count - 3)).Concat(new[] { "The report is incomplete: " + summary.Interruption }));
            _csv.Flush();
        }
    }

    /// <summary>The <c>compliance due</c> report in Markdown: the window, the counts, then a table in date order (at most <see cref="MaxRows"/> rows).</summary>
    internal sealed class DueMarkdownReportWriter : DueReportWriter
    {
        public const int MaxRows = 1000;

        private readonly TextWriter _output;
        private int _rows;
        private int _more;

        public DueMarkdownReportWriter(TextWriter output) => _output = output;

        public override void Begin(DueReportHeader header)
        {
            var o = _output;
            o.WriteLine("# What falls due");
            o.WriteLine();
            o.WriteLine($"From **{header.AsOf}** to **{header.Until}** ({Markdown.Cell(header.Within)}), if nothing else happens. {header.ToolName} {header.ToolVersion}.");
            o.WriteLine();
            o.WriteLine("| date | record | where | state now | what | last day | cites |");
            o.WriteLine("|---|---|---|---|---|---|---|");
        }

        public override void WriteItem(DueItem item)
        {
            if (_rows++ >= MaxRows)
            {
                _more++;
                return;
            }
            var state = item.State is null ? "-" : $"{item.State} since {item.Since}";
            _output.WriteLine($"| {item.Date}{(item.Overdue ? " **overdue**" : string.Empty)} | {Markdown.Cell(item.RecordId)} | `{Markdown.Cell(JsonValues.PathText(item.File))}:{item.Line.ToString(CultureInfo.InvariantCulture)}` | " +
                $"{Markdown.Cell(state)} | {Markdown.Cell(item.What)} | {item.LastDay?.ToString() ?? "-"} | {Markdown.Cell(string.Join("; ", item.Citations))} |");
        }

        public override void End(DueSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            var o = _output;
            if (_more > 0) o.WriteLine($"\n... and {_more.ToString(CultureInfo.InvariantCulture)} more; use `--format jsonl` or `csv` for all of them.");
            o.WriteLine();
            o.WriteLine("| records | projected | transitions | deadlines | overdue | errors | unreadable |");
            o.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
            o.WriteLine($"| {summary.Records} | {summary.Projected} | {summary.Transitions} | {summary.Deadlines} | {summary.Overdue} | {summary.Errors} | {summary.Unreadable} |");
            if (summary.Interruption != null) o.WriteLine($"\n> **Incomplete report**: {Markdown.Cell(summary.Interruption.ToString())}.");
            foreach (var diagnostic in diagnostics) o.WriteLine($"\n- `{Markdown.Code(diagnostic.ToString())}`");
            o.Flush();
        }
    }

    /// <summary>The JSON pieces the <c>due</c> reports share.</summary>
    internal static class DueJson
    {
        public static string Kind(DueKind kind) => kind switch
        {
            DueKind.Deadline => "deadline",
            DueKind.Transition => "transition",
            DueKind.Error => "error",
            DueKind.Unreadable => "unreadable",
            _ => throw new System.InvalidOperationException($"A due item kind {kind} has no name."),
        };

        public static void WriteHeader(Utf8JsonWriter w, DueReportHeader header)
        {
            JsonValues.WriteRunStart(w, header.ToolName, header.ToolVersion, header.AsOf);
            w.WriteString("until", header.Until.ToString());
            w.WriteString("within", header.Within);
            JsonValues.WriteOverrides(w, header.ParameterOverrides);
            w.WriteStartArray("policies");
            foreach (var policy in header.Policies)
            {
                JsonValues.WritePolicyStart(w, policy);
                w.WriteStartArray("lifecycles");
                foreach (var lifecycle in policy.Policy.Lifecycles) w.WriteStringValue(lifecycle.Name);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        public static void WriteItem(Utf8JsonWriter w, DueItem item)
        {
            w.WriteStartObject();
            WriteItemFields(w, item);
            w.WriteEndObject();
        }

        public static void WriteItemFields(Utf8JsonWriter w, DueItem item)
        {
            w.WriteString("date", item.Date.ToString());
            w.WriteString("kind", Kind(item.Kind));
            w.WriteString("record", item.RecordId);
            w.WriteString("file", JsonValues.PathText(item.File));
            w.WriteNumber("line", item.Line);
            w.WriteString("policy", item.Policy);
            w.WriteString("lifecycle", item.Lifecycle);
            JsonValues.WriteNullable(w, "state", item.State);
            JsonValues.WriteNullable(w, "since", item.Since?.ToString());
            JsonValues.WriteNullable(w, "id", item.Id);
            JsonValues.WriteNullable(w, "title", item.Title);
            JsonValues.WriteNullable(w, "from", item.From);
            JsonValues.WriteNullable(w, "enters", item.Enters);
            JsonValues.WriteNullable(w, "lastDay", item.LastDay?.ToString());
            w.WriteBoolean("overdue", item.Overdue);
            JsonValues.WriteNullable(w, "measuredFrom", item.MeasuredFrom);
            JsonValues.WriteStrings(w, "citations", item.Citations);
            JsonValues.WriteNullable(w, "message", item.Message);
        }

        public static void WriteEnd(Utf8JsonWriter w, DueReportHeader header, DueSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            w.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics) JsonValues.WriteDiagnostic(w, diagnostic.Diagnostic, diagnostic.Policy);
            w.WriteEndArray();
            JsonValues.WriteInputs(w, header.PolicyFiles.Concat(summary.RecordFiles));
            JsonValues.WriteInterruption(w, summary.Interruption);
            w.WriteStartObject("summary");
            w.WriteBoolean("complete", summary.Interruption is null);
            w.WriteNumber("files", summary.Files);
            w.WriteNumber("records", summary.Records);
            w.WriteNumber("projected", summary.Projected);
            w.WriteNumber("items", summary.Items);
            w.WriteNumber("transitions", summary.Transitions);
            w.WriteNumber("deadlines", summary.Deadlines);
            w.WriteNumber("overdue", summary.Overdue);
            w.WriteNumber("errors", summary.Errors);
            w.WriteNumber("unreadable", summary.Unreadable);
            w.WriteNumber("exitCode", summary.ExitCode);
            w.WriteEndObject();
        }
    }
}
