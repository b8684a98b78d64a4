using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using CompliancePolicy.Values;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// Writes one compact JSON value (a JSON Lines line) as raw UTF-8 into a <see cref="ByteBuffer"/>, byte for byte as a
    /// <see cref="Utf8JsonWriter"/> with the reports' options would: property names are UTF-8 literals, the policy's own
    /// strings (clause IDs, citations, state and event names) are encoded once per run and copied, dates and numbers are
    /// formatted in place, and only strings made for the record are checked and transcoded. A string that needs escaping
    /// or is not plain ASCII goes through a <see cref="Utf8JsonWriter"/> itself, so escaping is exactly the writer's.
    /// One per thread: it keeps no state between lines but its caches.
    /// </summary>
    internal sealed class JsonLine : IDisposable
    {
        /// <summary>Slots of the cache of the policy's encoded strings (a power of two): a policy has a few hundred; a
        /// string that meets another in its slot replaces it, so the cache never grows, whatever it is given.</summary>
        private const int PolicyTextSlots = 1024;

        /// <summary>The characters Utf8JsonWriter writes as they are, one byte each, with the reports' relaxed encoder: printable
        /// ASCII but the quote and the backslash.</summary>
#if NET
        private static readonly SearchValues<char> PlainAscii =
            SearchValues.Create(Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c).Where(IsPlain).ToArray());
