using System.Collections.Generic;
using System.Linq;
using System.Text;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax.Parsing;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Syntax.Formatting
{
    /// <summary>
    /// Prints expressions and types in their canonical spelling: one space around binary operators and after commas,
    /// none inside brackets; on one line, or broken to fit (<see cref="Layout"/>). The author's parentheses are nodes
    /// of the tree and are kept; others are added only where an operand binds more loosely than its place requires,
    /// which a parsed tree never needs.
    /// </summary>
    internal sealed class ExpressionPrinter
    {
        // Binding levels, loosest first, as ExpressionGrammar reads them.
        private const int ConditionalLevel = 0;
        private const int OrLevel = 1;
        private const int AndLevel = 2;
        private const int NotLevel = 3;
        private const int ComparisonLevel = 4;
        private const int FallbackLevel = 5;
        private const int AdditiveLevel = 6;
        private const int MultiplicativeLevel = 7;
        private const int NegateLevel = 8;
        private const int PostfixLevel = 9;
        private const int PrimaryLevel = 10;

        /// <summary>A line is broken when it would be wider than this.</summary>
        public const int MaxLineWidth = 100;

        /// <summary>How much deeper than its first line a broken expression's lines are.</summary>
        public const int ContinuationIndent = 2;

        private readonly string _text;

        public ExpressionPrinter(SourceText source) => _text = source.Text;

        public string Print(ExpressionSyntax expression)
        {
            var builder = new DocWriter(breakable: false);
            Write(builder, expression, ConditionalLevel);
            return builder.ToString();
        }

        /// <summary>
        /// <paramref name="prefix"/>, the expression and <paramref name="suffix"/> as one line when it fits in
        /// <see cref="MaxLineWidth"/> columns from column <paramref name="indent"/>; otherwise broken, in this order
        /// (outer first), until it fits or nothing is left to break: an <c>if</c> chain before each <c>else</c>, or an
        /// <c>and</c>/<c>or</c> chain before each of its operators (the expression itself, or the <c>where</c>
        /// condition of a quantifier that is the expression: it runs to the end of the line), these lines
        /// <see cref="ContinuationIndent"/> deeper than the first; then lists and comprehensions, anywhere in it,
        /// after <c>[</c> with one item (or part: projection, <c>for</c>, <c>where</c>) per line and <c>]</c> on a line
        /// of its own. Each of these breaks when, laid out flat, it would not end within the width (see
        /// <see cref="DocWriter"/>). Lines after the first carry their indentation.
        /// </summary>
        public string Layout(string prefix, ExpressionSyntax expression, string suffix, int indent)
        {
            var flat = prefix + Print(expression) + suffix;
            if (indent + flat.Length <= MaxLineWidth) return flat;
            var builder = new DocWriter(breakable: true);
            builder.Append(prefix);
            WriteTop(builder, expression);
            builder.Append(suffix);
            var text = builder.Render(indent, MaxLineWidth);
            // A line that starts with a declaration keyword ('event', a name too) would start a new declaration.
            return StartsDeclarationOnNextLine(text) ? flat : text;
        }

        /// <summary>The expression of a line, with the breaks only it has (see <see cref="Layout"/>).</summary>
        private void WriteTop(DocWriter builder, ExpressionSyntax expression)
        {
            switch (expression)
            {
                case ConditionalExpressionSyntax conditional:
                    builder.Open(ContinuationIndent);
                    builder.Append("if ");
                    Write(builder, conditional.Condition, ConditionalLevel);
                    builder.Append(" then ");
                    Write(builder, conditional.WhenTrue, ConditionalLevel);
                    var otherwise = conditional.WhenFalse;
                    while (otherwise is ConditionalExpressionSyntax next)
                    {
                        builder.Break(" ");
                        builder.Append("else if ");
                        Write(builder, next.Condition, ConditionalLevel);
                        builder.Append(" then ");
                        Write(builder, next.WhenTrue, ConditionalLevel);
                        otherwise = next.WhenFalse;
                    }
                    builder.Break(" ");
                    builder.Append("else ");
                    Write(builder, otherwise, ConditionalLevel);
                    builder.Close();
                    break;
                case BinaryExpressionSyntax { Operator: BinaryOperator.And or BinaryOperator.Or } binary:
                    WriteBinary(builder, binary, breakable: true);
                    break;
                case QuantifierExpressionSyntax { Condition: ExpressionSyntax condition } quantifier:
                    builder.Append(QuantifierWord(quantifier.Kind)).Append(' ').Append(quantifier.Variable.Text).Append(" in ");
                    Write(builder, quantifier.Collection, FallbackLevel);
                    builder.Append(" where ");
                    WriteTop(builder, condition);
                    break;
                default:
                    Write(builder, expression, ConditionalLevel);
                    break;
            }
        }

        private static bool StartsDeclarationOnNextLine(string text)
        {
            foreach (var line in text.Split('\n').Skip(1))
            {
                var start = line.TrimStart(' ');
                var end = 0;
                while (end < start.Length && Lexical.IsIdentifierPart(start[end])) end++;
                var followedBy = end < start.Length ? start[end] : ' ';
                if (end > 0 && followedBy != '.' && followedBy != '(' && Lexical.DeclarationKeywords.Contains(start.Substring(0, end))) return true;
            }
            return false;
        }

        /// <summary><c>list of T</c> runs are walked rather than recursed: the parser reads them in a loop.</summary>
        public static string Print(TypeSyntax type)
        {
            var builder = new StringBuilder();
            var optional = type is OptionalTypeSyntax;
            var current = type is OptionalTypeSyntax o ? o.Inner : type;
            while (current is ListTypeSyntax list)
            {
                builder.Append("list of ");
                current = list.Element;
            }
            if (current is not NamedTypeSyntax named) throw new UnsupportedSyntaxException(current);
            builder.Append(named.Name.Text);
            if (optional) builder.Append('?');
            return builder.ToString();
        }

        /// <summary>A plain string literal, re-escaped.</summary>
        public static string Quote(string value)
        {
            var builder = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value) AppendEscaped(builder, c, doubleBraces: false);
            return builder.Append('"').ToString();
        }

        /// <summary>A message with holes: braces in its text are doubled, and each hole is printed and then escaped as
        /// text, because the parser reads holes from the unescaped value.</summary>
        public string Print(InterpolatedStringSyntax message)
        {
            var builder = new StringBuilder().Append('"');
            foreach (var part in message.Parts)
            {
                switch (part)
                {
                    case InterpolationTextSyntax text:
                        foreach (var c in text.Text) AppendEscaped(builder, c, doubleBraces: true);
                        break;
                    case InterpolationHoleSyntax hole:
                        builder.Append('{');
                        foreach (var c in Print(hole.Expression)) AppendEscaped(builder, c, doubleBraces: false);
                        builder.Append('}');
                        break;
                    default:
                        throw new UnsupportedSyntaxException(part);
                }
            }
            return builder.Append('"').ToString();
        }

        /// <summary>A band bound or tier threshold as written (<c>-5</c>, <c>80.50</c>).</summary>
        public string Print(NumberBoundSyntax bound) => Slice(bound.Span);

        private void Write(DocWriter builder, ExpressionSyntax expression, int minimumLevel)
        {
            if (LevelOf(expression) < minimumLevel)
            {
                builder.Append('(');
                Write(builder, expression, ConditionalLevel);
                builder.Append(')');
                return;
            }
            switch (expression)
            {
                case LiteralExpressionSyntax literal:
                    builder.Append(Print(literal));
                    break;
                case NameExpressionSyntax name:
                    builder.Append(name.Name.Text);
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    builder.Append('(');
                    Write(builder, parenthesized.Inner, ConditionalLevel);
                    builder.Append(')');
                    break;
                case BinaryExpressionSyntax binary:
                    WriteBinary(builder, binary);
                    break;
                case UnaryExpressionSyntax unary when unary.Operator == UnaryOperator.Not:
                    builder.Append("not ");
                    Write(builder, unary.Operand, NotLevel);
                    break;
                case UnaryExpressionSyntax unary:
                    // "- -x", not "--x".
                    builder.Append(unary.Operand is UnaryExpressionSyntax { Operator: UnaryOperator.Negate } ? "- " : "-");
                    Write(builder, unary.Operand, NegateLevel);
                    break;
                case MemberAccessExpressionSyntax member:
                    WriteMemberAccess(builder, member);
                    break;
                case CallExpressionSyntax call:
                    builder.Append(call.Function.Text).Append('(');
                    WriteList(builder, call.Arguments);
                    builder.Append(')');
                    break;
                case ClauseOutcomeExpressionSyntax outcome:
                    builder.Append(outcome.Failed ? "failed(" : "passed(").Append(outcome.ClauseId.Text).Append(')');
                    break;
                case FailureCountExpressionSyntax failures:
                    builder.Append("failures(").Append(SeverityWord(failures.AtLeast)).Append(')');
                    break;
                case PresenceExpressionSyntax presence:
                    Write(builder, presence.Operand, FallbackLevel);
                    builder.Append(presence.IsMissing ? " is missing" : " is present");
                    break;
                case InExpressionSyntax membership:
                    Write(builder, membership.Operand, FallbackLevel);
                    builder.Append(membership.Negated ? " not in " : " in ");
                    Write(builder, membership.Collection, FallbackLevel);
                    break;
                case WithinExpressionSyntax within:
                    Write(builder, within.Operand, FallbackLevel);
                    builder.Append(" within ");
                    Write(builder, within.Distance, FallbackLevel);
                    builder.Append(' ').Append(DirectionWord(within.Direction)).Append(' ');
                    Write(builder, within.Anchor, FallbackLevel);
                    break;
                case QuantifierExpressionSyntax quantifier:
                    builder.Append(QuantifierWord(quantifier.Kind)).Append(' ').Append(quantifier.Variable.Text).Append(" in ");
                    Write(builder, quantifier.Collection, FallbackLevel);
                    WriteWhere(builder, quantifier.Condition);
                    break;
                case ComprehensionExpressionSyntax comprehension:
                    // Broken: the parts on one line between the brackets, or each on its own line.
                    builder.Append('[');
                    builder.Open(ContinuationIndent);
                    builder.Break(string.Empty);
                    builder.Open(0);
                    Write(builder, comprehension.Projection, ConditionalLevel);
                    builder.Break(" ");
                    builder.Append("for ").Append(comprehension.Variable.Text).Append(" in ");
                    Write(builder, comprehension.Collection, ConditionalLevel);
                    if (comprehension.Condition is ExpressionSyntax where)
                    {
                        builder.Break(" ");
                        builder.Append("where ");
                        Write(builder, where, ConditionalLevel);
                    }
                    builder.Close();
                    builder.Break(string.Empty, closing: true);
                    builder.Close();
                    builder.Append(']');
                    break;
                case ListExpressionSyntax list when list.Items.IsEmpty:
                    builder.Append("[]");
                    break;
                case ListExpressionSyntax list:
                    builder.Append('[');
                    builder.Open(ContinuationIndent);
                    builder.Break(string.Empty);
                    WriteList(builder, list.Items, breakable: true);
                    builder.Break(string.Empty, closing: true);
                    builder.Close();
                    builder.Append(']');
                    break;
                case ConditionalExpressionSyntax conditional:
                    builder.Append("if ");
                    Write(builder, conditional.Condition, ConditionalLevel);
                    builder.Append(" then ");
                    Write(builder, conditional.WhenTrue, ConditionalLevel);
                    builder.Append(" else ");
                    Write(builder, conditional.WhenFalse, ConditionalLevel);
                    break;
                case InterpolatedStringSyntax message:
                    builder.Append(Print(message));
                    break;
                default:
                    throw new UnsupportedSyntaxException(expression);
            }
        }

        /// <summary>A left-associative chain (<c>a + b + c</c>) is walked down its left side rather than recursed:
        /// the parser reads chains in a loop, so a policy may hold thousands of terms.</summary>
        private void WriteBinary(DocWriter builder, BinaryExpressionSyntax binary, bool breakable = false)
        {
            var level = LevelOf(binary.Operator);
            if (level == ComparisonLevel)
            {
                // Comparisons do not chain: both sides sit one level tighter.
                Write(builder, binary.Left, FallbackLevel);
                builder.Append(' ').Append(Symbol(binary.Operator)).Append(' ');
                Write(builder, binary.Right, FallbackLevel);
                return;
            }
            var chain = new Stack<BinaryExpressionSyntax>();
            ExpressionSyntax leftmost = binary;
            while (leftmost is BinaryExpressionSyntax link && LevelOf(link.Operator) == level)
            {
                chain.Push(link);
                leftmost = link.Left;
            }
            if (breakable) builder.Open(ContinuationIndent);
            Write(builder, leftmost, level);
            while (chain.Count > 0)
            {
                var link = chain.Pop();
                if (breakable) builder.Break(" ");
                else builder.Append(' ');
                builder.Append(Symbol(link.Operator)).Append(' ');
                Write(builder, link.Right, level + 1);
            }
            if (breakable) builder.Close();
        }

        private void WriteMemberAccess(DocWriter builder, MemberAccessExpressionSyntax member)
        {
            var members = new Stack<NameSyntax>();
            ExpressionSyntax target = member;
            while (target is MemberAccessExpressionSyntax access)
            {
                members.Push(access.Member);
                target = access.Target;
            }
            Write(builder, target, PostfixLevel);
            while (members.Count > 0) builder.Append('.').Append(members.Pop().Text);
        }

        private void WriteList(DocWriter builder, IEnumerable<ExpressionSyntax> items, bool breakable = false)
        {
            var first = true;
            foreach (var item in items)
            {
                if (!first)
                {
                    builder.Append(',');
                    if (breakable) builder.Break(" ");
                    else builder.Append(' ');
                }
                Write(builder, item, ConditionalLevel);
                first = false;
            }
        }

        private void WriteWhere(DocWriter builder, ExpressionSyntax? condition)
        {
            if (condition is null) return;
            builder.Append(" where ");
            Write(builder, condition, ConditionalLevel);
        }

        private string Print(LiteralExpressionSyntax literal)
        {
            switch (literal.Kind)
            {
                case LiteralKind.Boolean:
                    return literal.Value is true ? "true" : "false";
                case LiteralKind.Text:
                    return Quote((string)literal.Value);
                case LiteralKind.Date:
                    return ((CalendarDate)literal.Value).ToString();
                case LiteralKind.Duration:
                    return DurationSpelling.Normalize(_text, literal.Span);
                default:
                    // Integers, decimals and percentages as written: 70.00 stays 70.00, 50% stays 50%.
                    return Slice(literal.Span);
            }
        }

        private string Slice(TextSpan span) => _text.Substring(span.Start, span.Length);

        private static int LevelOf(ExpressionSyntax expression) => expression switch
        {
            ConditionalExpressionSyntax => ConditionalLevel,
            BinaryExpressionSyntax binary => LevelOf(binary.Operator),
            UnaryExpressionSyntax unary => unary.Operator == UnaryOperator.Not ? NotLevel : NegateLevel,
            PresenceExpressionSyntax or InExpressionSyntax or WithinExpressionSyntax => ComparisonLevel,
            MemberAccessExpressionSyntax => PostfixLevel,
            _ => PrimaryLevel,
        };

        private static int LevelOf(BinaryOperator op) => op switch
        {
            BinaryOperator.Or => OrLevel,
            BinaryOperator.And => AndLevel,
            BinaryOperator.Coalesce => FallbackLevel,
            BinaryOperator.Add or BinaryOperator.Subtract => AdditiveLevel,
            BinaryOperator.Multiply or BinaryOperator.Divide => MultiplicativeLevel,
            _ => ComparisonLevel,
        };

        private static string Symbol(BinaryOperator op) => op switch
        {
            BinaryOperator.Or => "or",
            BinaryOperator.And => "and",
            BinaryOperator.Equal => "=",
            BinaryOperator.NotEqual => "!=",
            BinaryOperator.Less => "<",
            BinaryOperator.LessOrEqual => "<=",
            BinaryOperator.Greater => ">",
            BinaryOperator.GreaterOrEqual => ">=",
            BinaryOperator.Coalesce => "??",
            BinaryOperator.Add => "+",
            BinaryOperator.Subtract => "-",
            BinaryOperator.Multiply => "*",
            BinaryOperator.Divide => "/",
            _ => throw new UnsupportedSyntaxException(null),
        };

        public static string SeverityWord(Severity severity) => severity switch
        {
            Severity.Blocker => "blocker",
            Severity.Major => "major",
            Severity.Minor => "minor",
            Severity.Advisory => "advisory",
            _ => throw new UnsupportedSyntaxException(null),
        };

        private static string DirectionWord(WithinDirection direction) => direction switch
        {
            WithinDirection.Before => "before",
            WithinDirection.After => "after",
            WithinDirection.Of => "of",
            _ => throw new UnsupportedSyntaxException(null),
        };

        private static string QuantifierWord(QuantifierKind kind) => kind switch
        {
            QuantifierKind.Any => "any",
            QuantifierKind.All => "all",
            QuantifierKind.None => "none",
            QuantifierKind.Count => "count",
            _ => throw new UnsupportedSyntaxException(null),
        };

        private static void AppendEscaped(StringBuilder builder, char c, bool doubleBraces)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '{' when doubleBraces: builder.Append("{{"); break;
                case '}' when doubleBraces: builder.Append("}}"); break;
                default: builder.Append(c); break;
            }
        }
    }
}
