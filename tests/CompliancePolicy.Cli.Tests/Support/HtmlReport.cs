using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CompliancePolicy.Cli.Tests.Support
{
    /// <summary>An HTML report parsed with a real HTML5 parser, with its embedded records decoded as the page's script
    /// decodes them: the rows' JSON, and each record's details unpacked from Base64 and gzip and parsed in turn.</summary>
    public sealed class HtmlReport
    {
        private static readonly HtmlParser Parser = new HtmlParser();

        private HtmlReport(string text, IDocument document, JsonElement meta, IReadOnlyList<EmbeddedRecord> records, IReadOnlyList<string> detailsHtml)
        {
            Text = text;
            Document = document;
            Meta = meta;
            Records = records;
            DetailsHtml = detailsHtml;
        }

        /// <summary>The file as written.</summary>
        public string Text { get; }

        public IDocument Document { get; }

        /// <summary>The policies and the clause table the rows index.</summary>
        public JsonElement Meta { get; }

        public IReadOnlyList<EmbeddedRecord> Records { get; }

        /// <summary>Every record's details as unpacked from the page, before parsing.</summary>
        public IReadOnlyList<string> DetailsHtml { get; }

        /// <summary>The clause ID of an index in the clause table.</summary>
        public string ClauseId(int index) => Meta.GetProperty("clauses")[index][1].GetString()!;

        public static HtmlReport Load(string path) => Parse(File.ReadAllText(path));

        public static HtmlReport Parse(string text)
        {
            var document = Parser.ParseDocument(text);
            using var metaJson = JsonDocument.Parse(document.GetElementById("cp-meta")!.TextContent);
            var meta = metaJson.RootElement.Clone();
            var records = new List<EmbeddedRecord>();
            var details = new List<string>();
            var files = new List<string>();
            foreach (var rowsElement in document.QuerySelectorAll("script.cp-rows"))
            {
                using var rows = JsonDocument.Parse(rowsElement.TextContent);
                files.AddRange(rows.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()!));
                var detailsElement = rowsElement.NextElementSibling!;
                Assert.Equal("cp-details", detailsElement.ClassName);
                var html = Unpack(detailsElement.TextContent);
                var index = 0;
                foreach (var row in rows.RootElement.GetProperty("rows").EnumerateArray())
                {
                    details.Add(html[index]);
                    records.Add(new EmbeddedRecord(row[0].GetString()!, files[row[1].GetInt32()], row[2].GetInt32(),
                        new[] { "compliant", "non-compliant", "error" }[row[3].GetInt32()],
                        row[5].EnumerateArray().Select(c => meta.GetProperty("clauses")[c.GetInt32()][1].GetString()!).ToArray(),
                        Parser.ParseDocument(html[index++]).Body!));
                }
                Assert.Equal(html.Length, index);
            }
            return new HtmlReport(text, document, meta, records, details);
        }

        private static string[] Unpack(string base64)
        {
            using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(base64.Trim())), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<string[]>(gzip)!;
        }
    }

    /// <summary>One record as the page embeds it: its row and its parsed details.</summary>
    public sealed record EmbeddedRecord(string Id, string File, int Line, string Outcome, IReadOnlyList<string> FailedClauses, IElement Details);
}
