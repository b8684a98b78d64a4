using System.Collections.Generic;
using System.Text.Json;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Reporting
{
    /// <summary>Writes language values and diagnostics with a <see cref="Utf8JsonWriter"/>, the same way in every JSON-based format.</summary>
    internal static class JsonValues
    {
        /// <summary>bool and numbers as JSON literals, lists as arrays, records as objects, everything else as the language spells it.</summary>
        public static void Write(Utf8JsonWriter writer, object? value)
        {
            switch (value)
            {
                case null: writer.WriteNullValue(); break;
                case bool b: writer.WriteBooleanValue(b); break;
                case decimal d: writer.WriteNumberValue(d); break;
                case object[] list:
                    writer.WriteStartArray();
                    foreach (var item in list) Write(writer, item);
                    writer.WriteEndArray();
                    break;
                case RecordValue record:
                    writer.WriteStartObject();
                    foreach (var field in record.Type.Fields)
                    {
                        writer.WritePropertyName(field.Name);
                        Write(writer, record[field.Index]);
                    }
                    writer.WriteEndObject();
                    break;
                default: writer.WriteStringValue(ValueFormatter.Format(value)); break;
            }
        }

        public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic, string? policy)
        {
            writer.WriteStartObject();
            writer.WriteString("id", diagnostic.Id);
            writer.WriteString("severity", ReportNames.Of(diagnostic.Severity));
            writer.WriteString("message", diagnostic.Message);
            if (diagnostic.Location is { } location)
            {
                writer.WriteString("file", PathText(location.Path));
                writer.WriteNumber("line", location.Start.Line);
                writer.WriteNumber("column", location.Start.Column);
                writer.WriteNumber("endLine", location.End.Line);
                writer.WriteNumber("endColumn", location.End.Column);
                if (location.JsonPath != null) writer.WriteString("jsonPath", location.JsonPath);
            }
            if (policy != null) writer.WriteString("policy", policy);
            writer.WriteString("title", diagnostic.Rule.Title);
            writer.WriteString("helpUri", diagnostic.Rule.HelpLink);
            writer.WriteEndObject();
        }

        /// <summary>The audit trail: <c>"inputs": [ { "kind", "file", "sha256", "bytes" } ]</c>, every file the report decided on, by content.</summary>
        public static void WriteInputs(Utf8JsonWriter writer, IEnumerable<InputFile> inputs)
        {
            writer.WriteStartArray("inputs");
            foreach (var input in inputs)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", ReportNames.Of(input.Kind));
                writer.WriteString("file", PathText(input.Path));
                writer.WriteString("sha256", input.Sha256);
                writer.WriteNumber("bytes", input.Length);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }

        /// <summary>What every JSON report of a run starts with: <c>reportVersion</c>, <c>tool</c> and <c>asOf</c>.</summary>
        public static void WriteRunStart(Utf8JsonWriter writer, string toolName, string toolVersion, CalendarDate asOf)
        {
            writer.WriteString("reportVersion", JsonReportWriter.ReportVersion);
            writer.WriteStartObject("tool");
            writer.WriteString("name", toolName);
            writer.WriteString("version", toolVersion);
            writer.WriteEndObject();
            writer.WriteString("asOf", asOf.ToString());
        }

        /// <summary><c>"parameters": { NAME: VALUE }</c>: the overrides as given.</summary>
        public static void WriteOverrides(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, string>> overrides)
        {
            writer.WriteStartObject("parameters");
            foreach (var pair in overrides) writer.WriteString(pair.Key, pair.Value);
            writer.WriteEndObject();
        }

        /// <summary>Opens a policy's object in a report header: <c>{ "name", "version" (null when it has none)</c>; the caller adds the rest and closes it.</summary>
        public static void WritePolicyStart(Utf8JsonWriter writer, PolicyInfo policy)
        {
            writer.WriteStartObject();
            writer.WriteString("name", policy.Name);
            if (policy.Version is null) writer.WriteNull("version");
            else writer.WriteString("version", policy.Version);
        }

        /// <summary>The summary's counts, the same in every JSON-based report: <c>complete</c>, <c>files</c>, <c>records</c>,
        /// <c>compliant</c>, <c>nonCompliant</c>, <c>errors</c>, <c>unreadable</c>, <c>internalErrors</c>, <c>exitCode</c>.</summary>
        public static void WriteCounts(Utf8JsonWriter writer, CheckSummary summary)
        {
            writer.WriteBoolean("complete", summary.IsComplete);
            writer.WriteNumber("files", summary.Files);
            writer.WriteNumber("records", summary.Records);
            writer.WriteNumber("compliant", summary.Compliant);
            writer.WriteNumber("nonCompliant", summary.NonCompliant);
            writer.WriteNumber("errors", summary.Errors);
            writer.WriteNumber("unreadable", summary.UnreadableRecords);
            writer.WriteNumber("internalErrors", summary.InternalErrors);
            writer.WriteNumber("exitCode", summary.ExitCode);
        }

        /// <summary><c>"failuresByClause": [ { "policy", "clause", "title", "severity", "failures", "errors", "evaluated" } ]</c>, most failures first.</summary>
        public static void WriteClauseFailures(Utf8JsonWriter writer, IEnumerable<ClauseFailures> rows)
        {
            writer.WriteStartArray("failuresByClause");
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                writer.WriteString("policy", row.Policy.Name);
                writer.WriteString("clause", row.Clause.Id);
                writer.WriteString("title", row.Clause.Title);
                writer.WriteString("severity", ReportNames.Of(row.Clause.Severity));
                writer.WriteNumber("failures", row.Failures);
                writer.WriteNumber("errors", row.Errors);
                writer.WriteNumber("evaluated", row.Evaluated);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }

        /// <summary><c>"incomplete": null</c> for a run that read everything, else where it stopped: <c>{ "reason", "file", "lastLine", "message" }</c>.</summary>
        public static void WriteInterruption(Utf8JsonWriter writer, RunInterruption? interruption)
        {
            if (interruption is null)
            {
                writer.WriteNull("incomplete");
                return;
            }
            writer.WriteStartObject("incomplete");
            writer.WriteString("reason", "interrupted");
            writer.WriteString("file", PathText(interruption.File));
            if (interruption.LastLine is { } line) writer.WriteNumber("lastLine", line);
            else writer.WriteNull("lastLine");
            writer.WriteString("message", interruption.ToString());
            writer.WriteEndObject();
        }

        /// <summary>Paths in reports use forward slashes, so a report reads the same on every OS.</summary>
        public static string PathText(string path) => path.Replace('\\', '/');
    }
}
