using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Evaluation
{
    /// <summary>
    /// Re-evaluates a clause's conditions node by node for one record. Explaining is rare and interactive, so the
    /// sub-expressions are compiled on demand here rather than kept with every compiled policy.
    /// </summary>
    internal static class Explainer
    {
        private const int MaxItemsShown = 20;

        /// <summary>
        /// How many levels of sub-expressions are broken down. Each node is compiled and evaluated on its own, so a chain
        /// of n operators costs n times its depth; past this depth a node shows its value only. Deeper explanations are
        /// no help to a reader anyway.
        /// </summary>
        private const int MaxDepthShown = 24;

        public static Explanation Explain(Frame frame, ClauseSymbol clause, ClauseResult result)
        {
            var compiler = new ExpressionCompiler(clause.Source, outOfFlow: true);
            var body = frame.Program.Clauses[clause.Index].Body;
            var steps = new List<ExplanationNode>();
            if (body.AppliesWhen != null) steps.Add(Node(frame, compiler, body.AppliesWhen, "applies when", 1));
            steps.Add(Node(frame, compiler, body.Requirement, "require", 1));
            steps.AddRange(body.Exceptions.Select(e => Node(frame, compiler, e, "unless", 1)));
            return new Explanation(clause, result, steps);
        }

        private static ExplanationNode Node(Frame frame, ExpressionCompiler compiler, BoundExpression expression, string? role, int depth)
        {
            var value = Evaluate(frame, compiler.Boxed(expression));
            var children = new List<ExplanationNode>();
            if (depth >= MaxDepthShown) return new ExplanationNode(role, compiler.TextOf(expression), value, children);
            foreach (var child in BoundTree.Children(expression))
            {
                if (child is BoundLiteral || BoundTree.HasFreeVariable(child)) continue;
                children.Add(Node(frame, compiler, child, null, depth + 1));
            }
            if (expression is BoundQuantifier quantifier && quantifier.Condition != null && !BoundTree.HasFreeVariable(quantifier.Collection))
                children.AddRange(Items(frame, compiler, quantifier.Collection, quantifier.Variable, quantifier.Condition));
            return new ExplanationNode(role, compiler.TextOf(expression), value, children);
        }

        /// <summary>For a quantifier, what its condition was for each element (the first few).</summary>
        private static IEnumerable<ExplanationNode> Items(Frame frame, ExpressionCompiler compiler, BoundExpression collection, VariableSymbol variable, BoundExpression condition)
        {
            object?[] items;
            try
            {
                items = (object?[])compiler.Reference(collection)(frame);
            }
            catch (Exception exception) when (Guard.IsRecoverable(exception))
            {
                yield break;
            }
            var test = compiler.Boxed(condition);
            foreach (var item in items.Take(MaxItemsShown))
            {
                frame.Variables[variable.Slot] = item;
                var label = $"{variable.Name} = {ValueFormatter.Format(item)}";
                yield return new ExplanationNode(null, label, $"{compiler.TextOf(condition)}: {Evaluate(frame, test)}", Array.Empty<ExplanationNode>());
            }
            if (items.Length > MaxItemsShown)
                yield return new ExplanationNode(null, $"... {items.Length - MaxItemsShown} more", string.Empty, Array.Empty<ExplanationNode>());
        }

        private static string Evaluate(Frame frame, Func<Frame, object?> compiled)
        {
            try
            {
                return ValueFormatter.Format(compiled(frame));
            }
            catch (Exception exception) when (Guard.IsRecoverable(exception))
            {
                return "error: " + Guard.ToEvaluationError(exception).Message;
            }
        }
    }
}
