using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Syntax.Formatting;
using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax.Differencing
{
    /// <summary>
    /// A policy as the structural diff sees it: its declarations by kind and name, each broken into the parts a change is
    /// reported on (a band, a clause's <c>require</c>, a transition's trigger), each part as the language writes it, on
    /// one line and without comments, so that layout and comments never count as changes.
    /// </summary>
    internal sealed class PolicyOutline
    {
        private PolicyOutline(string title, IReadOnlyList<OutlineDeclaration> declarations)
        {
            Title = title;
            Declarations = declarations;
        }

        public string Title { get; }
        public IReadOnlyList<OutlineDeclaration> Declarations { get; }

        /// <summary>The policies of the files, by the title of their <c>policy</c> header (files with the same title are one
        /// policy, as the compiler reads them); a file without a header belongs to none.</summary>
        public static IReadOnlyList<PolicyOutline> Of(IEnumerable<PolicyFileSyntax> files)
        {
            var byTitle = new Dictionary<string, List<OutlineDeclaration>>();
            var titles = new List<string>();
            foreach (var file in files)
            {
                var header = file.Declarations.OfType<PolicyHeaderSyntax>().FirstOrDefault();
                if (header is null) continue;
                var title = header.Title.Value;
                if (!byTitle.TryGetValue(title, out var declarations))
                {
                    byTitle.Add(title, declarations = new List<OutlineDeclaration>());
                    titles.Add(title);
                }
                var builder = new OutlineBuilder(file.Source);
                declarations.AddRange(file.Declarations.Select(builder.Outline));
            }
            return titles.Select(t => new PolicyOutline(t, byTitle[t])).ToArray();
        }
    }

    /// <summary>One declaration: its kind ("clause", "table", ...), name, text as <c>compliance fmt</c> prints it, and its parts.</summary>
    internal sealed class OutlineDeclaration
    {
        public OutlineDeclaration(string kind, string name, string text, IReadOnlyList<OutlinePart> parts)
        {
            Kind = kind;
            Name = name;
            Text = text;
            Parts = parts;
        }

        public string Kind { get; }
        public string Name { get; }
        public string Text { get; }
        public IReadOnlyList<OutlinePart> Parts { get; }
    }

    /// <summary>
    /// One part of a declaration, found again on the other side by its key ("require", "band 26 to 45", "field email"); a
    /// part of a lifecycle's transition or deadline names that member too.
    /// </summary>
    internal sealed class OutlinePart
    {
        public OutlinePart(string key, string text, string? member = null)
        {
            Key = key;
            Text = text;
            Member = member;
        }

        public string Key { get; }
        public string Text { get; }

        /// <summary>"transition S-1", "deadline D-1"; null for the declaration's own parts.</summary>
        public string? Member { get; }
    }

    /// <summary>Breaks the declarations of one file into parts, printed with the formatter's printers.</summary>
    internal sealed class OutlineBuilder
    {
        private readonly ExpressionPrinter _expressions;
        private readonly DeclarationLayout _layout;

        public OutlineBuilder(SourceText source)
        {
            _expressions = new ExpressionPrinter(source);
            _layout = new DeclarationLayout(source, ImmutableArray<CommentSyntax>.Empty);
        }

        public OutlineDeclaration Outline(DeclarationSyntax declaration)
        {
            var parts = new List<OutlinePart>();
            var (kind, name) = Parts(declaration, parts);
            return new OutlineDeclaration(kind, name, Text(declaration), parts);
        }

        /// <summary>The declaration as <c>compliance fmt</c> lays it out (without comments).</summary>
        private string Text(DeclarationSyntax declaration) =>
            string.Join("\n", _layout.Layout(declaration).Lines.Select(l => new string(' ', l.Indent) + l.Text));

        private (string Kind, string Name) Parts(DeclarationSyntax declaration, List<OutlinePart> parts)
        {
            void Add(string key, string text, string? member = null) => parts.Add(new OutlinePart(key, text, member));
            switch (declaration)
            {
                case PolicyHeaderSyntax header:
                    if (header.Version != null) Add("version", "version " + DeclarationLayout.Quote(header.Version));
                    if (!header.Sources.IsEmpty) Add("sources", "sources " + DeclarationLayout.QuoteAll(header.Sources));
                    return ("policy", header.Title.Value);
                case EnumDeclarationSyntax enumeration:
                    Add("members", "{ " + string.Join(", ", enumeration.Members.Select(m => m.Text)) + " }");
                    return ("enum", enumeration.Name.Text);
                case RecordDeclarationSyntax record:
                    if (record.Key != null) Add("key", "key " + record.Key.Text);
                    Fields(record.Fields, Add);
                    return (record.IsSchema ? "schema" : "record", record.Name.Text);
                case EventDeclarationSyntax @event:
                    Fields(@event.Fields, Add);
                    return ("event", @event.Name.Text);
                case ParameterDeclarationSyntax parameter:
                    Add("type", parameter.Name.Text + ": " + ExpressionPrinter.Print(parameter.Type));
                    Add("default", "= " + _expressions.Print(parameter.Default));
                    if (parameter.Description != null) Add("description", DeclarationLayout.Quote(parameter.Description));
                    return ("param", parameter.Name.Text);
                case LetDeclarationSyntax let:
                    Add("value", DeclarationLayout.Typed(let.Name, let.Type) + " = " + _expressions.Print(let.Value));
                    return ("let", let.Name.Text);
                case DecisionDeclarationSyntax decision:
                    Add("value", DeclarationLayout.Typed(decision.Name, decision.Type) + " = " + _expressions.Print(decision.Value));
                    return ("decision", decision.Name.Text);
                case TableDeclarationSyntax table:
                    Add("signature", Signature(table.KeyName, table.KeyType, table.ResultType));
                    foreach (var band in table.Bands) Add("band " + _layout.Bounds(band), _layout.Bounds(band) + " " + Arm(band.Result));
                    if (table.Otherwise != null) Add("otherwise", "otherwise " + Arm(table.Otherwise));
                    return ("table", table.Name.Text);
                case TiersDeclarationSyntax tiers:
                    Add("signature", Signature(tiers.KeyName, tiers.KeyType, tiers.ResultType));
                    foreach (var tier in tiers.Tiers)
                    {
                        var threshold = "at least " + _expressions.Print(tier.Threshold);
                        Add("tier " + threshold, threshold + " " + Arm(tier.Result));
                    }
                    if (tiers.Otherwise != null) Add("otherwise", "otherwise " + Arm(tiers.Otherwise));
                    return ("tiers", tiers.Name.Text);
                case ClauseDeclarationSyntax clause:
                    Clause(clause, Add);
                    return ("clause", clause.Id.Text);
                case LifecycleDeclarationSyntax lifecycle:
                    Lifecycle(lifecycle, Add);
                    return ("lifecycle", lifecycle.Name.Text);
                default:
                    // A declaration the outline does not know is compared as a whole.
                    Add("text", Text(declaration));
                    return (declaration.GetType().Name, Text(declaration));
            }
        }

        private static void Fields(ImmutableArray<FieldSyntax> fields, System.Action<string, string, string?> add)
        {
            foreach (var field in fields) add("field " + field.Name.Text, field.Name.Text + ": " + ExpressionPrinter.Print(field.Type), null);
        }

        private static string Signature(NameSyntax key, TypeSyntax keyType, TypeSyntax result) =>
            "(" + key.Text + ": " + ExpressionPrinter.Print(keyType) + ") -> " + ExpressionPrinter.Print(result);

        private string Arm(ArmResultSyntax arm) => arm switch
        {
            ValueArmSyntax value => "=> " + _expressions.Print(value.Value),
            ErrorArmSyntax error => "=> error " + _expressions.Print(error.Message),
            _ => throw new UnsupportedSyntaxException(arm),
        };

        private void Clause(ClauseDeclarationSyntax clause, System.Action<string, string, string?> add)
        {
            add("title", DeclarationLayout.Quote(clause.Title), null);
            if (!clause.Citations.IsEmpty) add("cites", "cites " + DeclarationLayout.QuoteAll(clause.Citations), null);
            // An unwritten severity is the default: what counts is the severity the clause has.
            add("severity", "severity " + ExpressionPrinter.SeverityWord(clause.Severity), null);
            if (clause.AppliesWhen != null) add("applies when", "applies when " + _expressions.Print(clause.AppliesWhen), null);
            add("require", "require " + _expressions.Print(clause.Requirement), null);
            foreach (var exception in clause.Exceptions)
            {
                var text = "unless " + _expressions.Print(exception);
                add(text, text, null);
            }
            if (clause.Message != null) add("message", "message " + _expressions.Print(clause.Message), null);
        }

        private void Lifecycle(LifecycleDeclarationSyntax lifecycle, System.Action<string, string, string?> add)
        {
            if (lifecycle.Title != null) add("title", DeclarationLayout.Quote(lifecycle.Title), null);
            add("history", "history " + lifecycle.HistoryField.Text, null);
            add("initial", "initial " + lifecycle.InitialState.Text + " on " + _expressions.Print(lifecycle.StartDate), null);
            foreach (var state in lifecycle.States) add("state " + state.Name.Text, (state.IsFinal ? "final state " : "state ") + state.Name.Text, null);
            foreach (var transition in lifecycle.Transitions)
            {
                var member = "transition " + transition.Id.Text;
                var title = transition.Title is null ? string.Empty : " " + DeclarationLayout.Quote(transition.Title);
                add("head", member + title + " " + transition.Sources.Describe() + " -> " + transition.To.Text, member);
                add("trigger", Trigger(transition.Trigger), member);
                if (transition.Condition != null) add("when", "when " + _expressions.Print(transition.Condition), member);
                if (transition.Priority != null) add("priority", "priority " + _expressions.Print(transition.Priority), member);
                if (!transition.Citations.IsEmpty) add("cites", "cites " + DeclarationLayout.QuoteAll(transition.Citations), member);
            }
            foreach (var deadline in lifecycle.Deadlines)
            {
                var member = "deadline " + deadline.Id.Text;
                add("head", member + " " + DeclarationLayout.Quote(deadline.Title) + " in " + deadline.State.Text, member);
                add("within", "within " + _expressions.Print(deadline.Duration) + " since " + DeclarationLayout.Anchor(deadline.Anchor), member);
                if (!deadline.Citations.IsEmpty) add("cites", "cites " + DeclarationLayout.QuoteAll(deadline.Citations), member);
            }
        }

        private string Trigger(TriggerSyntax trigger) => trigger switch
        {
            EventTriggerSyntax onEvent => "on " + onEvent.EventType.Text,
            DeadlineTriggerSyntax after => "after " + _expressions.Print(after.Duration) + " since " + DeclarationLayout.Anchor(after.Anchor),
            _ => throw new UnsupportedSyntaxException(trigger),
        };
    }
}
