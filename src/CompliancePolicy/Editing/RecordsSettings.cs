using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CompliancePolicy.Values;

namespace CompliancePolicy.Editing
{
    /// <summary>
    /// The <c>records</c> section of <c>compliance.json</c> at a workspace's root: the record files the editor's
    /// "Evaluate" lens runs the policy against, the as-of date, and parameter overrides (shown in hovers).
    /// <code>
    /// { "records": { "files": ["records/orgs.json"], "asOf": "2026-11-23", "parameters": { "grace": "3 months" } } }
    /// </code>
    /// Paths are relative to the file. A problem is reported as text, never thrown.
    /// </summary>
    public sealed class RecordsSettings
    {
        public const string FileName = "compliance.json";

        private RecordsSettings(IReadOnlyList<string> files, CalendarDate? asOf, IReadOnlyDictionary<string, string> parameters, string? problem)
        {
            Files = files;
            AsOf = asOf;
            Parameters = parameters;
            Problem = problem;
        }

        public static RecordsSettings None { get; } = new RecordsSettings(Array.Empty<string>(), null, new Dictionary<string, string>(), null);

        /// <summary>Full paths of the record files (JSON or JSON Lines).</summary>
        public IReadOnlyList<string> Files { get; }

        /// <summary>The date to evaluate as of; null means today.</summary>
        public CalendarDate? AsOf { get; }

        /// <summary>Parameter overrides by name, as text (<c>--param NAME=VALUE</c> takes the same).</summary>
        public IReadOnlyDictionary<string, string> Parameters { get; }

        /// <summary>Why the section could not be read, or null.</summary>
        public string? Problem { get; }

        /// <summary>Reads the section from <c>compliance.json</c> in a folder (none when the file or the section is absent).</summary>
        public static RecordsSettings Load(string? folder)
        {
            if (folder is null) return None;
            var path = Path.Combine(folder, FileName);
            if (!File.Exists(path)) return None;
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("records", out var section)) return None;
                return Read(folder, path, section);
            }
            catch (Exception e) when (e is JsonException || e is IOException || e is UnauthorizedAccessException)
            {
                return Failed($"{path}: {e.Message}");
            }
        }

        private static RecordsSettings Read(string folder, string path, JsonElement section)
        {
            if (section.ValueKind != JsonValueKind.Object) return Failed($"{path}: 'records' must be an object with 'files'");
            var files = new List<string>();
            if (section.TryGetProperty("files", out var list))
            {
                if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(f => f.ValueKind != JsonValueKind.String))
                    return Failed($"{path}: 'records.files' must be a list of paths");
                files.AddRange(list.EnumerateArray().Select(f => Path.GetFullPath(Path.Combine(folder, f.GetString()!))));
            }
            CalendarDate? asOf = null;
            if (section.TryGetProperty("asOf", out var date))
            {
                if (date.ValueKind != JsonValueKind.String || !CalendarDate.TryParse(date.GetString()!, out var parsed))
                    return Failed($"{path}: 'records.asOf' must be a date written yyyy-MM-dd");
                asOf = parsed;
            }
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            if (section.TryGetProperty("parameters", out var overrides))
            {
                if (overrides.ValueKind != JsonValueKind.Object) return Failed($"{path}: 'records.parameters' must map names to values");
                foreach (var property in overrides.EnumerateObject())
                    parameters[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
            return new RecordsSettings(files, asOf, parameters, null);
        }

        private static RecordsSettings Failed(string problem) =>
            new RecordsSettings(Array.Empty<string>(), null, new Dictionary<string, string>(), problem);
    }
}
