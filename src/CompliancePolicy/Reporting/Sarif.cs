using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Reporting
{
    /// <summary>The pieces of a SARIF 2.1.0 log that lint and check share: the envelope, rules from the diagnostic list, results for diagnostics.</summary>
    internal static class Sarif
    {
        public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
        public const string InformationUri = "https://github.com/compliancepolicy/compliancepolicy";

        /// <summary>Opens the log and its single run, and writes <c>tool.driver</c>; the caller adds rules after the diagnostic rules.</summary>
        public static void BeginRun(Utf8JsonWriter writer, string toolName, string toolVersion)
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", toolName);
            writer.WriteString("version", toolVersion);
            writer.WriteString("semanticVersion", SemanticVersion(toolVersion));
            writer.WriteString("informationUri", InformationUri);
        }

        /// <summary>Every rule of the language, so any diagnostic result can point to its rule by index (0..n-1).</summary>
        public static void WriteDiagnosticRules(Utf8JsonWriter writer)
        {
            foreach (var rule in DiagnosticRules.All)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteString("name", Identifier(rule.Title));
                WriteText(writer, "shortDescription", rule.Title);
                WriteText(writer, "fullDescription", $"{rule.Title} ({rule.Category}).");
                writer.WriteString("helpUri", rule.HelpLink);
                writer.WriteStartObject("help");
                writer.WriteString("text", $"{rule.Help} See {rule.HelpLink} for examples and how to fix it.");
                writer.WriteString("markdown", $"**{rule.Id}: {rule.Title}**. {rule.Help} See [{rule.Id}]({rule.HelpLink}) for examples and how to fix it.");
                writer.WriteEndObject();
                writer.WriteStartObject("defaultConfiguration");
                writer.WriteString("level", Level(rule.DefaultSeverity));
                writer.WriteEndObject();
                writer.WriteStartObject("properties");
                writer.WriteString("category", rule.Category);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
        }

        public static int RuleIndex(DiagnosticRule rule)
        {
            var all = DiagnosticRules.All;
            for (var i = 0; i < all.Count; i++)
            {
                if (ReferenceEquals(all[i], rule)) return i;
            }
            return -1;
        }

        /// <summary>A result for a located diagnostic (callers send unlocated ones to <see cref="WriteNotification"/>).</summary>
        public static void WriteDiagnosticResult(Utf8JsonWriter writer, Diagnostic diagnostic, string? policy, string? recordId = null)
        {
            var location = diagnostic.Location!;
            writer.WriteStartObject();
            writer.WriteString("ruleId", diagnostic.Id);
            var index = RuleIndex(diagnostic.Rule);
            if (index >= 0) writer.WriteNumber("ruleIndex", index);
            writer.WriteString("level", Level(diagnostic.Severity));
            WriteText(writer, "message", diagnostic.Message + (location.JsonPath is null ? string.Empty : " at " + location.JsonPath));
            writer.WriteStartArray("locations");
            WriteLocation(writer, location.Path, location.Start, location.End);
            writer.WriteEndArray();
            WriteRelatedLocations(writer, diagnostic.RelatedLocations);
            WriteFixes(writer, diagnostic.Fixes);
            if (policy != null || recordId != null || location.JsonPath != null || !diagnostic.Suggestions.IsEmpty)
            {
                writer.WriteStartObject("properties");
                if (policy != null) writer.WriteString("policy", policy);
                if (recordId != null) writer.WriteString("recordId", recordId);
                if (location.JsonPath != null) writer.WriteString("jsonPath", location.JsonPath);
                if (!diagnostic.Suggestions.IsEmpty)
                {
                    writer.WriteStartArray("suggestions");
                    foreach (var suggestion in diagnostic.Suggestions) writer.WriteStringValue(suggestion);
                    writer.WriteEndArray();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }

        private static void WriteRelatedLocations(Utf8JsonWriter writer, IReadOnlyList<RelatedLocation> related)
        {
            if (related.Count == 0) return;
            writer.WriteStartArray("relatedLocations");
            for (var i = 0; i < related.Count; i++)
                WriteLocation(writer, related[i].Location.Path, related[i].Location.Start, related[i].Location.End, i + 1, related[i].Message);
            writer.WriteEndArray();
        }

        /// <summary>SARIF fixes: each edit a replacement of a character range (offset and length, UTF-16 code units).</summary>
        private static void WriteFixes(Utf8JsonWriter writer, IReadOnlyList<DiagnosticFix> fixes)
        {
            if (fixes.Count == 0) return;
            writer.WriteStartArray("fixes");
            foreach (var fix in fixes)
            {
                writer.WriteStartObject();
                WriteText(writer, "description", fix.Title);
                writer.WriteStartArray("artifactChanges");
                foreach (var file in fix.Edits.GroupBy(e => e.Path, StringComparer.Ordinal))
                {
                    writer.WriteStartObject();
                    writer.WriteStartObject("artifactLocation");
                    writer.WriteString("uri", Uri(file.Key));
                    writer.WriteEndObject();
                    writer.WriteStartArray("replacements");
                    foreach (var edit in file)
                    {
                        writer.WriteStartObject();
                        writer.WriteStartObject("deletedRegion");
                        writer.WriteNumber("charOffset", edit.Span.Start);
                        writer.WriteNumber("charLength", edit.Span.Length);
                        writer.WriteEndObject();
                        writer.WriteStartObject("insertedContent");
                        writer.WriteString("text", edit.NewText);
                        writer.WriteEndObject();
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteStartObject("properties");
                writer.WriteBoolean("isPreferred", fix.IsPreferred);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }

        public static void WriteNotification(Utf8JsonWriter writer, Diagnostic diagnostic)
        {
            writer.WriteStartObject();
            WriteText(writer, "message", diagnostic.Message);
            writer.WriteString("level", Level(diagnostic.Severity));
            writer.WriteStartObject("descriptor");
            writer.WriteString("id", diagnostic.Id);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        /// <summary>A physicalLocation; an end position before the start (or equal to it) is left out.</summary>
        public static void WriteLocation(Utf8JsonWriter writer, string path, LinePosition start, LinePosition? end, int? id = null, string? message = null)
        {
            writer.WriteStartObject();
            if (id is { } value) writer.WriteNumber("id", value);
            writer.WriteStartObject("physicalLocation");
            writer.WriteStartObject("artifactLocation");
            writer.WriteString("uri", Uri(path));
            writer.WriteEndObject();
            writer.WriteStartObject("region");
            writer.WriteNumber("startLine", Math.Max(1, start.Line));
            writer.WriteNumber("startColumn", Math.Max(1, start.Column));
            if (end is { } e && (e.Line > start.Line || (e.Line == start.Line && e.Column > start.Column)))
            {
                writer.WriteNumber("endLine", e.Line);
                writer.WriteNumber("endColumn", e.Column);
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
            if (message != null) WriteText(writer, "message", message);
            writer.WriteEndObject();
        }

        /// <summary>Ends the run: <c>artifacts</c> (every input file with its SHA-256, the audit trail), <c>invocations</c>
        /// with notifications for problems that have no place in a file, then any run properties.</summary>
        /// <param name="writer">The log being written.</param>
        /// <param name="artifacts">Every input file.</param>
        /// <param name="policiesAreTargets">The policy files are what was analysed (lint), not the run's configuration (check).</param>
        /// <param name="successful">The tool could use all its inputs.</param>
        /// <param name="unlocated">Problems with no place in a file.</param>
        /// <param name="properties">Writes the run's properties, if any.</param>
        public static void EndRun(Utf8JsonWriter writer, IEnumerable<InputFile> artifacts, bool policiesAreTargets, bool successful,
            IEnumerable<Diagnostic> unlocated, Action<Utf8JsonWriter>? properties)
        {
            WriteArtifacts(writer, artifacts, policiesAreTargets);
            writer.WriteStartArray("invocations");
            writer.WriteStartObject();
            writer.WriteBoolean("executionSuccessful", successful);
            var notifications = unlocated.ToArray();
            if (notifications.Length > 0)
            {
                writer.WriteStartArray("toolExecutionNotifications");
                foreach (var diagnostic in notifications) WriteNotification(writer, diagnostic);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
            writer.WriteEndArray();
            if (properties != null)
            {
                writer.WriteStartObject("properties");
                properties(writer);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        /// <summary>Record files are what a check analyses and its policy files configure it; for lint the policy files are the target.</summary>
        private static void WriteArtifacts(Utf8JsonWriter writer, IEnumerable<InputFile> artifacts, bool policiesAreTargets)
        {
            writer.WriteStartArray("artifacts");
            foreach (var artifact in artifacts)
            {
                writer.WriteStartObject();
                writer.WriteStartObject("location");
                writer.WriteString("uri", Uri(artifact.Path));
                writer.WriteEndObject();
                writer.WriteNumber("length", artifact.Length);
                writer.WriteStartArray("roles");
                writer.WriteStringValue(artifact.Kind == InputKind.Records || policiesAreTargets ? "analysisTarget" : "userSpecifiedConfiguration");
                writer.WriteEndArray();
                writer.WriteStartObject("hashes");
                writer.WriteString("sha-256", artifact.Sha256);
                writer.WriteEndObject();
                writer.WriteStartObject("properties");
                writer.WriteString("kind", ReportNames.Of(artifact.Kind));
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }

        public static void WriteText(Utf8JsonWriter writer, string property, string text)
        {
            writer.WriteStartObject(property);
            writer.WriteString("text", text.Length == 0 ? "(no message)" : text);
            writer.WriteEndObject();
        }

        public static string Level(DiagnosticSeverity severity) =>
            severity == DiagnosticSeverity.Error ? "error" : severity == DiagnosticSeverity.Warning ? "warning" : "note";

        /// <summary>A relative path becomes a relative URI reference with escaped segments; a rooted path a file: URI.</summary>
        public static string Uri(string path)
        {
            if (Path.IsPathRooted(path))
            {
                try
                {
                    return new System.Uri(Path.GetFullPath(path)).AbsoluteUri;
                }
                catch (Exception e) when (e is UriFormatException || e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
                {
                    // Fall through to the relative form; the path is reported as written.
                }
            }
            var segments = path.Replace('\\', '/').Split('/');
            return string.Join("/", segments.Select(s => s == "." || s == ".." ? s : System.Uri.EscapeDataString(s)));
        }

        private static string SemanticVersion(string version)
        {
            var plus = version.IndexOf('+');
            return plus >= 0 ? version.Substring(0, plus) : version;
        }

        /// <summary>"Unknown name" becomes "UnknownName", SARIF's convention for rule names.</summary>
        private static string Identifier(string title) =>
            string.Concat(title.Split(new[] { ' ', '-', '\'' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1)));
    }
}
