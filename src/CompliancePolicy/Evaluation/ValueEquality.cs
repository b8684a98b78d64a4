using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation
{
    /// <summary>Equality of language values: numbers by value (1.0 = 1), text by ordinal, lists and records element by element.</summary>
    internal static class ValueEquality
    {
        public static bool AreEqual(object? a, object? b)
        {
            if (a is null || b is null) return a is null && b is null;
            switch (a)
            {
                case decimal number: return b is decimal otherNumber && number == otherNumber;
                case string text: return b is string otherText && string.Equals(text, otherText, System.StringComparison.Ordinal);
                case object?[] list: return b is object?[] otherList && ListsEqual(list, otherList);
                case RecordValue record: return b is RecordValue otherRecord && RecordsEqual(record, otherRecord);
                default: return a.Equals(b);
            }
        }

        private static bool ListsEqual(object?[] a, object?[] b)
        {
            if (a.Length != b.Length) return false;
            for (var i = 0; i < a.Length; i++)
            {
                if (!AreEqual(a[i], b[i])) return false;
            }
            return true;
        }

        private static bool RecordsEqual(RecordValue a, RecordValue b)
        {
            if (a.Type != b.Type) return false;
            for (var i = 0; i < a.Fields.Count; i++)
            {
                if (!AreEqual(a[i], b[i])) return false;
            }
            return true;
        }
    }
}
