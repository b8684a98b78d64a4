using System.Collections.Generic;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;

namespace CompliancePolicy.Evaluation
{
    /// <summary>Why a clause reached its verdict for a record: each condition, each sub-expression and its value.</summary>
    public sealed class Explanation
    {
        internal Explanation(ClauseSymbol clause, ClauseResult result, IReadOnlyList<ExplanationNode> steps)
        {
            Clause = clause;
            Outcome = result.Outcome;
            Message = result.Message;
            Steps = steps;
            Remediation = result.Remediation;
        }

        public ClauseSymbol Clause { get; }
        public ClauseOutcome Outcome { get; }
        public string Message { get; }

        /// <summary>One node per condition: "applies when", "require", then each "unless".</summary>
        public IReadOnlyList<ExplanationNode> Steps { get; }

        /// <summary>What would make the clause pass if it fails, and when time alone changes its verdict.</summary>
        public Remediation.ClauseRemediation Remediation { get; }
    }

    /// <summary>An expression as written, the value it had, and the sub-expressions that produced it.</summary>
    public sealed class ExplanationNode
    {
        /// <summary>How much of an expression or a value a node shows: enough to recognise it. A chain of 250 conditions,
        /// or a list of 3,000 events, written whole at every level made explanations megabytes long.</summary>
        private const int MaxTextShown = 240;

        internal ExplanationNode(string? role, string expression, string value, IReadOnlyList<ExplanationNode> children)
        {
            Role = role;
            Expression = DisplayText.Shorten(expression, MaxTextShown);
            Value = DisplayText.Shorten(value, MaxTextShown);
            Children = children;
        }

        /// <summary>"applies when", "require", "unless", or null for a sub-expression.</summary>
        public string? Role { get; }

        public string Expression { get; }
        public string Value { get; }
        public IReadOnlyList<ExplanationNode> Children { get; }
    }
}
