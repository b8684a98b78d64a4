using System;
using System.Collections.Generic;
using System.Text.Json;
using CompliancePolicy.Values;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// Where the parts of a report that several JSON formats share (remedies, lifecycle summaries, language values) are
    /// written: a <see cref="Utf8JsonWriter"/> (<see cref="WriterOutput"/>), or the raw bytes of a JSON Lines line
    /// (<see cref="JsonLine"/>), so those parts are written once for both. Property names are UTF-8 literals that need no
    /// escaping; implementations are structs, so the generic writers that use them compile to direct calls.
    /// </summary>
    internal interface IJsonOutput
    {
        void StartObject();
        void StartObject(ReadOnlySpan<byte> name);
        void EndObject();
        void StartArray();
        void StartArray(ReadOnlySpan<byte> name);
        void EndArray();
        void PropertyName(ReadOnlySpan<byte> name);
        void PropertyName(string name);

        /// <summary>A string made for this record (a message, a remedy's words).</summary>
        void String(ReadOnlySpan<byte> name, string value);
        void StringValue(string value);

        /// <summary>A string of the policy itself, the same object on every record (a clause ID, a state's or an event
        /// type's name): a JSON Lines line encodes it once per run.</summary>
        void PolicyText(ReadOnlySpan<byte> name, string value);

        /// <summary><see cref="PolicyText"/>, or null.</summary>
        void PolicyTextOrNull(ReadOnlySpan<byte> name, string? value);

        /// <summary>A list of the policy's strings, the same object on every record (a clause's citations).</summary>
        void PolicyTexts(ReadOnlySpan<byte> name, IReadOnlyList<string> values);

        /// <summary>A string encoded already (<see cref="JsonEncodedText"/> tables of fixed spellings).</summary>
        void Encoded(ReadOnlySpan<byte> name, JsonEncodedText value);

        void Date(ReadOnlySpan<byte> name, CalendarDate value);
        void Number(ReadOnlySpan<byte> name, long value);
        void NumberValue(decimal value);
        void Boolean(ReadOnlySpan<byte> name, bool value);
        void BooleanValue(bool value);
        void Null(ReadOnlySpan<byte> name);
        void NullValue();
    }

    /// <summary>A <see cref="Utf8JsonWriter"/> as an <see cref="IJsonOutput"/>.</summary>
    internal readonly struct WriterOutput : IJsonOutput
    {
        private readonly Utf8JsonWriter _writer;

        public WriterOutput(Utf8JsonWriter writer) => _writer = writer;

        public void StartObject() => _writer.WriteStartObject();
        public void StartObject(ReadOnlySpan<byte> name) => _writer.WriteStartObject(name);
        public void EndObject() => _writer.WriteEndObject();
        public void StartArray() => _writer.WriteStartArray();
        public void StartArray(ReadOnlySpan<byte> name) => _writer.WriteStartArray(name);
        public void EndArray() => _writer.WriteEndArray();
        public void PropertyName(ReadOnlySpan<byte> name) => _writer.WritePropertyName(name);
        public void PropertyName(string name) => _writer.WritePropertyName(name);
        public void String(ReadOnlySpan<byte> name, string value) => _writer.WriteString(name, value);
        public void StringValue(string value) => _writer.WriteStringValue(value);
        public void PolicyText(ReadOnlySpan<byte> name, string value) => _writer.WriteString(name, value);

        public void PolicyTextOrNull(ReadOnlySpan<byte> name, string? value)
        {
            if (value is null) _writer.WriteNull(name);
            else _writer.WriteString(name, value);
        }

        public void PolicyTexts(ReadOnlySpan<byte> name, IReadOnlyList<string> values)
        {
            _writer.WriteStartArray(name);
            for (var i = 0; i < values.Count; i++) _writer.WriteStringValue(values[i]);
            _writer.WriteEndArray();
        }

        public void Encoded(ReadOnlySpan<byte> name, JsonEncodedText value) => _writer.WriteString(name, value);

        public void Date(ReadOnlySpan<byte> name, CalendarDate value)
        {
            Span<byte> text = stackalloc byte[CalendarDate.TextLength];
            _writer.WriteString(name, value.FormatUtf8(text));
        }

        public void Number(ReadOnlySpan<byte> name, long value) => _writer.WriteNumber(name, value);
        public void NumberValue(decimal value) => _writer.WriteNumberValue(value);
        public void Boolean(ReadOnlySpan<byte> name, bool value) => _writer.WriteBoolean(name, value);
        public void BooleanValue(bool value) => _writer.WriteBooleanValue(value);
        public void Null(ReadOnlySpan<byte> name) => _writer.WriteNull(name);
        public void NullValue() => _writer.WriteNullValue();
    }

    /// <summary>Parts written the same way to any <see cref="IJsonOutput"/>.</summary>
    internal static class JsonOutputs
    {
        /// <summary>A named array of strings made for the record (not the policy's own: those are <see cref="IJsonOutput.PolicyTexts"/>).</summary>
        public static void Strings<TJson>(TJson json, ReadOnlySpan<byte> name, IReadOnlyList<string> values) where TJson : struct, IJsonOutput
        {
            json.StartArray(name);
            for (var i = 0; i < values.Count; i++) json.StringValue(values[i]);
            json.EndArray();
        }
    }
}
