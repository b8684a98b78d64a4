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
        private static readonly JsonEncodedText Field = JsonEncodedText.Encode("field");
        private static readonly JsonEncodedText Let = JsonEncodedText.Encode("let");
        private static readonly JsonEncodedText Lookup = JsonEncodedText.Encode("lookup");
        private static readonly JsonEncodedText Total = JsonEncodedText.Encode("total");
        private static readonly JsonEncodedText Count = JsonEncodedText.Encode("count");
        private static readonly JsonEncodedText Time = JsonEncodedText.Encode("time");
        private static readonly JsonEncodedText AtLeast = JsonEncodedText.Encode("at-least");
        private static readonly JsonEncodedText AtMost = JsonEncodedText.Encode("at-most");
        private static readonly JsonEncodedText Above = JsonEncodedText.Encode("above");
        private static readonly JsonEncodedText Below = JsonEncodedText.Encode("below");
        private static readonly JsonEncodedText Exactly = JsonEncodedText.Encode("exactly");

        /// <summary>A clause's <c>remediation</c> and <c>outlook</c> fields, each null when there is none.</summary>
        public static void WriteFields(Utf8JsonWriter writer, Remedy? remedy, ClauseOutlook? outlook)
        {
            WriteField(writer, remedy);
            writer.WritePropertyName("outlook");
            if (outlook is null) writer.WriteNullValue();
            else Write(new WriterOutput(writer), outlook);
        }

        /// <summary>The <c>remediation</c> field alone, null when there is none.</summary>
        public static void WriteField(Utf8JsonWriter writer, Remedy? remedy)
        {
            writer.WritePropertyName("remediation");
            if (remedy is null) writer.WriteNullValue();
            else Write(new WriterOutput(writer), remedy);
        }

        public static void Write<TJson>(TJson json, Remedy remedy) where TJson : struct, IJsonOutput
        {
            json.StartObject();
            json.PolicyText("kind"u8, remedy.Kind);
            json.String("text"u8, RemedyText.Describe(remedy));
            switch (remedy)
            {
                case BoundRemedy bound:
                    Input(json, bound.Input);
                    json.PropertyName("current"u8);
                    JsonValues.Write(json, bound.Current);
                    json.Encoded("need"u8, Need(bound.Need));
                    json.PropertyName("target"u8);
                    JsonValues.Write(json, bound.Target);
                    Via(json, bound.Via);
                    break;
                case ChoiceRemedy choice:
                    Input(json, choice.Input);
                    json.String("current"u8, choice.Current);
                    JsonOutputs.Strings(json, choice.Excluding ? "excluded"u8 : "allowed"u8, choice.Allowed);
                    break;
                case CountRemedy count:
                    Input(json, count.Input);
                    json.Number("current"u8, count.Current);
                    json.Number("target"u8, count.Target);
                    if (count.Condition != null) json.String("where"u8, count.Condition);
                    Via(json, count.Via);
                    break;
                case MembershipRemedy membership:
                    Input(json, membership.Input);
                    JsonOutputs.Strings(json, "add"u8, membership.Add);
                    JsonOutputs.Strings(json, "remove"u8, membership.Remove);
                    break;
                case ItemRemedy item:
                    json.String("list"u8, item.List.Text);
                    json.Number("position"u8, item.Position);
                    json.String("item"u8, item.Item);
                    json.PropertyName("change"u8);
                    Write(json, item.Change);
                    break;
                case EventRemedy @event:
                    json.PolicyText("lifecycle"u8, @event.Lifecycle);
                    json.PolicyText("from"u8, @event.From);
                    json.PolicyText("to"u8, @event.To);
                    json.PolicyText("event"u8, @event.EventType);
                    json.PolicyText("transition"u8, @event.Transition);
                    if (@event.Condition != null) json.String("when"u8, @event.Condition);
                    break;
                case AllOfRemedy all:
                    json.StartArray("parts"u8);
                    foreach (var part in all.Parts) Write(json, part);
                    json.EndArray();
                    break;
                case AnyOfRemedy any:
                    json.StartArray("alternatives"u8);
                    foreach (var alternative in any.Alternatives) Write(json, alternative);
                    json.EndArray();
                    break;
                case NoRemedy none:
                    json.String("reason"u8, none.Reason);
                    break;
            }
            json.EndObject();
        }

        /// <summary><c>{ "date", "then", "cause", "text" }</c>: when time alone changes the clause's verdict.</summary>
        public static void Write<TJson>(TJson json, ClauseOutlook outlook) where TJson : struct, IJsonOutput
        {
            json.StartObject();
            json.Date("date"u8, outlook.Date);
            json.PolicyText("then"u8, ReportNames.Of(outlook.Then));
            json.String("cause"u8, outlook.Cause);
            json.String("text"u8, outlook.Describe());
            json.EndObject();
        }

        private static void Input<TJson>(TJson json, RemedyInput input) where TJson : struct, IJsonOutput
        {
            json.String("input"u8, input.Text);
            json.Encoded("inputKind"u8, InputKind(input.Kind));
        }

        private static void Via<TJson>(TJson json, Remedy? via) where TJson : struct, IJsonOutput
        {
            if (via is null) return;
            json.PropertyName("via"u8);
            Write(json, via);
        }

        // Spelled out rather than lower-cased from the enum's name: a report writes one for most failing clauses.
        private static JsonEncodedText InputKind(RemedyInputKind kind) => kind switch
        {
            RemedyInputKind.Field => Field,
            RemedyInputKind.Let => Let,
            RemedyInputKind.Lookup => Lookup,
            RemedyInputKind.Total => Total,
            RemedyInputKind.Count => Count,
            RemedyInputKind.Time => Time,
            _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "An input kind without its name in reports."),
        };

        private static JsonEncodedText Need(RemedyNeed need) => need switch
        {
            RemedyNeed.AtLeast => AtLeast,
            RemedyNeed.AtMost => AtMost,
            RemedyNeed.Above => Above,
            RemedyNeed.Below => Below,
            _ => Exactly,
        };
    }
}
