using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using CompliancePolicy.Checking;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Records;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;

namespace CompliancePolicy.Testing
{
    /// <summary>
    /// The records a test evaluates: an inline <c>record</c>, read at its place in the test file, or <c>records</c>
    /// naming files and IDs beside it. Problems in the records themselves are the record reader's diagnostics.
    /// </summary>
    internal static class TestRecords
    {
        /// <summary>The records that read without errors; every problem is reported.</summary>
        public static List<RecordReadResult> Read(TestFileContext file, JsonNode test, Policy policy, CancellationToken cancellationToken)
        {
            var records = new List<RecordReadResult>();
            var inline = test["record"];
            var references = test["records"];
            if ((inline is null) == (references is null))
            {
                file.RecordsMissing(inline ?? test, both: inline != null);
                return records;
            }
            if (inline != null)
            {
                if (inline.Kind != JsonValueKind.Object)
                {
                    file.WrongType(inline, "a record object");
                    return records;
                }
                foreach (var result in ReadInline(file.Tree, inline, policy.Schema, cancellationToken)) Accept(file, result, records);
                return records;
            }

            var list = references!.Kind == JsonValueKind.Array ? references.Items! : new List<JsonNode> { references };
            foreach (var item in list)
            {
                if (item.Kind != JsonValueKind.String)
                {
                    file.WrongType(item, "a string \"file.json\" or \"file.json#ID\"");
                    continue;
                }
                var reference = RecordReference.Parse(item.Text!, Path.GetDirectoryName(file.Tree.Path));
                if (!File.Exists(reference.Path))
                {
                    file.RecordNotFound(item, reference.Path, "does not exist");
                    continue;
                }
                var found = 0;
                foreach (var result in reference.Read(policy.Schema, cancellationToken))
                {
                    found++;
                    Accept(file, result, records);
                }
                if (found == 0) file.RecordNotFound(item, reference.Path, reference.Id is null ? "holds no records" : $"has no record with ID '{TestFileContext.Shown(reference.Id)}'");
            }
            return records;
        }

        private static void Accept(TestFileContext file, RecordReadResult result, List<RecordReadResult> records)
        {
            foreach (var diagnostic in result.Diagnostics) file.Add(diagnostic);
            if (result.IsValid) records.Add(result);
        }

        /// <summary>Reads an inline record at its place in the test file: the text is padded so lines and columns match the file.</summary>
        private static IEnumerable<RecordReadResult> ReadInline(JsonTree tree, JsonNode node, RecordType schema, CancellationToken cancellationToken)
        {
            var start = tree.PositionOf(node.Start);
            var padding = new string('\n', start.Line - 1) + new string(' ', start.Column - 1);
            foreach (var result in RecordReader.ReadString(padding + tree.TextOf(node), tree.Path, schema, cancellationToken))
            {
                var diagnostics = result.Diagnostics.Select(d => Relocate(d, node, padding.Length)).ToArray();
                yield return new RecordReadResult(result.Index, result.Path, result.Line, result.Id, result.Record, diagnostics);
            }
        }

        private static Diagnostic Relocate(Diagnostic diagnostic, JsonNode node, int padding)
        {
            var location = diagnostic.Location;
            if (location is null) return diagnostic;
            var jsonPath = location.JsonPath is null ? node.Path : node.Path + location.JsonPath.Substring(1);
            var span = new TextSpan(node.Start + Math.Max(0, location.Span.Start - padding), location.Span.Length);
            return new Diagnostic(diagnostic.Rule, new SourceLocation(location.Path, span, location.Start, location.End, jsonPath), diagnostic.Message, diagnostic.Severity);
        }
    }
}
