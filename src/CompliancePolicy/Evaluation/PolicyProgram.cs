using System;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Evaluation
{
    /// <summary>A bound policy compiled once into closures; shared, read-only, by every evaluation on every thread.</summary>
    internal sealed class PolicyProgram
    {
        private PolicyProgram(BoundPolicy bound)
        {
            Bound = bound;
            VariableSlots = bound.VariableSlots;
            Lookups = bound.Lookups.Select(l => CompileLookup(l, bound.LookupBodies[l])).ToArray();
            Lets = bound.Lets.Select(l => new ExpressionCompiler(l.Source).Boxed(bound.Values[l])).ToArray();
            Decisions = bound.Decisions.Select(d => new ExpressionCompiler(d.Source).Boxed(bound.Values[d])).ToArray();
            Clauses = bound.Clauses.Select(c => new CompiledClause(c, bound.ClauseBodies[c])).ToArray();
            Lifecycles = bound.Lifecycles.Select(l => new CompiledLifecycle(l, bound.LifecycleBodies[l])).ToArray();
            LetsReadHistory = HistoryDependence.Of(bound.Lets, bound.Values);
            DecisionsReadHistory = HistoryDependence.Of(bound.Decisions, bound.Values);
            DefaultParameters = bound.Parameters.Select(EvaluateDefault).ToArray();
        }

        public BoundPolicy Bound { get; }
        public int VariableSlots { get; }
        public Func<Frame, decimal, object?>[] Lookups { get; }
        public Func<Frame, object?>[] Lets { get; }
        public Func<Frame, object?>[] Decisions { get; }
        public CompiledClause[] Clauses { get; }
        public CompiledLifecycle[] Lifecycles { get; }
        public bool[] LetsReadHistory { get; }
        public bool[] DecisionsReadHistory { get; }
        public object?[] DefaultParameters { get; }

        // Remediation and outlooks evaluate sub-expressions apart from the conditions that guard them, for many records:
        // each is compiled once per policy, and shared by threads evaluating records in parallel.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<BoundExpression, Func<Frame, object?>> _outOfFlow =
            new System.Collections.Concurrent.ConcurrentDictionary<BoundExpression, Func<Frame, object?>>();

        private bool[]? _clausesReadTime;

        /// <summary>Per clause, whether its outcome can change as time passes with nothing else changing (it reads the date, a lifecycle or the history).</summary>
        public bool[] ClausesReadTime => _clausesReadTime ??= Remediation.TimeDependence.OfClauses(Bound);

        private Remediation.RemediationCache? _remediationCache;

        /// <summary>What remedies and outlooks work out once for this policy and share between records and threads.</summary>
        public Remediation.RemediationCache RemediationCache => _remediationCache ??= new Remediation.RemediationCache(Bound);

        /// <summary>The expression compiled to be evaluated out of flow (see <see cref="ExpressionCompiler"/>), once per policy.</summary>
        public Func<Frame, object?> OutOfFlow(BoundExpression expression, Text.SourceText source) =>
            _outOfFlow.TryGetValue(expression, out var compiled) ? compiled : CompileOutOfFlow(expression, source);

        // Apart from the look-up above: a remedy asks for compiled expressions many times per record, and the closure
        // below, made on entering whatever method holds it, would be allocated on every call.
        private Func<Frame, object?> CompileOutOfFlow(BoundExpression expression, Text.SourceText source) =>
            _outOfFlow.GetOrAdd(expression, e => new ExpressionCompiler(source, outOfFlow: true).Boxed(e));

        public static PolicyProgram Compile(BoundPolicy bound)
        {
            if (bound.HasErrors || bound.Schema is null) throw new InvalidOperationException("A policy with errors cannot be compiled.");
            return new PolicyProgram(bound);
        }

        private object? EvaluateDefault(ParameterSymbol parameter)
        {
            // Defaults are constants (the binder rejects anything that reads a record or another value).
            var compiled = new ExpressionCompiler(parameter.Source).Boxed(Bound.Defaults[parameter]);
            var frame = new Frame(this, new Values.RecordValue(Bound.Schema!, new object?[Bound.Schema!.Fields.Count]), default, Array.Empty<object?>());
            return compiled(frame);
        }

        private static Func<Frame, decimal, object?> CompileLookup(LookupSymbol lookup, BoundLookupBody body)
        {
            var compiler = new ExpressionCompiler(lookup.Source);
            var arms = body.Arms.Select(a => (Arm: a, Result: CompileArm(compiler, a.Result, EvaluationErrorKind.ErrorBand), ReadsKey: ReadsKey(a.Result, body.Key))).ToArray();
            var otherwise = CompileArm(compiler, body.Otherwise!, EvaluationErrorKind.OutsideEveryBand);
            var otherwiseReadsKey = ReadsKey(body.Otherwise!, body.Key);
            var slot = body.Key.Slot;
            var isTiers = lookup.IsTiers;
            return (frame, key) =>
            {
                foreach (var (arm, result, readsKey) in arms)
                {
                    if (!(isTiers ? key >= arm.Low!.Value : arm.Contains(key))) continue;
                    if (readsKey) frame.Variables[slot] = key;
                    return result(frame);
                }
                if (otherwiseReadsKey) frame.Variables[slot] = key;
                return otherwise(frame);
            };
        }

        /// <summary>Whether an arm's result reads the key: only then is the key boxed into its variable, as most arms are constants.</summary>
        private static bool ReadsKey(BoundArmResult arm, VariableSymbol key) =>
            arm.Value is null || BoundTree.DescendantsAndSelf(arm.Value).Any(n => n is BoundVariable v && v.Variable == key);

        private static Func<Frame, object?> CompileArm(ExpressionCompiler compiler, BoundArmResult arm, EvaluationErrorKind kind)
        {
            if (arm.Value != null) return compiler.Boxed(arm.Value);
            var message = compiler.CompileInterpolation(arm.Error!);
            return frame => throw new EvaluationException(kind, message(frame));
        }
    }
}
