using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CompliancePolicy.Symbols
{
    /// <summary>A type of the policy language. Types compare by identity except lists and optionals, which compare structurally.</summary>
    public abstract class TypeSymbol : IEquatable<TypeSymbol>
    {
        // The language's types are the library's: no host defines one.
        private protected TypeSymbol() { }

        public static readonly PrimitiveType Bool = new PrimitiveType("bool");
        public static readonly PrimitiveType Int = new PrimitiveType("int");
        public static readonly PrimitiveType Decimal = new PrimitiveType("decimal");
        public static readonly PrimitiveType Text = new PrimitiveType("text");
        public static readonly PrimitiveType Date = new PrimitiveType("date");
        public static readonly PrimitiveType Duration = new PrimitiveType("duration");

        /// <summary>The type of an expression that failed to bind; it converts to anything so one mistake is reported once.</summary>
        internal static readonly PrimitiveType Error = new PrimitiveType("?");

        /// <summary>The element type of the empty list literal <c>[]</c>.</summary>
        internal static readonly PrimitiveType Nothing = new PrimitiveType("nothing");

        public static IReadOnlyList<PrimitiveType> BuiltIns { get; } = new[] { Bool, Int, Decimal, Text, Date, Duration };

        public abstract string Name { get; }

        public bool IsNumeric => this == Int || this == Decimal;
        public bool IsOptional => this is OptionalType;

        /// <summary>The type without its optional marker.</summary>
        public TypeSymbol NonOptional => this is OptionalType optional ? optional.Inner : this;

        /// <summary>How the type reads in messages: "a date", "an int", "a list of Review".</summary>
        public string Describe()
        {
            var name = Name;
            var article = "aeiou".IndexOf(char.ToLowerInvariant(name[0])) >= 0 ? "an" : "a";
            return this is OptionalType ? $"an optional {Name.TrimEnd('?')}" : $"{article} {name}";
        }

        public virtual bool Equals(TypeSymbol? other) => ReferenceEquals(this, other);
        public override bool Equals(object? obj) => obj is TypeSymbol other && Equals(other);
        public override int GetHashCode() => Name.GetHashCode();
        public override string ToString() => Name;

        public static bool operator ==(TypeSymbol? a, TypeSymbol? b) => a is null ? b is null : a.Equals(b);
        public static bool operator !=(TypeSymbol? a, TypeSymbol? b) => !(a == b);
    }

    /// <summary>bool, int, decimal, text, date, duration.</summary>
    public sealed class PrimitiveType : TypeSymbol
    {
        internal PrimitiveType(string name) => Name = name;
        public override string Name { get; }
    }

    /// <summary><c>list of T</c>.</summary>
    public sealed class ListType : TypeSymbol
    {
        internal ListType(TypeSymbol element) => Element = element;
        public TypeSymbol Element { get; }
        public override string Name => "list of " + Element.Name;
        public override bool Equals(TypeSymbol? other) => other is ListType list && list.Element == Element;
        public override int GetHashCode() => Element.GetHashCode() * 31 + 1;
    }

    /// <summary><c>T?</c>: a value that a record may leave out (absent or JSON null).</summary>
    public sealed class OptionalType : TypeSymbol
    {
        internal OptionalType(TypeSymbol inner) => Inner = inner;
        public TypeSymbol Inner { get; }
        public override string Name => Inner.Name + "?";
        public override bool Equals(TypeSymbol? other) => other is OptionalType optional && optional.Inner == Inner;
        public override int GetHashCode() => Inner.GetHashCode() * 31 + 2;
    }

    /// <summary>An enumeration: a closed, ordered set of symbols.</summary>
    public sealed class EnumType : TypeSymbol
    {
        private readonly Dictionary<string, EnumValue> _byName;

        internal EnumType(string name, IEnumerable<string> members)
        {
            Name = name;
            Members = members.Select((m, i) => new EnumValue(this, m, i)).ToImmutableArray();
            _byName = new Dictionary<string, EnumValue>(StringComparer.Ordinal);
            foreach (var member in Members)
            {
                if (!_byName.ContainsKey(member.Name)) _byName.Add(member.Name, member);
            }
        }

        public override string Name { get; }
        public ImmutableArray<EnumValue> Members { get; }

        public EnumValue? Find(string member) => _byName.TryGetValue(member, out var value) ? value : null;
    }

    /// <summary>A record type: named, typed fields in declaration order; the schema is the record type a policy evaluates.</summary>
    public sealed class RecordType : TypeSymbol
    {
        private readonly Lazy<Members> _members;

        /// <summary>
        /// A record type whose fields are given by <paramref name="fields"/>, called once, on first use, with the type
        /// itself: fields may refer to the type and to types made after it (records may refer to each other). The
        /// <paramref name="key"/> field identifies a record in reports; it counts only if it is a text or int field.
        /// </summary>
        internal RecordType(string name, bool isSchema, Func<RecordType, IEnumerable<(string Name, TypeSymbol Type)>> fields, string? key = null, bool isEvent = false)
        {
            Name = name;
            IsSchema = isSchema;
            IsEvent = isEvent;
            _members = new Lazy<Members>(() => new Members(fields(this), key));
        }

        /// <summary>A record type whose fields do not refer to itself.</summary>
        internal RecordType(string name, bool isSchema, IEnumerable<(string Name, TypeSymbol Type)> fields, string? key = null)
            : this(name, isSchema, _ => fields, key)
        {
        }

        public override string Name { get; }
        public bool IsSchema { get; }

        /// <summary>An event type: its first fields are always <c>type: text</c> and <c>date: date</c>.</summary>
        public bool IsEvent { get; }

        public IReadOnlyList<FieldSymbol> Fields => _members.Value.Fields;

        /// <summary>The field that identifies a record in reports, if the schema names one.</summary>
        public FieldSymbol? Key => _members.Value.Key;

        public FieldSymbol? Find(string name) => _members.Value.ByName.TryGetValue(name, out var field) ? field : null;

        /// <summary>The fields, made once; a repeated name keeps its first field.</summary>
        private sealed class Members
        {
            public Members(IEnumerable<(string Name, TypeSymbol Type)> fields, string? key)
            {
                Fields = fields.Select((f, i) => new FieldSymbol(f.Name, f.Type, i)).ToImmutableArray();
                ByName = new Dictionary<string, FieldSymbol>(StringComparer.Ordinal);
                foreach (var field in Fields)
                {
                    if (!ByName.ContainsKey(field.Name)) ByName.Add(field.Name, field);
                }
                Key = key != null && ByName.TryGetValue(key, out var keyField) && IsKeyType(keyField.Type) ? keyField : null;
            }

            public ImmutableArray<FieldSymbol> Fields { get; }
            public Dictionary<string, FieldSymbol> ByName { get; }
            public FieldSymbol? Key { get; }
        }

        /// <summary>Only a required text or int field identifies a record.</summary>
        internal static bool IsKeyType(TypeSymbol type) => type == Text || type == Int;
    }

    /// <summary>
    /// <c>history</c>: a record's dated events, each an object whose <c>type</c> names one of the policy's event types.
    /// The value is a list of event records in the order the record gives them.
    /// </summary>
    public sealed class HistoryType : TypeSymbol
    {
        private readonly Dictionary<string, RecordType> _byName;

        internal HistoryType(IEnumerable<RecordType> eventTypes)
        {
            EventTypes = eventTypes.ToImmutableArray();
            _byName = EventTypes.ToDictionary(e => e.Name, StringComparer.Ordinal);
        }

        public override string Name => "history";
        public ImmutableArray<RecordType> EventTypes { get; }

        public RecordType? Find(string eventType) => _byName.TryGetValue(eventType, out var type) ? type : null;
    }

    /// <summary>A field of a record type, with its slot in <see cref="Values.RecordValue"/>.</summary>
    public sealed class FieldSymbol
    {
        internal FieldSymbol(string name, TypeSymbol type, int index)
        {
            Name = name;
            Type = type;
            Index = index;
        }

        public string Name { get; }
        public TypeSymbol Type { get; }
        public int Index { get; }
        public bool IsOptional => Type.IsOptional;
    }

    /// <summary>One symbol of an enumeration. Instances are unique per type, so they compare by reference.</summary>
    public sealed class EnumValue : IComparable<EnumValue>
    {
        internal EnumValue(EnumType type, string name, int ordinal)
        {
            Type = type;
            Name = name;
            Ordinal = ordinal;
        }

        public EnumType Type { get; }
        public string Name { get; }
        public int Ordinal { get; }

        public int CompareTo(EnumValue? other) => other is null ? 1 : Ordinal.CompareTo(other.Ordinal);
        public override string ToString() => Name;
    }
}
