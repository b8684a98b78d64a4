using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// Writes CSV as RFC 4180 has it (fields separated by commas, records ended by CRLF, a field quoted when it holds a
    /// comma, a quote or a line break, a quote inside written twice) in UTF-8 with a byte-order mark, the one sign
    /// spreadsheet programs read as UTF-8. A field that would start with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab
    /// or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a
    /// formula (CSV injection): record data and messages come from the records, which anyone may have written.
    /// </summary>
    internal sealed class CsvText
    {
        private readonly TextWriter _output;

        public CsvText(Stream output)
        {
            _output = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        }

        public void Row(IEnumerable<string> fields)
        {
            var first = true;
            foreach (var field in fields)
            {
                if (!first) _output.Write(',');
                first = false;
                Field(field);
            }
            _output.Write("\r\n");
        }

        public void Flush() => _output.Flush();

        /// <summary>The field as it is written: quoted when it must be, and defused when a spreadsheet would read it as a formula.</summary>
        public static string Escape(string field)
        {
            if (field.Length > 0 && IsFormulaStart(field[0])) field = "'" + field;
            var quote = field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0;
            return quote ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
        }

        private void Field(string field) => _output.Write(Escape(field));

        private static bool IsFormulaStart(char c) => c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
