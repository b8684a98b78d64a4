using System.Collections.Generic;
using System.Globalization;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Values;

namespace CompliancePolicy.Records
{
    /// <summary>One record read from a JSON file: where it is, what identifies it, its value when valid, and its problems.</summary>
    public sealed class RecordReadResult
    {
        private readonly string? _key;
        private string? _id;

        internal RecordReadResult(int index, string path, int line, string? key, RecordValue? record, IReadOnlyList<Diagnostic> diagnostics)
        {
            Index = index;
            Path = path;
            Line = line;
            _key = key;
            _id = key;
            Record = record;
            Diagnostics = diagnostics;
        }

        /// <summary>The 0-based position of the record in its file.</summary>
        public int Index { get; }

        public string Path { get; }

        /// <summary>The 1-based line on which the record starts.</summary>
        public int Line { get; }

        /// <summary>The value of the schema's key field as text, or <c>#n</c> (the 1-based position) when there is none.</summary>
        public string Id => _id ??= "#" + (Index + 1).ToString(CultureInfo.InvariantCulture);

        /// <summary>The record, or null when any error-severity diagnostic was reported for it.</summary>
        public RecordValue? Record { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public bool IsValid => Record != null;

        /// <summary>True when <see cref="Id"/> is the schema key's value, false when it is the record's position (<c>#n</c>).</summary>
        internal bool HasKey => _key != null;
    }
}
