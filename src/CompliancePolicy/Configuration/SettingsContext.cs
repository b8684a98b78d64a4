using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using JsonValueKind = System.Text.Json.JsonValueKind;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Configuration
{
    /// <summary>
    /// What a section reader needs while reading compliance.json: reporting a problem at a JSON value or property
    /// name, at its line and column in characters and with its JSON path, and the checks every section makes.
    /// </summary>
    internal sealed class SettingsContext
    {
        private readonly SourceText _source;
        private readonly byte[] _bytes;
        private readonly int[] _charAtByte;
        private readonly List<Diagnostic> _diagnostics = new List<Diagnostic>();

        public SettingsContext(SourceText source, byte[] bytes)
        {
            _source = source;
            _bytes = bytes;
            _charAtByte = CharOffsets(source.Text, bytes.Length);
        }

        public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.ToImmutableArray();

        /// <summary>The folder of the settings file: paths in it are relative to it.</summary>
        public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(_source.Path)) ?? string.Empty;

        /// <summary>A path written in the settings file, relative to its folder: relative itself when the settings file's path is
        /// (so reports name it the way the run was given its files), else full.</summary>
        public string PathBeside(string written) =>
            System.IO.Path.Combine(System.IO.Path.GetDirectoryName(_source.Path) ?? string.Empty, written);

        /// <summary>Whether the value is of the kind a setting needs; if not, reports CP6003 naming the setting and the kind.</summary>
        public bool Expect(JsonNode value, JsonValueKind kind, string setting, string expected)
        {
            if (value.Kind == kind) return true;
            ReportAtValue(value, DiagnosticMessages.WrongSettingType(setting, expected, value.Describe()));
            return false;
        }

        /// <summary>An object's properties, the last of each name only; each earlier one is reported (CP6007).</summary>
        public IEnumerable<JsonProperty> LastOfEachName(JsonNode node)
        {
            var properties = node.Properties ?? new List<JsonProperty>();
            var last = properties.GroupBy(p => p.Name, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), System.StringComparer.Ordinal);
            foreach (var property in properties)
            {
                if (!ReferenceEquals(last[property.Name], property)) ReportAtName(property, DiagnosticMessages.DuplicateSetting(property.Name));
            }
            return properties.Where(p => ReferenceEquals(last[p.Name], p));
        }

        /// <summary>Reports at a value; a string is located inside its quotes, so a fix can replace exactly its text.</summary>
        public void ReportAtValue(JsonNode value, DiagnosticMessage message) => Report(ValueSpan(value), value.Path, message);

        /// <summary>Where a value is (a string inside its quotes), with its JSON path: for a check made later, against other files.</summary>
        public SourceLocation LocationOf(JsonNode value) => WithPath(_source.GetLocation(ValueSpan(value)), value.Path);

        /// <summary>Where a property's name is (inside its quotes), with the JSON path of its value.</summary>
        public SourceLocation NameLocationOf(JsonProperty property) =>
            WithPath(_source.GetLocation(Inside(property.NameStart, StringEnd(property.NameStart))), property.Value.Path);

        private static SourceLocation WithPath(SourceLocation location, string jsonPath) =>
            new SourceLocation(location.Path, location.Span, location.Start, location.End, jsonPath);

        /// <summary>Reports at a property's name, inside its quotes.</summary>
        public void ReportAtName(JsonProperty property, DiagnosticMessage message) =>
            Report(Inside(property.NameStart, StringEnd(property.NameStart)), property.Value.Path, message);

        /// <summary>CP6001 at a line and column (1-based, the column in bytes) given by the JSON reader.</summary>
        public void ReportUnreadable(int line, int byteColumn, string problem)
        {
            line = System.Math.Max(1, System.Math.Min(line, _source.LineCount));
            var lineStart = _source.GetLineStart(line);
            var lineStartByte = Encoding.UTF8.GetByteCount(_source.Text.Substring(0, lineStart));
            var at = _charAtByte[System.Math.Min(_bytes.Length, lineStartByte + System.Math.Max(0, byteColumn - 1))];
            Report(new TextSpan(at, 0), null, DiagnosticMessages.SettingsUnreadable(problem));
        }

        private void Report(TextSpan span, string? jsonPath, DiagnosticMessage message)
        {
            // Reported through a bag, which turns a suggestion into a fix; then given the JSON path.
            var bag = new DiagnosticBag();
            bag.Report(_source, span, message);
            var diagnostic = bag.Single();
            _diagnostics.Add(jsonPath is null ? diagnostic : diagnostic.WithJsonPath(jsonPath));
        }

        private TextSpan ValueSpan(JsonNode value) => value.Kind == JsonValueKind.String ? Inside(value.Start, value.End) : Chars(value.Start, value.End);

        private TextSpan Chars(int startByte, int endByte) => TextSpan.FromBounds(_charAtByte[startByte], _charAtByte[endByte]);

        /// <summary>The characters between the quotes of the string token spanning these bytes.</summary>
        private TextSpan Inside(int startByte, int endByte) => Chars(startByte + 1, System.Math.Max(startByte + 1, endByte - 1));

        /// <summary>The byte after the closing quote of the string token that starts at <paramref name="quote"/>.</summary>
        private int StringEnd(int quote)
        {
            var i = quote + 1;
            while (i < _bytes.Length && _bytes[i] != (byte)'"') i += _bytes[i] == (byte)'\\' ? 2 : 1;
            return System.Math.Min(i + 1, _bytes.Length);
        }

        /// <summary>For every byte offset of the text's UTF-8 form, the offset of the character it belongs to.</summary>
        private static int[] CharOffsets(string text, int byteCount)
        {
            var map = new int[byteCount + 1];
            var b = 0;
            for (var c = 0; c < text.Length; c++)
            {
                var width = char.IsHighSurrogate(text[c]) && c + 1 < text.Length ? 4 : Encoding.UTF8.GetByteCount(text.Substring(c, 1));
                for (var k = 0; k < width && b < byteCount; k++) map[b++] = c;
                if (width == 4) c++;
            }
            while (b <= byteCount) map[b++] = text.Length;
            return map;
        }
    }
}
