using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax.Formatting
{
    /// <summary>Lays out each kind of declaration as lines; see <see cref="PolicyFormatter"/> for the rules.</summary>
    internal sealed class DeclarationLayout
    {
        public const int IndentWidth = 2;

        /// <summary>The parts of a lifecycle's transitions and deadlines.</summary>
        public const int MemberPartIndent = 2 * IndentWidth;

        /// <summary>An enumeration stays on one line up to this width.</summary>
        public const int MaxEnumLineWidth = 100;

        private readonly SourceText _source;
        private readonly ImmutableArray<CommentSyntax> _comments;
        private readonly ExpressionPrinter _expressions;

        public DeclarationLayout(SourceText source, ImmutableArray<CommentSyntax> comments)
        {
            _source = source;
            _comments = comments;
            _expressions = new ExpressionPrinter(source);
        }

        public DeclarationBlock Layout(DeclarationSyntax declaration)
        {
            var lines = new List<LayoutLine>();
            try
            {
                switch (declaration)
                {
                    case PolicyHeaderSyntax header: PolicyHeader(lines, header); break;
                    case EnumDeclarationSyntax enumeration: Enum(lines, enumeration); break;
                    case RecordDeclarationSyntax record: Record(lines, record); break;
                    case ParameterDeclarationSyntax parameter: Parameter(lines, parameter); break;
                    case LetDeclarationSyntax let: Single(lines, let, Wrap("let " + Typed(let.Name, let.Type) + " = ", let.Value, 0)); break;
                    case DecisionDeclarationSyntax decision:
                        Single(lines, decision, Wrap("decision " + Typed(decision.Name, decision.Type) + " = ", decision.Value, 0));
                        break;
                    case TableDeclarationSyntax table: Table(lines, table); break;
                    case TiersDeclarationSyntax tiers: Tiers(lines, tiers); break;
                    case ClauseDeclarationSyntax clause: Clause(lines, clause); break;
                    case EventDeclarationSyntax @event: Event(lines, @event); break;
                    case LifecycleDeclarationSyntax lifecycle: Lifecycle(lines, lifecycle); break;
                    default: throw new UnsupportedSyntaxException(declaration);
                }
            }
            catch (UnsupportedSyntaxException)
            {
                lines.Clear();
                lines.Add(Verbatim(declaration));
            }
            // A lifecycle's members are printed states first: its lines are connected, and given their comments,
            // in the order they were written (OrderBy is stable).
            var sourceOrder = lines.OrderBy(line => line.SourceStart).ToArray();
            Connect(sourceOrder, declaration.Span.End);
            var isOneLine = lines.Count == 1 && lines[0].Text.IndexOf('\n') < 0;
            return new DeclarationBlock(lines, sourceOrder, isOneLine ? GroupKind(declaration) : null);
        }

        private static string? GroupKind(DeclarationSyntax declaration) => declaration switch
        {
            ParameterDeclarationSyntax => "param",
            LetDeclarationSyntax => "let",
            EnumDeclarationSyntax => "enum",
            DecisionDeclarationSyntax => "decision",
            EventDeclarationSyntax => "event",
            _ => null,
        };

        private void PolicyHeader(List<LayoutLine> lines, PolicyHeaderSyntax header)
        {
            lines.Add(new LayoutLine(0, "policy " + Quote(header.Title), header.Span.Start, header.Title.Span.End));
            if (header.Version is StringLiteralSyntax version) Part(lines, "version " + Quote(version), version.Span);
            if (!header.Sources.IsEmpty) Part(lines, "sources " + QuoteAll(header.Sources), Across(header.Sources));
        }

        private void Enum(List<LayoutLine> lines, EnumDeclarationSyntax enumeration)
        {
            var head = "enum " + enumeration.Name.Text;
            var members = enumeration.Members.Select(m => m.Text).ToArray();
            var oneLine = head + (members.Length == 0 ? " {}" : " { " + string.Join(", ", members) + " }");
            if (oneLine.Length <= MaxEnumLineWidth && !HasCommentInBraces(enumeration.Name.Span.End, enumeration.Span.End))
            {
                Single(lines, enumeration, oneLine);
                return;
            }
            lines.Add(new LayoutLine(0, head + " {", enumeration.Span.Start, enumeration.Name.Span.End));
            foreach (var member in enumeration.Members) Part(lines, member.Text, member.Span);
            CloseBrace(lines, enumeration);
        }

        private void Record(List<LayoutLine> lines, RecordDeclarationSyntax record)
        {
            var head = (record.IsSchema ? "schema " : "record ") + record.Name.Text + (record.Key is null ? string.Empty : " key " + record.Key.Text);
            var headEnd = (record.Key ?? record.Name).Span.End;
            if (record.Fields.IsEmpty && !HasCommentInBraces(headEnd, record.Span.End))
            {
                Single(lines, record, head + " {}");
                return;
            }
            lines.Add(new LayoutLine(0, head + " {", record.Span.Start, headEnd));
            foreach (var field in record.Fields) Part(lines, field.Name.Text + ": " + ExpressionPrinter.Print(field.Type), field.Span);
            CloseBrace(lines, record);
        }

        private void Parameter(List<LayoutLine> lines, ParameterDeclarationSyntax parameter)
        {
            var description = parameter.Description is StringLiteralSyntax literal ? " " + Quote(literal) : string.Empty;
            var head = "param " + parameter.Name.Text + ": " + ExpressionPrinter.Print(parameter.Type) + " = ";
            Single(lines, parameter, Wrap(head, parameter.Default, 0, description));
        }

        private void Table(List<LayoutLine> lines, TableDeclarationSyntax table)
        {
            LookupHead(lines, table, "table", table.Name, table.KeyName, table.KeyType, table.ResultType);
            foreach (var band in table.Bands) Part(lines, Arm(Bounds(band) + " ", band.Result), band.Span);
            Otherwise(lines, table.Otherwise);
            CloseBrace(lines, table);
        }

        /// <summary>A band's bounds as written: <c>26 to 45</c>, <c>10701 or more</c>, <c>up to 25</c>.</summary>
        internal string Bounds(TableBandSyntax band) => (band.Low, band.High) switch
        {
            (NumberBoundSyntax low, NumberBoundSyntax high) => _expressions.Print(low) + " to " + _expressions.Print(high),
            (NumberBoundSyntax low, null) => _expressions.Print(low) + " or more",
            (null, NumberBoundSyntax high) => "up to " + _expressions.Print(high),
            _ => throw new UnsupportedSyntaxException(band),
        };

        private void Tiers(List<LayoutLine> lines, TiersDeclarationSyntax tiers)
        {
            LookupHead(lines, tiers, "tiers", tiers.Name, tiers.KeyName, tiers.KeyType, tiers.ResultType);
            foreach (var tier in tiers.Tiers) Part(lines, Arm("at least " + _expressions.Print(tier.Threshold) + " ", tier.Result), tier.Span);
            Otherwise(lines, tiers.Otherwise);
            CloseBrace(lines, tiers);
        }

        private static void LookupHead(
            List<LayoutLine> lines, DeclarationSyntax declaration, string keyword, NameSyntax name, NameSyntax keyName, TypeSyntax keyType, TypeSyntax resultType)
        {
            var text = keyword + " " + name.Text + "(" + keyName.Text + ": " + ExpressionPrinter.Print(keyType) + ") -> " + ExpressionPrinter.Print(resultType) + " {";
            lines.Add(new LayoutLine(0, text, declaration.Span.Start, resultType.Span.End));
        }

        private void Otherwise(List<LayoutLine> lines, ArmResultSyntax? otherwise)
        {
            if (otherwise != null) Part(lines, Arm("otherwise ", otherwise), otherwise.Span);
        }

        private string Arm(string head, ArmResultSyntax arm) => arm switch
        {
            ValueArmSyntax value => Wrap(head + "=> ", value.Value, IndentWidth),
            ErrorArmSyntax error => head + "=> error " + _expressions.Print(error.Message),
            _ => throw new UnsupportedSyntaxException(arm),
        };

        /// <summary>The clause's parts, each on its own line, in the one order the grammar accepts.</summary>
        private void Clause(List<LayoutLine> lines, ClauseDeclarationSyntax clause)
        {
            lines.Add(new LayoutLine(0, "clause " + clause.Id.Text + " " + Quote(clause.Title), clause.Span.Start, clause.Title.Span.End));
            if (!clause.Citations.IsEmpty) Part(lines, "cites " + QuoteAll(clause.Citations), Across(clause.Citations));
            if (clause.SeveritySpan is TextSpan severity) Part(lines, "severity " + ExpressionPrinter.SeverityWord(clause.Severity), severity);
            if (clause.AppliesWhen is ExpressionSyntax appliesWhen) Part(lines, Wrap("applies when ", appliesWhen, IndentWidth), appliesWhen.Span);
            Part(lines, Wrap("require ", clause.Requirement, IndentWidth), clause.Requirement.Span);
            foreach (var exception in clause.Exceptions) Part(lines, Wrap("unless ", exception, IndentWidth), exception.Span);
            if (clause.Message is InterpolatedStringSyntax message) Part(lines, "message " + _expressions.Print(message), message.Span);
        }

        private void Event(List<LayoutLine> lines, EventDeclarationSyntax @event)
        {
            var head = "event " + @event.Name.Text;
            var fields = @event.Fields.Select(f => f.Name.Text + ": " + ExpressionPrinter.Print(f.Type)).ToArray();
            var oneLine = fields.Length == 0 ? head : head + " { " + string.Join(", ", fields) + " }";
            if (fields.Length == 0 || (oneLine.Length <= ExpressionPrinter.MaxLineWidth && !HasCommentInBraces(@event.Name.Span.End, @event.Span.End)))
            {
                // Empty braces say nothing: 'event E {}' is 'event E'.
                Single(lines, @event, oneLine);
                return;
            }
            lines.Add(new LayoutLine(0, head + " {", @event.Span.Start, @event.Name.Span.End));
            for (var i = 0; i < fields.Length; i++) Part(lines, fields[i], @event.Fields[i].Span);
            CloseBrace(lines, @event);
        }

        /// <summary>
        /// The header, then at <see cref="IndentWidth"/>: <c>history</c>, <c>initial</c>, the states, a blank line, the
        /// transitions, the deadlines and the <c>ignore</c> declarations (each kind in the order written, which is what
        /// the tree keeps); transitions and deadlines are followed by their parts one per line, one level deeper, in the
        /// order the grammar accepts, and an <c>ignore</c> declaration takes one line.
        /// </summary>
        private void Lifecycle(List<LayoutLine> lines, LifecycleDeclarationSyntax lifecycle)
        {
            var title = lifecycle.Title is StringLiteralSyntax t ? " " + Quote(t) : string.Empty;
            lines.Add(new LayoutLine(0, "lifecycle " + lifecycle.Name.Text + title, lifecycle.Span.Start, (lifecycle.Title ?? (SyntaxNode)lifecycle.Name).Span.End));
            Part(lines, "history " + lifecycle.HistoryField.Text, lifecycle.HistoryField.Span);
            Part(
                lines,
                Wrap("initial " + lifecycle.InitialState.Text + " on ", lifecycle.StartDate, IndentWidth),
                TextSpan.FromBounds(lifecycle.InitialState.Span.Start, lifecycle.StartDate.Span.End));
            foreach (var state in lifecycle.States) Part(lines, (state.IsFinal ? "final state " : "state ") + state.Name.Text, state.Span);
            var firstMember = lines.Count;
            foreach (var transition in lifecycle.Transitions) Transition(lines, transition);
            foreach (var deadline in lifecycle.Deadlines) Deadline(lines, deadline);
            foreach (var ignore in lifecycle.Ignores)
            {
                var subjects = string.Join(", ", ignore.Subjects.Select(s => s.Text));
                Part(lines, "ignore " + subjects + " in " + ignore.States.Describe() + " " + Quote(ignore.Reason), ignore.Span);
            }
            if (lines.Count > firstMember) lines[firstMember].BlankLineBefore = true;
        }

        private void Transition(List<LayoutLine> lines, TransitionSyntax transition)
        {
            var title = transition.Title is StringLiteralSyntax t ? " " + Quote(t) : string.Empty;
            var head = "transition " + transition.Id.Text + title + " " + transition.Sources.Describe() + " -> " + transition.To.Text;
            Part(lines, head, TextSpan.FromBounds(transition.Span.Start, transition.To.Span.End));
            switch (transition.Trigger)
            {
                case EventTriggerSyntax onEvent:
                    MemberPart(lines, "on " + onEvent.EventType.Text, onEvent.Span);
                    break;
                case DeadlineTriggerSyntax after:
                    MemberPart(lines, Wrap("after ", after.Duration, MemberPartIndent, " since " + Anchor(after.Anchor)), after.Span);
                    break;
                default:
                    throw new UnsupportedSyntaxException(transition.Trigger);
            }
            if (transition.Condition is ExpressionSyntax condition) MemberPart(lines, Wrap("when ", condition, MemberPartIndent), condition.Span);
            if (transition.Priority is NumberBoundSyntax priority) MemberPart(lines, "priority " + _expressions.Print(priority), priority.Span);
            if (!transition.Citations.IsEmpty) MemberPart(lines, "cites " + QuoteAll(transition.Citations), Across(transition.Citations));
        }

        private void Deadline(List<LayoutLine> lines, DeadlineSyntax deadline)
        {
            var head = "deadline " + deadline.Id.Text + " " + Quote(deadline.Title) + " in " + deadline.State.Text;
            Part(lines, head, TextSpan.FromBounds(deadline.Span.Start, deadline.State.Span.End));
            MemberPart(
                lines,
                Wrap("within ", deadline.Duration, MemberPartIndent, " since " + Anchor(deadline.Anchor)),
                TextSpan.FromBounds(deadline.Duration.Span.Start, deadline.Anchor.Span.End));
            if (!deadline.Citations.IsEmpty) MemberPart(lines, "cites " + QuoteAll(deadline.Citations), Across(deadline.Citations));
        }

        /// <summary>What a deadline is measured from, as written: <c>entering</c>, <c>start</c>, <c>last E or F</c>.</summary>
        internal static string Anchor(AnchorSyntax anchor) => anchor.Kind switch
        {
            AnchorKind.Entering => "entering",
            AnchorKind.Start => "start",
            AnchorKind.LastEvent when !anchor.EventTypes.IsEmpty => "last " + string.Join(" or ", anchor.EventTypes.Select(t => t.Text)),
            _ => throw new UnsupportedSyntaxException(anchor),
        };

        /// <summary>
        /// The tree has no spans for keywords and punctuation, so lines are built from the spans of their contents.
        /// Here each line is widened to its neighbours: a line takes the <c>,</c> and <c>{</c> written after it, and
        /// the next line starts at the next token (its keyword: <c>require</c>, <c>otherwise</c>...). Comments between
        /// a keyword and its content then move with that line.
        /// </summary>
        private void Connect(IReadOnlyList<LayoutLine> lines, int end)
        {
            var text = _source.Text;
            for (var i = 1; i < lines.Count; i++)
            {
                var previous = lines[i - 1];
                var next = SkipTrivia(text, previous.SourceEnd, end);
                while (next < end && (text[next] == ',' || text[next] == '{'))
                {
                    previous.SourceEnd = next + 1;
                    next = SkipTrivia(text, next + 1, end);
                }
                lines[i].SourceStart = System.Math.Min(lines[i].SourceStart, next);
            }
        }

        /// <summary>The next token after white space and comments (between tokens, <c>#</c> always starts a comment).</summary>
        private static int SkipTrivia(string text, int index, int end)
        {
            while (index < end && (char.IsWhiteSpace(text[index]) || text[index] == '#'))
            {
                if (text[index] == '#') index = LineEnd(text, index, end);
                else index++;
            }
            return index;
        }

        private static int LineEnd(string text, int index, int end)
        {
            while (index < end && text[index] != '\n') index++;
            return index;
        }

        /// <summary>A declaration the formatter does not know, kept as written (without trailing white space).</summary>
        private LayoutLine Verbatim(DeclarationSyntax declaration)
        {
            var text = _source.ToString(declaration.Span).Split('\n').Select(line => line.TrimEnd());
            return new LayoutLine(0, string.Join("\n", text), declaration.Span.Start, declaration.Span.End, isVerbatim: true);
        }

        private static void Single(List<LayoutLine> lines, DeclarationSyntax declaration, string text) =>
            lines.Add(new LayoutLine(0, text, declaration.Span.Start, declaration.Span.End));

        private static void Part(List<LayoutLine> lines, string text, TextSpan span) =>
            lines.Add(new LayoutLine(IndentWidth, text, span.Start, span.End));

        /// <summary>A part of a transition or deadline, under its header.</summary>
        private static void MemberPart(List<LayoutLine> lines, string text, TextSpan span) =>
            lines.Add(new LayoutLine(MemberPartIndent, text, span.Start, span.End));

        /// <summary>The <c>}</c> that ends a declaration's span; comments before it stay inside the block.</summary>
        private static void CloseBrace(List<LayoutLine> lines, DeclarationSyntax declaration) =>
            lines.Add(new LayoutLine(0, "}", declaration.Span.End - 1, declaration.Span.End, commentIndent: IndentWidth));

        /// <summary>Whether a comment sits between the <c>{</c> after <paramref name="headEnd"/> and the end of the declaration.
        /// (A comment before the brace moves above the declaration, so it must not unfold it.)</summary>
        private bool HasCommentInBraces(int headEnd, int end)
        {
            var brace = SkipTrivia(_source.Text, headEnd, end);
            return _comments.Any(c => c.Span.Start > brace && c.Span.Start < end);
        }

        /// <summary>A line ending in an expression, broken when it is too wide (see <see cref="ExpressionPrinter.Layout"/>).</summary>
        private string Wrap(string head, ExpressionSyntax expression, int indent, string tail = "") =>
            _expressions.Layout(head, expression, tail, indent);

        internal static string Typed(NameSyntax name, TypeSyntax? type) =>
            type is null ? name.Text : name.Text + ": " + ExpressionPrinter.Print(type);

        internal static string Quote(StringLiteralSyntax literal) => ExpressionPrinter.Quote(literal.Value);

        internal static string QuoteAll(ImmutableArray<StringLiteralSyntax> literals) => string.Join(", ", literals.Select(Quote));

        private static TextSpan Across(ImmutableArray<StringLiteralSyntax> literals) =>
            TextSpan.FromBounds(literals[0].Span.Start, literals[literals.Length - 1].Span.End);
    }
}
