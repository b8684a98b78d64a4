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
        private static JsonLine? t_line;

        [ThreadStatic]
        private static FileText? t_file;

        private readonly Stream _output;
        private readonly ByteBuffer _buffer = new ByteBuffer(WriteSize + 16 * 1024);
        private readonly Utf8JsonWriter _writer;
        private readonly ReportDetail _detail;
        private readonly FileText _file = new FileText();
        private readonly JsonLine _line;
        private CheckReportHeader? _header;

        public JsonLinesReportWriter(Stream output, ReportDetail detail = DefaultDetail)
        {
            _output = output;
            _writer = new Utf8JsonWriter(_buffer, JsonReportWriter.Options(indented: false));
            _line = new JsonLine(_buffer);
            _detail = detail;
        }

        internal override ReportDetail Detail => _detail;

        /// <summary>A record's line depends on the record alone, so the run formats lines on its workers.</summary>
        internal override bool FormatsRecordsAnywhere => true;

        internal override void Format(RecordReport record, ByteBuffer output)
        {
            var line = t_line ??= new JsonLine(output);
            line.Start(output);
            WriteLine(line, record, _detail, t_file ??= new FileText());
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
            _line.Start(_buffer);
            WriteLine(_line, record, _detail, _file);
            LineBreak();
        }

        private static void WriteLine(JsonLine line, RecordReport record, ReportDetail detail, FileText file)
        {
            var json = line.Json;
            line.StartObject();
            line.Encoded("type"u8, Names.Record);
            line.String("id"u8, record.Id);
            line.PolicyText("file"u8, file.Of(record.File));
            line.Number("line"u8, record.Line);
            line.Encoded("outcome"u8, Names.Of(record.Outcome));
            line.StartArray("policies"u8);
            for (var p = 0; p < record.Policies.Count; p++)
            {
                var policy = record.Policies[p];
                line.StartObject();
                line.PolicyText("policy"u8, policy.Policy.Name);
                line.Encoded("outcome"u8, Names.Of(policy.Outcome));
                if (policy.Reason != null) line.String("reason"u8, policy.Reason);
                line.StartArray("clauses"u8);
                for (var c = 0; c < policy.Clauses.Count; c++)
                {
                    var clause = policy.Clauses[c];
                    if (!RecordReport.IsShown(clause, detail)) continue;
                    line.StartObject();
                    line.PolicyText("id"u8, clause.Id);
                    line.Encoded("outcome"u8, Names.Of(clause.Outcome));
                    line.Encoded("severity"u8, Names.Of(clause.Severity));
                    line.String("message"u8, clause.Message);
                    if (clause.ErrorKind is { } clauseErrorKind) line.String("errorKind"u8, ReportNames.Of(clauseErrorKind));
                    line.PolicyTexts("citations"u8, clause.Citations);
                    // Only when there is one: a line per record stays short over millions of records.
                    if (clause.Remedy is { } remedy)
                    {
                        line.Name("remediation"u8);
                        RemedyJson.Write(json, remedy);
                    }
                    if (clause.Outlook is { } outlook)
                    {
                        line.Name("outlook"u8);
                        RemedyJson.Write(json, outlook);
                    }
                    line.EndObject();
                }
                line.EndArray();
                WriteDecisionErrors(line, policy.Decisions);
                if (policy.Lifecycles.Count > 0)
                {
                    line.StartArray("lifecycles"u8);
                    for (var l = 0; l < policy.Lifecycles.Count; l++) LifecycleJson.WriteSummary(json, policy.Lifecycles[l]);
                    line.EndArray();
                }
                line.EndObject();
            }
            line.EndArray();
            if (record.Diagnostics.Count > 0)
            {
                line.StartArray("diagnostics"u8);
                foreach (var diagnostic in record.Diagnostics)
                    line.Value(static (w, d) => JsonValues.WriteDiagnostic(w, d.Diagnostic, d.Policy), diagnostic);
                line.EndArray();
            }
            line.EndObject();
        }

        /// <summary>The decisions in error, if any (a loop, not LINQ: this runs for every record).</summary>
        private static void WriteDecisionErrors(JsonLine line, IReadOnlyList<DecisionResult> decisions)
        {
            var started = false;
            for (var i = 0; i < decisions.Count; i++)
            {
                var decision = decisions[i];
                if (decision.Error is null) continue;
                if (!started) line.StartArray("decisionErrors"u8);
                started = true;
                line.StartObject();
                line.PolicyText("name"u8, decision.Name);
                line.String("error"u8, decision.Error);
                if (decision.ErrorKind is { } decisionErrorKind) line.String("errorKind"u8, ReportNames.Of(decisionErrorKind));
                line.EndObject();
            }
            if (started) line.EndArray();
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
            _line.Dispose();
            _buffer.Dispose();
        }

        /// <summary>The fixed values of a record line (outcomes, severities), encoded once.</summary>
        private static class Names
        {
            public static readonly JsonEncodedText Record = JsonEncodedText.Encode("record");

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

        /// <summary>The record file's path as written, the same string for every line of the file, so that the line
        /// encodes it once (<see cref="JsonLine.PolicyText"/>); one per thread.</summary>
        private sealed class FileText
        {
            private string? _path;
            private string _text = string.Empty;

            public string Of(string path)
            {
                if (!ReferenceEquals(path, _path))
                {
                    _text = JsonValues.PathText(path);
                    _path = path;
                }
                return _text;
            }
        }
    }
}
