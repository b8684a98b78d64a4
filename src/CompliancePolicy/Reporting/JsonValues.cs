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
            writer.WriteStartArray("suggestions");
            foreach (var suggestion in diagnostic.Suggestions) writer.WriteStringValue(suggestion);
            writer.WriteEndArray();
            writer.WriteStartArray("relatedLocations");
            foreach (var related in diagnostic.RelatedLocations)
            {
                writer.WriteStartObject();
                WritePlace(writer, related.Location);
                writer.WriteString("message", related.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("fixes");
            foreach (var fix in diagnostic.Fixes)
            {
                writer.WriteStartObject();
                writer.WriteString("title", fix.Title);
                writer.WriteBoolean("isPreferred", fix.IsPreferred);
                writer.WriteStartArray("edits");
                foreach (var edit in fix.Edits)
                {
                    writer.WriteStartObject();
                    writer.WriteString("file", PathText(edit.Path));
                    writer.WriteNumber("offset", edit.Span.Start);
                    writer.WriteNumber("length", edit.Span.Length);
                    writer.WriteString("newText", edit.NewText);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }

        /// <summary>Opens a report document: <c>{ "reportVersion": ..., "tool": { "name", "version" }</c>; the caller closes it.</summary>
        public static void WriteReportStart(Utf8JsonWriter writer, string reportVersion, string toolName, string toolVersion)
        {
            writer.WriteStartObject();
            writer.WriteString("reportVersion", reportVersion);
            writer.WriteStartObject("tool");
            writer.WriteString("name", toolName);
            writer.WriteString("version", toolVersion);
            writer.WriteEndObject();
        }

        /// <summary>A clause's <c>citations</c> and <c>evidence</c> (each an <c>expression</c> and its <c>value</c>), as the
        /// JSON report and the SARIF result properties both give them.</summary>
        public static void WriteCitationsAndEvidence(Utf8JsonWriter writer, ClauseReport clause)
        {
            writer.WriteStartArray("citations");
            foreach (var citation in clause.Citations) writer.WriteStringValue(citation);
            writer.WriteEndArray();
            writer.WriteStartArray("evidence");
            foreach (var evidence in clause.Evidence)
            {
                writer.WriteStartObject();
                writer.WriteString("expression", evidence.Expression);
                writer.WriteString("value", evidence.Value);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
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

        /// <summary>Paths in reports use forward slashes, so a report reads the same on every OS.</summary>
        public static string PathText(string path) => path.Replace('\\', '/');
    }
}
