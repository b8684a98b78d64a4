namespace CompliancePolicy.Binding
{
    /// <summary>
    /// Visits bound expressions: one method per node kind, chosen by the one switch over the kinds of the bound tree.
    /// A kind the switch does not know is an engine bug, so it throws rather than being passed over.
    /// </summary>
    /// <remarks>
    /// Override the methods of the kinds a visit cares about; the others go to <see cref="DefaultVisit"/>. What each
    /// kind's children are is known in one place, <see cref="BoundTree.Children"/>.
    /// </remarks>
    internal abstract class BoundTreeVisitor<TResult>
    {
        public TResult Visit(BoundExpression node)
        {
            switch (node)
            {
                case BoundError n: return VisitError(n);
                case BoundLiteral n: return VisitLiteral(n);
                case BoundFieldAccess n: return VisitFieldAccess(n);
                case BoundValueReference n: return VisitValueReference(n);
                case BoundVariable n: return VisitVariable(n);
                case BoundAsOf n: return VisitAsOf(n);
                case BoundNarrowed n: return VisitNarrowed(n);
                case BoundUnary n: return VisitUnary(n);
                case BoundBinary n: return VisitBinary(n);
                case BoundPresence n: return VisitPresence(n);
                case BoundCoalesce n: return VisitCoalesce(n);
                case BoundWithin n: return VisitWithin(n);
                case BoundIn n: return VisitIn(n);
                case BoundQuantifier n: return VisitQuantifier(n);
                case BoundComprehension n: return VisitComprehension(n);
                case BoundList n: return VisitList(n);
                case BoundConditional n: return VisitConditional(n);
                case BoundCall n: return VisitCall(n);
                case BoundLookup n: return VisitLookup(n);
                case BoundClauseOutcome n: return VisitClauseOutcome(n);
                case BoundFailureCount n: return VisitFailureCount(n);
                case BoundInterpolatedString n: return VisitInterpolatedString(n);
                case BoundLifecycleValue n: return VisitLifecycleValue(n);
                case BoundHistory n: return VisitHistory(n);
                case BoundStreak n: return VisitStreak(n);
                default: throw BoundTree.UnknownNode(node);
            }
        }

        /// <summary>What a kind without its own method gives.</summary>
        protected abstract TResult DefaultVisit(BoundExpression node);

        protected virtual TResult VisitError(BoundError node) => DefaultVisit(node);
        protected virtual TResult VisitLiteral(BoundLiteral node) => DefaultVisit(node);
        protected virtual TResult VisitFieldAccess(BoundFieldAccess node) => DefaultVisit(node);
        protected virtual TResult VisitValueReference(BoundValueReference node) => DefaultVisit(node);
        protected virtual TResult VisitVariable(BoundVariable node) => DefaultVisit(node);
        protected virtual TResult VisitAsOf(BoundAsOf node) => DefaultVisit(node);
        protected virtual TResult VisitNarrowed(BoundNarrowed node) => DefaultVisit(node);
        protected virtual TResult VisitUnary(BoundUnary node) => DefaultVisit(node);
        protected virtual TResult VisitBinary(BoundBinary node) => DefaultVisit(node);
        protected virtual TResult VisitPresence(BoundPresence node) => DefaultVisit(node);
        protected virtual TResult VisitCoalesce(BoundCoalesce node) => DefaultVisit(node);
        protected virtual TResult VisitWithin(BoundWithin node) => DefaultVisit(node);
        protected virtual TResult VisitIn(BoundIn node) => DefaultVisit(node);
        protected virtual TResult VisitQuantifier(BoundQuantifier node) => DefaultVisit(node);
        protected virtual TResult VisitComprehension(BoundComprehension node) => DefaultVisit(node);
        protected virtual TResult VisitList(BoundList node) => DefaultVisit(node);
        protected virtual TResult VisitConditional(BoundConditional node) => DefaultVisit(node);
        protected virtual TResult VisitCall(BoundCall node) => DefaultVisit(node);
        protected virtual TResult VisitLookup(BoundLookup node) => DefaultVisit(node);
        protected virtual TResult VisitClauseOutcome(BoundClauseOutcome node) => DefaultVisit(node);
        protected virtual TResult VisitFailureCount(BoundFailureCount node) => DefaultVisit(node);
        protected virtual TResult VisitInterpolatedString(BoundInterpolatedString node) => DefaultVisit(node);
        protected virtual TResult VisitLifecycleValue(BoundLifecycleValue node) => DefaultVisit(node);
        protected virtual TResult VisitHistory(BoundHistory node) => DefaultVisit(node);
        protected virtual TResult VisitStreak(BoundStreak node) => DefaultVisit(node);
    }
}
