using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CompliancePolicy.Text
{
    /// <summary>
    /// A JSON document read with <see cref="Utf8JsonReader"/> into nodes that remember their byte span and JSON path,
    /// so every problem in a JSON input people write (a policy test file, compliance.json) can be reported at its line,
    /// column and path. Such files are small: the whole file is read at once.
    /// </summary>
    internal sealed class JsonTree
    {
        private readonly int[] _lineStarts;

        private JsonTree(string path, byte[] bytes, JsonNode root)
        {
            Path = path;
            Bytes = bytes;
            Root = root;
            var starts = new List<int> { 0 };
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == '\n') starts.Add(i + 1);
            }
            _lineStarts = starts.ToArray();
        }

        public string Path { get; }
        public byte[] Bytes { get; }
        public JsonNode Root { get; }

        /// <summary>Parses the bytes; on malformed JSON gives null and the line, column and problem, in our words (never the
        /// JSON library's, which speak of reader options).</summary>
        public static JsonTree? Parse(string path, byte[] bytes, out (int Line, int Column, string Message)? error)
        {
            error = null;
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(bytes, start, bytes.Length - start), new JsonReaderOptions { MaxDepth = JsonSyntaxProblem.MaxDepth });
            var rootRead = false;
            try
            {
                if (!reader.Read())
                {
                    error = (1, 1, "the file is empty");
                    return null;
                }
                var root = ReadValue(ref reader, start, "$");
                rootRead = true;
                // The reader allows one value: anything after it throws here.
                reader.Read();
                return new JsonTree(path, bytes, root);
            }
            catch (JsonException e)
            {
                var line = (int)(e.LineNumber ?? 0) + 1;
                var column = (int)(e.BytePositionInLine ?? 0) + 1;
                var offset = OffsetOf(bytes, start, line, column);
                error = (line, column, JsonSyntaxProblem.Describe(bytes, start, offset, reader.TokenType, reader.CurrentDepth, rootRead));
                return null;
            }
        }

        /// <summary>The byte offset of a 1-based line and byte column, clamped to the file.</summary>
        private static int OffsetOf(byte[] bytes, int start, int line, int column)
        {
            var offset = start;
            for (var current = 1; current < line && offset < bytes.Length; offset++)
            {
                if (bytes[offset] == '\n') current++;
            }
            return Math.Min(bytes.Length, offset + column - 1);
        }

        public LinePosition PositionOf(int offset)
        {
            var line = Array.BinarySearch(_lineStarts, offset);
            if (line < 0) line = ~line - 1;
            return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
        }

        public SourceLocation Locate(JsonNode node) =>
            new SourceLocation(Path, TextSpan.FromBounds(node.Start, node.End), PositionOf(node.Start), PositionOf(node.End), node.Path);

        /// <summary>The node's own text, for quoting in messages or for reading an inline record.</summary>
        public string TextOf(JsonNode node) => Encoding.UTF8.GetString(Bytes, node.Start, node.End - node.Start);

        private static JsonNode ReadValue(ref Utf8JsonReader reader, int baseOffset, string path)
        {
            var start = baseOffset + (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                {
                    var properties = new List<JsonProperty>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var name = reader.GetString()!;
                        var nameStart = baseOffset + (int)reader.TokenStartIndex;
                        reader.Read();
                        properties.Add(new JsonProperty(name, nameStart, ReadValue(ref reader, baseOffset, PropertyPath(path, name))));
                    }
                    return new JsonNode(JsonValueKind.Object, start, baseOffset + (int)reader.BytesConsumed, path) { Properties = properties };
                }
                case JsonTokenType.StartArray:
                {
                    var items = new List<JsonNode>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        items.Add(ReadValue(ref reader, baseOffset, path + "[" + items.Count.ToString(CultureInfo.InvariantCulture) + "]"));
                    return new JsonNode(JsonValueKind.Array, start, baseOffset + (int)reader.BytesConsumed, path) { Items = items };
                }
                case JsonTokenType.String:
                    return new JsonNode(JsonValueKind.String, start, baseOffset + (int)reader.BytesConsumed, path) { Text = reader.GetString() };
                case JsonTokenType.Number:
                    return new JsonNode(JsonValueKind.Number, start, baseOffset + (int)reader.BytesConsumed, path)
                    {
                        Text = Encoding.UTF8.GetString(reader.ValueSpan.ToArray()),
                    };
                case JsonTokenType.True:
                case JsonTokenType.False:
                    return new JsonNode(reader.TokenType == JsonTokenType.True ? JsonValueKind.True : JsonValueKind.False, start, baseOffset + (int)reader.BytesConsumed, path);
                default:
                    return new JsonNode(JsonValueKind.Null, start, baseOffset + (int)reader.BytesConsumed, path);
            }
        }

        private static string PropertyPath(string path, string name)
        {
            foreach (var c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_')) return path + "['" + name.Replace("'", "\\'") + "']";
            }
            return name.Length == 0 ? path + "['']" : path + "." + name;
        }
    }

    /// <summary>A JSON value with its byte span in the file and its JSON path.</summary>
    internal sealed class JsonNode
    {
        public JsonNode(JsonValueKind kind, int start, int end, string path)
        {
            Kind = kind;
            Start = start;
            End = end;
            Path = path;
        }

        public JsonValueKind Kind { get; }
        public int Start { get; }
        public int End { get; }
        public string Path { get; }

        /// <summary>The value of a string, or the literal text of a number.</summary>
        public string? Text { get; set; }

        public List<JsonProperty>? Properties { get; set; }
        public List<JsonNode>? Items { get; set; }

        public JsonNode? this[string name]
        {
            get
            {
                if (Properties is null) return null;
                foreach (var property in Properties)
                {
                    if (property.Name == name) return property.Value;
                }
                return null;
            }
        }

        /// <summary>"an object", "a string", ... for messages.</summary>
        public string Describe()
        {
            switch (Kind)
            {
                case JsonValueKind.Object: return "an object";
                case JsonValueKind.Array: return "an array";
                case JsonValueKind.String: return "a string";
                case JsonValueKind.Number: return "a number";
                case JsonValueKind.True:
                case JsonValueKind.False: return "a boolean";
                default: return "null";
            }
        }
    }

    /// <summary>A property of a JSON object: its name, where the name starts, and its value.</summary>
    internal sealed class JsonProperty
    {
        public JsonProperty(string name, int nameStart, JsonNode value)
        {
            Name = name;
            NameStart = nameStart;
            Value = value;
        }

        public string Name { get; }
        public int NameStart { get; }
        public JsonNode Value { get; }
    }
}
