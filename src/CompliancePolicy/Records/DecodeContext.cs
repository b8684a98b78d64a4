using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;

namespace CompliancePolicy.Records
{
    /// <summary>
    /// The state shared by the decoders while one record is decoded: the problems found, the JSON path of the value
    /// being decoded, and reusable list buffers. One instance serves every record of a file.
    /// </summary>
    internal sealed class DecodeContext
    {
        /// <summary>
        /// How many errors, and how many warnings, one record lists; the rest are counted, not kept (CP2008). A record
        /// with a million unknown fields would otherwise keep a million diagnostics in memory and in every report.
        /// </summary>
        public const int MaxListedPerSeverity = 100;

        private readonly List<RecordProblem> _problems = new List<RecordProblem>();
        private int _listedErrors;
        private int _listedWarnings;
        private readonly Stack<List<object?>> _spareLists = new Stack<List<object?>>();
        private bool[] _flags = new bool[64];
        private int _flagsInUse;
        private PathSegment[] _path = new PathSegment[16];
        private int _pathDepth;
        private int _rootIndex;

        public IReadOnlyList<RecordProblem> Problems => _problems;
        public bool HasErrors { get; private set; }

        /// <summary>Errors found beyond the <see cref="MaxListedPerSeverity"/> listed.</summary>
        public int UnlistedErrors { get; private set; }

        /// <summary>Warnings found beyond the <see cref="MaxListedPerSeverity"/> listed.</summary>
        public int UnlistedWarnings { get; private set; }

        /// <summary>Starts a record; <paramref name="rootIndex"/> is its index in a top-level array, or -1 when the record is the JSON root.</summary>
        public void BeginRecord(int rootIndex)
        {
            _problems.Clear();
            HasErrors = false;
            _listedErrors = _listedWarnings = 0;
            UnlistedErrors = UnlistedWarnings = 0;
            _pathDepth = 0;
            _flagsInUse = 0;
            _rootIndex = rootIndex;
        }

        public void EnterField(string name) => Push(new PathSegment(name, 0));
        public void EnterElement(int index) => Push(new PathSegment(null, index));
        public void Leave() => _pathDepth--;

        /// <summary>False once the record lists as many problems of the rule's severity as it may: a caller can then skip
        /// an expensive message (a "did you mean" over every name), which would only be counted.</summary>
        public bool WillList(DiagnosticRule rule) =>
            (rule.DefaultSeverity == DiagnosticSeverity.Error ? _listedErrors : _listedWarnings) < MaxListedPerSeverity;

        public void Report(int start, int end, DiagnosticMessage message)
        {
            var rule = message.Rule;
            var isError = rule.DefaultSeverity == DiagnosticSeverity.Error;
            if (isError) HasErrors = true;
            if (!WillList(rule))
            {
                if (isError) UnlistedErrors++;
                else UnlistedWarnings++;
                return;
            }
            if (isError) _listedErrors++;
            else _listedWarnings++;
            _problems.Add(new RecordProblem(message, start, end, CurrentPath()));
        }

        /// <summary>Reports that the current value is not of the expected type and skips it.</summary>
        public void ReportWrongKind(ref Utf8JsonReader reader, TypeSymbol expected)
        {
            var start = (int)reader.TokenStartIndex;
            var found = DescribeFound(ref reader);
            reader.Skip();
            Report(start, (int)reader.BytesConsumed, DiagnosticMessages.WrongValueKind(expected.Describe(), found));
        }

        /// <summary>The current string or property name as text; reports CP2006 when its escapes do not form valid text.</summary>
        public bool TryGetText(ref Utf8JsonReader reader, out string text)
        {
            try
            {
                text = reader.GetString()!;
                return true;
            }
            catch (InvalidOperationException)
            {
                // The bytes are known to be valid UTF-8, so only escapes such as an unpaired "\uD800" end up here.
                text = string.Empty;
                Report((int)reader.TokenStartIndex, TokenEnd(ref reader), DiagnosticMessages.TextWithHalfCharacter(RawText(ref reader)));
                return false;
            }
        }

        /// <summary>The end offset of the current property name, string, number or literal.</summary>
        public static int TokenEnd(ref Utf8JsonReader reader)
        {
            var quotes = reader.TokenType == JsonTokenType.PropertyName || reader.TokenType == JsonTokenType.String ? 2 : 0;
            return (int)reader.TokenStartIndex + reader.ValueSpan.Length + quotes;
        }

        /// <summary>The token as written in the file (escapes kept): what a message quotes.</summary>
        public static string RawText(ref Utf8JsonReader reader) => Encoding.UTF8.GetString(reader.ValueSpan.ToArray());

        /// <summary>
        /// <paramref name="count"/> cleared flags (which fields a record has seen), valid until the matching
        /// <see cref="ReturnFlags"/>; records nest, so flags are rented and returned like a stack.
        /// </summary>
        public Span<bool> RentFlags(int count)
        {
            if (_flagsInUse + count > _flags.Length) Array.Resize(ref _flags, Math.Max(_flags.Length * 2, _flagsInUse + count));
            var flags = _flags.AsSpan(_flagsInUse, count);
            flags.Clear();
            _flagsInUse += count;
            return flags;
        }

        public void ReturnFlags(int count) => _flagsInUse -= count;

        public List<object?> RentList() => _spareLists.Count > 0 ? _spareLists.Pop() : new List<object?>();

        /// <summary>Copies the list's items out and keeps the emptied list for the next list decoded.</summary>
        public object?[] ReturnList(List<object?> list)
        {
            var items = list.ToArray();
            list.Clear();
            _spareLists.Push(list);
            return items;
        }

        private static string DescribeFound(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String: return "a string \"" + DisplayText.Shorten(RawText(ref reader)) + "\"";
                case JsonTokenType.Number: return "a number " + DisplayText.Shorten(RawText(ref reader));
                case JsonTokenType.StartObject: return "an object";
                case JsonTokenType.StartArray: return "an array";
                case JsonTokenType.True: return "true";
                case JsonTokenType.False: return "false";
                default: return "null";
            }
        }

        private void Push(PathSegment segment)
        {
            if (_pathDepth == _path.Length) Array.Resize(ref _path, _path.Length * 2);
            _path[_pathDepth++] = segment;
        }

        /// <summary>The JSON path of the record itself: <c>$</c>, or <c>$[i]</c> in an array.</summary>
        public string RecordPath()
        {
            var builder = new StringBuilder("$");
            if (_rootIndex >= 0) AppendIndex(builder, _rootIndex);
            return builder.ToString();
        }

        private string CurrentPath()
        {
            var builder = new StringBuilder("$");
            if (_rootIndex >= 0) AppendIndex(builder, _rootIndex);
            for (var i = 0; i < _pathDepth; i++)
            {
                var segment = _path[i];
                if (segment.Name is null) AppendIndex(builder, segment.Index);
                else if (IsPlainName(segment.Name)) builder.Append('.').Append(segment.Name);
                else builder.Append("['").Append(segment.Name.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
            }
            return builder.ToString();
        }

        private static void AppendIndex(StringBuilder builder, int index) =>
            builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');

        private static bool IsPlainName(string name)
        {
            if (name.Length == 0 || char.IsDigit(name[0])) return false;
            foreach (var c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
            }
            return true;
        }

        private readonly struct PathSegment
        {
            public PathSegment(string? name, int index)
            {
                Name = name;
                Index = index;
            }

            /// <summary>The property name, or null for an array element.</summary>
            public string? Name { get; }

            public int Index { get; }
        }
    }
}
