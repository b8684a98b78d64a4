using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>What an outline entry is.</summary>
    internal enum OutlineKind
    {
        Policy,
        Schema,
        Record,
        Field,
        Enum,
        EnumMember,
        Event,
        Parameter,
        Let,
        Table,
        Tiers,
        Clause,
        Decision,
        Lifecycle,
        State,
        Transition,
        Deadline,
    }

    /// <summary>One entry of a file's outline: a declaration or one of its parts, with the entries inside it.</summary>
    internal sealed class OutlineItem
    {
        internal OutlineItem(string name, string? detail, OutlineKind kind, TextSpan span, TextSpan selectionSpan, IReadOnlyList<OutlineItem> children)
        {
            Name = name;
            Detail = detail;
            Kind = kind;
            Span = span;
            SelectionSpan = selectionSpan;
            Children = children;
        }

        public string Name { get; }

        /// <summary>What follows the name: a type, a clause's title, a transition's states.</summary>
        public string? Detail { get; }

        public OutlineKind Kind { get; }

        /// <summary>The whole entry.</summary>
        public TextSpan Span { get; }

        /// <summary>The name, where an editor puts the caret.</summary>
        public TextSpan SelectionSpan { get; }

        public IReadOnlyList<OutlineItem> Children { get; }
    }

    /// <summary>A file's outline: the schema and records with their fields, parameters, tables, clauses by ID and title, lifecycles with their states and transitions.</summary>
    internal static class DocumentOutline
    {
        private static readonly IReadOnlyList<OutlineItem> None = new OutlineItem[0];

        public static IReadOnlyList<OutlineItem> Of(PolicyFileSyntax file) => file.Declarations.Select(d => Item(file.Source, d)).ToArray();

        private static OutlineItem Item(SourceText source, DeclarationSyntax declaration)
        {
            switch (declaration)
            {
                case PolicyHeaderSyntax header:
                    return new OutlineItem(header.Title.Value, header.Version?.Value, OutlineKind.Policy, header.Span, header.Title.Span, None);
                case EnumDeclarationSyntax @enum:
                    var members = @enum.Members.Select(m => Leaf(m, null, OutlineKind.EnumMember)).ToArray();
                    return Entry(@enum.Name, null, OutlineKind.Enum, @enum, members);
                case RecordDeclarationSyntax record:
                    var detail = record.Key is null ? null : "key " + record.Key.Text;
                    return Entry(record.Name, detail, record.IsSchema ? OutlineKind.Schema : OutlineKind.Record, record, Fields(source, record.Fields));
                case EventDeclarationSyntax @event:
                    return Entry(@event.Name, null, OutlineKind.Event, @event, Fields(source, @event.Fields));
                case ParameterDeclarationSyntax parameter:
                    return Entry(parameter.Name, $"{Text(source, parameter.Type)} = {Text(source, parameter.Default)}", OutlineKind.Parameter, parameter, None);
                case LetDeclarationSyntax let:
                    return Entry(let.Name, let.Type is null ? null : Text(source, let.Type), OutlineKind.Let, let, None);
                case DecisionDeclarationSyntax decision:
                    return Entry(decision.Name, decision.Type is null ? null : Text(source, decision.Type), OutlineKind.Decision, decision, None);
                case TableDeclarationSyntax table:
                    return Entry(table.Name, LookupDetail(source, table.KeyName, table.KeyType, table.ResultType), OutlineKind.Table, table, None);
                case TiersDeclarationSyntax tiers:
                    return Entry(tiers.Name, LookupDetail(source, tiers.KeyName, tiers.KeyType, tiers.ResultType), OutlineKind.Tiers, tiers, None);
                case ClauseDeclarationSyntax clause:
                    return Entry(clause.Id, clause.Title.Value, OutlineKind.Clause, clause, None);
                case LifecycleDeclarationSyntax lifecycle:
                    return Entry(lifecycle.Name, lifecycle.Title?.Value, OutlineKind.Lifecycle, lifecycle, LifecycleParts(lifecycle));
                default:
                    throw new System.InvalidOperationException($"Unexpected declaration {declaration.GetType().Name}");
            }
        }

        private static IReadOnlyList<OutlineItem> LifecycleParts(LifecycleDeclarationSyntax lifecycle)
        {
            var states = lifecycle.States.Select(s => new OutlineItem(s.Name.Text, s.IsFinal ? "final" : null, OutlineKind.State, s.Span, s.Name.Span, None));
            var transitions = lifecycle.Transitions.Select(t => new OutlineItem(
                t.Id.Text, $"{t.Sources.Describe()} -> {t.To.Text}" + (t.Title is null ? string.Empty : ": " + t.Title.Value), OutlineKind.Transition, t.Span, t.Id.Span, None));
            var deadlines = lifecycle.Deadlines.Select(d => new OutlineItem(
                d.Id.Text, $"in {d.State.Text}: {d.Title.Value}", OutlineKind.Deadline, d.Span, d.Id.Span, None));
            return states.Concat(transitions).Concat(deadlines).ToArray();
        }

        private static IReadOnlyList<OutlineItem> Fields(SourceText source, IEnumerable<FieldSyntax> fields) =>
            fields.Select(f => new OutlineItem(f.Name.Text, Text(source, f.Type), OutlineKind.Field, f.Span, f.Name.Span, None)).ToArray();

        private static string LookupDetail(SourceText source, NameSyntax key, TypeSyntax keyType, TypeSyntax result) =>
            $"({key.Text}: {Text(source, keyType)}) -> {Text(source, result)}";

        private static OutlineItem Entry(NameSyntax name, string? detail, OutlineKind kind, SyntaxNode node, IReadOnlyList<OutlineItem> children) =>
            new OutlineItem(name.Text, detail, kind, node.Span, name.Span, children);

        private static OutlineItem Leaf(NameSyntax name, string? detail, OutlineKind kind) => Entry(name, detail, kind, name, None);

        /// <summary>Source text on one line: a type or a default as written, with runs of white space made single spaces.</summary>
        private static string Text(SourceText source, SyntaxNode node) =>
            string.Join(" ", source.ToString(node.Span).Split(new[] { ' ', '\t', '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries));
    }
}
