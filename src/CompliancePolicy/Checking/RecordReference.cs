using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Records;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// <c>FILE</c> or <c>FILE#ID</c>: the records of a JSON / JSON Lines file, or the one whose key (or 1-based position
    /// <c>#n</c>, for schemas without a key) is ID. Used by policy tests, <c>compliance explain</c> and <c>compliance timeline</c>.
    /// </summary>
    internal sealed class RecordReference
    {
        private RecordReference(string path, string? id)
        {
            Path = path;
            Id = id;
        }

        public string Path { get; }

        /// <summary>The record's ID, or null for every record of the file.</summary>
        public string? Id { get; }

        /// <summary>Splits at the first '#', unless the whole text names an existing file. <c>file.json##2</c> selects
        /// the second record of a schema without a key.</summary>
        public static RecordReference Parse(string text, string? baseDirectory = null)
        {
            string Resolve(string path) => baseDirectory is null || System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(baseDirectory, path);
            var hash = text.IndexOf('#');
            if (hash < 0 || File.Exists(Resolve(text))) return new RecordReference(Resolve(text), null);
            var id = text.Substring(hash + 1);
            return new RecordReference(Resolve(text.Substring(0, hash)), id.Length == 0 ? null : id);
        }

        /// <summary>The records selected, read against a schema (invalid ones included, with their diagnostics). Reading
        /// stops at the first match when an ID is given.</summary>
        public IEnumerable<RecordReadResult> Read(RecordType schema, CancellationToken cancellationToken = default)
        {
            foreach (var result in RecordReader.ReadFile(Path, schema, cancellationToken))
            {
                if (Id is null || IsUnreadableFile(result))
                {
                    yield return result;
                    if (IsUnreadableFile(result)) yield break;
                    continue;
                }
                if (result.Id == Id)
                {
                    yield return result;
                    yield break;
                }
            }
        }

        /// <summary>
        /// Reads the file against every policy in step (records line up whatever the schema) and picks one record: the one
        /// whose ID, under any policy's key, is <see cref="Id"/>; or, without an ID, the only record of the file. Used by
        /// <c>compliance explain</c> and <c>compliance timeline</c>.
        /// </summary>
        public RecordSelection SelectOne(IReadOnlyList<Policy> policies, CancellationToken cancellationToken = default)
        {
            if (!File.Exists(Path)) return RecordSelection.Failed($"'{Path}' does not exist");
            var readers = policies.Select(p => RecordReader.ReadFile(Path, p.Schema, cancellationToken).GetEnumerator()).ToArray();
            try
            {
                var ids = new List<string>();
                RecordReadResult[]? chosen = null;
                while (readers.Length > 0 && readers.All(r => r.MoveNext()))
                {
                    var results = readers.Select(r => r.Current).ToArray();
                    if (IsUnreadableFile(results[0])) return RecordSelection.Unreadable(results[0].Diagnostics);
                    var id = results.FirstOrDefault(r => r.IsValid)?.Id ?? results[0].Id;
                    if (ids.Count < 11) ids.Add(id);
                    if (Id is null)
                    {
                        // A file of several records needs FILE#ID; read a few more IDs to suggest.
                        if (chosen != null && ids.Count > 10) break;
                        chosen ??= results;
                        continue;
                    }
                    if (results.Any(r => r.Id == Id))
                    {
                        chosen = results;
                        break;
                    }
                }
                if (Id is null && ids.Count > 1) return RecordSelection.Failed($"'{Path}' holds more than one record; name one with FILE#ID{Hint(ids)}");
                if (chosen is null)
                    return RecordSelection.Failed(Id is null ? $"'{Path}' holds no records" : $"'{Path}' has no record with ID '{Id}'{Hint(ids)}");
                return RecordSelection.Found(policies.Select((p, i) => new PolicyRecord(p, chosen[i])).ToArray());
            }
            finally
            {
                foreach (var reader in readers) reader.Dispose();
            }
        }

        public override string ToString() => Id is null ? Path : Path + "#" + Id;

        private static string Hint(List<string> ids) =>
            ids.Count == 0 ? string.Empty : $" (IDs: {string.Join(", ", ids.Take(10))}{(ids.Count > 10 ? ", ..." : string.Empty)})";

        /// <summary>A result that says the file itself cannot be opened or decoded, rather than describing one record.</summary>
        public static bool IsUnreadableFile(RecordReadResult result) =>
            !result.IsValid && result.Diagnostics.Any(d => d.Rule == Diagnostics.DiagnosticRules.RecordFileUnreadable);
    }

    /// <summary>One record read against one policy's schema: valid when the record fits it.</summary>
    internal sealed class PolicyRecord
    {
        public PolicyRecord(Policy policy, RecordReadResult read)
        {
            Policy = policy;
            Read = read;
        }

        public Policy Policy { get; }
        public RecordReadResult Read { get; }

        public void Deconstruct(out Policy policy, out RecordReadResult read)
        {
            policy = Policy;
            read = Read;
        }
    }

    /// <summary>What <see cref="RecordReference.SelectOne"/> found: the record read against each policy, or why there is none.</summary>
    internal sealed class RecordSelection
    {
        private RecordSelection(IReadOnlyList<PolicyRecord> reads, string? problem, IReadOnlyList<Diagnostic> fileDiagnostics)
        {
            Reads = reads;
            Problem = problem;
            FileDiagnostics = fileDiagnostics;
        }

        /// <summary>The record against every policy, in the order given; empty when nothing was selected.</summary>
        public IReadOnlyList<PolicyRecord> Reads { get; }

        /// <summary>Why no record was selected ("'f.json' has no record with ID 'X' (IDs: ...)"), or null.</summary>
        public string? Problem { get; }

        /// <summary>The file cannot be opened or decoded: its diagnostics; empty otherwise.</summary>
        public IReadOnlyList<Diagnostic> FileDiagnostics { get; }

        public bool Succeeded => Reads.Count > 0;

        internal static RecordSelection Found(IReadOnlyList<PolicyRecord> reads) => new RecordSelection(reads, null, new Diagnostic[0]);

        internal static RecordSelection Failed(string problem) => new RecordSelection(new PolicyRecord[0], problem, new Diagnostic[0]);

        internal static RecordSelection Unreadable(IReadOnlyList<Diagnostic> diagnostics) => new RecordSelection(new PolicyRecord[0], null, diagnostics);
    }
}