#endif

        private readonly object?[] _policyTextKeys = new object?[PolicyTextSlots];
        private readonly byte[][] _policyTexts = new byte[PolicyTextSlots][];
        private readonly ByteBuffer _scratch = new ByteBuffer(1024);
        private readonly Utf8JsonWriter _escaper;
        private ByteBuffer _output;

        /// <summary>True once a value is written in the current object or array: the next one needs a comma first.</summary>
        private bool _separate;

        public JsonLine(ByteBuffer output)
        {
            _output = output;
            _escaper = new Utf8JsonWriter(_scratch, JsonReportWriter.Options(indented: false));
        }

        /// <summary>This writer as the shared JSON parts take it.</summary>
        public Output Json => new Output(this);

        /// <summary>Starts a new value at the end of <paramref name="output"/>.</summary>
        public void Start(ByteBuffer output)
        {
            _output = output;
            _separate = false;
        }

        public void StartObject()
        {
            Separate();
            _output.Write((byte)'{');
            _separate = false;
        }

        public void StartObject(ReadOnlySpan<byte> name)
        {
            Name(name);
            _output.Write((byte)'{');
            _separate = false;
        }

        public void EndObject()
        {
            _output.Write((byte)'}');
            _separate = true;
        }

        public void StartArray()
        {
            Separate();
            _output.Write((byte)'[');
            _separate = false;
        }

        public void StartArray(ReadOnlySpan<byte> name)
        {
            Name(name);
            _output.Write((byte)'[');
            _separate = false;
        }

        public void EndArray()
        {
            _output.Write((byte)']');
            _separate = true;
        }

        /// <summary><c>"name":</c>, after a comma when a value came before it in the object.</summary>
        public void Name(ReadOnlySpan<byte> name)
        {
            var bytes = _output.GetSpan(name.Length + 4);
            var at = 0;
            if (_separate) bytes[at++] = (byte)',';
            bytes[at++] = (byte)'"';
            name.CopyTo(bytes.Slice(at));
            at += name.Length;
            bytes[at++] = (byte)'"';
            bytes[at++] = (byte)':';
            _output.Advance(at);
            _separate = false;
        }

        /// <summary>A property name that is not a literal (a record's field), escaped as a string is.</summary>
        public void Name(string name)
        {
            Separate();
            Quoted(name);
            _output.Write((byte)':');
            _separate = false;
        }

        public void String(ReadOnlySpan<byte> name, string value)
        {
            Name(name);
            Quoted(value);
            _separate = true;
        }

        public void StringValue(string value)
        {
            Separate();
            Quoted(value);
            _separate = true;
        }

        public void PolicyText(ReadOnlySpan<byte> name, string value)
        {
            Name(name);
            if (!TryWriteKept(value, out var slot))
            {
                var start = _output.Count;
                Quoted(value);
                Keep(slot, value, start);
            }
            _separate = true;
        }

        public void PolicyTexts(ReadOnlySpan<byte> name, IReadOnlyList<string> values)
        {
            Name(name);
            if (!TryWriteKept(values, out var slot))
            {
                var start = _output.Count;
                _output.Write((byte)'[');
                for (var i = 0; i < values.Count; i++)
                {
                    if (i > 0) _output.Write((byte)',');
                    Quoted(values[i]);
                }
                _output.Write((byte)']');
                Keep(slot, values, start);
            }
            _separate = true;
        }

        public void Encoded(ReadOnlySpan<byte> name, JsonEncodedText value)
        {
            Name(name);
            var text = value.EncodedUtf8Bytes;
            var bytes = _output.GetSpan(text.Length + 2);
            bytes[0] = (byte)'"';
            text.CopyTo(bytes.Slice(1));
            bytes[text.Length + 1] = (byte)'"';
            _output.Advance(text.Length + 2);
            _separate = true;
        }

        public void Date(ReadOnlySpan<byte> name, CalendarDate value)
        {
            Name(name);
            var bytes = _output.GetSpan(CalendarDate.TextLength + 2);
            bytes[0] = (byte)'"';
            value.FormatUtf8(bytes.Slice(1));
            bytes[CalendarDate.TextLength + 1] = (byte)'"';
            _output.Advance(CalendarDate.TextLength + 2);
            _separate = true;
        }

        public void Number(ReadOnlySpan<byte> name, long value)
        {
            Name(name);
            // What Utf8JsonWriter.WriteNumber does: the standard format of the number.
            Utf8Formatter.TryFormat(value, _output.GetSpan(20), out var written);
            _output.Advance(written);
            _separate = true;
        }

        public void NumberValue(decimal value)
        {
            Separate();
            Utf8Formatter.TryFormat(value, _output.GetSpan(64), out var written);
            _output.Advance(written);
            _separate = true;
        }

        public void Boolean(ReadOnlySpan<byte> name, bool value)
        {
            Name(name);
            _output.Write(value ? "true"u8 : "false"u8);
            _separate = true;
        }

        public void BooleanValue(bool value)
        {
            Separate();
            _output.Write(value ? "true"u8 : "false"u8);
            _separate = true;
        }

        public void Null(ReadOnlySpan<byte> name)
        {
            Name(name);
            _output.Write("null"u8);
            _separate = true;
        }

        public void NullValue()
        {
            Separate();
            _output.Write("null"u8);
            _separate = true;
        }

        /// <summary>A value written by a <see cref="Utf8JsonWriter"/> (the rare parts of a line, such as a diagnostic).</summary>
        public void Value<T>(Action<Utf8JsonWriter, T> write, T state)
        {
            Separate();
            ThroughWriter(write, state);
            _separate = true;
        }

        public void Dispose()
        {
            _escaper.Dispose();
            _scratch.Dispose();
        }

        private void Separate()
        {
            if (_separate) _output.Write((byte)',');
        }

        /// <summary>Writes <paramref name="value"/> quoted and escaped.</summary>
        private void Quoted(string value)
        {
            var chars = value.AsSpan();
#if NET
            if (chars.IndexOfAnyExcept(PlainAscii) >= 0)
            {
                Escaped(value);
                return;
            }
            var bytes = _output.GetSpan(chars.Length + 2);
            Ascii.FromUtf16(chars, bytes.Slice(1), out _);
#else
            foreach (var c in chars)
            {
                if (!IsPlain(c))
                {
                    Escaped(value);
                    return;
                }
            }
            var bytes = _output.GetSpan(chars.Length + 2);
            for (var i = 0; i < chars.Length; i++) bytes[i + 1] = (byte)chars[i];
#endif
            bytes[0] = (byte)'"';
            bytes[chars.Length + 1] = (byte)'"';
            _output.Advance(chars.Length + 2);
        }

        private static bool IsPlain(char c) => c >= 0x20 && c < 0x7F && c != '"' && c != '\\';

        /// <summary>A string with a character to escape or beyond ASCII, written by Utf8JsonWriter itself.</summary>
        private void Escaped(string value) => ThroughWriter(static (writer, text) => writer.WriteStringValue(text), value);

        /// <summary>Copies into the line what <paramref name="write"/> makes the reports' <see cref="Utf8JsonWriter"/> write.</summary>
        private void ThroughWriter<T>(Action<Utf8JsonWriter, T> write, T state)
        {
            _scratch.Clear();
            _escaper.Reset(_scratch);
            write(_escaper, state);
            _escaper.Flush();
            _output.Write(_scratch.Written);
        }

        /// <summary>The cache slot of a policy's string or list: by the object, not its text, as the policy's strings are the
        /// same objects on every record and hashing the object is cheaper than hashing its text.</summary>
        private static int Slot(object key) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key) & (PolicyTextSlots - 1);

        /// <summary>Copies the encoding kept for <paramref name="key"/>, if its slot holds it; else gives the slot to keep it in.</summary>
        private bool TryWriteKept(object key, out int slot)
        {
            slot = Slot(key);
            if (!ReferenceEquals(_policyTextKeys[slot], key)) return false;
            _output.Write(_policyTexts[slot]);
            return true;
        }

        /// <summary>Keeps the bytes written since <paramref name="start"/> as the encoding of <paramref name="key"/>.</summary>
        private void Keep(int slot, object key, int start)
        {
            _policyTexts[slot] = _output.Written.Slice(start).ToArray();
            _policyTextKeys[slot] = key;
        }

        /// <summary>The line as an <see cref="IJsonOutput"/>.</summary>
        internal readonly struct Output : IJsonOutput
        {
            private readonly JsonLine _line;

            public Output(JsonLine line) => _line = line;

            public void StartObject() => _line.StartObject();
            public void StartObject(ReadOnlySpan<byte> name) => _line.StartObject(name);
            public void EndObject() => _line.EndObject();
            public void StartArray() => _line.StartArray();
            public void StartArray(ReadOnlySpan<byte> name) => _line.StartArray(name);
            public void EndArray() => _line.EndArray();
            public void PropertyName(ReadOnlySpan<byte> name) => _line.Name(name);
            public void PropertyName(string name) => _line.Name(name);
            public void String(ReadOnlySpan<byte> name, string value) => _line.String(name, value);
            public void StringValue(string value) => _line.StringValue(value);
            public void PolicyText(ReadOnlySpan<byte> name, string value) => _line.PolicyText(name, value);

            public void PolicyTextOrNull(ReadOnlySpan<byte> name, string? value)
            {
                if (value is null) _line.Null(name);
                else _line.PolicyText(name, value);
            }

            public void PolicyTexts(ReadOnlySpan<byte> name, IReadOnlyList<string> values) => _line.PolicyTexts(name, values);
            public void Encoded(ReadOnlySpan<byte> name, JsonEncodedText value) => _line.Encoded(name, value);
            public void Date(ReadOnlySpan<byte> name, CalendarDate value) => _line.Date(name, value);
            public void Number(ReadOnlySpan<byte> name, long value) => _line.Number(name, value);
            public void NumberValue(decimal value) => _line.NumberValue(value);
            public void Boolean(ReadOnlySpan<byte> name, bool value) => _line.Boolean(name, value);
            public void BooleanValue(bool value) => _line.BooleanValue(value);
            public void Null(ReadOnlySpan<byte> name) => _line.Null(name);
            public void NullValue() => _line.NullValue();
        }
    }
}
