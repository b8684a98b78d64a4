using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Remediation
{
    /// <summary>
    /// Derives, from a bound requirement and one record's values, what change of the record's inputs would make the
    /// requirement hold: each sub-expression is evaluated for the record, the conditions that are false are followed
    /// down to the inputs they read, and each number, date or duration bound found is checked by evaluating the
    /// condition again with the input changed. Where no remedy follows from the requirement it says why.
    /// </summary>
    /// <remarks>
    /// Inputs are the record's fields (a list's items too, when the requirement is about them); parameters are the
    /// policy's settings, not the record's, and the evaluation date moves by itself: in time mode it is the only input,
    /// which is how an outlook finds the dates on which comparisons with <c>as_of</c> change.
    /// </remarks>
    internal sealed partial class RemedyFinder
    {
        /// <summary>How many items of a list an item remedy lists before saying how many more there are.</summary>
        private const int MaxItems = 5;

        private const int MaxDepth = 100;

        private readonly Frame _frame;
        private readonly bool _time;
        private readonly Goal _wantTrue;
        private readonly Goal _wantFalse;
        private SourceText _source;
        private int _depth;

        /// <summary>In time mode: the dates found on which a comparison with <c>as_of</c> changes, with its text.</summary>
        private readonly List<(CalendarDate Date, string Comparison, bool Becomes)> _timeBounds = new List<(CalendarDate, string, bool)>();

        /// <summary>Inside a quantifier: the loop variable whose item may change (null outside, or over a list the record does not carry).</summary>
        private VariableSymbol? _item;

        /// <summary>The condition being solved and the value it must take: every bound found is checked against it.</summary>
        private (BoundExpression Node, SourceText Source, bool Wanted)? _goal;

        private RemedyFinder(Frame frame, SourceText source, bool time)
        {
            _frame = frame;
            _source = source;
            _time = time;
            _wantTrue = new Goal(this, true);
            _wantFalse = new Goal(this, false);
        }

        /// <summary>What would make the clause's requirement hold for the record of <paramref name="frame"/>.</summary>
        public static Remedy ForRequirement(Frame frame, ClauseSymbol clause)
        {
            var body = frame.Program.Bound.ClauseBodies[clause];
            return new RemedyFinder(frame, clause.Source, time: false).Want(body.Requirement, true)
                ?? new NoRemedy("the requirement already holds");
        }

        /// <summary>
        /// The dates after the evaluation date on which a comparison of the condition with <c>as_of</c> gives it the wanted
        /// value, other things equal (each checked by evaluating the comparison on that date), with the comparison's text and
        /// the value it takes then.
        /// </summary>
        public static IReadOnlyList<(CalendarDate Date, string Comparison, bool Becomes)> TimeBoundaries(Frame frame, SourceText source, BoundExpression condition, bool wanted)
        {
            var finder = new RemedyFinder(frame, source, time: true);
            finder.Want(condition, wanted);
            return finder._timeBounds.Where(b => b.Date > frame.AsOf).ToArray();
        }

        /// <summary>What would give the condition the wanted value; null when it has it already.</summary>
        private Remedy? Want(BoundExpression condition, bool wanted)
        {
            if (!TryValue(condition, out var value, out var problem)) return problem;
            if (value is bool current && current == wanted) return null;
            if (_depth >= MaxDepth) return new NoRemedy("the requirement nests too deeply to derive a remedy");
            _depth++;
            try
            {
                return (wanted ? _wantTrue : _wantFalse).Visit(condition);
            }
            finally
            {
                _depth--;
            }
        }

        /// <summary>The expression's value for the record; on failure, a remedy saying it cannot be evaluated.</summary>
        private bool TryValue(BoundExpression expression, out object? value, out Remedy? problem) => TryValue(_frame, expression, out value, out problem);

        private bool TryValue(Frame frame, BoundExpression expression, out object? value, out Remedy? problem)
        {
            problem = null;
            try
            {
                value = frame.Program.OutOfFlow(expression, _source)(frame);
                return true;
            }
            catch (Exception exception) when (Guard.IsRecoverable(exception))
            {
                value = null;
                problem = new NoRemedy($"'{TextOf(expression)}' cannot be evaluated: {Guard.ToEvaluationError(exception).Message}");
                return false;
            }
        }

        private string TextOf(BoundExpression expression) => _source.ToString(expression.Syntax.Span);

        /// <summary>Runs <paramref name="derive"/> with the texts and compilations of another file (a let's, a lookup's).</summary>
        private T InSource<T>(SourceText source, Func<T> derive)
        {
            var outer = _source;
            _source = source;
            try
            {
                return derive();
            }
            finally
            {
                _source = outer;
            }
        }

        /// <summary>Solves <paramref name="node"/> for <paramref name="wanted"/>: the bounds found inside are checked against it.</summary>
        private Remedy? Solving(BoundExpression node, bool wanted, Func<Remedy?> derive)
        {
            var outer = _goal;
            _goal = (node, _source, wanted);
            try
            {
                return derive();
            }
            finally
            {
                _goal = outer;
            }
        }

        /// <summary>
        /// The remedy if setting the input to <paramref name="value"/> gives the condition being solved its wanted value;
        /// otherwise a remedy saying this input alone is not enough (an alternative among others is then dropped).
        /// </summary>
        private Remedy Checked(InputPath path, object? value, Remedy remedy) => Checked(path.Replace(_frame, value), remedy);

        private Remedy Checked(Frame changed, Remedy remedy)
        {
            var (node, source, wanted) = _goal!.Value;
            var outer = _source;
            _source = source;
            try
            {
                if (TryValue(changed, node, out var value, out _) && value is bool holds && holds == wanted) return remedy;
            }
            finally
            {
                _source = outer;
            }
            return new NoRemedy($"{RemedyText.Describe(remedy)} is not enough on its own to make '{source.ToString(node.Syntax.Span)}' {(wanted ? "true" : "false")}");
        }

        /// <summary>The input an expression is, when this finder may change it: a record field outside quantifiers, a field
        /// of the item being changed inside one, the evaluation date in time mode.</summary>
        private InputPath? Adjustable(BoundExpression expression)
        {
            var path = InputPath.Of(expression);
            if (path is null || path.IsTime != _time) return null;
            if (path.IsTime) return path;
            return _item is null ? (path.Variable is null ? path : null) : (path.Variable == _item ? path : null);
        }

        /// <summary>A list the record carries (or the item being changed carries), whose items a remedy may add or remove.</summary>
        private InputPath? AdjustableList(BoundExpression expression)
        {
            if (_time) return null;
            var path = InputPath.Of(expression);
            return path is null || path.IsTime || (path.Variable != null && path.Variable != _item) ? null : path;
        }

        private RemedyInput InputOf(BoundExpression expression, InputPath path) =>
            new RemedyInput(path.IsTime ? "as_of" : TextOf(expression), path.IsTime ? RemedyInputKind.Time : RemedyInputKind.Field);

        /// <summary>
        /// An expression no remedy is derived through: nothing to say when it reads no input of the record (constants and
        /// parameters cannot change), otherwise why not.
        /// </summary>
        private Remedy? NotThrough(BoundExpression expression, string why)
        {
            if (_time || !ReadsInput(expression)) return null;
            return new NoRemedy($"{why} ('{TextOf(expression)}')");
        }

        private const string NotInverted = "the requirement reads a value this version cannot trace back to the record's inputs";
        private const string NotMonotone = "the requirement is not monotone in its inputs";

        /// <summary>Whether the expression reads anything of the record: a field, a let or decision, a lifecycle, the history.</summary>
        private bool ReadsInput(BoundExpression expression) => _frame.Program.RemediationCache.ReadsInput(expression);

        /// <summary>A value in the language's spelling, texts quoted: how remedies name items and values.</summary>
        private static string Show(object? value) => value is string text ? "\"" + text + "\"" : ValueFormatter.Format(value);

        /// <summary>The condition's wanted value, per node kind.</summary>
        private sealed class Goal : BoundTreeVisitor<Remedy?>
        {
            private readonly RemedyFinder _finder;
            private readonly bool _wanted;

            public Goal(RemedyFinder finder, bool wanted)
            {
                _finder = finder;
                _wanted = wanted;
            }

            protected override Remedy? DefaultVisit(BoundExpression node) =>
                _finder.NotThrough(node, NotInverted) ?? new NoRemedy("the requirement reads nothing the record carries");

            protected override Remedy? VisitLiteral(BoundLiteral node) => new NoRemedy("the requirement is a constant");
            protected override Remedy? VisitNarrowed(BoundNarrowed node) => _finder.Want(node.Operand, _wanted);
            protected override Remedy? VisitUnary(BoundUnary node) => _finder.Want(node.Operand, !_wanted);
            protected override Remedy? VisitFieldAccess(BoundFieldAccess node) => _finder.Choose(node, _wanted);
            protected override Remedy? VisitVariable(BoundVariable node) => _finder.Choose(node, _wanted);
            protected override Remedy? VisitAsOf(BoundAsOf node) => DefaultVisit(node);
            protected override Remedy? VisitValueReference(BoundValueReference node) => _finder.Through(node.Symbol, value => _finder.Want(value, _wanted));
            protected override Remedy? VisitPresence(BoundPresence node) => _finder.Presence(node, _wanted);
            protected override Remedy? VisitWithin(BoundWithin node) => _finder.Within(node, _wanted);
            protected override Remedy? VisitIn(BoundIn node) => _finder.Membership(node, node.Operand, node.Collection, _wanted != node.Negated, _wanted);
            protected override Remedy? VisitQuantifier(BoundQuantifier node) => _finder.Quantifier(node, _wanted);
            protected override Remedy? VisitClauseOutcome(BoundClauseOutcome node) => _finder.ClauseOutcome(node, _wanted);

            protected override Remedy? VisitBinary(BoundBinary node)
            {
                switch (node.Kind)
                {
                    case BoundBinaryKind.And: return _finder.Logic(node, BoundBinaryKind.And, _wanted);
                    case BoundBinaryKind.Or: return _finder.Logic(node, BoundBinaryKind.Or, _wanted);
                    default: return _finder.Compare(node, _wanted);
                }
            }

            protected override Remedy? VisitCall(BoundCall node) =>
                node.Function == BuiltinFunction.Contains
                    ? _finder.Membership(node, node.Arguments[1], node.Arguments[0], _wanted, _wanted)
                    : DefaultVisit(node);

            protected override Remedy? VisitConditional(BoundConditional node) =>
                _finder.Branch(node, branch => _finder.Want(branch, _wanted));

            protected override Remedy? VisitCoalesce(BoundCoalesce node) =>
                _finder.TryValue(node.Left, out var left, out var problem) ? _finder.Want(left is null ? node.Right : node.Left, _wanted) : problem;
        }

        /// <summary>
        /// An <c>and</c> or <c>or</c> chain: to make an <c>and</c> true every false part must become true, to make it false
        /// any one part will do; the other way round for <c>or</c>.
        /// </summary>
        private Remedy? Logic(BoundBinary node, BoundBinaryKind kind, bool wanted)
        {
            var parts = new List<BoundExpression>();
            var stack = new Stack<BoundExpression>();
            stack.Push(node);
            while (stack.Count > 0)
            {
                var next = stack.Pop();
                if (next is BoundBinary binary && binary.Kind == kind)
                {
                    stack.Push(binary.Right);
                    stack.Push(binary.Left);
                }
                else
                {
                    parts.Add(next);
                }
            }
            var remedies = new Remedy?[parts.Count];
            for (var i = 0; i < remedies.Length; i++) remedies[i] = Want(parts[i], wanted);
            var everyPart = (kind == BoundBinaryKind.And) == wanted;
            return everyPart ? Remedies.All(remedies) : Remedies.Any(remedies);
        }

        /// <summary>A let or decision: followed into its value, in its own file; a parameter is a setting of the policy.</summary>
        private Remedy? Through(ValueSymbol symbol, Func<BoundExpression, Remedy?> derive)
        {
            if (symbol is ParameterSymbol parameter)
                return _time ? null : new NoRemedy($"it depends only on the parameter '{parameter.Name}', a setting of the policy rather than of the record");
            var value = _frame.Program.Bound.Values[symbol];
            return InSource(symbol.Source, () => derive(value));
        }

        /// <summary>An <c>if</c>: the branch the record takes now (a remedy that would switch branches is checked, like any).</summary>
        private Remedy? Branch(BoundConditional node, Func<BoundExpression, Remedy?> derive)
        {
            if (!TryValue(node.Condition, out var condition, out var problem)) return problem;
            return derive(condition is true ? node.WhenTrue : node.WhenFalse);
        }

        /// <summary>A bool, enumeration or text input: the values that give the condition being solved its wanted value.</summary>
        private Remedy? Choose(BoundExpression input, bool wanted) =>
            Solving(input, wanted, () => ChooseValue(input) ?? NotThrough(input, NotInverted) ?? new NoRemedy("the requirement reads nothing the record carries"));

        /// <summary>
        /// The values of a bool or enumeration input that give the condition being solved its wanted value, found by trying
        /// each; null when the expression is not such an input.
        /// </summary>
        private Remedy? ChooseValue(BoundExpression input)
        {
            var path = Adjustable(input);
            if (path is null) return null;
            var type = input.Type.NonOptional;
            IEnumerable<object> candidates;
            if (type == TypeSymbol.Bool) candidates = new object[] { true, false };
            else if (type is EnumType enumeration) candidates = enumeration.Members;
            else return null;
            TryValue(input, out var current, out _);
            var allowed = candidates.Where(c => !ValueEquality.AreEqual(c, current) && Checked(path, c, Placeholder) == Placeholder).Select(Show).ToArray();
            return allowed.Length == 0
                ? new NoRemedy($"no value of {TextOf(input)} makes it hold")
                : new ChoiceRemedy(InputOf(input, path), Show(current), allowed);
        }

        /// <summary>A stand-in for <see cref="Checked(InputPath, object?, Remedy)"/> when only whether a value works matters.</summary>
        private static readonly BoundRemedy Placeholder = new BoundRemedy(new RemedyInput(string.Empty, RemedyInputKind.Field), null, RemedyNeed.Exactly, 0m);

        private Remedy? Presence(BoundPresence node, bool wanted)
        {
            var present = node.IsMissing != wanted;
            var path = Adjustable(node.Operand);
            if (path is null) return NotThrough(node.Operand, NotInverted) ?? new NoRemedy("the requirement reads nothing the record carries");
            TryValue(node.Operand, out var current, out _);
            return new ChoiceRemedy(InputOf(node.Operand, path), Show(current), new[] { present ? "present" : "missing" });
        }

        /// <summary><c>passed(ID)</c> and <c>failed(ID)</c>: what makes that clause's requirement hold (or fail).</summary>
        private Remedy? ClauseOutcome(BoundClauseOutcome node, bool wanted)
        {
            var body = _frame.Program.Bound.ClauseBodies[node.Clause];
            return InSource(node.Clause.Source, () => Want(body.Requirement, wanted != node.Failed));
        }
    }
}
