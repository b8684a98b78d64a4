using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CompliancePolicy.Fuzz.Tests.Mutation
{
    /// <summary>
    /// Mutations of JSON inputs (record files and policy tests): edits to the structure (a value of another type, an
    /// extreme value, a field removed, added, renamed or repeated, a history grown long), then sometimes to the bytes
    /// (an invalid UTF-8 byte, a byte order mark, a NUL, a cut). JSON Lines are mutated one line at a time.
    /// </summary>
    public static class JsonMutations
    {
        private const string RawMarker = "\"__raw__\"";

        public static byte[] MutateRecords(string text, Random random)
        {
            var isLines = !text.TrimStart().StartsWith("[", StringComparison.Ordinal);
            string mutated;
            if (isLines)
            {
                var lines = text.Split('\n').ToList();
                var edits = random.Next(1, 4);
                for (var i = 0; i < edits; i++)
                {
                    var at = random.Next(lines.Count);
                    if (lines[at].Trim().Length > 0) lines[at] = MutateDocument(lines[at], random, indented: false);
                }
                if (random.Next(4) == 0) lines.Insert(random.Next(lines.Count + 1), lines[random.Next(lines.Count)]);
                mutated = string.Join("\n", lines);
            }
            else
            {
                mutated = MutateDocument(text, random, indented: random.Next(2) == 0);
            }
            return MutateBytes(Encoding.UTF8.GetBytes(mutated), random);
        }

        public static byte[] MutateTest(string text, Random random) =>
            MutateBytes(Encoding.UTF8.GetBytes(MutateDocument(text, random, indented: true, TestValues)), random, rarely: true);

        /// <summary>Values a policy test's fields are given: wrong types, impossible dates, hostile parameters and paths.</summary>
        private static readonly Func<Random, JsonNode?>[] TestValues =
        {
            r => JsonValue.Create("banana"), r => JsonValue.Create(true), r => JsonValue.Create(""), r => null,
            r => JsonValue.Create(Hostile.Durations[r.Next(Hostile.Durations.Length)]),
            r => JsonValue.Create(Hostile.Dates[r.Next(Hostile.Dates.Length)]),
            r => JsonValue.Create("../records/none.json#nobody"), r => JsonValue.Create("missing.policy"),
            r => JsonValue.Create("pass"), r => JsonValue.Create("error"), r => new JsonObject { ["nope"] = 1 },
        };

        private static string MutateDocument(string text, Random random, bool indented, Func<Random, JsonNode?>[]? extra = null)
        {
            JsonNode? root;
            try
            {
                root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 1_000 });
                // Objects are read lazily: a repeated key only throws once they are walked.
                if (root != null) _ = Containers(root).Count();
            }
            catch (Exception e) when (e is JsonException || e is ArgumentException)
            {
                return text; // an earlier edit broke it (or repeated a key): the bytes may still be mutated
            }
            if (root is null) return text;
            var raws = new List<string>();
            var edits = random.Next(1, 4);
            for (var i = 0; i < edits; i++) MutateNode(root, random, raws, extra);
            var json = root.ToJsonString(new JsonSerializerOptions
            {
                WriteIndented = indented,
                MaxDepth = 1_000,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
            foreach (var raw in raws)
            {
                var at = json.IndexOf(RawMarker, StringComparison.Ordinal);
                if (at >= 0) json = json.Remove(at, RawMarker.Length).Insert(at, raw);
            }
            return json;
        }

        private static void MutateNode(JsonNode root, Random random, List<string> raws, Func<Random, JsonNode?>[]? extra)
        {
            var containers = Containers(root).ToList();
            var container = containers[random.Next(containers.Count)];
            if (container is JsonObject obj)
            {
                var names = obj.Select(p => p.Key).ToList();
                switch (random.Next(6))
                {
                    case 0 when names.Count > 0: obj.Remove(names[random.Next(names.Count)]); return;
                    case 1: obj[Hostile.Keywords[random.Next(Hostile.Keywords.Length)] + (random.Next(3) == 0 ? "\u202E" : "")] = 1; return;
                    case 2 when names.Count > 0:
                        // A repeated key: written as raw text, since a JsonObject keeps one of each.
                        var name = names[random.Next(names.Count)];
                        obj[name + "__dup"] = JsonValue.Create(RawMarker.Trim('"'));
                        raws.Add("1, " + JsonSerializer.Serialize(name) + ": \"again\"");
                        return;
                    default:
                        if (names.Count == 0) return;
                        var key = names[random.Next(names.Count)];
                        obj[key] = Value(random, raws, extra);
                        return;
                }
            }
            var array = (JsonArray)container;
            if (array.Count > 0 && random.Next(3) == 0)
            {
                // A history (or list) grown long: the same items, many times over.
                var item = array[random.Next(array.Count)]?.ToJsonString();
                var times = random.Next(200, 3_000);
                for (var i = 0; i < times; i++) array.Add(item is null ? null : JsonNode.Parse(item));
                return;
            }
            if (array.Count > 0) array[random.Next(array.Count)] = Value(random, raws, extra);
            else array.Add(Value(random, raws, extra));
        }

        private static JsonNode? Value(Random random, List<string> raws, Func<Random, JsonNode?>[]? extra)
        {
            if (extra != null && random.Next(2) == 0) return extra[random.Next(extra.Length)](random);
            switch (random.Next(9))
            {
                case 0:
                    raws.Add(Hostile.Numbers[random.Next(Hostile.Numbers.Length)]);
                    return JsonValue.Create(RawMarker.Trim('"'));
                case 1: return JsonValue.Create(Hostile.Dates[random.Next(Hostile.Dates.Length)]);
                case 2: return JsonValue.Create(Hostile.Durations[random.Next(Hostile.Durations.Length)]);
                case 3: return JsonValue.Create("x" + Hostile.Invisible[random.Next(Hostile.Invisible.Length)] + "y");
                case 4: return JsonValue.Create(new string('z', random.Next(100, 50_000)));
                case 5: return random.Next(2) == 0 ? new JsonObject() : new JsonArray();
                case 6: return JsonValue.Create(random.Next(2) == 0);
                case 7:
                    // Deeper than System.Text.Json's own default limit (64): written as raw text.
                    raws.Add(string.Concat(Enumerable.Repeat("[", 70)) + "1" + string.Concat(Enumerable.Repeat("]", 70)));
                    return JsonValue.Create(RawMarker.Trim('"'));
                default: return null;
            }
        }

        private static IEnumerable<JsonNode> Containers(JsonNode node)
        {
            yield return node;
            IEnumerable<JsonNode?> children = node is JsonObject obj ? obj.Select(p => p.Value) : node is JsonArray array ? array : Enumerable.Empty<JsonNode?>();
            foreach (var child in children)
            {
                if (child is JsonObject || child is JsonArray)
                {
                    foreach (var inner in Containers(child)) yield return inner;
                }
            }
        }

        private static byte[] MutateBytes(byte[] bytes, Random random, bool rarely = false)
        {
            if (random.Next(rarely ? 6 : 3) != 0 || bytes.Length == 0) return bytes;
            var list = bytes.ToList();
            var at = random.Next(list.Count);
            switch (random.Next(5))
            {
                case 0: list.Insert(at, 0xFF); break; // never UTF-8
                case 1: list.InsertRange(at, new byte[] { 0xC0, 0x80 }); break; // an overlong NUL
                case 2: list.InsertRange(at, new byte[] { 0xEF, 0xBB, 0xBF }); break; // a byte order mark in the middle
                case 3: list.Insert(at, 0); break;
                default: list.RemoveRange(at, list.Count - at); break;
            }
            return list.ToArray();
        }
    }
}
