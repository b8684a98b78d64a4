using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Records;
using CompliancePolicy.Values;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// The JSON document of <c>compliance timeline</c> (docs/report-format.md): one record, as of a date, with each
    /// lifecycle of each policy it was evaluated against, written the same way as in the check report.
    /// </summary>
    internal static class TimelineReport
    {
        /// <summary>The layout's version: 1.2 added the inputs, 1.3 the lifecycles' ignored events; the check report's 1.4 fields (detail, failures per clause, incomplete) are not part of it.</summary>
        public const string ReportVersion = "1.3";

        /// <summary>Writes the document; <paramref name="inputs"/> are the policy files and the record file by content.</summary>
        public static void WriteJson(Stream output, string toolName, string toolVersion, CalendarDate asOf,
            IReadOnlyList<KeyValuePair<string, string>> parameterOverrides, RecordReadResult record,
            IReadOnlyList<RecordEvaluation> evaluations, IReadOnlyList<InputFile> inputs, bool indented = true)
        {
            using var writer = new Utf8JsonWriter(output, JsonReportWriter.Options(indented));
            JsonValues.WriteReportStart(writer, ReportVersion, toolName, toolVersion);
            writer.WriteString("asOf", asOf.ToString());
            JsonValues.WriteOverrides(writer, parameterOverrides);
            writer.WriteStartObject("record");
            writer.WriteString("id", record.Id);
            writer.WriteString("file", JsonValues.PathText(record.Path));
            writer.WriteNumber("line", record.Line);
            writer.WriteNumber("index", record.Index);
            writer.WriteEndObject();
            writer.WriteStartArray("policies");
            foreach (var evaluation in evaluations)
            {
                var policy = new PolicyInfo(evaluation.Policy, evaluation.Parameters);
                writer.WriteStartObject();
                writer.WriteString("policy", policy.Name);
                JsonValues.WriteNullable(writer, "version", policy.Version);
                JsonValues.WriteObjects(writer, "parameters", policy.Parameters.Where(p => p.Overridden), (w, parameter) =>
                {
                    w.WriteString("name", parameter.Name);
                    w.WriteString("value", parameter.Value);
                });
                writer.WriteStartArray("lifecycles");
                foreach (var lifecycle in evaluation.Lifecycles) LifecycleJson.Write(writer, lifecycle);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            JsonValues.WriteInputs(writer, inputs);
            writer.WriteEndObject();
            writer.Flush();
        }
    }

    /// <summary>One lifecycle's result as JSON, the same in the check report and the timeline document.</summary>
    internal static class LifecycleJson
    {
        /// <summary>Every field is always written (null or empty when the replay failed), so readers need no special cases.</summary>
        public static void Write(Utf8JsonWriter writer, LifecycleOutcome outcome)
        {
            var lifecycle = outcome.Lifecycle;
            var result = outcome.Result;
            writer.WriteStartObject();
            writer.WriteString("name", lifecycle.Name);
            JsonValues.WriteNullable(writer, "title", lifecycle.Title);
            if (result is null)
            {
                writer.WriteNull("state");
                writer.WriteNull("final");
                writer.WriteNull("since");
                writer.WriteNull("started");
            }
            else
            {
                writer.WriteString("state", result.State.Name);
                writer.WriteBoolean("final", result.State.IsFinal);
                writer.WriteString("since", result.Since.ToString());
                writer.WriteString("started", result.Started.ToString());
            }
            writer.WriteStartArray("timeline");
            foreach (var entry in result?.Timeline ?? new TimelineEntry[0])
            {
                writer.WriteStartObject();
                writer.WriteString("state", entry.State.Name);
                writer.WriteString("from", entry.From.ToString());
                if (entry.To is { } to) writer.WriteString("to", to.ToString());
                else writer.WriteNull("to");
                writer.WriteString("cause", entry.Cause);
                if (entry.Transition is null)
                {
                    writer.WriteNull("transition");
                    writer.WriteNull("transitionTitle");
                }
                else
                {
                    writer.WriteString("transition", entry.Transition.Id);
                    JsonValues.WriteNullable(writer, "transitionTitle", entry.Transition.Title);
                }
                JsonValues.WriteStrings(writer, "citations", entry.Citations);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            WriteIgnoredEvents(new WriterOutput(writer), result?.IgnoredEvents ?? new IgnoredEvent[0], full: true);
            writer.WriteStartArray("pendingDeadlines");
            foreach (var deadline in result?.PendingDeadlines ?? new PendingDeadline[0])
            {
                var transition = LifecycleText.IsTransition(lifecycle, deadline);
                writer.WriteStartObject();
                writer.WriteString("id", deadline.Id);
                writer.WriteString("title", deadline.Title);
                writer.WriteString("kind", transition ? "transition" : "deadline");
                writer.WriteString("due", deadline.Due.ToString());
                writer.WriteString("effect", deadline.Effect);
                if (transition) writer.WriteString("firesOn", deadline.Due.AddDays(1).ToString());
                else writer.WriteNull("firesOn");
                writer.WriteString("measuredFrom", deadline.MeasuredFrom);
                JsonValues.WriteStrings(writer, "citations", deadline.Citations);
                writer.WriteBoolean("overdue", deadline.IsOverdue);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            JsonValues.WriteStrings(writer, "notes", result?.Notes ?? new string[0]);
            JsonValues.WriteNullable(writer, "error", outcome.Error);
            if (outcome.ErrorKind is { } kind) writer.WriteString("errorKind", ReportNames.Of(kind));
            else writer.WriteNull("errorKind");
            writer.WriteEndObject();
        }

        /// <summary>The state, since when and the next pending deadline: for property bags where the whole timeline is too much.</summary>
        public static void WriteSummary(Utf8JsonWriter writer, LifecycleOutcome outcome) => WriteSummary(new WriterOutput(writer), outcome);

        /// <inheritdoc cref="WriteSummary(Utf8JsonWriter, LifecycleOutcome)"/>
        /// <remarks>Every line of a JSON Lines report carries one: the policy's names go in encoded once, dates as UTF-8.</remarks>
        public static void WriteSummary<TJson>(TJson json, LifecycleOutcome outcome) where TJson : struct, IJsonOutput
        {
            var result = outcome.Result;
            json.StartObject();
            json.PolicyText("name"u8, outcome.Lifecycle.Name);
            if (result is null)
            {
                json.Null("state"u8);
                json.Null("since"u8);
            }
            else
            {
                json.PolicyText("state"u8, result.State.Name);
                json.Date("since"u8, result.Since);
            }
            if (LifecycleText.Next(outcome) is { } next)
            {
                json.StartObject("nextDeadline"u8);
                json.PolicyText("id"u8, next.Id);
                json.PolicyText("title"u8, next.Title);
                json.Date("due"u8, next.Due);
                json.PolicyText("effect"u8, next.Effect);
                json.Boolean("overdue"u8, next.IsOverdue);
                json.EndObject();
            }
            else
            {
                json.Null("nextDeadline"u8);
            }
            WriteIgnoredEvents(json, result?.IgnoredEvents ?? Array.Empty<IgnoredEvent>(), full: false);
            if (outcome.Error is null) json.Null("error"u8);
            else json.String("error"u8, outcome.Error);
            if (outcome.ErrorKind is { } kind) json.String("errorKind"u8, ReportNames.Of(kind));
            else json.Null("errorKind"u8);
            json.EndObject();
        }

        /// <summary>
        /// <c>ignoredEvents</c>: each event that caused no transition, with its date, type, the state it met (null before
        /// the start) and the reason; in full also why in words, the declared reason, the transitions that declined it
        /// and the deadlines it restarted.
        /// </summary>
        private static void WriteIgnoredEvents<TJson>(TJson json, IReadOnlyList<IgnoredEvent> events, bool full) where TJson : struct, IJsonOutput
        {
            json.StartArray("ignoredEvents"u8);
            for (var i = 0; i < events.Count; i++) // by index: a foreach over the interface would allocate an enumerator per line
            {
                var ignored = events[i];
                json.StartObject();
                json.Date("date"u8, ignored.Date);
                json.PolicyText("type"u8, ignored.EventType.Name);
                json.PolicyTextOrNull("state"u8, ignored.State?.Name);
                json.PolicyText("reason"u8, LifecycleText.ReasonName(ignored.Reason));
                if (full)
                {
                    json.String("explanation"u8, ignored.Explanation);
                    json.PolicyTextOrNull("declaredReason"u8, ignored.Declaration?.Reason);
                    JsonOutputs.Strings(json, "transitions"u8, ignored.Declined.Select(t => t.Id).ToArray());
                    JsonOutputs.Strings(json, "restarts"u8, ignored.Restarts);
                }
                json.EndObject();
            }
            json.EndArray();
        }
    }
}
