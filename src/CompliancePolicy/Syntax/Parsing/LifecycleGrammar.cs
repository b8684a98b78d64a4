using System.Collections.Immutable;
using System.Linq;
using Sprache;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// <c>event</c> and <c>lifecycle</c> declarations. The words inside a lifecycle (<c>state</c>, <c>transition</c>,
    /// <c>since</c>, <c>entering</c>...) are matched where they are expected and are not reserved elsewhere.
    /// </summary>
    internal static class LifecycleGrammar
    {
        private static readonly Parser<ExpressionSyntax> Expression = ExpressionGrammar.Standard.Expression;

        private static readonly Parser<ImmutableArray<StringLiteralSyntax>> Citations =
            Lexical.Keyword("cites").Then(TextLiterals.String.SeparatedBy(Lexical.Symbol(",")))
                .XOptional()
                .Select(c => c.IsDefined ? c.Get().ToImmutableArray() : ImmutableArray<StringLiteralSyntax>.Empty);

        public static readonly Parser<DeclarationSyntax> Event = Sequence.Of(
            Lexical.Keyword("event"),
            Lexical.Identifier,
            TypeGrammar.Fields.XOptional(),
            (keyword, name, fields, span) => (DeclarationSyntax)new EventDeclarationSyntax(
                span, name, fields.IsDefined ? fields.Get() : ImmutableArray<FieldSyntax>.Empty));

        private static readonly Parser<AnchorSyntax> Anchor =
            Lexical.Keyword("entering").Spanned((keyword, span) => new AnchorSyntax(span, AnchorKind.Entering, ImmutableArray<NameSyntax>.Empty))
                .XOr(Lexical.Keyword("start").Spanned((keyword, span) => new AnchorSyntax(span, AnchorKind.Start, ImmutableArray<NameSyntax>.Empty)))
                .XOr(Sequence.Of(
                    Lexical.Keyword("last"),
                    Lexical.Identifier.SeparatedBy(Lexical.OperatorKeyword("or")),
                    (keyword, events, span) => new AnchorSyntax(span, AnchorKind.LastEvent, events.ToImmutableArray())));

        private static readonly Parser<TriggerSyntax> OnEvent =
            Lexical.Keyword("on").Then(Lexical.Identifier)
                .Spanned((name, span) => (TriggerSyntax)new EventTriggerSyntax(span, name));

        private static readonly Parser<TriggerSyntax> AfterDeadline = Sequence.Of(
            Lexical.Keyword("after"),
            Expression,
            Lexical.Keyword("since"),
            Anchor,
            (after, duration, since, anchor, span) => (TriggerSyntax)new DeadlineTriggerSyntax(span, duration, anchor));

        private static readonly Parser<SyntaxNode> State = Sequence.Of(
            Lexical.Keyword("final").XOptional(),
            Lexical.Keyword("state"),
            Lexical.Identifier,
            (final, keyword, name, span) => (SyntaxNode)new StateSyntax(span, name, final.IsDefined));

        private static readonly Parser<SyntaxNode> Transition = Sequence.Of(
            Lexical.Keyword("transition"),
            Lexical.ClauseId,
            TextLiterals.String.XOptional(),
            Lexical.Identifier,
            Lexical.Symbol("->"),
            Lexical.Identifier,
            OnEvent.XOr(AfterDeadline),
            Lexical.Keyword("when").Then(Expression).XOptional(),
            Lexical.Keyword("priority").Then(LiteralGrammar.Priority).XOptional(),
            Citations,
            (keyword, id, title, source, arrow, target, trigger, condition, priority, citations, span) => (SyntaxNode)new TransitionSyntax(
                span, id, title.GetOrDefault(), source, target, trigger, condition.GetOrDefault(), priority.GetOrDefault(), citations));

        private static readonly Parser<SyntaxNode> Deadline = Sequence.Of(
            Lexical.Keyword("deadline"),
            Lexical.ClauseId,
            TextLiterals.String,
            Lexical.Keyword("in"),
            Lexical.Identifier,
            Lexical.Keyword("within"),
            Expression,
            Lexical.Keyword("since"),
            Anchor,
            Citations,
            (keyword, id, title, @in, state, within, duration, since, anchor, citations, span) =>
                (SyntaxNode)new DeadlineSyntax(span, id, title, state, duration, anchor, citations));

        /// <summary>States, transitions and deadlines may come in any order; each keeps its kind.</summary>
        private static readonly Parser<SyntaxNode> Member = State.XOr(Transition).XOr(Deadline);

        public static readonly Parser<DeclarationSyntax> Lifecycle = Sequence.Of(
            Lexical.Keyword("lifecycle"),
            Lexical.Identifier,
            TextLiterals.String.XOptional(),
            Lexical.Keyword("history"),
            Lexical.Identifier,
            Lexical.Keyword("initial"),
            Lexical.Identifier,
            Lexical.Keyword("on"),
            Expression,
            Member.XMany(),
            (keyword, name, title, history, field, initial, state, onKeyword, start, members, span) =>
            {
                var all = members.ToList();
                return (DeclarationSyntax)new LifecycleDeclarationSyntax(
                    span,
                    name,
                    title.GetOrDefault(),
                    field,
                    state,
                    start,
                    all.OfType<StateSyntax>().ToImmutableArray(),
                    all.OfType<TransitionSyntax>().ToImmutableArray(),
                    all.OfType<DeadlineSyntax>().ToImmutableArray());
            });
    }
}
