using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Sprache;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// <c>event</c> and <c>lifecycle</c> declarations. The words inside a lifecycle (<c>state</c>, <c>transition</c>,
    /// <c>since</c>, <c>entering</c>, <c>any</c>, <c>except</c>, <c>ignore</c>...) are matched where they are expected and are
    /// not reserved elsewhere; only a state cannot be called <c>any</c>.
    /// </summary>
    internal static class LifecycleGrammar
    {
        /// <summary>In a list of states, every non-final state (<see cref="StateSetSyntax.IsAny"/>).</summary>
        public const string AnyState = "any";

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

        /// <summary>A state's name where it is declared: not <c>any</c>, which in a list of states means all of them.</summary>
        private static readonly Parser<NameSyntax> NewStateName = i =>
        {
            var input = (SourceInput)i;
            return input.IsWordAt(input.Index, AnyState) ? Lexical.Fail<NameSyntax>(input, "a state name other than 'any'") : Lexical.Identifier(i);
        };

        private static readonly Parser<IReadOnlyList<NameSyntax>> StateNames = Lexical.Identifier.SeparatedBy(Lexical.Symbol(","));

        /// <summary><c>a</c>, <c>a, b</c>, <c>any</c> or <c>any except a, b</c>.</summary>
        private static readonly Parser<StateSetSyntax> StateSet =
            Sequence.Of(
                    Lexical.Keyword(AnyState),
                    Lexical.Keyword("except").Then(StateNames).XOptional(),
                    (any, except, span) => new StateSetSyntax(span, true, ImmutableArray<NameSyntax>.Empty,
                        except.IsDefined ? except.Get().ToImmutableArray() : ImmutableArray<NameSyntax>.Empty))
                .XOr(StateNames.Spanned((names, span) => new StateSetSyntax(span, false, names.ToImmutableArray(), ImmutableArray<NameSyntax>.Empty)));

        private static readonly Parser<SyntaxNode> State = Sequence.Of(
            Lexical.Keyword("final").XOptional(),
            Lexical.Keyword("state"),
            NewStateName,
            (final, keyword, name, span) => (SyntaxNode)new StateSyntax(span, name, final.IsDefined));

        private static readonly Parser<SyntaxNode> Transition = Sequence.Of(
            Lexical.Keyword("transition"),
            Lexical.ClauseId,
            TextLiterals.String.XOptional(),
            StateSet,
            Lexical.Symbol("->"),
            Lexical.Identifier,
            OnEvent.XOr(AfterDeadline),
            Lexical.Keyword("when").Then(Expression).XOptional(),
            Lexical.Keyword("priority").Then(LiteralGrammar.Priority).XOptional(),
            Citations,
            (keyword, id, title, sources, arrow, target, trigger, condition, priority, citations, span) => (SyntaxNode)new TransitionSyntax(
                span, id, title.GetOrDefault(), sources, target, trigger, condition.GetOrDefault(), priority.GetOrDefault(), citations));

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

        private static readonly Parser<SyntaxNode> Ignore = Sequence.Of(
            Lexical.Keyword("ignore"),
            Lexical.ClauseId.Named("an event type or a transition ID").SeparatedBy(Lexical.Symbol(",")),
            Lexical.Keyword("in"),
            StateSet,
            TextLiterals.String.Named("the reason, in quotes"),
            (keyword, subjects, @in, states, reason, span) => (SyntaxNode)new IgnoreSyntax(span, subjects.ToImmutableArray(), states, reason));

        /// <summary>States, transitions, deadlines and ignore declarations may come in any order; each keeps its kind.</summary>
        private static readonly Parser<SyntaxNode> Member = State.XOr(Transition).XOr(Deadline).XOr(Ignore);

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
                    all.OfType<DeadlineSyntax>().ToImmutableArray(),
                    all.OfType<IgnoreSyntax>().ToImmutableArray());
            });
    }
}
