using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using CompliancePolicy.Reporting;
using CompliancePolicy.Values;

namespace CompliancePolicy.Tests.Reporting
{
    /// <summary>
    /// A JSON Lines line written as raw bytes (<see cref="JsonLine"/>) is byte for byte what the reports'
    /// <see cref="Utf8JsonWriter"/> writes for the same values, hostile strings included: control characters, quotes and
    /// backslashes, non-ASCII text, characters outside the Basic Multilingual Plane and lone surrogates.
    /// </summary>
    public class JsonLineTests
    {
        private static readonly string[] Hostile =
        {
            "",
            "CL-0000001",
            "score 93.79 (99.79 - 6.0 + 0) with 5 special deduction(s)",
            "a \"quoted\" word and a back\\slash",
            "line\nbreak\rreturn\ttab\bbackspace\fform feed",
            "nul \u0000 unit separator \u001f delete \u007f",
            "<script>alert('x')</script> & + ` ~",
            "special_deductions needs 1 item fewer (5 → 4)",
            "003 §5.6.5 – 认证证书 é ñ ß",
            "emoji 😀 and 𝄞",
            "lone high \ud800 surrogate",
            "lone low \udc00 surrogate",
            "reversed \udc00\ud800 pair",
            "ends with a high surrogate \ud83d",
            "line separator \u2028 paragraph separator \u2029",
            "unassigned \u0378, private use \ue000, noncharacter \uffff, BOM \ufeff, replacement \ufffd, soft hyphen \u00ad",
            "NEL \u0085 and NBSP \u00a0",
        };

        [Fact]
        public void Strings_escape_exactly_as_the_reports_Utf8JsonWriter_does()
        {
            foreach (var text in Hostile) AssertSameAsWriter(json => WriteAllStringForms(json, text), text);
        }

        [Fact]
        public void Every_UTF16_code_unit_alone_and_between_letters_escapes_as_the_writer_does()
        {
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var alone = ((char)c).ToString();
                var between = "a" + (char)c + "b";
                AssertSameAsWriter(json =>
                {
                    json.StartArray();
                    json.StringValue(alone);
                    json.StringValue(between);
                    json.EndArray();
                }, between);
            }
        }

        [Fact]
        public void Random_mixes_of_hostile_characters_escape_as_the_writer_does()
        {
            var random = new Random(13);
            var alphabet = string.Concat(Hostile) + "\ud800\udc00\udbff\udfff";
            for (var i = 0; i < 2000; i++)
            {
                var chars = new char[random.Next(0, 40)];
                for (var k = 0; k < chars.Length; k++) chars[k] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : alphabet[random.Next(alphabet.Length)];
                var text = new string(chars);
                AssertSameAsWriter(json => WriteAllStringForms(json, text), text);
            }
        }

        [Fact]
        public void A_policy_text_written_again_from_its_cache_is_the_same_bytes()
        {
            // More distinct texts than the cache has slots: some replace others, and each must still come out right.
            var texts = Enumerable.Range(0, 3000).Select(i => Hostile[i % Hostile.Length] + i).ToArray();
            var citations = new List<string> { "RD-4.8", "003 §5.3.3.7", "\"quoted\"" };
            AssertSameAsWriter(json =>
            {
                json.StartObject();
                for (var round = 0; round < 3; round++)
                {
                    foreach (var text in texts) json.PolicyText("id"u8, text);
                    json.PolicyTexts("citations"u8, citations);
                }
                json.EndObject();
            }, "policy texts");
        }

        [Fact]
        public void Numbers_dates_booleans_and_nulls_are_written_as_the_writer_does()
        {
            var decimals = new[] { 0m, 6.0m, -1.50m, 70m, 0.0000000000000000000000000001m, decimal.MaxValue, decimal.MinValue, 12345.678900m };
            AssertSameAsWriter(json =>
            {
                json.StartArray();
                foreach (var value in decimals) json.NumberValue(value);
                json.StartObject();
                json.Number("line"u8, 0);
                json.Number("line"u8, int.MaxValue);
                json.Number("line"u8, long.MinValue);
                json.Date("since"u8, Date("0001-01-01"));
                json.Date("since"u8, Date("2026-11-23"));
                json.Date("since"u8, Date("9999-12-31"));
                json.Boolean("overdue"u8, true);
                json.Boolean("overdue"u8, false);
                json.Null("error"u8);
                json.PolicyTextOrNull("state"u8, null);
                json.PropertyName("list"u8);
                json.StartArray();
                json.BooleanValue(true);
                json.NullValue();
                json.StartObject();
                json.EndObject();
                json.EndArray();
                json.StartArray("empty"u8);
                json.EndArray();
                json.StartObject("nested"u8);
                json.Encoded("outcome"u8, JsonEncodedText.Encode("non-compliant"));
                json.EndObject();
                json.EndObject();
                json.EndArray();
            }, "numbers and literals");
        }

        [Fact]
        public void A_value_written_by_a_Utf8JsonWriter_inside_a_line_takes_its_place_with_a_comma()
        {
            using var buffer = new ByteBuffer(64);
            using var line = new JsonLine(buffer);
            line.StartArray();
            line.StringValue("first");
            line.Value(static (w, text) => { w.WriteStartObject(); w.WriteString("message", text); w.WriteEndObject(); }, "a \"diagnostic\"");
            line.EndArray();
            Assert.Equal("[\"first\",{\"message\":\"a \\\"diagnostic\\\"\"}]", Encoding.UTF8.GetString(buffer.Written));
        }

        /// <summary>The text as a value, a property's value, a property's name, a policy text (twice: encoded, then from the
        /// cache) and in a list of policy texts, in an object.</summary>
        private static void WriteAllStringForms(IJsonOutput json, string text)
        {
            json.StartObject();
            json.String("message"u8, text);
            json.PolicyText("id"u8, text);
            json.PolicyText("id"u8, text);
            json.PolicyTexts("citations"u8, new[] { text, "RD-4.8", text });
            json.PropertyName(text);
            json.StringValue(text);
            json.EndObject();
        }

        /// <summary>Writes the same values through the reports' Utf8JsonWriter and through a line (each output as the
        /// interface: the shared writers take either), and compares the bytes.</summary>
        private static void AssertSameAsWriter(Action<IJsonOutput> write, string what)
        {
            var expected = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(expected, JsonReportWriter.Options(indented: false)))
            {
                write(new WriterOutput(writer));
                writer.Flush();
            }
            using var buffer = new ByteBuffer(16);
            using var line = new JsonLine(buffer);
            line.Start(buffer);
            write(line.Json);
            var actual = buffer.Written.ToArray();
            if (!expected.WrittenSpan.SequenceEqual(actual))
            {
                Assert.Fail($"For {Escape(what)}:\nwriter: {Escape(Encoding.UTF8.GetString(expected.WrittenSpan))}\nline:   {Escape(Encoding.UTF8.GetString(actual))}");
            }
        }

        private static CalendarDate Date(string text) => CalendarDate.TryParse(text, out var date) ? date : throw new ArgumentException(text);

        private static string Escape(string text) => string.Concat(text.Select(c => c < 0x20 || c > 0x7e ? $"\\u{(int)c:x4}" : c.ToString()));
    }
}
