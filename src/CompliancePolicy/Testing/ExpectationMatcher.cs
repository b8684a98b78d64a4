using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Reporting;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Testing
{
    /// <summary>Compares what a test expects with one record's evaluation, and says for each miss what was expected and what happened.</summary>
    internal static class ExpectationMatcher
    {
        public static IEnumerable<ExpectationFailure> Misses(JsonTree tree, Expectations expect, RecordEvaluation evaluation, string recordId)
        {
            foreach (var (clause, outcome, node) in expect.Clauses)
            {
                var result = evaluation.Clauses[clause.Index];
                if (result.Outcome == outcome) continue;
                yield return new ExpectationFailure("clause", clause.Id, recordId, ReportNames.Of(outcome),
                    $"{ReportNames.Of(result.Outcome)} (\"{result.Message}\")", tree.Locate(node));
            }
            foreach (var (clause, text, node) in expect.Messages)
            {
                var message = evaluation.Clauses[clause.Index].Message;
                if (message.IndexOf(text, StringComparison.Ordinal) >= 0) continue;
                yield return new ExpectationFailure("message", clause.Id, recordId, $"a message containing \"{text}\"", $"\"{message}\"", tree.Locate(node));
            }
            foreach (var (decision, node) in expect.Decisions)
            {
                var result = evaluation.Decisions[decision.Index];
                if (!result.IsError && Matches(node, result.Value)) continue;
                var actual = result.IsError ? "error: " + result.Error : Describe(result.Value);
                yield return new ExpectationFailure("decision", decision.Name, recordId, tree.TextOf(node), actual, tree.Locate(node));
            }
            foreach (var (lifecycle, state, since, node) in expect.Lifecycles)
            {
                var outcome = evaluation.Lifecycles.First(l => l.Lifecycle == lifecycle);
                var result = outcome.Result;
                if (result != null && result.State.Name == state.Name && (since is null || result.Since == since.Value)) continue;
                var expected = since is null ? state.Name : $"{state.Name} since {since}";
                var actual = result is null ? "error: " + outcome.Error : $"{result.State.Name} since {result.Since}{Route(result)}";
                yield return new ExpectationFailure("lifecycle", lifecycle.Name, recordId, expected, actual, tree.Locate(node));
            }
        }

        /// <summary>The transitions that led to the state, so a wrong expectation shows where the replay went: " (via W-1 on 2026-03-01, W-3 on 2026-03-31)".</summary>
        private static string Route(LifecycleResult result)
        {
            var steps = result.Timeline.Where(e => e.Transition != null).Select(e => $"{e.Transition!.Id} on {e.From}").ToArray();
            return steps.Length == 0 ? " (no transition fired)" : $" (via {string.Join(", ", steps)})";
        }

        /// <summary>Whether a JSON value written in a test equals a language value (see docs/policy-tests.md).</summary>
        private static bool Matches(JsonNode expected, object? actual)
        {
            switch (expected.Kind)
            {
                case JsonValueKind.Null: return actual is null;
                case JsonValueKind.True: return actual is bool t && t;
                case JsonValueKind.False: return actual is bool f && !f;
                case JsonValueKind.Number: return actual is decimal d && TryDecimal(expected.Text!, out var e) && d == e;
                case JsonValueKind.Array:
                    return actual is object[] list && list.Length == expected.Items!.Count && expected.Items.Select((item, i) => Matches(item, list[i])).All(m => m);
                case JsonValueKind.Object:
                    return actual is RecordValue record && expected.Properties!.All(p => record.Type.Find(p.Name) is { } field && Matches(p.Value, record[field.Index]));
                default:
                    var text = expected.Text!;
                    switch (actual)
                    {
                        case string s: return s == text;
                        case EnumValue member: return member.Name == text || member.Type.Name + "." + member.Name == text;
                        case CalendarDate date: return CalendarDate.TryParse(text, out var expectedDate) && expectedDate == date;
                        case Duration duration: return Duration.TryParse(text, out var expectedDuration) && expectedDuration == duration;
                        case decimal number: return TryDecimal(text, out var expectedNumber) && expectedNumber == number;
                        default: return actual != null && ValueFormatter.Format(actual) == text;
                    }
            }
        }

        private static bool TryDecimal(string text, out decimal value) =>
            decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

        /// <summary>The actual value written as the test would write it: JSON (strings quoted, numbers and booleans bare).</summary>
        private static string Describe(object? value)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, JsonReportWriter.Options(indented: false))) JsonValues.Write(writer, value);
            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
