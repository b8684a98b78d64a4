using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using JsonValueKind = System.Text.Json.JsonValueKind;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;

namespace CompliancePolicy.Testing
{
    /// <summary>
    /// One parsed test file and the problems found in it: a typed report method per policy-test rule (CP3100-CP3149),
    /// each located at the JSON value it is about, and the shape checks every object of the file goes through.
    /// </summary>
    internal sealed class TestFileContext
    {
        private readonly List<Diagnostic> _diagnostics;

        public TestFileContext(JsonTree tree, List<Diagnostic> diagnostics)
        {
            Tree = tree;
            _diagnostics = diagnostics;
        }

        public JsonTree Tree { get; }

        /// <summary>Errors reported so far in the run, to tell whether a test could run as written.</summary>
        public int ErrorCount => _diagnostics.Count(d => d.IsError);

        public SourceLocation Locate(JsonNode node) => Tree.Locate(node);

        /// <summary>A diagnostic found by another stage (a record's, a parameter's), moved to a place in this file.</summary>
        public void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

        public void WrongType(JsonNode node, string expected) => Report(node, DiagnosticMessages.TestValueWrongType(Label(node), expected, node.Describe()));

        public void Missing(JsonNode parent, string field, TestShape shape) => Report(parent, DiagnosticMessages.TestFieldMissing(shape.Subject, field, shape.Purpose(field)));

        public void InvalidDate(JsonNode node, string detail) => Report(node, DiagnosticMessages.TestDateInvalid(Shown(node.Text!), detail));

        public void UnknownOutcome(JsonNode node) =>
            Report(node, DiagnosticMessages.TestOutcomeUnknown(node.Kind == JsonValueKind.String ? "\"" + Shown(node.Text!) + "\"" : Tree.TextOf(node)));

        public void PolicyUnusable(JsonNode node, string problem) => Report(node, DiagnosticMessages.TestPolicyUnusable(Shown(node.Text!, isPath: true), problem));

        public void RecordsMissing(JsonNode node, bool both) =>
            Report(node, DiagnosticMessages.TestRecordsMissing(both));

        public void RecordNotFound(JsonNode node, string path, string problem) => Report(node, DiagnosticMessages.TestRecordNotFound(Shown(path, isPath: true), problem));

        public void ExpectsNothing(JsonNode node) => Report(node, DiagnosticMessages.TestExpectsNothing());

        public void NoTests(JsonNode node) => Report(node, DiagnosticMessages.TestFileWithoutTests());

        public void UnknownSubject(JsonNode node, Policy policy, string kind, string name, IEnumerable<string> candidates)
        {
            var names = candidates.ToArray();
            Report(node, DiagnosticMessages.TestSubjectUnknown(policy.Name, kind, Shown(name), Suggestions.For(name, names), declaresNone: names.Length == 0));
        }

        public void UnknownState(JsonNode node, LifecycleSymbol lifecycle, string name) =>
            Report(node, DiagnosticMessages.TestStateUnknown(lifecycle.Name, Shown(name), Suggestions.For(name, lifecycle.States.Select(s => s.Name))));

        /// <summary>The field, or null after reporting that it is missing or of the wrong JSON type.</summary>
        public JsonNode? Required(JsonNode parent, string name, TestShape shape, JsonValueKind type)
        {
            var node = parent[name];
            if (node is null)
            {
                Missing(parent, name, shape);
                return null;
            }
            return Typed(node, type);
        }

        /// <summary>The field, or null when it is absent or (reported) of the wrong JSON type.</summary>
        public JsonNode? Optional(JsonNode parent, string name, JsonValueKind type)
        {
            var node = parent[name];
            return node is null ? null : Typed(node, type);
        }

        /// <summary>Warns about fields the shape does not have (they would be silently ignored) and reports fields given twice.</summary>
        public void CheckFields(JsonNode node, TestShape shape)
        {
            foreach (var property in node.Properties!.Where(p => !shape.Has(p.Name)))
                Report(property.Value, DiagnosticMessages.TestFieldUnknown(shape.Subject, Shown(property.Name), Suggestions.For(property.Name, shape.Fields)));
            CheckRepeated(node, shape.Subject);
        }

        /// <summary>Reports each name given twice in an object: only the first would count, silently.</summary>
        public void CheckRepeated(JsonNode node, string subject)
        {
            var seen = new Dictionary<string, JsonProperty>(System.StringComparer.Ordinal);
            foreach (var property in node.Properties!)
            {
                if (seen.TryGetValue(property.Name, out var first))
                {
                    Report(property.Value, DiagnosticMessages.TestFieldRepeated(Shown(property.Name), subject, Tree.PositionOf(first.NameStart).Line));
                }
                else
                {
                    seen.Add(property.Name, property);
                }
            }
        }

        private JsonNode? Typed(JsonNode node, JsonValueKind type)
        {
            if (node.Kind == type) return node;
            WrongType(node, type == JsonValueKind.Object ? "an object" : type == JsonValueKind.Array ? "an array" : "a string");
            return null;
        }

        private void Report(JsonNode node, DiagnosticMessage message) => _diagnostics.Add(message.At(Tree.Locate(node)));

        /// <summary>"'as_of'", "'tests[0]'", or "The file" for the root: how a value is named in a message.</summary>
        private static string Label(JsonNode node)
        {
            if (node.Path == "$") return "The file";
            var cut = System.Math.Max(node.Path.LastIndexOf('.'), node.Path.LastIndexOf("['", System.StringComparison.Ordinal));
            var last = node.Path.Substring(cut + 1);
            return "'" + (last.StartsWith("['", System.StringComparison.Ordinal) ? last.Substring(2, last.Length - 4) : last) + "'";
        }

        /// <summary>
        /// Text from the file as a message quotes it: characters that would hide or reorder what a reader sees (controls,
        /// bidirectional and zero-width marks) are written as U+XXXX, and a name or value longer than 80 characters is
        /// cut (a path is shown whole: <paramref name="isPath"/>).
        /// </summary>
        public static string Shown(string text, bool isPath = false)
        {
            var max = isPath ? int.MaxValue : 80;
            var shown = new StringBuilder();
            foreach (var c in text.Length > max ? text.Substring(0, max) : text)
            {
                if (c < ' ' || c == '\u007F' || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF')
                    shown.Append("U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                else
                    shown.Append(c);
            }
            if (text.Length > max) shown.Append("...");
            return shown.ToString();
        }
    }
}
