using System.Linq;
using System.Text.Json;
using CompliancePolicy.Evaluation.Remediation;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// A remedy and an outlook in JSON, the same in every JSON-based report: the remedy's words in <c>text</c> and its
    /// parts typed (docs/report-format.md, "Remediation").
    /// </summary>
    internal static class RemedyJson
    {
        /// <summary>A clause's <c>remediation</c> and <c>outlook</c> fields, each null when there is none.</summary>
        public static void WriteFields(Utf8JsonWriter writer, Remedy? remedy, ClauseOutlook? outlook)
        {
            WriteField(writer, remedy);
            writer.WritePropertyName("outlook");
            if (outlook is null) writer.WriteNullValue();
            else Write(writer, outlook);
        }

        /// <summary>The <c>remediation</c> field alone, null when there is none.</summary>
        public static void WriteField(Utf8JsonWriter writer, Remedy? remedy)
        {
            writer.WritePropertyName("remediation");
            if (remedy is null) writer.WriteNullValue();
            else Write(writer, remedy);
        }

        public static void Write(Utf8JsonWriter writer, Remedy remedy)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", remedy.Kind);
            writer.WriteString("text", RemedyText.Describe(remedy));
            switch (remedy)
            {
                case BoundRemedy bound:
                    Input(writer, bound.Input);
                    writer.WritePropertyName("current");
                    JsonValues.Write(writer, bound.Current);
                    writer.WriteString("need", Need(bound.Need));
                    writer.WritePropertyName("target");
                    JsonValues.Write(writer, bound.Target);
                    Via(writer, bound.Via);
                    break;
                case ChoiceRemedy choice:
                    Input(writer, choice.Input);
                    writer.WriteString("current", choice.Current);
                    Strings(writer, choice.Excluding ? "excluded" : "allowed", choice.Allowed);
                    break;
                case CountRemedy count:
                    Input(writer, count.Input);
                    writer.WriteNumber("current", count.Current);
                    writer.WriteNumber("target", count.Target);
                    if (count.Condition != null) writer.WriteString("where", count.Condition);
                    Via(writer, count.Via);
                    break;
                case MembershipRemedy membership:
                    Input(writer, membership.Input);
                    Strings(writer, "add", membership.Add);
                    Strings(writer, "remove", membership.Remove);
                    break;
                case ItemRemedy item:
                    writer.WriteString("list", item.List.Text);
                    writer.WriteNumber("position", item.Position);
                    writer.WriteString("item", item.Item);
                    writer.WritePropertyName("change");
                    Write(writer, item.Change);
                    break;
                case EventRemedy @event:
                    writer.WriteString("lifecycle", @event.Lifecycle);
                    writer.WriteString("from", @event.From);
                    writer.WriteString("to", @event.To);
                    writer.WriteString("event", @event.EventType);
                    writer.WriteString("transition", @event.Transition);
                    if (@event.Condition != null) writer.WriteString("when", @event.Condition);
                    break;
                case AllOfRemedy all:
                    writer.WriteStartArray("parts");
                    foreach (var part in all.Parts) Write(writer, part);
                    writer.WriteEndArray();
                    break;
                case AnyOfRemedy any:
                    writer.WriteStartArray("alternatives");
                    foreach (var alternative in any.Alternatives) Write(writer, alternative);
                    writer.WriteEndArray();
                    break;
                case NoRemedy none:
                    writer.WriteString("reason", none.Reason);
                    break;
            }
            writer.WriteEndObject();
        }

        /// <summary><c>{ "date", "then", "cause", "text" }</c>: when time alone changes the clause's verdict.</summary>
        public static void Write(Utf8JsonWriter writer, ClauseOutlook outlook)
        {
            writer.WriteStartObject();
            writer.WriteString("date", outlook.Date.ToString());
            writer.WriteString("then", ReportNames.Of(outlook.Then));
            writer.WriteString("cause", outlook.Cause);
            writer.WriteString("text", outlook.Describe());
            writer.WriteEndObject();
        }

        private static void Input(Utf8JsonWriter writer, RemedyInput input)
        {
            writer.WriteString("input", input.Text);
            writer.WriteString("inputKind", InputKind(input.Kind));
        }

        private static void Via(Utf8JsonWriter writer, Remedy? via)
        {
            if (via is null) return;
            writer.WritePropertyName("via");
            Write(writer, via);
        }

        private static void Strings(Utf8JsonWriter writer, string name, System.Collections.Generic.IReadOnlyList<string> values)
        {
            writer.WriteStartArray(name);
            foreach (var value in values) writer.WriteStringValue(value);
            writer.WriteEndArray();
        }

        // Spelled out rather than lower-cased from the enum's name: a report writes one for most failing clauses.
        private static string InputKind(RemedyInputKind kind) => kind switch
        {
            RemedyInputKind.Field => "field",
            RemedyInputKind.Let => "let",
            RemedyInputKind.Lookup => "lookup",
            RemedyInputKind.Total => "total",
            RemedyInputKind.Count => "count",
            RemedyInputKind.Time => "time",
            _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "An input kind without its name in reports."),
        };

        private static string Need(RemedyNeed need) => need switch
        {
            RemedyNeed.AtLeast => "at-least",
            RemedyNeed.AtMost => "at-most",
            RemedyNeed.Above => "above",
            RemedyNeed.Below => "below",
            _ => "exactly",
        };
    }
}
