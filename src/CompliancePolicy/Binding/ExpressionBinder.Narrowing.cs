using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Binding
{
    /// <summary>
    /// Flow typing of optionals: an optional value (<c>T?</c>) may be used where a <c>T</c> is needed only where the
    /// conditions around it prove it present. A proof is the key of a stable value (a field path, a parameter, let
    /// or decision, a loop variable): each is the same wherever it is read for one record, so a test of it holds
    /// for every later read under the same condition.
    /// </summary>
    internal sealed partial class ExpressionBinder
    {
        private static readonly ImmutableHashSet<string> None = ImmutableHashSet<string>.Empty;
        private static readonly PathKeys Keys = new PathKeys();

        /// <summary>What a condition proves present when it is true, and when it is false (recorded only when it proves something).</summary>
        private readonly Dictionary<BoundExpression, (ImmutableHashSet<string> WhenTrue, ImmutableHashSet<string> WhenFalse)> _proofs =
            new Dictionary<BoundExpression, (ImmutableHashSet<string>, ImmutableHashSet<string>)>();

        /// <summary>The values proven present where the binder is now.</summary>
        private ImmutableHashSet<string> _present = None;

        /// <summary>
        /// A value that must not be missing here. An optional is narrowed to its value where it is proven present;
        /// elsewhere it is an error (CP1020), so nothing the binder accepts can fail at run time for a missing value.
        /// </summary>
        public BoundExpression Required(BoundExpression bound)
        {
            // A read proven present was narrowed when it was bound.
            if (!bound.Type.IsOptional) return bound;
            Report(bound.Syntax.Span, DiagnosticMessages.OptionalNotProvenPresent(_source.ToString(bound.Syntax.Span), bound.Type.Describe()));
            return new BoundError(bound.Syntax);
        }

        /// <summary>A read of an optional value proven present here is a read of its value: its type is narrowed from T? to T.</summary>
        private BoundExpression Narrow(BoundExpression read) =>
            read.Type.IsOptional && Keys.Visit(read) is { } key && _present.Contains(key) ? new BoundNarrowed(read) : read;

        /// <summary><c>is present</c>, <c>is missing</c> and <c>??</c> ask about the optional itself, proven present or not.</summary>
        private static BoundExpression Unnarrowed(BoundExpression operand) => operand is BoundNarrowed narrowed ? narrowed.Operand : operand;

        /// <summary>What the condition proves present when it holds.</summary>
        public ImmutableHashSet<string> WhenTrue(BoundExpression condition) => _proofs.TryGetValue(condition, out var proof) ? proof.WhenTrue : None;

        /// <summary>What the condition proves present when it does not hold.</summary>
        public ImmutableHashSet<string> WhenFalse(BoundExpression condition) => _proofs.TryGetValue(condition, out var proof) ? proof.WhenFalse : None;

        /// <summary>Binds with more values proven present, as the right side of <c>and</c> is bound with what its left side proves.</summary>
        public T WithPresent<T>(ImmutableHashSet<string> proven, Func<T> bind)
        {
            if (proven.IsEmpty) return bind();
            var outer = _present;
            _present = outer.Union(proven);
            try
            {
                return bind();
            }
            finally
            {
                _present = outer;
            }
        }

        private T Proves<T>(T condition, ImmutableHashSet<string> whenTrue, ImmutableHashSet<string> whenFalse)
            where T : BoundExpression
        {
            if (!whenTrue.IsEmpty || !whenFalse.IsEmpty) _proofs[condition] = (whenTrue, whenFalse);
            return condition;
        }

        /// <summary><c>x is present</c> proves x, and every record it is a field of, present when true; <c>is missing</c>, when false.</summary>
        private BoundPresence ProvesPresence(BoundPresence presence)
        {
            var keys = None;
            for (var path = presence.Operand; path != null; path = (path as BoundFieldAccess)?.Target)
            {
                if (Keys.Visit(path) is { } key) keys = keys.Add(key);
            }
            return presence.IsMissing ? Proves(presence, None, keys) : Proves(presence, keys, None);
        }

        private BoundBinary ProvesLogic(BoundBinary binary)
        {
            var (left, right) = (binary.Left, binary.Right);
            return binary.Kind == BoundBinaryKind.And
                ? Proves(binary, Union(WhenTrue(left), WhenTrue(right)), WhenFalse(left).Intersect(WhenFalse(right)))
                : Proves(binary, WhenTrue(left).Intersect(WhenTrue(right)), Union(WhenFalse(left), WhenFalse(right)));
        }

        /// <summary><c>if c then a else b</c> is true when c and a are, or when b is and c is not.</summary>
        private BoundConditional ProvesChoice(BoundConditional conditional)
        {
            var (c, a, b) = (conditional.Condition, conditional.WhenTrue, conditional.WhenFalse);
            return Proves(conditional,
                Union(WhenTrue(c), WhenTrue(a)).Intersect(Union(WhenFalse(c), WhenTrue(b))),
                Union(WhenTrue(c), WhenFalse(a)).Intersect(Union(WhenFalse(c), WhenFalse(b))));
        }

        private static ImmutableHashSet<string> Union(ImmutableHashSet<string> a, ImmutableHashSet<string> b) =>
            a.Count >= b.Count ? a.Union(b) : b.Union(a);

        /// <summary>
        /// The key of a value that is the same wherever it is read for one record, or null: a field path from the
        /// record, a loop variable or a named value; a parameter, let or decision; a loop variable (by its slot).
        /// </summary>
        private sealed class PathKeys : BoundTreeVisitor<string?>
        {
            protected override string? DefaultVisit(BoundExpression node) => null;
            protected override string? VisitNarrowed(BoundNarrowed node) => Visit(node.Operand);
            protected override string? VisitValueReference(BoundValueReference node) => "$" + node.Symbol.Name;
            protected override string? VisitVariable(BoundVariable node) => "@" + node.Variable.Slot.ToString(System.Globalization.CultureInfo.InvariantCulture);

            protected override string? VisitFieldAccess(BoundFieldAccess node)
            {
                if (node.Target is null) return "." + node.Field.Name;
                return Visit(node.Target) is { } target ? target + "." + node.Field.Name : null;
            }
        }
    }
}
