using System;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>
    /// A declaration moved by an edit before it: the same tree with every span shifted, so the editor can keep the parse
    /// of an unchanged declaration instead of parsing it again. Throws on a node it does not know, and the caller then
    /// parses the declaration (a new kind of node costs speed, never correctness).
    /// </summary>
    internal static class SyntaxShift
    {
        public static DeclarationSyntax Declaration(DeclarationSyntax node, int delta) => new Shifter(delta).Declaration(node);

        private sealed class Shifter
        {
            private readonly int _delta;

            public Shifter(int delta) => _delta = delta;

            private TextSpan S(TextSpan span) => new TextSpan(span.Start + _delta, span.Length);
            private TextSpan? S(TextSpan? span) => span is TextSpan value ? S(value) : (TextSpan?)null;
            private NameSyntax N(NameSyntax name) => name with { Span = S(name.Span) };
            private NameSyntax? NameOrNull(NameSyntax? name) => name is null ? null : N(name);
            private StringLiteralSyntax L(StringLiteralSyntax literal) => literal with { Span = S(literal.Span) };
            private StringLiteralSyntax? LiteralOrNull(StringLiteralSyntax? literal) => literal is null ? null : L(literal);
            private ImmutableArray<T> All<T>(ImmutableArray<T> items, Func<T, T> shift) => items.Select(shift).ToImmutableArray();
            private NumberBoundSyntax? B(NumberBoundSyntax? bound) => bound is null ? null : bound with { Span = S(bound.Span) };
            private ExpressionSyntax? E(ExpressionSyntax? expression) => expression is null ? null : Expression(expression);

            public DeclarationSyntax Declaration(DeclarationSyntax node) => node switch
            {
                PolicyHeaderSyntax n => n with { Span = S(n.Span), Title = L(n.Title), Version = LiteralOrNull(n.Version), Sources = All(n.Sources, L) },
                EnumDeclarationSyntax n => n with { Span = S(n.Span), Name = N(n.Name), Members = All(n.Members, N) },
                RecordDeclarationSyntax n => n with { Span = S(n.Span), Name = N(n.Name), Key = NameOrNull(n.Key), Fields = All(n.Fields, Field) },
                EventDeclarationSyntax n => n with { Span = S(n.Span), Name = N(n.Name), Fields = All(n.Fields, Field) },
                ParameterDeclarationSyntax n => n with { Span = S(n.Span), Name = N(n.Name), Type = Type(n.Type), Default = Expression(n.Default), Description = LiteralOrNull(n.Description) },
                LetDeclarationSyntax n => n with { Span = S(n.Span), Name = N(n.Name), Type = n.Type is null ? null : Type(n.Type), Value = Expression(n.Value) },
                DecisionDeclarationSyntax n => n with { Span = S(n.Span), Name = N(n.Name), Type = n.Type is null ? null : Type(n.Type), Value = Expression(n.Value) },
                TableDeclarationSyntax n => n with
                {
                    Span = S(n.Span), Name = N(n.Name), KeyName = N(n.KeyName), KeyType = Type(n.KeyType), ResultType = Type(n.ResultType),
                    Bands = All(n.Bands, b => b with { Span = S(b.Span), Low = B(b.Low), High = B(b.High), Result = Arm(b.Result) }),
                    Otherwise = n.Otherwise is null ? null : Arm(n.Otherwise),
                },
                TiersDeclarationSyntax n => n with
                {
                    Span = S(n.Span), Name = N(n.Name), KeyName = N(n.KeyName), KeyType = Type(n.KeyType), ResultType = Type(n.ResultType),
                    Tiers = All(n.Tiers, t => t with { Span = S(t.Span), Threshold = B(t.Threshold)!, Result = Arm(t.Result) }),
                    Otherwise = n.Otherwise is null ? null : Arm(n.Otherwise),
                },
                ClauseDeclarationSyntax n => n with
                {
                    Span = S(n.Span), Id = N(n.Id), Title = L(n.Title), Citations = All(n.Citations, L), SeveritySpan = S(n.SeveritySpan),
                    AppliesWhen = E(n.AppliesWhen), Requirement = Expression(n.Requirement), Exceptions = All(n.Exceptions, Expression),
                    Message = n.Message is null ? null : Interpolated(n.Message),
                },
                LifecycleDeclarationSyntax n => n with
                {
                    Span = S(n.Span), Name = N(n.Name), Title = LiteralOrNull(n.Title), HistoryField = N(n.HistoryField), InitialState = N(n.InitialState),
                    StartDate = Expression(n.StartDate), States = All(n.States, s => s with { Span = S(s.Span), Name = N(s.Name) }),
                    Transitions = All(n.Transitions, Transition), Deadlines = All(n.Deadlines, Deadline),
                    Ignores = All(n.Ignores, i => i with { Span = S(i.Span), Subjects = All(i.Subjects, N), States = States(i.States), Reason = L(i.Reason) }),
                },
                _ => throw new InvalidOperationException($"Unexpected declaration {node.GetType().Name}"),
            };

            private FieldSyntax Field(FieldSyntax field) => field with { Span = S(field.Span), Name = N(field.Name), Type = Type(field.Type) };

            private TypeSyntax Type(TypeSyntax type) => type switch
            {
                NamedTypeSyntax n => n with { Span = S(n.Span), Name = N(n.Name) },
                ListTypeSyntax n => n with { Span = S(n.Span), Element = Type(n.Element) },
                OptionalTypeSyntax n => n with { Span = S(n.Span), Inner = Type(n.Inner) },
                _ => throw new InvalidOperationException($"Unexpected type syntax {type.GetType().Name}"),
            };

            private ArmResultSyntax Arm(ArmResultSyntax arm) => arm switch
            {
                ValueArmSyntax n => n with { Span = S(n.Span), Value = Expression(n.Value) },
                ErrorArmSyntax n => n with { Span = S(n.Span), Message = Interpolated(n.Message) },
                _ => throw new InvalidOperationException($"Unexpected arm {arm.GetType().Name}"),
            };

            private TransitionSyntax Transition(TransitionSyntax n) => n with
            {
                Span = S(n.Span), Id = N(n.Id), Title = LiteralOrNull(n.Title), Sources = States(n.Sources), To = N(n.To), Trigger = Trigger(n.Trigger),
                Condition = E(n.Condition), Priority = B(n.Priority), Citations = All(n.Citations, L),
            };

            private DeadlineSyntax Deadline(DeadlineSyntax n) => n with
            {
                Span = S(n.Span), Id = N(n.Id), Title = L(n.Title), State = N(n.State), Duration = Expression(n.Duration),
                Anchor = Anchor(n.Anchor), Citations = All(n.Citations, L),
            };

            private StateSetSyntax States(StateSetSyntax n) => n with { Span = S(n.Span), States = All(n.States, N), Excepted = All(n.Excepted, N) };

            private TriggerSyntax Trigger(TriggerSyntax trigger) => trigger switch
            {
                EventTriggerSyntax n => n with { Span = S(n.Span), EventType = N(n.EventType) },
                DeadlineTriggerSyntax n => n with { Span = S(n.Span), Duration = Expression(n.Duration), Anchor = Anchor(n.Anchor) },
                _ => throw new InvalidOperationException($"Unexpected trigger {trigger.GetType().Name}"),
            };

            private AnchorSyntax Anchor(AnchorSyntax anchor) => anchor with { Span = S(anchor.Span), EventTypes = All(anchor.EventTypes, N) };

            private InterpolatedStringSyntax Interpolated(InterpolatedStringSyntax n) => n with
            {
                Span = S(n.Span),
                Parts = All(n.Parts, part => part switch
                {
                    InterpolationTextSyntax text => (InterpolationPartSyntax)(text with { Span = S(text.Span) }),
                    InterpolationHoleSyntax hole => hole with { Span = S(hole.Span), Expression = Expression(hole.Expression) },
                    _ => throw new InvalidOperationException($"Unexpected interpolation part {part.GetType().Name}"),
                }),
            };

            private ExpressionSyntax Expression(ExpressionSyntax expression) => expression switch
            {
                LiteralExpressionSyntax n => n with { Span = S(n.Span) },
                InterpolatedStringSyntax n => Interpolated(n),
                NameExpressionSyntax n => n with { Span = S(n.Span), Name = N(n.Name) },
                MemberAccessExpressionSyntax n => n with { Span = S(n.Span), Target = Expression(n.Target), Member = N(n.Member) },
                CallExpressionSyntax n => n with { Span = S(n.Span), Function = N(n.Function), Arguments = All(n.Arguments, Expression) },
                ClauseOutcomeExpressionSyntax n => n with { Span = S(n.Span), ClauseId = N(n.ClauseId) },
                FailureCountExpressionSyntax n => n with { Span = S(n.Span), SeveritySpan = S(n.SeveritySpan) },
                UnaryExpressionSyntax n => n with { Span = S(n.Span), OperatorSpan = S(n.OperatorSpan), Operand = Expression(n.Operand) },
                BinaryExpressionSyntax n => n with { Span = S(n.Span), OperatorSpan = S(n.OperatorSpan), Left = Expression(n.Left), Right = Expression(n.Right) },
                PresenceExpressionSyntax n => n with { Span = S(n.Span), Operand = Expression(n.Operand) },
                WithinExpressionSyntax n => n with { Span = S(n.Span), Operand = Expression(n.Operand), Distance = Expression(n.Distance), Anchor = Expression(n.Anchor) },
                InExpressionSyntax n => n with { Span = S(n.Span), Operand = Expression(n.Operand), Collection = Expression(n.Collection) },
                QuantifierExpressionSyntax n => n with { Span = S(n.Span), Variable = N(n.Variable), Collection = Expression(n.Collection), Condition = E(n.Condition) },
                ComprehensionExpressionSyntax n => n with
                {
                    Span = S(n.Span), Projection = Expression(n.Projection), Variable = N(n.Variable), Collection = Expression(n.Collection), Condition = E(n.Condition),
                },
                ListExpressionSyntax n => n with { Span = S(n.Span), Items = All(n.Items, Expression) },
                ConditionalExpressionSyntax n => n with
                {
                    Span = S(n.Span), Condition = Expression(n.Condition), WhenTrue = Expression(n.WhenTrue), WhenFalse = Expression(n.WhenFalse),
                },
                ParenthesizedExpressionSyntax n => n with { Span = S(n.Span), Inner = Expression(n.Inner) },
                _ => throw new InvalidOperationException($"Unexpected expression {expression.GetType().Name}"),
            };
        }
    }
}
