using System;
using System.Collections.Generic;
using System.Linq;
using JsonValueKind = System.Text.Json.JsonValueKind;
using CompliancePolicy.Reporting;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Testing
{
    /// <summary>Reads a test's <c>expect</c>: clause outcomes, messages, decision values and lifecycle states, each bound to
    /// the policy's clause, decision, lifecycle or state it names.</summary>
    internal static class ExpectationReader
    {
        /// <summary>The expectations, or null when any could not be read (then the test does not run). Without a policy
        /// (it could not be compiled) only the shape is checked.</summary>
        public static Expectations? Read(TestFileContext file, JsonNode test, Policy? policy)
        {
            var node = file.Required(test, "expect", TestShape.Test, JsonValueKind.Object);
            if (node is null) return null;
            file.CheckFields(node, TestShape.Expect);
            var clauses = Part(file, node, "clauses");
            var decisions = Part(file, node, "decisions");
            var messages = Part(file, node, "messages");
            var lifecycles = Part(file, node, "lifecycles");
            if (clauses is null && decisions is null && messages is null && lifecycles is null)
            {
                file.ExpectsNothing(node);
                return null;
            }
            var expectations = new Expectations();
            var ok = true;
            foreach (var property in Properties(clauses))
            {
                var value = property.Value;
                if (value.Kind != JsonValueKind.String || !ReportNames.TryParseClauseOutcome(value.Text!, out var outcome))
                {
                    file.UnknownOutcome(value);
                    ok = false;
                    continue;
                }
                var clause = FindClause(file, policy, property);
                if (clause != null) expectations.Clauses.Add((clause, outcome, value));
                else ok &= policy is null;
            }
            foreach (var property in Properties(messages))
            {
                var value = property.Value;
                if (value.Kind != JsonValueKind.String)
                {
                    file.WrongType(value, "a string the message must contain");
                    ok = false;
                    continue;
                }
                var clause = FindClause(file, policy, property);
                if (clause != null) expectations.Messages.Add((clause, value.Text!, value));
                else ok &= policy is null;
            }
            if (policy is null) return ok ? expectations : null;
            foreach (var property in Properties(decisions))
            {
                var decision = Find(file, policy, property, "decision", policy.Decisions, d => d.Name);
                if (decision != null) expectations.Decisions.Add((decision, property.Value));
                else ok = false;
            }
            foreach (var property in Properties(lifecycles))
            {
                var lifecycle = Find(file, policy, property, "lifecycle", policy.Lifecycles, l => l.Name);
                var expectation = lifecycle is null ? null : ReadLifecycle(file, lifecycle, property.Value);
                if (expectation != null) expectations.Lifecycles.Add(expectation.Value);
                else ok = false;
            }
            return ok ? expectations : null;
        }

        /// <summary>One part of <c>expect</c>: an object whose names (clause IDs, decision names...) are each given once.</summary>
        private static JsonNode? Part(TestFileContext file, JsonNode expect, string name)
        {
            var part = file.Optional(expect, name, JsonValueKind.Object);
            if (part != null) file.CheckRepeated(part, $"'{name}'");
            return part;
        }

        private static IEnumerable<JsonProperty> Properties(JsonNode? part) => part?.Properties ?? Enumerable.Empty<JsonProperty>();

        /// <summary><c>"terminated"</c>, or <c>{ "state": "terminated", "since": "2026-04-01" }</c> (since optional).</summary>
        private static (LifecycleSymbol Lifecycle, LifecycleState State, CalendarDate? Since, JsonNode Node)? ReadLifecycle(
            TestFileContext file, LifecycleSymbol lifecycle, JsonNode value)
        {
            JsonNode? stateNode;
            CalendarDate? since = null;
            switch (value.Kind)
            {
                case JsonValueKind.String:
                    stateNode = value;
                    break;
                case JsonValueKind.Object:
                    file.CheckFields(value, TestShape.LifecycleExpectation);
                    stateNode = file.Required(value, "state", TestShape.LifecycleExpectation, JsonValueKind.String);
                    var sinceNode = file.Optional(value, "since", JsonValueKind.String);
                    if (stateNode is null || (value["since"] != null && sinceNode is null)) return null;
                    if (sinceNode != null)
                    {
                        since = TestFileReader.ReadDate(file, sinceNode);
                        if (since is null) return null;
                    }
                    break;
                default:
                    file.WrongType(value, "a state name or an object with 'state' and optional 'since'");
                    return null;
            }
            var state = lifecycle.FindState(stateNode.Text!);
            if (state is null)
            {
                file.UnknownState(stateNode, lifecycle, stateNode.Text!);
                return null;
            }
            return (lifecycle, state, since, value);
        }

        private static ClauseSymbol? FindClause(TestFileContext file, Policy? policy, JsonProperty property) =>
            policy is null ? null : Find(file, policy, property, "clause", policy.Clauses, c => c.Id);

        /// <summary>The clause, decision or lifecycle an expectation names; null after reporting (CP3113) that the policy has none of that name.</summary>
        private static T? Find<T>(TestFileContext file, Policy policy, JsonProperty property, string kind, IEnumerable<T> declared, Func<T, string> name)
            where T : class
        {
            var found = declared.FirstOrDefault(d => name(d) == property.Name);
            if (found is null) file.UnknownSubject(property.Value, policy, kind, property.Name, declared.Select(name));
            return found;
        }
    }
}
