using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Records
{
    /// <summary>
    /// Turns one JSON value into the value model of one type, reporting problems to the context instead of throwing.
    /// The reader is on the value's first token when called and on its last token on return.
    /// </summary>
    internal abstract class ValueDecoder
    {
        public abstract object? Decode(ref Utf8JsonReader reader, DecodeContext context);

        /// <summary>
        /// The decoder tree of a schema, so decoding a record does no type dispatch or name lookup. Built once per schema
        /// and shared: decoders hold no state of their own (a read's state is its <see cref="DecodeContext"/>), and a run
        /// that reads a file in pieces of a few records would otherwise build the tree again for every piece.
        /// </summary>
        public static RecordDecoder ForSchema(RecordType schema) => Built.GetValue(schema, s => (RecordDecoder)For(s, new Dictionary<TypeSymbol, ValueDecoder>()));

        private static readonly ConditionalWeakTable<RecordType, RecordDecoder> Built = new ConditionalWeakTable<RecordType, RecordDecoder>();

        private static ValueDecoder For(TypeSymbol type, Dictionary<TypeSymbol, ValueDecoder> built)
        {
            switch (type)
            {
                case OptionalType optional: return new OptionalDecoder(For(optional.Inner, built));
                case ListType list: return new ListDecoder(For(list.Element, built), list);
                case EnumType enumType: return built.TryGetValue(enumType, out var known) ? known : built[enumType] = new EnumDecoder(enumType);
                case RecordType record: return ForRecord(record, built);
                case HistoryType history: return ForHistory(history, built);
                default: return ForPrimitive(type);
            }
        }

        private static ValueDecoder ForRecord(RecordType type, Dictionary<TypeSymbol, ValueDecoder> built)
        {
            if (built.TryGetValue(type, out var known)) return known;
            // Registered before its fields are built: record types may refer to themselves or to each other.
            var decoder = new RecordDecoder(type);
            built.Add(type, decoder);
            var fieldDecoders = new ValueDecoder[type.Fields.Count];
            for (var i = 0; i < fieldDecoders.Length; i++) fieldDecoders[i] = For(type.Fields[i].Type, built);
            decoder.SetFieldDecoders(fieldDecoders);
            return decoder;
        }

        private static ValueDecoder ForHistory(HistoryType history, Dictionary<TypeSymbol, ValueDecoder> built)
        {
            if (built.TryGetValue(history, out var known)) return known;
            var decoders = history.EventTypes.ToDictionary(e => e.Name, e => (RecordDecoder)ForRecord(e, built), StringComparer.Ordinal);
            foreach (var eventType in history.EventTypes)
            {
                // An event's "type" names its own type (the history chose the decoder by it): one string for all of them.
                if (eventType.Find("type") is { } typeField && typeField.Type == TypeSymbol.Text)
                    decoders[eventType.Name].SetFieldDecoder(typeField.Index, new KnownTextDecoder(eventType.Name));
            }
            return built[history] = new HistoryDecoder(history, decoders);
        }

        private static ValueDecoder ForPrimitive(TypeSymbol type)
        {
            if (type == TypeSymbol.Bool) return BoolDecoder.Instance;
            if (type == TypeSymbol.Int) return NumberDecoder.Int;
            if (type == TypeSymbol.Decimal) return NumberDecoder.Decimal;
            if (type == TypeSymbol.Text) return TextDecoder.Instance;
            if (type == TypeSymbol.Date) return DateDecoder.Instance;
            if (type == TypeSymbol.Duration) return DurationDecoder.Instance;
            throw new ArgumentException($"A record schema cannot contain the type '{type.Name}'; bind the policy without errors first.", "schema");
        }
    }
}
