using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Hosting
{
    /// <summary>What kind of .NET value holds a value of a policy type.</summary>
    internal enum HostValueKind
    {
        Bool,
        Integer,
        Decimal,
        Text,
        Date,
        Duration,
        Enumeration,
        Record,
        List,
    }

    /// <summary>
    /// The .NET shape expected for a value of a policy type: which CLR types may hold it, whether it may be null
    /// (optional fields), and for lists the shape of an element.
    /// </summary>
    internal sealed class HostType
    {
        private HostType(TypeSymbol policyType, HostValueKind kind, bool isOptional, HostType? element)
        {
            PolicyType = policyType;
            Kind = kind;
            IsOptional = isOptional;
            Element = element;
        }

        public TypeSymbol PolicyType { get; }
        public HostValueKind Kind { get; }

        /// <summary>The field is <c>T?</c>: a nullable property; a required field wants a non-nullable one.</summary>
        public bool IsOptional { get; }

        /// <summary>For lists, the element's shape.</summary>
        public HostType? Element { get; }

        /// <summary>
        /// Metadata names of the CLR types that hold the value (for enumerations also any C# enum, for records any
        /// class or struct, for lists any collection of the element's shape).
        /// </summary>
        public ImmutableArray<string> ClrTypeNames
        {
            get
            {
                switch (Kind)
                {
                    case HostValueKind.Bool: return ImmutableArray.Create("System.Boolean");
                    case HostValueKind.Integer: return ImmutableArray.Create("System.Int32", "System.Int64");
                    case HostValueKind.Decimal: return ImmutableArray.Create("System.Decimal");
                    case HostValueKind.Text: return ImmutableArray.Create("System.String");
                    case HostValueKind.Date: return ImmutableArray.Create("CompliancePolicy.Values.CalendarDate", "System.DateOnly");
                    case HostValueKind.Duration: return ImmutableArray.Create("CompliancePolicy.Values.Duration");
                    case HostValueKind.Enumeration: return ImmutableArray.Create("System.String");
                    default: return ImmutableArray<string>.Empty;
                }
            }
        }

        /// <summary>How the expected .NET type reads in messages: "int or long", "a collection of string".</summary>
        public string Describe()
        {
            switch (Kind)
            {
                case HostValueKind.Bool: return "bool";
                case HostValueKind.Integer: return "int or long";
                case HostValueKind.Decimal: return "decimal";
                case HostValueKind.Text: return "string";
                case HostValueKind.Date: return "CalendarDate or DateOnly";
                case HostValueKind.Duration: return "Duration";
                case HostValueKind.Enumeration: return $"a C# enum or string (policy enumeration {PolicyType.Name})";
                case HostValueKind.Record: return $"a class or struct (policy record {PolicyType.Name})";
                default: return $"a collection of {Element!.Describe()}";
            }
        }

        /// <summary>The shape for a policy type; null for types no record field can have.</summary>
        public static HostType? For(TypeSymbol type)
        {
            var optional = type.IsOptional;
            var inner = type.NonOptional;
            HostValueKind kind;
            HostType? element = null;
            if (inner == TypeSymbol.Bool) kind = HostValueKind.Bool;
            else if (inner == TypeSymbol.Int) kind = HostValueKind.Integer;
            else if (inner == TypeSymbol.Decimal) kind = HostValueKind.Decimal;
            else if (inner == TypeSymbol.Text) kind = HostValueKind.Text;
            else if (inner == TypeSymbol.Date) kind = HostValueKind.Date;
            else if (inner == TypeSymbol.Duration) kind = HostValueKind.Duration;
            else if (inner is EnumType) kind = HostValueKind.Enumeration;
            else if (inner is RecordType) kind = HostValueKind.Record;
            else if (inner is ListType list && For(list.Element) is { } elementShape)
            {
                kind = HostValueKind.List;
                element = elementShape;
            }
            else return null;
            return new HostType(inner, kind, optional, element);
        }
    }

    /// <summary>One field of a record type and the .NET property expected to hold it.</summary>
    internal sealed class HostProperty
    {
        internal HostProperty(FieldSymbol field, HostType type)
        {
            Field = field;
            Type = type;
        }

        public FieldSymbol Field { get; }

        /// <summary>The property name: the field name in PascalCase.</summary>
        public string PropertyName => RecordShape.PropertyName(Field.Name);

        public HostType Type { get; }
    }

    /// <summary>
    /// The conventions that bind a C# type to a policy record type (<see cref="PolicyRecordAttribute"/>): names in
    /// PascalCase, types by <see cref="HostType"/>. The analyzers compare C# types against these; other hosts may too.
    /// </summary>
    internal static class RecordShape
    {
        /// <summary><c>sms_established</c> is <c>SmsEstablished</c>, <c>iso_9001</c> is <c>Iso9001</c>.</summary>
        public static string PropertyName(string fieldName)
        {
            var name = new StringBuilder(fieldName.Length);
            var upper = true;
            foreach (var c in fieldName)
            {
                if (c == '_')
                {
                    upper = true;
                    continue;
                }
                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            return name.Length == 0 ? fieldName : name.ToString();
        }

        /// <summary>The expected properties of a record type, in field order (fields of types with no .NET shape are left out).</summary>
        public static ImmutableArray<HostProperty> Properties(RecordType record) =>
            record.Fields
                .Select(f => HostType.For(f.Type) is { } type ? new HostProperty(f, type) : null)
                .Where(p => p != null)
                .Select(p => p!)
                .ToImmutableArray();

        /// <summary>
        /// A record type of a compiled policy by name, searching the schema and every record type reachable from it;
        /// the schema itself when <paramref name="name"/> is null.
        /// </summary>
        public static RecordType? FindRecordType(Policy policy, string? name)
        {
            if (name is null || name == policy.Schema.Name) return policy.Schema;
            var seen = new HashSet<RecordType>();
            var pending = new Stack<RecordType>();
            pending.Push(policy.Schema);
            while (pending.Count > 0)
            {
                var record = pending.Pop();
                if (!seen.Add(record)) continue;
                if (record.Name == name) return record;
                foreach (var field in record.Fields)
                {
                    var type = field.Type.NonOptional;
                    while (type is ListType list) type = list.Element.NonOptional;
                    if (type is RecordType nested) pending.Push(nested);
                }
            }
            return null;
        }
    }
}
