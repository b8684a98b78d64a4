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
            JsonValues.WriteReportStart(w, ReportVersion, header.ToolName, header.ToolVersion, kind: "policy-diff");
            w.WriteString("old", header.OldVersion);
            w.WriteString("new", header.NewVersion);
            w.WriteString("asOf", header.AsOf.ToString());
            w.WriteString("failOn", ReportNames.Of(header.FailOn));
            w.WriteBoolean("failOnNewFailures", header.FailOnNewFailures);
            JsonValues.WriteOverrides(w, header.ParameterOverrides);
            JsonValues.WriteObjects(w, "policies", header.Policies, (p, policy) =>
            {
                p.WriteString("title", policy.Title);
                JsonValues.WriteNullable(p, "oldVersion", policy.InOld ? policy.OldVersion : null);
                JsonValues.WriteNullable(p, "newVersion", policy.InNew ? policy.NewVersion : null);
                JsonValues.WriteNullable(p, "presence", policy.Presence);
                JsonValues.WriteObjects(p, "changes", policy.Changes, (c, change) =>
                {
                    c.WriteString("kind", change.Kind.ToString().ToLowerInvariant());
                    c.WriteString("declarationKind", change.DeclarationKind);
                    c.WriteString("declaration", change.Declaration);
                    JsonValues.WriteNullable(c, "member", change.Member);
                    JsonValues.WriteNullable(c, "part", change.Part);
                    JsonValues.WriteNullable(c, "old", change.OldText);
                    JsonValues.WriteNullable(c, "new", change.NewText);
                    c.WriteString("text", change.Describe());
                });
            });
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
            JsonValues.WriteObjects(w, "policies", record.Policies, (p, policy) =>
            {
                p.WriteString("policy", policy.Policy);
                p.WriteString("old", policy.OldOutcome);
                p.WriteString("new", policy.NewOutcome);
                p.WriteBoolean("newFailure", policy.IsNewFailure);
                JsonValues.WriteObjects(p, "clauses", policy.Clauses, (c, clause) =>
                {
                    c.WriteString("id", clause.Id);
                    c.WriteString("title", clause.Title);
                    c.WriteString("severity", ReportNames.Of(clause.Severity));
                    c.WriteString("old", clause.OldOutcome);
                    c.WriteString("new", clause.NewOutcome);
                    JsonValues.WriteNullable(c, "message", clause.Message);
                    RemedyJson.WriteField(c, clause.Remedy);
                });
                Values(p, "decisions", policy.Decisions);
                Values(p, "lifecycles", policy.Lifecycles);
            });
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
            JsonValues.WriteObjects(w, "clauseChanges", summary.ClauseChanges, (c, count) =>
            {
                c.WriteString("policy", count.Policy);
                c.WriteString("clause", count.Clause);
                c.WriteString("change", count.Kind);
                c.WriteNumber("records", count.Records);
            });
            JsonValues.WriteObjects(w, "kinds", summary.Kinds, (k, kind) =>
            {
                k.WriteString("change", kind.Key);
                k.WriteNumber("count", kind.Value);
            });
            w.WriteNumber("exitCode", summary.ExitCode);
            w.WriteEndObject();
            w.WriteEndObject();
            w.Flush();
        }

        private static void Values(Utf8JsonWriter writer, string name, IReadOnlyList<ValueChange> changes) =>
            JsonValues.WriteObjects(writer, name, changes, (v, change) =>
            {
                v.WriteString("name", change.Name);
                v.WriteString("old", change.OldValue);
                v.WriteString("new", change.NewValue);
            });

        protected override void Dispose(bool disposing)
        {
            if (disposing) _writer.Dispose();
        }
    }
}
