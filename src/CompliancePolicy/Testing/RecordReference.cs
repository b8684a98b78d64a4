using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CompliancePolicy.Records;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Testing
{
    /// <summary>
    /// <c>FILE</c> or <c>FILE#ID</c>: the records of a JSON / JSON Lines file, or the one whose key (or 1-based position
    /// <c>#n</c>, for schemas without a key) is ID. Used by policy tests and by <c>compliance explain</c>.
    /// </summary>
    public sealed class RecordReference
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

        public override string ToString() => Id is null ? Path : Path + "#" + Id;

        /// <summary>A result that says the file itself cannot be opened or decoded, rather than describing one record.</summary>
        public static bool IsUnreadableFile(RecordReadResult result) =>
            !result.IsValid && result.Diagnostics.Any(d => d.Rule == Diagnostics.DiagnosticRules.RecordFileUnreadable);
    }
}
