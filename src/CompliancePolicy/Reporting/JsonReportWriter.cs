using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using CompliancePolicy.Evaluation;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// The JSON report (docs/report-format.md): written with a <see cref="Utf8JsonWriter"/> as the run goes, one record
    /// at a time, so a report of any size needs constant memory. The summary comes last, once it is known.
    /// </summary>
    public sealed class JsonReportWriter : ReportWriter
    {
        /// <summary>The version of the report layout, MAJOR.MINOR: the minor part changes when fields are added (1.1 added
        /// lifecycles, 1.2 the inputs by SHA-256, 1.3 the lifecycles' ignored events, 1.4 the clauses' remediation and outlook,
        /// the detail, the failures per clause and the incomplete marker), the major part when a field is removed or changes meaning.</summary>
        internal const string ReportVersion = "1.4";

        /// <summary>Every clause of every record: what this report has always held, so readers written for it see no change.</summary>
        internal const ReportDetail DefaultDetail = ReportDetail.All;

        private const int FlushThreshold = 32 * 1024;
        private readonly Utf8JsonWriter _writer;
        private readonly ReportDetail _detail;
        private CheckReportHeader? _header;

        public JsonReportWriter(Stream output, bool indented = true, ReportDetail detail = DefaultDetail)
        {
            _writer = new Utf8JsonWriter(output, Options(indented));
            _detail = detail;
        }

        internal static JsonWriterOptions Options(bool indented) => new JsonWriterOptions
        {
            Indented = indented,
            // Reports are files, not HTML: keep '<', '&', quotes and non-ASCII text readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        internal override ReportDetail Detail => _detail;

        internal override void Begin(CheckReportHeader header)
        {
            _header = header;
            JsonValues.WriteReportStart(_writer, ReportVersion, header.ToolName, header.ToolVersion);
            _writer.WriteString("asOf", header.AsOf.ToString());
            _writer.WriteString("failOn", ReportNames.Of(header.FailOn));
            _writer.WriteString("detail", ReportNames.Of(_detail));
            JsonValues.WriteOverrides(_writer, header.ParameterOverrides);
            _writer.WriteStartArray("policies");
            foreach (var policy in header.Policies)
            {
                JsonValues.WritePolicyStart(_writer, policy);
                JsonValues.WriteStrings(_writer, "files", policy.Files.Select(JsonValues.PathText));
                _writer.WriteString("schema", policy.Policy.Schema.Name);
                _writer.WriteNumber("clauses", policy.Policy.Clauses.Length);
                JsonValues.WriteStrings(_writer, "lifecycles", policy.Policy.Lifecycles.Select(l => l.Name));
                JsonValues.WriteObjects(_writer, "parameters", policy.Parameters, (w, parameter) =>
                {
                    w.WriteString("name", parameter.Name);
                    w.WriteString("type", parameter.Type);
                    w.WriteString("value", parameter.Value);
                    w.WriteBoolean("overridden", parameter.Overridden);
                });
                _writer.WriteEndObject();
            }
            _writer.WriteEndArray();
            _writer.WriteStartArray("records");
            _writer.Flush();
        }

        internal override void WriteRecord(RecordReport record)
        {
            _writer.WriteStartObject();
            _writer.WriteString("id", record.Id);
            _writer.WriteString("file", JsonValues.PathText(record.File));
            _writer.WriteNumber("line", record.Line);
            _writer.WriteNumber("index", record.Index);
            _writer.WriteString("outcome", ReportNames.Of(record.Outcome));
            _writer.WriteStartArray("policies");
            foreach (var policy in record.Policies) WritePolicy(policy);
            _writer.WriteEndArray();
            _writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in record.Diagnostics) JsonValues.WriteDiagnostic(_writer, diagnostic.Diagnostic, diagnostic.Policy);
            _writer.WriteEndArray();
            _writer.WriteEndObject();
            if (_writer.BytesPending > FlushThreshold) _writer.Flush();
        }

        internal override void End(CheckSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            _writer.WriteEndArray();
            _writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics) JsonValues.WriteDiagnostic(_writer, diagnostic.Diagnostic, diagnostic.Policy);
            _writer.WriteEndArray();
            // Record files are fingerprinted as they are read, so the inputs come at the end with the summary.
            JsonValues.WriteInputs(_writer, _header!.PolicyFiles.Concat(summary.RecordFiles));
            JsonValues.WriteClauseFailures(_writer, summary.ClauseFailures);
            JsonValues.WriteInterruption(_writer, summary.Interruption);
            _writer.WriteStartObject("summary");
            JsonValues.WriteCounts(_writer, summary);
            _writer.WriteEndObject();
            _writer.WriteEndObject();
            _writer.Flush();
        }

        private void WritePolicy(PolicyRecordReport policy)
        {
            _writer.WriteStartObject();
            _writer.WriteString("policy", policy.Policy.Name);
            _writer.WriteString("outcome", ReportNames.Of(policy.Outcome));
            if (policy.Reason != null) _writer.WriteString("reason", policy.Reason);
            _writer.WriteStartArray("clauses");
            foreach (var clause in RecordReport.Shown(policy, _detail))
            {
                _writer.WriteStartObject();
                _writer.WriteString("id", clause.Id);
                _writer.WriteString("title", clause.Title);
                _writer.WriteString("outcome", ReportNames.Of(clause.Outcome));
                _writer.WriteString("severity", ReportNames.Of(clause.Severity));
                _writer.WriteString("message", clause.Message);
                if (clause.ErrorKind is { } clauseErrorKind) _writer.WriteString("errorKind", ReportNames.Of(clauseErrorKind));
                if (clause.Citations.Count == 0) _writer.WriteNull("citation");
                else _writer.WriteString("citation", clause.Citations[0]);
                JsonValues.WriteCitationsAndEvidence(_writer, clause);
                RemedyJson.WriteFields(_writer, clause.Remedy, clause.Outlook);
                _writer.WriteEndObject();
            }
            _writer.WriteEndArray();
            _writer.WriteStartArray("decisions");
            foreach (var decision in policy.Decisions)
            {
                _writer.WriteStartObject();
                _writer.WriteString("name", decision.Name);
                if (decision.Error != null)
                {
                    _writer.WriteString("error", decision.Error);
                    if (decision.ErrorKind is { } decisionErrorKind) _writer.WriteString("errorKind", ReportNames.Of(decisionErrorKind));
                }
                else
                {
                    _writer.WritePropertyName("value");
                    JsonValues.Write(_writer, decision.Value);
                }
                _writer.WriteEndObject();
            }
            _writer.WriteEndArray();
            _writer.WriteStartArray("lifecycles");
            foreach (var lifecycle in policy.Lifecycles) LifecycleJson.Write(_writer, lifecycle);
            _writer.WriteEndArray();
            _writer.WriteEndObject();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _writer.Dispose();
        }
    }
}
