using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;

namespace CompliancePolicy.Binding
{
    internal sealed partial class ExpressionBinder
    {
        private static readonly string[] LifecycleMembers = { "state", "since", "started" };

        private bool IsLifecycleName(ExpressionSyntax target, out LifecycleSymbol lifecycle)
        {
            lifecycle = null!;
            if (!(target is NameExpressionSyntax name) || _variables.Any(v => v.Name == name.Name.Text)) return false;
            if (!_declarations.Lifecycles.TryGetValue(name.Name.Text, out var found)) return false;
            lifecycle = found;
            return true;
        }

        /// <summary><c>certificate.state</c>, <c>.since</c>, <c>.started</c>, or a state name as an enum value.</summary>
        private BoundExpression BindLifecycleMember(MemberAccessExpressionSyntax syntax, LifecycleSymbol lifecycle)
        {
            var member = syntax.Member.Text;
            var state = lifecycle.StateType.Find(member);
            if (state != null) return new BoundLiteral(syntax, lifecycle.StateType, state);

            if (_constantOnly) return ReadsRecord(new BoundError(syntax));
            Dependencies.Add(lifecycle);
            switch (member)
            {
                case "state": return ReadsRecord(new BoundLifecycleValue(syntax, lifecycle, LifecycleValueKind.State));
                case "since": return ReadsRecord(new BoundLifecycleValue(syntax, lifecycle, LifecycleValueKind.Since));
                case "started": return ReadsRecord(new BoundLifecycleValue(syntax, lifecycle, LifecycleValueKind.Started));
            }
            var candidates = LifecycleMembers.Concat(lifecycle.StateType.Members.Select(m => m.Name));
            Report(syntax.Member.Span,
                DiagnosticMessages.UnknownLifecycleMember(lifecycle.Name, string.Join(", ", LifecycleMembers.Select(m => $"'{m}'")), Suggestions.For(member, candidates)));
            return new BoundError(syntax);
        }

        /// <summary><c>history(E)</c> and <c>streak(E, R)</c>: arguments name event types, not values.</summary>
        private BoundExpression BindHistoryCall(CallExpressionSyntax syntax, BuiltinSignature signature)
        {
            var isStreak = signature.Function == BuiltinFunction.Streak;

            var historyField = _declarations.Schema?.Fields.FirstOrDefault(f => f.Type is HistoryType);
            if (historyField is null)
            {
                Report(syntax.Function.Span, DiagnosticMessages.NoHistoryField(syntax.Function.Text, _declarations.Schema?.Name ?? "(none)"));
                return new BoundError(syntax);
            }

            var eventTypes = syntax.Arguments.Select(BindEventTypeName).ToArray();
            if (eventTypes.Any(e => e is null)) return new BoundError(syntax);
            if (_constantOnly) return ReadsRecord(new BoundError(syntax));
            return ReadsRecord(isStreak
                ? new BoundStreak(syntax, historyField, eventTypes[0]!, eventTypes[1]!)
                : (BoundExpression)new BoundHistory(syntax, historyField, eventTypes[0]!));
        }

        private RecordType? BindEventTypeName(ExpressionSyntax argument)
        {
            var name = argument is NameExpressionSyntax n ? n.Name.Text : _source.ToString(argument.Span);
            var eventType = _declarations.History?.Find(name);
            if (eventType is null)
                Report(argument.Span, DiagnosticMessages.UnknownEventType(Suggestions.For(name, _declarations.EventTypeNames)));
            return eventType;
        }
    }
}
