using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// The JSON Lines report (docs/report-format.md, docs/schemas/check-report.jsonl.schema.json), sized for batches of
    /// millions: one line per record with only what a batch needs (where it is, its outcome, its failing or erroring
    /// clauses with message and citations, each lifecycle's state and next deadline), between a first line describing
    /// the run and a last line with the summary. A file without its <c>summary</c> line is not whole.
    /// </summary>
    public sealed class JsonLinesReportWriter : ReportWriter
    {
        /// <summary>The lines of this report follow the JSON report's version.</summary>
        internal const string ReportVersion = JsonReportWriter.ReportVersion;

        /// <summary>Failing and erroring clauses only: the report is for batches, where most clauses pass.</summary>
        internal const ReportDetail DefaultDetail = ReportDetail.Failures;

        /// <summary>Lines gather in memory and go to the output in writes of about this size.</summary>
        private const int WriteSize = 256 * 1024;

        /// <summary>Each thread that formats records has a writer of its own (<see cref="Format"/>).</summary>
        [ThreadStatic]
        private static LineWriter? t_lineWriter;

        private readonly Stream _output;
        private readonly ByteBuffer _buffer = new ByteBuffer(WriteSize + 16 * 1024);
        private readonly Utf8JsonWriter _writer;
        private readonly ReportDetail _detail;
        private CheckReportHeader? _header;

        public JsonLinesReportWriter(Stream output, ReportDetail detail = DefaultDetail)
        {
            _output = output;
            _writer = new Utf8JsonWriter(_buffer, JsonReportWriter.Options(indented: false));
            _detail = detail;
        }

        internal override ReportDetail Detail => _detail;

        /// <summary>A record's line depends on the record alone, so the run formats lines on its workers.</summary>
        internal override bool FormatsRecordsAnywhere => true;

        internal override byte[] Format(RecordReport record)
        {
            var line = t_lineWriter ??= new LineWriter();
            line.Buffer.Clear();
            line.Writer.Reset(line.Buffer);
            WriteLine(line.Writer, record, _detail);
            line.Writer.Flush();
            return line.Buffer.Written.ToArray();
        }

        internal override void WriteFormatted(byte[] formatted)
        {
            _buffer.Write(formatted);
            LineBreak();
        }

        internal override void Begin(CheckReportHeader header)
        {
            _header = header;
            var w = _writer;
            w.WriteStartObject();
            w.WriteString("type", "run");
            JsonValues.WriteRunStart(w, header.ToolName, header.ToolVersion, header.AsOf);
            w.WriteString("failOn", ReportNames.Of(header.FailOn));
            w.WriteString("detail", ReportNames.Of(_detail));
            JsonValues.WriteOverrides(w, header.ParameterOverrides);
            w.WriteStartArray("policies");
            foreach (var policy in header.Policies)
            {
                JsonValues.WritePolicyStart(w, policy);
                w.WriteString("schema", policy.Policy.Schema.Name);
                // Titles once here, so record lines carry clause IDs only.
                w.WriteStartArray("clauses");
                foreach (var clause in policy.Policy.Clauses)
                {
                    w.WriteStartObject();
                    w.WriteString("id", clause.Id);
                    w.WriteString("title", clause.Title);
                    w.WriteString("severity", ReportNames.Of(clause.Severity));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            EndLine();
        }

        internal override void WriteRecord(RecordReport record)
        {
            WriteLine(_writer, record, _detail);
            EndLine();
        }

        private static void WriteLine(Utf8JsonWriter w, RecordReport record, ReportDetail detail)
        {
            w.WriteStartObject();
            w.WriteString("type", "record");
            w.WriteString("id", record.Id);
            w.WriteString("file", JsonValues.PathText(record.File));
            w.WriteNumber("line", record.Line);
            w.WriteString("outcome", ReportNames.Of(record.Outcome));
            w.WriteStartArray("policies");
            foreach (var policy in record.Policies)
            {
                w.WriteStartObject();
                w.WriteString("policy", policy.Policy.Name);
                w.WriteString("outcome", ReportNames.Of(policy.Outcome));
                if (policy.Reason != null) w.WriteString("reason", policy.Reason);
                w.WriteStartArray("clauses");
                foreach (var clause in RecordReport.Shown(policy, detail))
                {
                    w.WriteStartObject();
                    w.WriteString("id", clause.Id);
                    w.WriteString("outcome", ReportNames.Of(clause.Outcome));
                    w.WriteString("severity", ReportNames.Of(clause.Severity));
                    w.WriteString("message", clause.Message);
                    if (clause.ErrorKind is { } clauseErrorKind) w.WriteString("errorKind", ReportNames.Of(clauseErrorKind));
                    w.WriteStartArray("citations");
                    foreach (var citation in clause.Citations) w.WriteStringValue(citation);
                    w.WriteEndArray();
                    // Only when there is one: a line per record stays short over millions of records.
                    if (clause.Remedy is { } remedy)
                    {
                        w.WritePropertyName("remediation");
                        RemedyJson.Write(w, remedy);
                    }
                    if (clause.Outlook is { } outlook)
                    {
                        w.WritePropertyName("outlook");
                        RemedyJson.Write(w, outlook);
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                if (policy.Decisions.Any(d => d.Error != null))
                {
                    w.WriteStartArray("decisionErrors");
                    foreach (var decision in policy.Decisions.Where(d => d.Error != null))
                    {
                        w.WriteStartObject();
                        w.WriteString("name", decision.Name);
                        w.WriteString("error", decision.Error);
                        if (decision.ErrorKind is { } decisionErrorKind) w.WriteString("errorKind", ReportNames.Of(decisionErrorKind));
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                if (policy.Lifecycles.Count > 0)
                {
                    w.WriteStartArray("lifecycles");
                    foreach (var lifecycle in policy.Lifecycles) LifecycleJson.WriteSummary(w, lifecycle);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (record.Diagnostics.Count > 0)
            {
                w.WriteStartArray("diagnostics");
                foreach (var diagnostic in record.Diagnostics) JsonValues.WriteDiagnostic(w, diagnostic.Diagnostic, diagnostic.Policy);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }

        internal override void End(CheckSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            var w = _writer;
            foreach (var diagnostic in diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("type", "diagnostic");
                w.WritePropertyName("diagnostic");
                JsonValues.WriteDiagnostic(w, diagnostic.Diagnostic, diagnostic.Policy);
                w.WriteEndObject();
                EndLine();
            }
            w.WriteStartObject();
            w.WriteString("type", "summary");
            JsonValues.WriteCounts(w, summary);
            JsonValues.WriteInterruption(w, summary.Interruption);
            JsonValues.WriteClauseFailures(w, summary.ClauseFailures);
            JsonValues.WriteInputs(w, _header!.PolicyFiles.Concat(summary.RecordFiles));
            w.WriteEndObject();
            EndLine();
            _buffer.WriteTo(_output);
            _output.Flush();
        }

        /// <summary>Ends a line: Utf8JsonWriter writes one value after another, the line break is ours.</summary>
        private void EndLine()
        {
            _writer.Flush();
            _writer.Reset(_buffer);
            LineBreak();
        }

        /// <summary>Ends the line in the buffer, and passes the buffer on to the output once it holds a write's worth.</summary>
        private void LineBreak()
        {
            _buffer.Write((byte)'\n');
            if (_buffer.Count >= WriteSize) _buffer.WriteTo(_output);
        }

        protected override void Dispose(bool disposing)
        {
            if (!disposing) return;
            _writer.Dispose();
            _buffer.Dispose();
        }

        /// <summary>A thread's writer of single lines, reused from record to record.</summary>
        private sealed class LineWriter
        {
            public readonly ByteBuffer Buffer = new ByteBuffer(4096);
            public readonly Utf8JsonWriter Writer;

            public LineWriter() => Writer = new Utf8JsonWriter(Buffer, JsonReportWriter.Options(indented: false));
        }
    }
}
