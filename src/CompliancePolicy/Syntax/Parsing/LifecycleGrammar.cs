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
            Lexical.Keyword("cites").Then(_ => TextLiterals.String.SeparatedBy(Lexical.Symbol(",")))
                .XOptional()
                .Select(c => c.IsDefined ? c.Get().ToImmutableArray() : ImmutableArray<StringLiteralSyntax>.Empty);

        private static readonly Parser<FieldSyntax> Field =
            (from name in Lexical.Identifier
             from colon in Lexical.Symbol(":")
             from type in TypeGrammar.Type
             select (Name: name, Type: type))
            .Spanned((field, span) => new FieldSyntax(span, field.Name, field.Type));

        public static readonly Parser<DeclarationSyntax> Event =
            (from keyword in Lexical.Keyword("event")
             from name in Lexical.Identifier
             from fields in
                 (from open in Lexical.Symbol("{")
                  from fields in Field.Then(f => Lexical.Symbol(",").XOptional().Return(f)).XMany()
                  from close in Lexical.Symbol("}")
                  select fields).XOptional()
             select (Name: name, Fields: fields.GetOrElse(Enumerable.Empty<FieldSyntax>())))
            .Spanned((e, span) => (DeclarationSyntax)new EventDeclarationSyntax(span, e.Name, e.Fields.ToImmutableArray()));

        private static readonly Parser<AnchorSyntax> Anchor =
            Lexical.Keyword("entering").Select(_ => (Kind: AnchorKind.Entering, Events: ImmutableArray<NameSyntax>.Empty))
                .XOr(Lexical.Keyword("start").Select(_ => (Kind: AnchorKind.Start, Events: ImmutableArray<NameSyntax>.Empty)))
                .XOr(Lexical.Keyword("last")
                    .Then(_ => Lexical.Identifier.SeparatedBy(Lexical.OperatorKeyword("or")))
                    .Select(e => (Kind: AnchorKind.LastEvent, Events: e.ToImmutableArray())))
                .Spanned((a, span) => new AnchorSyntax(span, a.Kind, a.Events));

        private static readonly Parser<TriggerSyntax> OnEvent =
            Lexical.Keyword("on").Then(_ => Lexical.Identifier)
                .Spanned((name, span) => (TriggerSyntax)new EventTriggerSyntax(span, name));

        private static readonly Parser<TriggerSyntax> AfterDeadline =
            (from after in Lexical.Keyword("after")
             from duration in Expression
             from since in Lexical.Keyword("since")
             from anchor in Anchor
             select (Duration: duration, Anchor: anchor))
            .Spanned((d, span) => (TriggerSyntax)new DeadlineTriggerSyntax(span, d.Duration, d.Anchor));

        private static readonly Parser<StateSyntax> State =
            (from final in Lexical.Keyword("final").XOptional()
             from keyword in Lexical.Keyword("state")
             from name in Lexical.Identifier
             select (Final: final.IsDefined, Name: name))
            .Spanned((s, span) => new StateSyntax(span, s.Name, s.Final));

        private static readonly Parser<TransitionSyntax> Transition =
            (from keyword in Lexical.Keyword("transition")
             from id in Lexical.ClauseId
             from title in TextLiterals.String.XOptional()
             from source in Lexical.Identifier
             from arrow in Lexical.Symbol("->")
             from target in Lexical.Identifier
             from trigger in OnEvent.XOr(AfterDeadline)
             from condition in Lexical.Keyword("when").Then(_ => Expression).XOptional()
             from priority in Lexical.Keyword("priority").Then(_ => LiteralGrammar.Bound).XOptional()
             from citations in Citations
             select (Id: id, Title: title.GetOrDefault(), From: source, To: target, Trigger: trigger,
                 Condition: condition.GetOrDefault(), Priority: priority.GetOrDefault(), Citations: citations))
            .Spanned((t, span) => new TransitionSyntax(span, t.Id, t.Title, t.From, t.To, t.Trigger, t.Condition, t.Priority, t.Citations));

        private static readonly Parser<DeadlineSyntax> Deadline =
            (from keyword in Lexical.Keyword("deadline")
             from id in Lexical.ClauseId
             from title in TextLiterals.String
             from @in in Lexical.Keyword("in")
             from state in Lexical.Identifier
             from within in Lexical.Keyword("within")
             from duration in Expression
             from since in Lexical.Keyword("since")
             from anchor in Anchor
             from citations in Citations
             select (Id: id, Title: title, State: state, Duration: duration, Anchor: anchor, Citations: citations))
            .Spanned((d, span) => new DeadlineSyntax(span, d.Id, d.Title, d.State, d.Duration, d.Anchor, d.Citations));

        private enum MemberKind
        {
            State,
            Transition,
            Deadline,
        }

        private static readonly Parser<(MemberKind Kind, SyntaxNode Node)> Member =
            State.Select(s => (MemberKind.State, (SyntaxNode)s))
                .XOr(Transition.Select(t => (MemberKind.Transition, (SyntaxNode)t)))
                .XOr(Deadline.Select(d => (MemberKind.Deadline, (SyntaxNode)d)));

        public static readonly Parser<DeclarationSyntax> Lifecycle =
            (from keyword in Lexical.Keyword("lifecycle")
             from name in Lexical.Identifier
             from title in TextLiterals.String.XOptional()
             from history in Lexical.Keyword("history")
             from field in Lexical.Identifier
             from initial in Lexical.Keyword("initial")
             from state in Lexical.Identifier
             from onKeyword in Lexical.Keyword("on")
             from start in Expression
             from members in Member.XMany()
             select (Name: name, Title: title.GetOrDefault(), Field: field, Initial: state, Start: start, Members: members.ToList()))
            .Spanned((l, span) => (DeclarationSyntax)new LifecycleDeclarationSyntax(
                span,
                l.Name,
                l.Title,
                l.Field,
                l.Initial,
                l.Start,
                l.Members.Where(m => m.Kind == MemberKind.State).Select(m => (StateSyntax)m.Node).ToImmutableArray(),
                l.Members.Where(m => m.Kind == MemberKind.Transition).Select(m => (TransitionSyntax)m.Node).ToImmutableArray(),
                l.Members.Where(m => m.Kind == MemberKind.Deadline).Select(m => (DeadlineSyntax)m.Node).ToImmutableArray()));
    }
}
