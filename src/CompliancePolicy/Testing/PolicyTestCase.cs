using System.Collections.Generic;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Records;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Testing
{
    /// <summary>One test as read from its file and bound to the policy under test: what it evaluates and what it expects.
    /// A part that could not be read is null (its problem is already reported), and then the test does not run.</summary>
    internal sealed class PolicyTestCase
    {
        public PolicyTestCase(string name, SourceLocation location, CalendarDate? asOf, ParameterValues? parameters,
            IReadOnlyList<RecordReadResult> records, Expectations? expectations)
        {
            Name = name;
            Location = location;
            AsOf = asOf;
            Parameters = parameters;
            Records = records;
            Expectations = expectations;
        }

        public string Name { get; }
        public SourceLocation Location { get; }
        public CalendarDate? AsOf { get; }
        public ParameterValues? Parameters { get; }

        /// <summary>The records that read without errors against the policy's schema.</summary>
        public IReadOnlyList<RecordReadResult> Records { get; }

        public Expectations? Expectations { get; }
    }

    /// <summary>What a test expects, each part with the JSON value it is written in (for locating a failure).</summary>
    internal sealed class Expectations
    {
        public List<(ClauseSymbol Clause, ClauseOutcome Outcome, JsonNode Node)> Clauses { get; } = new List<(ClauseSymbol, ClauseOutcome, JsonNode)>();
        public List<(ClauseSymbol Clause, string Text, JsonNode Node)> Messages { get; } = new List<(ClauseSymbol, string, JsonNode)>();
        public List<(DecisionSymbol Decision, JsonNode Node)> Decisions { get; } = new List<(DecisionSymbol, JsonNode)>();
        public List<(LifecycleSymbol Lifecycle, LifecycleState State, CalendarDate? Since, JsonNode Node)> Lifecycles { get; } =
            new List<(LifecycleSymbol, LifecycleState, CalendarDate?, JsonNode)>();

        /// <summary>The clauses the test states an expectation about (outcome or message): what clause coverage counts.</summary>
        public IEnumerable<ClauseSymbol> ClausesExpected
        {
            get
            {
                foreach (var clause in Clauses) yield return clause.Clause;
                foreach (var message in Messages) yield return message.Clause;
            }
        }

        public IEnumerable<LifecycleSymbol> LifecyclesExpected
        {
            get
            {
                foreach (var lifecycle in Lifecycles) yield return lifecycle.Lifecycle;
            }
        }
    }
}
