using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Values;

namespace CompliancePolicy.Reporting.Html
{
    /// <summary>
    /// The records of an HTML report as data its script pages through, written a chunk at a time so memory stays flat
    /// whatever the register's size. Each chunk is two inert script elements: the rows (compact JSON: what the table
    /// shows and the filters need) and the records' details (the HTML of <see cref="RecordHtml"/>, gzipped, in Base64,
    /// unpacked by the browser only when a record is opened).
    /// </summary>
    /// <remarks>
    /// A row is <c>[id, file, line, outcome, policies, clauses]</c>: <c>file</c> indexes the files listed so far (each
    /// chunk lists the files it adds), <c>outcome</c> is 0 compliant, 1 non-compliant, 2 error, <c>policies</c> holds
    /// <c>4 × policy + outcome</c> (3 for not applicable) and <c>clauses</c> the indexes, in the report's clause table, of
    /// the clauses that failed or could not be evaluated. The JSON escapes &lt;, &gt;, &amp;, quotes and U+2028/2029,
    /// so no text can end the script element it sits in.
    /// </remarks>
    internal sealed class EmbeddedRecords
    {
        /// <summary>Records per chunk: enough for gzip to find the repetition between records, small enough to unpack at once.</summary>
        public const int ChunkSize = 256;

        /// <summary>Every script's text unescaped except what HTML and JavaScript need escaped (which the encoder always
        /// escapes) and the characters that would disguise the page's source (<see cref="HtmlWriter.IsDisguising"/>).</summary>
        internal static readonly JsonWriterOptions JsonOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(Readable()) };

        private static TextEncoderSettings Readable()
        {
            var settings = new TextEncoderSettings(UnicodeRanges.All);
            for (var c = 0; c <= char.MaxValue; c++)
            {
                if (HtmlWriter.IsDisguising((char)c)) settings.ForbidCharacter((char)c);
            }
            return settings;
        }

        private readonly HtmlWriter _html;
        private readonly Func<PolicyInfo, string, int> _clauseIndex;
        private readonly Dictionary<PolicyInfo, int> _policyIndex;
        private readonly Dictionary<string, int> _files = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly List<string> _newFiles = new List<string>();
        private readonly StringWriter _detail = new StringWriter();
        private MemoryStream _rows = new MemoryStream();
        private MemoryStream _details = new MemoryStream();
        private Utf8JsonWriter? _rowWriter;
        private Utf8JsonWriter? _detailWriter;
        private GZipStream? _gzip;
        private int _inChunk;

        public EmbeddedRecords(HtmlWriter html, IReadOnlyList<PolicyInfo> policies, Func<PolicyInfo, string, int> clauseIndex)
        {
            _html = html;
            _clauseIndex = clauseIndex;
            _policyIndex = new Dictionary<PolicyInfo, int>();
            for (var i = 0; i < policies.Count; i++) _policyIndex[policies[i]] = i;
        }

        /// <summary>Records embedded so far.</summary>
        public int Count { get; private set; }

        public void Add(RecordReport record, CalendarDate asOf, bool failuresOnly)
        {
            if (_inChunk == 0) StartChunk();
            var rows = _rowWriter!;
            rows.WriteStartArray();
            rows.WriteStringValue(record.Id);
            rows.WriteNumberValue(FileIndex(JsonValues.PathText(record.File)));
            rows.WriteNumberValue(record.Line);
            rows.WriteNumberValue(Code(record.Outcome));
            rows.WriteStartArray();
            foreach (var policy in record.Policies) rows.WriteNumberValue(_policyIndex[policy.Policy] * 4 + Code(policy.Outcome));
            rows.WriteEndArray();
            rows.WriteStartArray();
            foreach (var (policy, clause) in record.Failures) rows.WriteNumberValue(_clauseIndex(policy.Policy, clause.Id));
            rows.WriteEndArray();
            rows.WriteEndArray();

            _detail.GetStringBuilder().Clear();
            RecordHtml.Write(new HtmlWriter(_detail), record, asOf, failuresOnly);
            _detailWriter!.WriteStringValue(_detail.ToString());
            _detailWriter.Flush();
            Count++;
            if (++_inChunk == ChunkSize) Flush();
        }

        /// <summary>Writes the chunk being filled, if any, to the page.</summary>
        public void Flush()
        {
            if (_inChunk == 0) return;
            _rowWriter!.WriteEndArray();
            // The files first named in this chunk: found while its rows were written, so listed after them.
            _rowWriter.WriteStartArray("files");
            foreach (var file in _newFiles) _rowWriter.WriteStringValue(file);
            _rowWriter.WriteEndArray();
            _rowWriter.WriteEndObject();
            _rowWriter.Flush();
            _detailWriter!.WriteEndArray();
            _detailWriter.Dispose();
            _gzip!.Dispose();
            _html.Raw("<script type=\"application/json\" class=\"cp-rows\">");
            _html.Raw(System.Text.Encoding.UTF8.GetString(_rows.GetBuffer(), 0, (int)_rows.Length));
            _html.Raw("</script>\n<script type=\"text/plain\" class=\"cp-details\">");
            _html.Raw(Convert.ToBase64String(_details.GetBuffer(), 0, (int)_details.Length));
            _html.Raw("</script>\n");
            _rowWriter.Dispose();
            _inChunk = 0;
        }

        private void StartChunk()
        {
            _rows = new MemoryStream();
            _details = new MemoryStream();
            _rowWriter = new Utf8JsonWriter(_rows, JsonOptions);
            _rowWriter.WriteStartObject();
            _newFiles.Clear();
            _rowWriter.WriteStartArray("rows");
            _gzip = new GZipStream(_details, CompressionLevel.Optimal, leaveOpen: true);
            _detailWriter = new Utf8JsonWriter(_gzip, JsonOptions);
            _detailWriter.WriteStartArray();
        }

        private int FileIndex(string path)
        {
            if (_files.TryGetValue(path, out var index)) return index;
            index = _files.Count;
            _files.Add(path, index);
            _newFiles.Add(path);
            return index;
        }

        internal static int Code(ReportOutcome outcome) => outcome switch
        {
            ReportOutcome.Compliant => 0,
            ReportOutcome.NonCompliant => 1,
            ReportOutcome.Error => 2,
            ReportOutcome.NotApplicable => 3,
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "unknown outcome"),
        };
    }
}
