using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Text;
using Sprache;
using static CompliancePolicy.Syntax.Parsing.GrammarExtensions;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// Types: a name, <c>list of T</c>, and a trailing <c>?</c> that makes the whole type written before it optional.
    /// So <c>list of date?</c> is an optional list of dates: <c>?</c> says a record may leave the field out, which is
    /// a property of the field, not of list elements (a list simply holds fewer items).
    /// </summary>
    internal static class TypeGrammar
    {
        private static readonly Parser<TypeSyntax> NamedType =
            Lexical.Identifier.Select(name => (TypeSyntax)new NamedTypeSyntax(name.Span, name));

        private static readonly Parser<TextSpan> ListOf =
            Sequence.Of(Lexical.Keyword("list"), Lexical.Keyword("of"), (list, of, span) => list);

        /// <summary><c>list of list of T</c> is read as a run of prefixes, so a long run does not recurse; the binder does,
        /// so the run is limited (<see cref="NestingLimit.ListTypes"/>).</summary>
        private static readonly Parser<TypeSyntax> Unmarked = Sequence.Of(
            ListOf.XMany(),
            NamedType,
            (lists, element, span) => ListsOf(lists.ToArray(), element));

        private static TypeSyntax ListsOf(TextSpan[] lists, TypeSyntax element)
        {
            var limit = NestingLimit.ListTypes;
            if (lists.Length > limit.Max) throw new NestingLimitException(lists[limit.Max], limit);
            return lists.Reverse().Aggregate(element, (inner, list) => (TypeSyntax)new ListTypeSyntax(Between(list, inner.Span), inner));
        }

        public static readonly Parser<TypeSyntax> Type = Sequence.Of(
                Unmarked,
                Lexical.Symbol("?").XOptional(),
                (type, optional, span) => optional.IsDefined ? new OptionalTypeSyntax(Between(type.Span, optional.Get()), type) : type)
            .Named("type");

        private static readonly Parser<FieldSyntax> Field = Sequence.Of(
            Lexical.FieldName,
            Lexical.Symbol(":"),
            Type,
            (name, colon, type, span) => new FieldSyntax(span, name, type));

        /// <summary><c>{ name: type, ... }</c>: the fields of a record, a schema or an event.</summary>
        public static readonly Parser<ImmutableArray<FieldSyntax>> Fields = Sequence.Of(
            Lexical.Symbol("{"),
            Field.WithOptionalComma().XMany(),
            Lexical.Symbol("}"),
            (open, fields, close, span) => fields.ToImmutableArray());
    }
}
