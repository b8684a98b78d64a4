using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;

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
        private readonly FileText _file = new FileText();
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

        internal override void Format(RecordReport record, ByteBuffer output)
        {
            var line = t_lineWriter ??= new LineWriter();
            line.Writer.Reset(output);
            WriteLine(line.Writer, record, _detail, line.File);
            line.Writer.Flush();
        }

        internal override void WriteFormatted(ReadOnlySpan<byte> formatted)
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
            WriteLine(_writer, record, _detail, _file);
            EndLine();
        }

        private static void WriteLine(Utf8JsonWriter w, RecordReport record, ReportDetail detail, FileText file)
        {
            w.WriteStartObject();
            w.WriteString(Names.Type, Names.Record);
            w.WriteString(Names.Id, record.Id);
            w.WriteString(Names.File, file.Of(record.File));
            w.WriteNumber(Names.Line, record.Line);
            w.WriteString(Names.Outcome, Names.Of(record.Outcome));
            w.WriteStartArray(Names.Policies);
            foreach (var policy in record.Policies)
            {
                w.WriteStartObject();
                w.WriteString(Names.Policy, policy.Policy.Name);
                w.WriteString(Names.Outcome, Names.Of(policy.Outcome));
                if (policy.Reason != null) w.WriteString(Names.Reason, policy.Reason);
                w.WriteStartArray(Names.Clauses);
                foreach (var clause in policy.Clauses)
                {
                    if (!RecordReport.IsShown(clause, detail)) continue;
                    w.WriteStartObject();
                    w.WriteString(Names.Id, clause.Id);
                    w.WriteString(Names.Outcome, Names.Of(clause.Outcome));
                    w.WriteString(Names.Severity, Names.Of(clause.Severity));
                    w.WriteString(Names.Message, clause.Message);
                    if (clause.ErrorKind is { } clauseErrorKind) w.WriteString(Names.ErrorKind, ReportNames.Of(clauseErrorKind));
                    w.WriteStartArray(Names.Citations);
                    foreach (var citation in clause.Citations) w.WriteStringValue(citation);
                    w.WriteEndArray();
                    // Only when there is one: a line per record stays short over millions of records.
                    if (clause.Remedy is { } remedy)
                    {
                        w.WritePropertyName(Names.Remediation);
                        RemedyJson.Write(w, remedy);
                    }
                    if (clause.Outlook is { } outlook)
                    {
                        w.WritePropertyName(Names.Outlook);
                        RemedyJson.Write(w, outlook);
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                WriteDecisionErrors(w, policy.Decisions);
                if (policy.Lifecycles.Count > 0)
                {
                    w.WriteStartArray(Names.Lifecycles);
                    foreach (var lifecycle in policy.Lifecycles) LifecycleJson.WriteSummary(w, lifecycle);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (record.Diagnostics.Count > 0)
            {
                w.WriteStartArray(Names.Diagnostics);
                foreach (var diagnostic in record.Diagnostics) JsonValues.WriteDiagnostic(w, diagnostic.Diagnostic, diagnostic.Policy);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }

        /// <summary>The decisions in error, if any (a loop, not LINQ: this runs for every record).</summary>
        private static void WriteDecisionErrors(Utf8JsonWriter w, IReadOnlyList<DecisionResult> decisions)
        {
            var started = false;
            for (var i = 0; i < decisions.Count; i++)
            {
                var decision = decisions[i];
                if (decision.Error is null) continue;
                if (!started) w.WriteStartArray(Names.DecisionErrors);
                started = true;
                w.WriteStartObject();
                w.WriteString(Names.Name, decision.Name);
                w.WriteString(Names.Error, decision.Error);
                if (decision.ErrorKind is { } decisionErrorKind) w.WriteString(Names.ErrorKind, ReportNames.Of(decisionErrorKind));
                w.WriteEndObject();
            }
            if (started) w.WriteEndArray();
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
            public readonly Utf8JsonWriter Writer = new Utf8JsonWriter(Stream.Null, JsonReportWriter.Options(indented: false));
            public readonly FileText File = new FileText();
        }

        /// <summary>
        /// The property names and the fixed values of a record line, encoded once: Utf8JsonWriter escapes and transcodes a
        /// name given as a string every time it writes it, which over millions of lines cost 3% of a check.
        /// </summary>
        private static class Names
        {
            public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
            public static readonly JsonEncodedText Record = JsonEncodedText.Encode("record");
            public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
            public static readonly JsonEncodedText File = JsonEncodedText.Encode("file");
            public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
            public static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome");
            public static readonly JsonEncodedText Policies = JsonEncodedText.Encode("policies");
            public static readonly JsonEncodedText Policy = JsonEncodedText.Encode("policy");
            public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
            public static readonly JsonEncodedText Clauses = JsonEncodedText.Encode("clauses");
            public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
            public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
            public static readonly JsonEncodedText ErrorKind = JsonEncodedText.Encode("errorKind");
            public static readonly JsonEncodedText Citations = JsonEncodedText.Encode("citations");
            public static readonly JsonEncodedText Remediation = JsonEncodedText.Encode("remediation");
            public static readonly JsonEncodedText Outlook = JsonEncodedText.Encode("outlook");
            public static readonly JsonEncodedText DecisionErrors = JsonEncodedText.Encode("decisionErrors");
            public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
            public static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");
            public static readonly JsonEncodedText Lifecycles = JsonEncodedText.Encode("lifecycles");
            public static readonly JsonEncodedText Diagnostics = JsonEncodedText.Encode("diagnostics");

            private static readonly JsonEncodedText[] ReportOutcomes = Encoded<ReportOutcome>(ReportNames.Of);
            private static readonly JsonEncodedText[] ClauseOutcomes = Encoded<ClauseOutcome>(ReportNames.Of);
            private static readonly JsonEncodedText[] Severities = Encoded<Severity>(ReportNames.Of);

            public static JsonEncodedText Of(ReportOutcome outcome) => ReportOutcomes[(int)outcome];
            public static JsonEncodedText Of(ClauseOutcome outcome) => ClauseOutcomes[(int)outcome];
            public static JsonEncodedText Of(Severity severity) => Severities[(int)severity];

            /// <summary>The spelling of every member of an enumeration numbered from 0, by its number.</summary>
            private static JsonEncodedText[] Encoded<TEnum>(Func<TEnum, string> spelling) where TEnum : struct, Enum
            {
                var members = (TEnum[])Enum.GetValues(typeof(TEnum));
                var encoded = new JsonEncodedText[members.Length];
                foreach (var member in members) encoded[Convert.ToInt32(member, System.Globalization.CultureInfo.InvariantCulture)] = JsonEncodedText.Encode(spelling(member));
                return encoded;
            }
        }

        /// <summary>The record file's path as written, encoded once per file rather than once per line (one per thread).</summary>
        private sealed class FileText
        {
            private string? _path;
            private JsonEncodedText _file;

            public JsonEncodedText Of(string path)
            {
                if (!ReferenceEquals(path, _path))
                {
                    _file = JsonEncodedText.Encode(JsonValues.PathText(path));
                    _path = path;
                }
                return _file;
            }
        }
    }
}
