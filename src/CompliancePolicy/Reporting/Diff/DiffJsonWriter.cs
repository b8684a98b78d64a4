using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CompliancePolicy.Reporting.Diff
{
    /// <summary>
    /// The diff as JSON (docs/report-format.md, "compliance diff"): the versions and each policy's structural changes first,
    /// then the records whose verdict changed, streamed as they are read, then the counts.
    /// </summary>
    internal sealed class DiffJsonWriter : DiffReportWriter
    {
        /// <summary>The version of this layout: the minor part changes when fields are added, the major part when one is removed or changes meaning.</summary>
        public const string ReportVersion = "1.0";

        private const int FlushThreshold = 32 * 1024;
        private readonly Utf8JsonWriter _writer;
        private DiffReportHeader? _header;

        public DiffJsonWriter(Stream output, bool indented = true) => _writer = new Utf8JsonWriter(output, JsonReportWriter.Options(indented));

        public override void Begin(DiffReportHeader header)
        {
            _header = header;
            var w = _writer;
            w.WriteStartObject();
            w.WriteString("reportVersion", ReportVersion);
            w.WriteString("kind", "policy-diff");
            w.WriteStartObject("tool");
            w.WriteString("name", header.ToolName);
            w.WriteString("version", header.ToolVersion);
            w.WriteEndObject();
            w.WriteString("old", header.OldVersion);
            w.WriteString("new", header.NewVersion);
            w.WriteString("asOf", header.AsOf.ToString());
            w.WriteString("failOn", ReportNames.Of(header.FailOn));
            w.WriteBoolean("failOnNewFailures", header.FailOnNewFailures);
            w.WriteStartObject("parameters");
            foreach (var pair in header.ParameterOverrides) w.WriteString(pair.Key, pair.Value);
            w.WriteEndObject();
            w.WriteStartArray("policies");
            foreach (var policy in header.Policies)
            {
                w.WriteStartObject();
                w.WriteString("title", policy.Title);
                Nullable("oldVersion", policy.InOld ? policy.OldVersion : null);
                Nullable("newVersion", policy.InNew ? policy.NewVersion : null);
                Nullable("presence", policy.Presence);
                w.WriteStartArray("changes");
                foreach (var change in policy.Changes)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", change.Kind.ToString().ToLowerInvariant());
                    w.WriteString("declarationKind", change.DeclarationKind);
                    w.WriteString("declaration", change.Declaration);
                    Nullable("member", change.Member);
                    Nullable("part", change.Part);
                    Nullable("old", change.OldText);
                    Nullable("new", change.NewText);
                    w.WriteString("text", change.Describe());
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("records");
            w.Flush();
        }

        public override void WriteRecord(RecordDiff record)
        {
            var w = _writer;
            w.WriteStartObject();
            w.WriteString("id", record.Id);
            w.WriteString("file", JsonValues.PathText(record.File));
            w.WriteNumber("line", record.Line);
            w.WriteNumber("index", record.Index);
            w.WriteBoolean("newFailure", record.IsNewFailure);
            w.WriteStartArray("policies");
            foreach (var policy in record.Policies)
            {
                w.WriteStartObject();
                w.WriteString("policy", policy.Policy);
                w.WriteString("old", policy.OldOutcome);
                w.WriteString("new", policy.NewOutcome);
                w.WriteBoolean("newFailure", policy.IsNewFailure);
                w.WriteStartArray("clauses");
                foreach (var clause in policy.Clauses)
                {
                    w.WriteStartObject();
                    w.WriteString("id", clause.Id);
                    w.WriteString("title", clause.Title);
                    w.WriteString("severity", ReportNames.Of(clause.Severity));
                    w.WriteString("old", clause.OldOutcome);
                    w.WriteString("new", clause.NewOutcome);
                    Nullable("message", clause.Message);
                    RemedyJson.WriteField(w, clause.Remedy);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                Values("decisions", policy.Decisions);
                Values("lifecycles", policy.Lifecycles);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            if (w.BytesPending > FlushThreshold) w.Flush();
        }

        public override void End(DiffSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            var w = _writer;
            w.WriteEndArray();
            w.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics) JsonValues.WriteDiagnostic(w, diagnostic.Diagnostic, diagnostic.Policy);
            w.WriteEndArray();
            JsonValues.WriteInputs(w, _header!.PolicyFiles.Concat(summary.RecordFiles));
            w.WriteStartObject("summary");
            w.WriteNumber("files", summary.Files);
            w.WriteNumber("records", summary.Records);
            w.WriteNumber("changed", summary.Changed);
            w.WriteNumber("newFailures", summary.NewFailures);
            w.WriteNumber("fixed", summary.Fixed);
            w.WriteNumber("unreadable", summary.Unreadable);
            w.WriteStartArray("clauseChanges");
            foreach (var count in summary.ClauseChanges)
            {
                w.WriteStartObject();
                w.WriteString("policy", count.Policy);
                w.WriteString("clause", count.Clause);
                w.WriteString("change", count.Kind);
                w.WriteNumber("records", count.Records);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("kinds");
            foreach (var kind in summary.Kinds)
            {
                w.WriteStartObject();
                w.WriteString("change", kind.Key);
                w.WriteNumber("count", kind.Value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("exitCode", summary.ExitCode);
            w.WriteEndObject();
            w.WriteEndObject();
            w.Flush();
        }

        private void Values(string name, IReadOnlyList<ValueChange> changes)
        {
            _writer.WriteStartArray(name);
            foreach (var change in changes)
            {
                _writer.WriteStartObject();
                _writer.WriteString("name", change.Name);
                _writer.WriteString("old", change.OldValue);
                _writer.WriteString("new", change.NewValue);
                _writer.WriteEndObject();
            }
            _writer.WriteEndArray();
        }

        private void Nullable(string name, string? value)
        {
            if (value is null) _writer.WriteNull(name);
            else _writer.WriteString(name, value);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _writer.Dispose();
        }
    }
}
