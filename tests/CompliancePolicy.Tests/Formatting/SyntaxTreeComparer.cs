using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Tests.Formatting
{
    /// <summary>
    /// Compares syntax trees by node type and value, recursively over the records' properties, ignoring every
    /// <see cref="TextSpan"/>: two texts that differ only in layout give equal trees. Walks with a stack, because a
    /// policy may chain thousands of terms.
    /// </summary>
    internal static class SyntaxTreeComparer
    {
        /// <summary>Null when the declarations are equal; otherwise the path to the first difference.</summary>
        public static string? FindDifference(PolicyFileSyntax expected, PolicyFileSyntax actual) =>
            FindDifference((object)expected.Declarations, actual.Declarations, "Declarations");

        public static string? FindDifference(object? expected, object? actual, string root = "root")
        {
            var pending = new Stack<(object? Expected, object? Actual, string Path)>();
            pending.Push((expected, actual, root));
            while (pending.Count > 0)
            {
                var (e, a, path) = pending.Pop();
                if (e is null || a is null)
                {
                    if (e is null && a is null) continue;
                    return $"{path}: expected {Describe(e)}, found {Describe(a)}";
                }
                if (e.GetType() != a.GetType()) return $"{path}: expected {e.GetType().Name}, found {a.GetType().Name}";
                if (IsValue(e))
                {
                    if (!Equals(Normalize(e), Normalize(a))) return $"{path}: expected {Describe(e)}, found {Describe(a)}";
                    continue;
                }
                if (e is IEnumerable expectedItems)
                {
                    var left = expectedItems.Cast<object?>().ToArray();
                    var right = ((IEnumerable)a).Cast<object?>().ToArray();
                    if (left.Length != right.Length) return $"{path}: expected {left.Length} items, found {right.Length}";
                    for (var i = left.Length - 1; i >= 0; i--) pending.Push((left[i], right[i], $"{path}[{i}]"));
                    continue;
                }
                foreach (var property in Properties(e.GetType()).Reverse())
                {
                    pending.Push((property.GetValue(e), property.GetValue(a), $"{path}.{property.Name}"));
                }
            }
            return null;
        }

        /// <summary>Public properties of a node, without spans.</summary>
        private static IEnumerable<PropertyInfo> Properties(Type type) => type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Where(p => p.PropertyType != typeof(TextSpan) && p.PropertyType != typeof(TextSpan?))
            .OrderBy(p => p.MetadataToken);

        private static bool IsValue(object value) =>
            value is string || value is decimal || value is CalendarDate || value is Duration
            || value.GetType().IsPrimitive || value.GetType().IsEnum;

        /// <summary>Decimals compare with their scale, so 70.00 and 70 differ.</summary>
        private static object Normalize(object value) =>
            value is decimal d ? d.ToString(CultureInfo.InvariantCulture) : value;

        private static string Describe(object? value) => value switch
        {
            null => "null",
            string s => "\"" + s + "\"",
            SyntaxNode node => node.GetType().Name,
            _ => Convert.ToString(Normalize(value), CultureInfo.InvariantCulture) ?? value.GetType().Name,
        };
    }
}
