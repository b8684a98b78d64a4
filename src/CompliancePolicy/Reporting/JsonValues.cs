using System;
using System.Collections.Generic;
using System.Text.Json;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Text;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Reporting
{
    /// <summary>Writes language values and diagnostics with a <see cref="Utf8JsonWriter"/>, the same way in every JSON-based format.</summary>
    internal static class JsonValues
    {
        /// <summary>bool and numbers as JSON literals, lists as arrays, records as objects, everything else as the language spells it.</summary>
        public static void Write(Utf8JsonWriter writer, object? value) => Write(new WriterOutput(writer), value);

        /// <inheritdoc cref="Write(Utf8JsonWriter, object?)"/>
        public static void Write<TJson>(TJson json, object? value) where TJson : struct, IJsonOutput
        {
            switch (value)
            {
                case null: json.NullValue(); break;
                case bool b: json.BooleanValue(b); break;
                case decimal d: json.NumberValue(d); break;
                case object[] list:
                    json.StartArray();
                    foreach (var item in list) Write(json, item);
                    json.EndArray();
                    break;
                case RecordValue record:
                    json.StartObject();
                    foreach (var field in record.Type.Fields)
                    {
                        json.PropertyName(field.Name);
                        Write(json, record[field.Index]);
                    }
                    json.EndObject();
                    break;
                default: json.StringValue(ValueFormatter.Format(value)); break;
            }
        }

        public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic, string? policy, bool withDetails = false)
        {
            writer.WriteStartObject();
            writer.WriteString("id", diagnostic.Id);
            writer.WriteString("severity", ReportNames.Of(diagnostic.Severity));
            writer.WriteString("message", diagnostic.Message);
            if (diagnostic.Location is { } location)
            {
                WritePlace(writer, location);
                if (location.JsonPath != null) writer.WriteString("jsonPath", location.JsonPath);
            }
            if (policy != null) writer.WriteString("policy", policy);
            writer.WriteString("title", diagnostic.Rule.Title);
            writer.WriteString("helpUri", diagnostic.Rule.HelpLink);
            if (withDetails) WriteDetails(writer, diagnostic);
            writer.WriteEndObject();
        }

        /// <summary><c>file</c>, and the 1-based <c>line</c>, <c>column</c>, <c>endLine</c> and <c>endColumn</c>.</summary>
        private static void WritePlace(Utf8JsonWriter writer, SourceLocation location)
        {
            writer.WriteString("file", PathText(location.Path));
            writer.WriteNumber("line", location.Start.Line);
            writer.WriteNumber("column", location.Start.Column);
            writer.WriteNumber("endLine", location.End.Line);
            writer.WriteNumber("endColumn", location.End.Column);
        }

        /// <summary>What the lint report adds to a diagnostic: the rule's help line, the suggestions, the related places
        /// and the fixes, whose edits are character offsets (UTF-16 code units) into the file they change.</summary>
        private static void WriteDetails(Utf8JsonWriter writer, Diagnostic diagnostic)
        {
            writer.WriteString("help", diagnostic.Help);
            WriteStrings(writer, "suggestions", diagnostic.Suggestions);
            WriteObjects(writer, "relatedLocations", diagnostic.RelatedLocations, (w, related) =>
            {
                WritePlace(w, related.Location);
                w.WriteString("message", related.Message);
            });
            WriteObjects(writer, "fixes", diagnostic.Fixes, (w, fix) =>
            {
                w.WriteString("title", fix.Title);
                w.WriteBoolean("isPreferred", fix.IsPreferred);
                WriteObjects(w, "edits", fix.Edits, (e, edit) =>
                {
                    e.WriteString("file", PathText(edit.Path));
                    e.WriteNumber("offset", edit.Span.Start);
                    e.WriteNumber("length", edit.Span.Length);
                    e.WriteString("newText", edit.NewText);
                });
            });
        }

        /// <summary>Opens a report document: <c>{ "reportVersion": ..., "kind": ... (when given), "tool": { "name", "version" }</c>;
        /// the caller closes it.</summary>
        public static void WriteReportStart(Utf8JsonWriter writer, string reportVersion, string toolName, string toolVersion, string? kind = null)
        {
            writer.WriteStartObject();
            WriteVersionAndTool(writer, reportVersion, toolName, toolVersion, kind);
        }

        private static void WriteVersionAndTool(Utf8JsonWriter writer, string reportVersion, string toolName, string toolVersion, string? kind = null)
        {
            writer.WriteString("reportVersion", reportVersion);
            if (kind != null) writer.WriteString("kind", kind);
            writer.WriteStartObject("tool");
            writer.WriteString("name", toolName);
            writer.WriteString("version", toolVersion);
            writer.WriteEndObject();
        }

        /// <summary>A clause's <c>citations</c> and <c>evidence</c> (each an <c>expression</c> and its <c>value</c>), as the
        /// JSON report and the SARIF result properties both give them.</summary>
        public static void WriteCitationsAndEvidence(Utf8JsonWriter writer, ClauseReport clause)
        {
            WriteStrings(writer, "citations", clause.Citations);
            WriteObjects(writer, "evidence", clause.Evidence, (w, evidence) =>
            {
                w.WriteString("expression", evidence.Expression);
                w.WriteString("value", evidence.Value);
            });
        }

        /// <summary>The audit trail: <c>"inputs": [ { "kind", "file", "sha256", "bytes" } ]</c>, every file the report decided on, by content.</summary>
        public static void WriteInputs(Utf8JsonWriter writer, IEnumerable<InputFile> inputs)
        {
            WriteObjects(writer, "inputs", inputs, (w, input) =>
            {
                w.WriteString("kind", ReportNames.Of(input.Kind));
                w.WriteString("file", PathText(input.Path));
                w.WriteString("sha256", input.Sha256);
                w.WriteNumber("bytes", input.Length);
            });
        }

        /// <summary>What every JSON report of a run starts with: <c>reportVersion</c>, <c>tool</c> and <c>asOf</c>.</summary>
        public static void WriteRunStart(Utf8JsonWriter writer, string toolName, string toolVersion, CalendarDate asOf)
        {
            WriteVersionAndTool(writer, JsonReportWriter.ReportVersion, toolName, toolVersion);
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
            WriteNullable(writer, "version", policy.Version);
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
            WriteObjects(writer, "failuresByClause", rows, (w, row) =>
            {
                w.WriteString("policy", row.Policy.Name);
                w.WriteString("clause", row.Clause.Id);
                w.WriteString("title", row.Clause.Title);
                w.WriteString("severity", ReportNames.Of(row.Clause.Severity));
                w.WriteNumber("failures", row.Failures);
                w.WriteNumber("errors", row.Errors);
                w.WriteNumber("evaluated", row.Evaluated);
            });
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

        /// <summary><c>"name": [ { ... } ]</c>: an object for each item, its fields written by <paramref name="writeFields"/>.</summary>
        public static void WriteObjects<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeFields)
        {
            writer.WriteStartArray(name);
            foreach (var item in items)
            {
                writer.WriteStartObject();
                writeFields(writer, item);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }

        /// <summary><c>"name": [ "..." ]</c>.</summary>
        public static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
        {
            writer.WriteStartArray(name);
            foreach (var value in values) writer.WriteStringValue(value);
            writer.WriteEndArray();
        }

        /// <summary>A string field that is <c>null</c> when there is no value (the field is always there).</summary>
        public static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
        {
            if (value is null) writer.WriteNull(name);
            else writer.WriteString(name, value);
        }

        /// <summary>Paths in reports use forward slashes, so a report reads the same on every OS.</summary>
        public static string PathText(string path) => path.Replace('\\', '/');
    }
}
