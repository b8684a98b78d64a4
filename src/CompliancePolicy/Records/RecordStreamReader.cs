using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Records
{
    /// <summary>
    /// Splits a stream into records and decodes them one at a time. The layout is taken from the first byte:
    /// '[' is an array of records; '{' starts a sequence of objects (one object, JSON Lines or concatenated objects).
    /// Each record's extent is measured first (refilling the window until it is complete) and the complete slice is
    /// then decoded, so no reader state has to survive a refill.
    /// </summary>
    internal sealed class RecordStreamReader : IDisposable
    {
        private const string RestNotRead = "; the rest of the file cannot be read";

        private readonly ByteWindow _input;
        private readonly string _path;
        private readonly RecordType _schema;
        private readonly RecordDecoder _decoder;
        private readonly DecodeContext _context = new DecodeContext();
        private Stage _stage;
        private int _index;

        // True until a record is seen that spans lines: then the input is not JSON Lines and every record is measured first.
        private bool _recordsAreLines = true;

        public RecordStreamReader(Stream stream, string path, RecordType schema, RecordDecoder decoder, int bufferSize)
        {
            _input = new ByteWindow(stream, bufferSize);
            _path = path;
            _schema = schema;
            _decoder = decoder;
        }

        private enum Stage
        {
            Start,
            ObjectSequence,
            ArrayFirstElement,
            ArrayNextElement,
            AfterArray,
            Finished,
        }

        /// <summary>The next record, or null at the end of the input or after a problem that stops the file.</summary>
        public RecordReadResult? ReadNext()
        {
            try
            {
                switch (_stage)
                {
                    case Stage.Start: return ReadFirst();
                    case Stage.ObjectSequence: return _input.SkipWhitespace() ? ReadRecord(inArray: false) : Finish();
                    case Stage.ArrayFirstElement:
                    case Stage.ArrayNextElement: return ReadArrayElement();
                    case Stage.AfterArray: return ReadAfterArray();
                    default: return null;
                }
            }
            catch (UnreadableInputException e)
            {
                return Stop(Here(0), _input.Line, DiagnosticMessages.RecordsNotRead(_path, e.Message));
            }
        }

        public void Dispose() => _input.Dispose();

        private RecordReadResult? ReadFirst()
        {
            _input.SkipByteOrderMark();
            if (!_input.SkipWhitespace()) return Finish();
            var first = _input.Unread[0];
            if (first == '{')
            {
                _stage = Stage.ObjectSequence;
                return ReadRecord(inArray: false);
            }
            if (first == '[')
            {
                _input.Advance(1);
                _stage = Stage.ArrayFirstElement;
                return ReadArrayElement();
            }
            if (first >= 0x80 && Utf8Validation.IndexOfInvalidByte(_input.Unread) == 0) return StopAtInvalidUtf8(_input.Origin, _input.Unread, 0);
            return Stop(Here(1), _input.Line, DiagnosticMessages.MalformedJson(
                $"expected a JSON object, an array of objects or JSON Lines, but the file starts with {DescribeByte(first)}"));
        }

        private RecordReadResult? ReadArrayElement()
        {
            if (!_input.SkipWhitespace()) return StopAtMalformedArray("the array is not closed with ']'");
            var next = _input.Unread[0];
            if (next == ']')
            {
                _input.Advance(1);
                _stage = Stage.AfterArray;
                return ReadAfterArray();
            }

            if (_stage == Stage.ArrayNextElement)
            {
                if (next != ',') return StopAtMalformedArray($"expected ',' or ']' after a record but found {DescribeByte(next)}" + RestNotRead);
                _input.Advance(1);
                if (!_input.SkipWhitespace()) return StopAtMalformedArray("the array is not closed with ']'");
                if (_input.Unread[0] == ']') return StopAtMalformedArray("a ',' must be followed by another record, not ']'");
            }
            _stage = Stage.ArrayNextElement;
            return ReadRecord(inArray: true);
        }

        private RecordReadResult? ReadAfterArray() =>
            _input.SkipWhitespace() ? StopAtMalformedArray("unexpected content after the closing ']' of the array" + RestNotRead) : Finish();

        private RecordReadResult ReadRecord(bool inArray)
        {
            var origin = _input.Origin;
            if (!inArray && _recordsAreLines && TryDecodeLine(origin) is { } lineRecord) return lineRecord;

            int length;
            JsonException? syntaxError;
            while (!TryMeasureValue(out length, out syntaxError)) _input.ReadMore();
            if (syntaxError != null) return ReportSyntaxError(syntaxError, origin, inArray);

            var record = _input.Unread.Slice(0, length);
            if (record.IndexOf((byte)'\n') >= 0) _recordsAreLines = false;
            var invalidByte = Utf8Validation.IndexOfInvalidByte(record);
            var result = invalidByte >= 0 ? SkipInvalidUtf8(origin, record, invalidByte, inArray) : Decode(record, origin, inArray, out _);
            _input.Advance(length);
            return result;
        }

        /// <summary>
        /// JSON Lines in one pass: when the rest of the line is valid UTF-8 and starts an object, decode it straight
        /// away instead of measuring the record first. Null when that does not work out (the line does not hold a whole
        /// record, or its JSON is broken): the caller then measures the record, which reports any problem as before.
        /// </summary>
        private RecordReadResult? TryDecodeLine(RecordOrigin origin)
        {
            var lineFeed = _input.Unread.IndexOf((byte)'\n');
            while (lineFeed < 0 && _input.ReadMore()) lineFeed = _input.Unread.IndexOf((byte)'\n');
            var unread = _input.Unread;
            var line = lineFeed < 0 ? unread : unread.Slice(0, lineFeed);
            if (line.IsEmpty || line[0] != '{' || Utf8Validation.IndexOfInvalidByte(line) >= 0) return null;

            RecordReadResult result;
            int length;
            try
            {
                result = Decode(line, origin, inArray: false, out length);
            }
            catch (JsonException)
            {
                return null;
            }
            _input.Advance(length);
            return result;
        }

        /// <summary>
        /// Finds the length of the JSON value at the start of the window; false when the window ends inside it.
        /// A syntax error counts as measured: there is nothing more to wait for.
        /// </summary>
        private bool TryMeasureValue(out int length, out JsonException? syntaxError)
        {
            length = 0;
            syntaxError = null;
            var reader = new Utf8JsonReader(_input.Unread, _input.IsFinal, default);
            try
            {
                if (!reader.Read()) return false;
                var isContainer = reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray;
                if (isContainer && !reader.TrySkip()) return false;
                length = (int)reader.BytesConsumed;
                return true;
            }
            catch (JsonException e)
            {
                syntaxError = e;
                return true;
            }
        }

        /// <summary>
        /// Decodes the record at the start of <paramref name="record"/>; <paramref name="length"/> is how many bytes it
        /// took. Throws <see cref="JsonException"/> only when the bytes are not one well-formed JSON value.
        /// </summary>
        private RecordReadResult Decode(ReadOnlySpan<byte> record, RecordOrigin origin, bool inArray, out int length)
        {
            _context.BeginRecord(inArray ? _index : -1);
            var reader = new Utf8JsonReader(record, isFinalBlock: true, state: default);
            reader.Read();
            RecordValue? value = null;
            string? key = null;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                var fields = _decoder.DecodeFields(ref reader, _context);
                if (!_context.HasErrors) value = new RecordValue(_schema, fields);
                if (_schema.Key is { } keyField && fields[keyField.Index] is { } keyValue)
                {
                    key = keyValue as string ?? Convert.ToString(keyValue, CultureInfo.InvariantCulture);
                }
            }
            else
            {
                _context.ReportWrongKind(ref reader, _schema);
            }

            length = (int)reader.BytesConsumed;
            var result = new RecordReadResult(_index, _path, origin.Line, key, value, ToDiagnostics(record, origin));
            _index++;
            return result;
        }

        private IReadOnlyList<Diagnostic> ToDiagnostics(ReadOnlySpan<byte> record, RecordOrigin origin)
        {
            var problems = _context.Problems;
            if (problems.Count == 0) return Array.Empty<Diagnostic>();
            var unlisted = _context.UnlistedErrors + _context.UnlistedWarnings;
            var diagnostics = new Diagnostic[problems.Count + (unlisted > 0 ? 1 : 0)];
            var end = 0;
            for (var i = 0; i < problems.Count; i++) end = Math.Max(end, problems[i].End);
            var lines = origin.Lines(record, Math.Max(end, 1));
            for (var i = 0; i < problems.Count; i++)
            {
                var problem = problems[i];
                var location = lines.Locate(_path, problem.Start, problem.End, problem.JsonPath);
                diagnostics[i] = problem.Message.At(location);
            }
            if (unlisted > 0)
            {
                var message = DiagnosticMessages.ProblemsNotListed(unlisted, _context.UnlistedErrors, _context.UnlistedWarnings, DecodeContext.MaxListedPerSeverity);
                diagnostics[problems.Count] = message.At(lines.Locate(_path, 0, 1, _context.RecordPath()));
            }
            return diagnostics;
        }

        /// <summary>
        /// In an array nothing after a syntax error can be trusted. In a sequence of objects, a record that sits on its
        /// own line (JSON Lines) is skipped and reading resumes at the next line that starts with '{'; a pretty-printed
        /// object cannot be resynchronised, which shows as a next line that does not start a record.
        /// </summary>
        private RecordReadResult ReportSyntaxError(JsonException error, RecordOrigin origin, bool inArray)
        {
            var errorOffset = OffsetOf(_input.Unread, error.LineNumber ?? 0, error.BytePositionInLine ?? 0);
            var location = origin.Locate(_path, _input.Unread, errorOffset, errorOffset, inArray ? RootPath(_index) : "$");
            var detail = Describe(error.Message);
            if (inArray || !SkipToNextRecordLine()) return Stop(location, origin.Line, DiagnosticMessages.MalformedJson(detail + RestNotRead));
            return Fail(location, origin.Line, DiagnosticMessages.MalformedJson(detail + "; the record is skipped"));
        }

        /// <summary>Skips past the line the failed record starts on; true when the input ends or the next non-blank line starts with '{'.</summary>
        private bool SkipToNextRecordLine()
        {
            while (true)
            {
                var lineFeed = _input.Unread.IndexOf((byte)'\n');
                if (lineFeed >= 0)
                {
                    _input.Advance(lineFeed + 1);
                    break;
                }
                _input.Advance(_input.Unread.Length);
                if (!_input.ReadMore()) return true;
            }
            return !_input.SkipWhitespace() || (_input.Unread[0] == '{' && _input.Origin.Column == 1);
        }

        /// <summary>
        /// A record whose JSON is whole but holds bytes that are not UTF-8 (inside a string: outside one, they are a syntax
        /// error). Its extent is known, so only this record is lost: it is reported as unreadable, and the next one is read.
        /// </summary>
        private RecordReadResult SkipInvalidUtf8(RecordOrigin origin, ReadOnlySpan<byte> record, int invalidByte, bool inArray)
        {
            var location = origin.Locate(_path, record, invalidByte, invalidByte + 1, inArray ? RootPath(_index) : "$");
            var fileOffset = (origin.Offset + invalidByte).ToString(CultureInfo.InvariantCulture);
            return Fail(location, origin.Line, DiagnosticMessages.MalformedJson(
                $"the record is not valid UTF-8 (byte offset {fileOffset} in the file); the record is skipped: save the file with UTF-8 encoding"));
        }

        private RecordReadResult StopAtInvalidUtf8(RecordOrigin origin, ReadOnlySpan<byte> bytes, int invalidByte)
        {
            var location = origin.Locate(_path, bytes, invalidByte, invalidByte + 1, null);
            return Stop(location, origin.Line, DiagnosticMessages.RecordsNotUtf8(_path, origin.Offset + invalidByte));
        }

        private RecordReadResult StopAtMalformedArray(string detail) =>
            Stop(Here(Math.Min(1, _input.Unread.Length)), _input.Line, DiagnosticMessages.MalformedJson(detail));

        private SourceLocation Here(int length) => _input.Origin.Locate(_path, _input.Unread, 0, length, "$");

        private RecordReadResult Stop(SourceLocation location, int line, DiagnosticMessage message)
        {
            _stage = Stage.Finished;
            return Fail(location, line, message);
        }

        private RecordReadResult Fail(SourceLocation location, int line, DiagnosticMessage message)
        {
            var result = new RecordReadResult(_index, _path, line, null, null, new[] { message.At(location) });
            _index++;
            return result;
        }

        private RecordReadResult? Finish()
        {
            _stage = Stage.Finished;
            return null;
        }


        private static string RootPath(int index) => "$[" + index.ToString(CultureInfo.InvariantCulture) + "]";

        /// <summary>The offset of a 0-based line and byte position, as System.Text.Json reports them, relative to the bytes given.</summary>
        private static int OffsetOf(ReadOnlySpan<byte> bytes, long line, long bytePositionInLine)
        {
            var lineStart = 0;
            for (var i = 0L; i < line; i++)
            {
                var lineFeed = bytes.Slice(lineStart).IndexOf((byte)'\n');
                if (lineFeed < 0) break;
                lineStart += lineFeed + 1;
            }
            return (int)Math.Min(lineStart + bytePositionInLine, bytes.Length);
        }

        /// <summary>
        /// System.Text.Json's message without its position (the diagnostic's is exact), put in our own words where it
        /// advises whoever configured the reader ("Change the reader options"), which a user of the tool cannot do.
        /// </summary>
        private static string Describe(string message)
        {
            var detail = WithoutPosition(message);
            if (detail.StartsWith("The JSON object contains a trailing comma", StringComparison.Ordinal))
                return "a comma before '}' must be followed by another member";
            if (detail.StartsWith("The JSON array contains a trailing comma", StringComparison.Ordinal))
                return "a comma before ']' must be followed by another item";
            return detail;
        }

        // The reader's messages end with "LineNumber: 0 | BytePositionInLine: 7." in 0-based terms; the location has them 1-based.
        private static string WithoutPosition(string message)
        {
            var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return (position >= 0 ? message.Substring(0, position) : message).TrimEnd(' ', '.');
        }

        private static string DescribeByte(byte value) =>
            value > 0x20 && value < 0x7F ? $"'{(char)value}'" : $"byte 0x{value:X2}";
    }
}
