using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CompliancePolicy.Checking;
using CompliancePolicy.Checking.Coverage;
using CompliancePolicy.Diagnostics;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// The coverage of rule indexes (<c>compliance coverage</c>) as text, JSON (docs/report-format.md) or Markdown. The
    /// Markdown table is what a README pastes as its rule map: its paths are relative to the folder of the compliance.json
    /// that names the index, with links to the lines of the citing declarations.
    /// </summary>
    internal static class CoverageReport
    {
        /// <summary>The version of the coverage report's JSON layout.</summary>
        public const string ReportVersion = "1.0";

        public static void WriteJson(Stream output, string toolName, string toolVersion, CoverageResult result, bool indented = true)
        {
            using var writer = new Utf8JsonWriter(output, JsonReportWriter.Options(indented));
            JsonValues.WriteReportStart(writer, ReportVersion, toolName, toolVersion);
            writer.WriteStartArray("indexes");
            foreach (var index in result.Indexes) WriteIndex(writer, index);
            writer.WriteEndArray();
            writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics) JsonValues.WriteDiagnostic(writer, diagnostic, null);
            writer.WriteEndArray();
            JsonValues.WriteInputs(writer, result.Files.Select(f => f.Input));
            writer.WriteStartObject("summary");
            writer.WriteNumber("rules", result.Indexes.Sum(i => i.Rules.Length));
            writer.WriteNumber("encoded", result.Indexes.Sum(i => i.Encoded));
            writer.WriteNumber("notEncoded", result.Indexes.Sum(i => i.NotEncoded));
            writer.WriteNumber("missing", result.Indexes.Sum(i => i.Missing));
            writer.WriteNumber("errors", result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
            writer.WriteNumber("warnings", result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        private static void WriteIndex(Utf8JsonWriter writer, IndexCoverage index)
        {
            writer.WriteStartObject();
            writer.WriteString("settings", JsonValues.PathText(index.SettingsPath));
            writer.WriteString("index", JsonValues.PathText(index.IndexName));
            JsonValues.WriteNullable(writer, "pattern", index.Index?.Pattern.ToString());
            writer.WriteStartArray("policyFiles");
            foreach (var file in index.PolicyFiles) writer.WriteStringValue(JsonValues.PathText(file));
            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("rules", index.Rules.Length);
            writer.WriteNumber("encoded", index.Encoded);
            writer.WriteNumber("notEncoded", index.NotEncoded);
            writer.WriteNumber("missing", index.Missing);
            writer.WriteEndObject();
            writer.WriteStartArray("rules");
            foreach (var rule in index.Rules)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Rule.Id);
                writer.WriteString("summary", rule.Rule.Summary);
                writer.WriteNumber("line", rule.Rule.Location.Start.Line);
                writer.WriteString("status", StatusName(rule.Status));
                writer.WriteStartArray("encodedBy");
                foreach (var by in rule.EncodedBy)
                {
                    writer.WriteStartObject();
                    writer.WriteString("kind", CitingKinds.Name(by.Kind));
                    writer.WriteString("id", by.Id);
                    JsonValues.WriteNullable(writer, "title", by.Title);
                    JsonValues.WriteNullable(writer, "policy", by.Policy);
                    writer.WriteString("file", JsonValues.PathText(by.Location.Path));
                    writer.WriteNumber("line", by.Location.Start.Line);
                    writer.WriteNumber("column", by.Location.Start.Column);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                JsonValues.WriteNullable(writer, "reason", rule.Reason);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        /// <summary>Per index, a summary line and a table of rule, summary and what encodes it (or why not, or **missing**);
        /// then the diagnostics, if any.</summary>
        public static void WriteMarkdown(TextWriter output, CoverageResult result)
        {
            foreach (var index in result.Indexes)
            {
                output.WriteLine($"Coverage of `{Cell(JsonValues.PathText(index.IndexName))}`: {Summary(index)}.");
                output.WriteLine();
                if (index.Rules.IsEmpty) continue;
                output.WriteLine("| rule | summary | encoded by |");
                output.WriteLine("|---|---|---|");
                foreach (var rule in index.Rules)
                    output.WriteLine($"| {Cell(rule.Rule.Id)} | {Cell(rule.Rule.Summary)} | {MarkdownStatus(rule, index.ProjectFolder)} |");
                output.WriteLine();
            }
            if (result.Diagnostics.Count == 0) return;
            output.WriteLine("Problems:");
            output.WriteLine();
            foreach (var diagnostic in result.Diagnostics) output.WriteLine("- " + Cell(JsonValues.PathText(diagnostic.ToString())));
            output.WriteLine();
        }

        /// <summary>Per index, a summary line and one line per rule: ID, status, and the citing declarations at file:line or the reason.</summary>
        public static void WriteText(TextWriter output, CoverageResult result)
        {
            foreach (var index in result.Indexes)
            {
                output.WriteLine($"Coverage of {JsonValues.PathText(index.IndexName)} (named by {JsonValues.PathText(index.SettingsPath)}, {index.PolicyFiles.Length} policy file(s)): {Summary(index)}");
                var width = index.Rules.Select(r => r.Rule.Id.Length).DefaultIfEmpty(0).Max();
                foreach (var rule in index.Rules)
                {
                    var detail = rule.Status switch
                    {
                        RuleStatus.Encoded => string.Join(", ", rule.EncodedBy.Select(b => $"{b} ({JsonValues.PathText(b.Location.Path)}:{b.Location.Start.Line})")),
                        RuleStatus.NotEncoded => rule.Reason!.Length == 0 ? "(no reason given)" : rule.Reason,
                        RuleStatus.Missing => $"neither encoded nor declared not encoded (listed at {JsonValues.PathText(rule.Rule.Location.Path)}:{rule.Rule.Location.Start.Line})",
                        _ => throw new System.ArgumentOutOfRangeException(nameof(result), rule.Status, "unknown rule status"),
                    };
                    output.WriteLine($"  {rule.Rule.Id.PadRight(width)}  {StatusText(rule.Status),-11}  {detail}");
                }
                output.WriteLine();
            }
        }

        private static string Summary(IndexCoverage index) => index.Index is null
            ? "the index cannot be used (see the problems)"
            : $"{index.Rules.Length} rules, {index.Encoded} encoded, {index.NotEncoded} declared not encoded, {index.Missing} missing";

        private static string MarkdownStatus(RuleCoverage rule, string projectFolder) => rule.Status switch
        {
            RuleStatus.Encoded => string.Join("; ", rule.EncodedBy.GroupBy(b => b.Location.Path).Select(file =>
            {
                var path = JsonValues.PathText(FilePaths.RelativeTo(projectFolder, file.Key));
                return $"`{Cell(path)}`: " + string.Join(", ", file.Select(b => $"{CitingKinds.Name(b.Kind)} [`{Cell(b.Id)}`]({Link(path)}#L{b.Location.Start.Line})"));
            })),
            RuleStatus.NotEncoded => "not encoded: " + Cell(rule.Reason!),
            RuleStatus.Missing => "**missing**",
            _ => throw new System.ArgumentOutOfRangeException(nameof(rule), rule.Status, "unknown rule status"),
        };

        private static string StatusName(RuleStatus status) => status switch
        {
            RuleStatus.Encoded => "encoded",
            RuleStatus.NotEncoded => "notEncoded",
            RuleStatus.Missing => "missing",
            _ => throw new System.ArgumentOutOfRangeException(nameof(status), status, "unknown rule status"),
        };

        private static string StatusText(RuleStatus status) => status == RuleStatus.NotEncoded ? "not encoded" : StatusName(status);

        /// <summary>Text in a table cell: a pipe would end the cell, a line break the row.</summary>
        private static string Cell(string text) => text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");

        /// <summary>A relative path as a link target: spaces and parentheses would end it.</summary>
        private static string Link(string path) => path.Replace(" ", "%20").Replace("(", "%28").Replace(")", "%29");
    }
}
