using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CompliancePolicy.Tests.Formatting
{
    /// <summary>
    /// Writes a random but valid policy from a seed: every declaration kind, expressions of every form, and the
    /// messiest layout the grammar allows (tokens split by spaces, tabs, line breaks or comments; blank lines,
    /// optional commas, indented declarations). Only validity matters: the tests compare the tree of this text with
    /// the tree of its formatted text, not with what the generator meant.
    /// </summary>
    internal sealed class PolicyGenerator
    {
        private static readonly string[] Names = { "a", "b", "score", "audit_date", "xs", "reviews", "org", "as_of", "pilot" };
        private static readonly string[] Types = { "int", "decimal", "text", "date", "duration", "bool", "Grade" };
        private static readonly string[] Operators = { "or", "and", "=", "!=", "<", "<=", ">", ">=", "??", "+", "-", "*", "/" };
        private static readonly string[] Severities = { "blocker", "major", "minor", "advisory" };

        private readonly Random _random;
        private int _counter;

        private PolicyGenerator(int seed) => _random = new Random(seed);

        public static string Generate(int seed, int declarations = 25) => new PolicyGenerator(seed).Policy(declarations);

        private string Policy(int declarations)
        {
            var text = new StringBuilder();
            if (Chance(0.5)) text.Append(Comment()).Append('\n');
            var header = new List<string> { "policy", Text() };
            if (Chance(0.5)) header.AddRange(new[] { "version", Text() });
            if (Chance(0.5)) header.AddRange(new[] { "sources" }.Concat(CommaSeparated(1 + _random.Next(3), Text)));
            text.Append(Join(header));
            for (var i = 0; i < declarations; i++)
            {
                text.Append('\n');
                if (Chance(0.4)) text.Append('\n');
                if (Chance(0.3)) text.Append(Comment()).Append('\n');
                if (Chance(0.2)) text.Append("  ");
                text.Append(Declaration());
                if (Chance(0.3)) text.Append(' ').Append(Comment());
            }
            if (Chance(0.5)) text.Append("\n\n").Append(Comment());
            return text.Append(Chance(0.5) ? "\n" : string.Empty).ToString();
        }

        private string Declaration()
        {
            switch (_random.Next(11))
            {
                case 9:
                    return Event();
                case 10:
                    return Lifecycle();
                case 0:
                    return Join(new[] { "enum", Name("E"), "{" }.Concat(Items(1 + _random.Next(4), () => Name("m"))).Append("}"));
                case 1:
                case 2:
                    var head = Chance(0.5) ? new[] { "record", Name("R") } : new[] { "schema", Name("S"), "key", "id" };
                    return Join(head.Append("{").Concat(Items(_random.Next(4), Field)).Append("}"));
                case 3:
                    var parameter = new List<string> { "param", Name("p"), ":", Type(), "=" };
                    parameter.AddRange(Expression(2, 0));
                    if (Chance(0.5)) parameter.Add(Text());
                    return Join(parameter);
                case 4:
                    var let = new List<string> { Chance(0.5) ? "let" : "decision", Name("v") };
                    if (Chance(0.5)) let.AddRange(new[] { ":", Type() });
                    let.Add("=");
                    let.AddRange(Expression(3, 0));
                    return Join(let);
                case 5:
                    return Lookup(isTable: true);
                case 6:
                    return Lookup(isTable: false);
                default:
                    return Clause();
            }
        }

        private string Event()
        {
            var tokens = new List<string> { "event", Name("Ev") };
            if (Chance(0.6)) tokens.AddRange(new[] { "{" }.Concat(Items(_random.Next(4), Field)).Append("}"));
            return Join(tokens);
        }

        /// <summary>A lifecycle whose states, transitions and deadlines come in any order, as the grammar allows.</summary>
        private string Lifecycle()
        {
            var tokens = new List<string> { "lifecycle", Name("l") };
            if (Chance(0.5)) tokens.Add(Text());
            tokens.AddRange(new[] { "history", Pick(Names), "initial", Name("s"), "on" });
            tokens.AddRange(Expression(2, 0));
            for (var i = _random.Next(7); i > 0; i--)
            {
                switch (_random.Next(4))
                {
                    case 0:
                        if (Chance(0.3)) tokens.Add("final");
                        tokens.AddRange(new[] { "state", Name("s") });
                        break;
                    case 1:
                        tokens.AddRange(new[] { "transition", Name("T-") });
                        if (Chance(0.5)) tokens.Add(Text());
                        tokens.AddRange(States());
                        tokens.AddRange(new[] { "->", Name("s") });
                        if (Chance(0.5)) tokens.AddRange(new[] { "on", Name("Ev") });
                        else tokens.AddRange(new[] { "after" }.Concat(Expression(2, 0)).Concat(new[] { "since" }).Concat(Anchor()));
                        if (Chance(0.4)) tokens.AddRange(new[] { "when" }.Concat(Expression(3, 0)));
                        if (Chance(0.3)) tokens.AddRange(new[] { "priority", Priority() });
                        if (Chance(0.6)) tokens.AddRange(new[] { "cites" }.Concat(CommaSeparated(1 + _random.Next(2), Text)));
                        break;
                    case 2:
                        tokens.Add("ignore");
                        tokens.AddRange(CommaSeparated(1 + _random.Next(2), () => Chance(0.5) ? Name("Ev") : Name("T-")));
                        tokens.Add("in");
                        tokens.AddRange(States());
                        tokens.Add(Text());
                        break;
                    default:
                        tokens.AddRange(new[] { "deadline", Name("D-"), Text(), "in", Name("s"), "within" });
                        tokens.AddRange(Expression(2, 0));
                        tokens.Add("since");
                        tokens.AddRange(Anchor());
                        if (Chance(0.6)) tokens.AddRange(new[] { "cites" }.Concat(CommaSeparated(1 + _random.Next(2), Text)));
                        break;
                }
            }
            return Join(tokens);
        }

        /// <summary>A list of states, <c>any</c>, or <c>any except</c> a list.</summary>
        private IEnumerable<string> States() => _random.Next(3) switch
        {
            0 => CommaSeparated(1 + _random.Next(3), () => Name("s")),
            1 => new[] { "any" },
            _ => new[] { "any", "except" }.Concat(CommaSeparated(1 + _random.Next(2), () => Name("s"))),
        };

        private string[] Anchor() => _random.Next(3) switch
        {
            0 => new[] { "entering" },
            1 => new[] { "start" },
            _ => new[] { "last", Name("Ev") }.Concat(Chance(0.3) ? new[] { "or", Name("Ev") } : Array.Empty<string>()).ToArray(),
        };

        private string Lookup(bool isTable)
        {
            var text = new StringBuilder(Join(new[] { isTable ? "table" : "tiers", Name("t"), "(", "k", ":", "int", ")", "->", Type(), "{" }));
            for (var i = _random.Next(4); i > 0; i--)
            {
                var bounds = !isTable ? new[] { "at", "least", Bound() }
                    : _random.Next(3) switch
                    {
                        0 => new[] { Bound(), "to", Bound() },
                        1 => new[] { Bound(), "or", "more" },
                        _ => new[] { "up", "to", Bound() },
                    };
                // A band must start a line: a negative bound written after an arm would otherwise be a subtraction.
                text.Append(LineBreak()).Append(Join(bounds.Concat(Arm())));
            }
            text.Append(LineBreak()).Append(Join(new[] { "otherwise" }.Concat(Arm())));
            return text.Append(LineBreak()).Append('}').ToString();
        }

        private IEnumerable<string> Arm() =>
            Chance(0.3) ? new[] { "=>", "error", Message() } : new[] { "=>" }.Concat(Expression(2, 0));

        private string Clause()
        {
            var clause = new List<string> { "clause", Name("C-"), Text() };
            if (Chance(0.7)) clause.AddRange(new[] { "cites" }.Concat(CommaSeparated(1 + _random.Next(2), Text)));
            if (Chance(0.5)) clause.AddRange(new[] { "severity", Pick(Severities) });
            if (Chance(0.4)) clause.AddRange(new[] { "applies", "when" }.Concat(Expression(3, 0)));
            clause.Add("require");
            clause.AddRange(Expression(3, 0));
            for (var i = _random.Next(3); i > 0; i--) clause.AddRange(new[] { "unless" }.Concat(Expression(2, 0)));
            if (Chance(0.6)) clause.AddRange(new[] { "message", Message() });
            return Join(clause);
        }

        private IEnumerable<string> Field() => new[] { Name("f"), ":" }.Concat(FieldType());

        private IEnumerable<string> FieldType()
        {
            var type = new List<string>();
            for (var i = _random.Next(3); i > 0; i--) type.AddRange(new[] { "list", "of" });
            type.Add(Type());
            if (Chance(0.3)) type.Add("?");
            return type;
        }

        /// <summary>The tokens of an expression whose binding level is at least <paramref name="minimumLevel"/>
        /// (0 is <c>if</c>, 10 a primary; the levels of ExpressionGrammar), parenthesized when it binds more loosely.</summary>
        private List<string> Expression(int depth, int minimumLevel)
        {
            var (tokens, level) = depth <= 0 || Chance(0.25) ? (Atom(), 10) : Compound(depth - 1);
            if (level < minimumLevel || Chance(0.08)) return Parenthesized(tokens);
            return tokens;
        }

        private (List<string> Tokens, int Level) Compound(int depth)
        {
            switch (_random.Next(12))
            {
                case 0:
                case 1:
                case 2:
                    var op = Pick(Operators);
                    var level = Array.IndexOf(Operators, op) switch { 0 => 1, 1 => 2, < 8 => 4, 8 => 5, < 11 => 6, _ => 7 };
                    var left = Expression(depth, level == 4 ? 5 : level);
                    left.Add(op);
                    left.AddRange(Expression(depth, level == 4 ? 5 : level + 1));
                    return (left, level);
                case 3:
                    return (new[] { "not" }.Concat(Expression(depth, 3)).ToList(), 3);
                case 4:
                    return (new[] { "-" }.Concat(Expression(depth, 8)).ToList(), 8);
                case 5:
                    var presence = Expression(depth, 5);
                    presence.AddRange(new[] { "is", Chance(0.5) ? "present" : "missing" });
                    return (presence, 4);
                case 6:
                    var membership = Expression(depth, 5);
                    membership.AddRange(Chance(0.5) ? new[] { "in" } : new[] { "not", "in" });
                    membership.AddRange(Expression(depth, 5));
                    return (membership, 4);
                case 7:
                    var within = Expression(depth, 5);
                    within.Add("within");
                    within.AddRange(Expression(depth, 5));
                    within.Add(Pick(new[] { "before", "after", "of" }));
                    within.AddRange(Expression(depth, 5));
                    return (within, 4);
                case 8:
                    // A condition runs to the end of the expression, so a quantifier with one binds like 'if'.
                    var quantifier = new List<string> { Pick(new[] { "any", "all", "none", "count" }), "q", "in" };
                    quantifier.AddRange(Expression(depth, 5));
                    if (Chance(0.6)) return (quantifier, 10);
                    quantifier.Add("where");
                    quantifier.AddRange(Expression(depth, 0));
                    return (quantifier, 0);
                case 9:
                    var comprehension = new List<string> { "[" };
                    comprehension.AddRange(Expression(depth, 0));
                    comprehension.AddRange(new[] { "for", "x", "in" });
                    comprehension.AddRange(Expression(depth, 0));
                    if (Chance(0.5)) comprehension.AddRange(new[] { "where" }.Concat(Expression(depth, 0)));
                    comprehension.Add("]");
                    return (comprehension, 10);
                case 10:
                    var conditional = new List<string> { "if" };
                    conditional.AddRange(Expression(depth, 0));
                    conditional.Add("then");
                    conditional.AddRange(Expression(depth, 0));
                    conditional.Add("else");
                    conditional.AddRange(Expression(depth, 0));
                    return (conditional, 0);
                default:
                    var member = Expression(depth, 9);
                    member.AddRange(new[] { ".", Pick(Names) });
                    return (member, 9);
            }
        }

        private List<string> Atom()
        {
            switch (_random.Next(14))
            {
                case 0: return new List<string> { Pick(new[] { "0", "42", "007", "70.00", "69.99", "0.5" }) };
                case 1: return new List<string> { Pick(new[] { "50%", "12.5%", "100%" }) };
                case 2: return new List<string> { Pick(new[] { "2026-11-22", "2000-01-01" }) };
                case 3: return new List<string> { Pick(new[] { "3 months", "1 year 6 months", "2 weeks", "1 days", "1 month 1 day", "12 month" }) };
                case 4: return new List<string> { Text() };
                case 5: return new List<string> { Pick(new[] { "true", "false" }) };
                case 6:
                    var call = new List<string> { Pick(new[] { "min", "max", "count", "round", "elapsed" }), "(" };
                    call.AddRange(Items(_random.Next(3), () => Expression(1, 0), commas: true));
                    call.Add(")");
                    return call;
                case 7: return new List<string> { Chance(0.5) ? "passed" : "failed", "(", Pick(new[] { "C-1", "RD4.8-grade" }), ")" };
                case 8: return new List<string> { "failures", "(", Pick(Severities), ")" };
                case 9:
                    var list = new List<string> { "[" };
                    list.AddRange(Items(_random.Next(3), () => Expression(1, 0), commas: true));
                    list.Add("]");
                    return list;
                default: return new List<string> { Pick(Names) };
            }
        }

        /// <summary>An interpolated string with escapes, doubled braces and holes (written without comments or
        /// line breaks, which a hole cannot hold).</summary>
        private string Message()
        {
            var text = new StringBuilder("\"");
            for (var i = _random.Next(4); i > 0; i--)
            {
                text.Append(Pick(new[] { "operated ", "{{braces}} ", "tab\\there ", "quote \\\"q\\\" ", "back\\\\slash ", "# not a comment " }));
                if (Chance(0.6))
                {
                    var hole = string.Join(Chance(0.5) ? " " : "  ", Expression(2, 0));
                    text.Append('{').Append(hole.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('}');
                }
            }
            return text.Append('"').ToString();
        }

        private List<string> Parenthesized(List<string> tokens)
        {
            tokens.Insert(0, "(");
            tokens.Add(")");
            return tokens;
        }

        /// <summary><paramref name="count"/> items, separated by optional (<paramref name="commas"/>: required) commas.</summary>
        private List<string> Items(int count, Func<IEnumerable<string>> item, bool commas = false)
        {
            var tokens = new List<string>();
            for (var i = 0; i < count; i++)
            {
                if (i > 0 && (commas || Chance(0.5))) tokens.Add(",");
                tokens.AddRange(item());
            }
            if (!commas && count > 0 && Chance(0.3)) tokens.Add(",");
            return tokens;
        }

        private IEnumerable<string> Items(int count, Func<string> item) => Items(count, () => new[] { item() });

        private IEnumerable<string> CommaSeparated(int count, Func<string> item) => Items(count, () => new[] { item() }, commas: true);

        /// <summary>Tokens joined by white space of every kind, and now and then a comment.</summary>
        private string Join(IEnumerable<string> tokens)
        {
            var text = new StringBuilder();
            foreach (var token in tokens)
            {
                if (text.Length > 0) text.Append(Separator());
                text.Append(token);
            }
            return text.ToString();
        }

        private string Separator() => _random.Next(10) switch
        {
            0 => "  ",
            1 => "\t",
            2 => "\n    ",
            3 => " " + Comment() + "\n      ",
            4 => "\r\n  ",
            _ => " ",
        };

        private string LineBreak() => Chance(0.3) ? " " + Comment() + "\n  " : "\n  ";

        private string Comment() => Pick(new[] { "#", "# note", "#tight", "# \"quoted\" {braces} # twice" }) + " " + ++_counter + Pick(new[] { string.Empty, "   ", "\t" });

        private string Name(string prefix) => prefix + ++_counter;

        private string Type() => Pick(Types);

        private string Bound() => Pick(new[] { "-10", "0", "5", "25", "80.5", "-3" });

        /// <summary>A priority is a whole number (CP0003 otherwise).</summary>
        private string Priority() => Pick(new[] { "-10", "0", "5", "25", "-3" });

        private string Text() => Pick(new[] { "\"T\"", "\"RD-2.2\"", "\"003 §5.3.3.7\"", "\"say \\\"hi\\\"\\n\\tback\\\\slash\"", "\"# not a comment\"", "\"{x}\"" });

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        private bool Chance(double probability) => _random.NextDouble() < probability;
    }
}
