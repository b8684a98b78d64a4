using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CompliancePolicy.Diagnostics;

namespace CompliancePolicy.Reporting
{
    /// <summary>The diagnostics of policy files as JSON (docs/report-format.md) or as SARIF 2.1.0 results located in the policy files.</summary>
    internal static class LintReport
    {
        /// <summary>The version of the lint report's layout; it changes on its own, not with the check report's (1.1 added
        /// the inputs by SHA-256, 1.2 each diagnostic's help, suggestions, related locations and fixes).</summary>
        public const string ReportVersion = "1.2";

        /// <summary>The JSON lint report. <paramref name="inputs"/> are the policy files read (by content); <paramref name="files"/>
        /// the files linted, also those that could not be read.</summary>
        public static void WriteJson(Stream output, string toolName, string toolVersion, IEnumerable<string> files, IReadOnlyList<InputFile> inputs,
            IReadOnlyList<Diagnostic> diagnostics, bool indented = true)
        {
            using var writer = new Utf8JsonWriter(output, JsonReportWriter.Options(indented));
            JsonValues.WriteReportStart(writer, ReportVersion, toolName, toolVersion);
            writer.WriteStartArray("files");
            foreach (var file in files) writer.WriteStringValue(JsonValues.PathText(file));
            writer.WriteEndArray();
            writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics) JsonValues.WriteDiagnostic(writer, diagnostic, null, withDetails: true);
            writer.WriteEndArray();
            JsonValues.WriteInputs(writer, inputs);
            writer.WriteStartObject("summary");
            writer.WriteNumber("errors", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
            writer.WriteNumber("warnings", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
            writer.WriteNumber("infos", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        /// <summary>The SARIF lint log: a result per located diagnostic, the policy files as artifacts with their SHA-256;
        /// <paramref name="successful"/> is false when an input could not be used.</summary>
        public static void WriteSarif(Stream output, string toolName, string toolVersion, IReadOnlyList<InputFile> inputs, IReadOnlyList<Diagnostic> diagnostics,
            bool successful, bool indented = true)
        {
            using var writer = new Utf8JsonWriter(output, JsonReportWriter.Options(indented));
            Sarif.BeginRun(writer, toolName, toolVersion);
            writer.WriteStartArray("rules");
            Sarif.WriteDiagnosticRules(writer);
            writer.WriteEndArray();
            writer.WriteEndObject(); // driver
            writer.WriteEndObject(); // tool
            writer.WriteStartArray("results");
            foreach (var diagnostic in diagnostics.Where(d => d.Location != null)) Sarif.WriteDiagnosticResult(writer, diagnostic, null);
            writer.WriteEndArray();
            Sarif.EndRun(writer, inputs, true, successful, diagnostics.Where(d => d.Location is null), null);
        }
    }
}
