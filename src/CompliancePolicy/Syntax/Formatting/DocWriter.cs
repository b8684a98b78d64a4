using System.Collections.Generic;
using System.Text;

namespace CompliancePolicy.Syntax.Formatting
{
    /// <summary>
    /// Where <see cref="ExpressionPrinter"/> writes an expression: text, and break points that belong to groups. A
    /// group is laid out flat (every break point prints its flat text) when, flat, it ends within the width; else all
    /// of its break points become line breaks, indented by the group's nesting (a closing break point, before a
    /// <c>]</c>, at the indentation the group started on). Outer groups are tried first: an inner group breaks only
    /// if it still does not fit once the outer ones are broken (after Wadler's "prettier printer", on a flat list of
    /// tokens, without looking past the end of the group).
    /// <para>Made for one line (<see cref="DocWriter(bool)"/> with <c>false</c>), it is a plain string builder:
    /// groups and break points print their flat text and nothing is recorded.</para>
    /// </summary>
    internal sealed class DocWriter
    {
        private enum Kind
        {
            Text,
            Break,
            Open,
            Close,
        }

        private readonly struct Token
        {
            public Token(Kind kind, string text, int nest, bool closing)
            {
                Kind = kind;
                Text = text;
                Nest = nest;
                Closing = closing;
            }

            public Kind Kind { get; }

            /// <summary>The text, or a break point's flat text.</summary>
            public string Text { get; }

            /// <summary>How much deeper than its line a broken group puts its lines.</summary>
            public int Nest { get; }

            /// <summary>A break point before the closing bracket: at the indentation the group started on.</summary>
            public bool Closing { get; }
        }

        private readonly StringBuilder? _flat;
        private readonly List<Token>? _tokens;

        public DocWriter(bool breakable)
        {
            if (breakable) _tokens = new List<Token>();
            else _flat = new StringBuilder();
        }

        public DocWriter Append(string text)
        {
            if (_flat != null) _flat.Append(text);
            else if (text.Length > 0) _tokens!.Add(new Token(Kind.Text, text, 0, false));
            return this;
        }

        public DocWriter Append(char c) => Append(c.ToString());

        /// <summary>Starts a group whose lines, when it breaks, are indented <paramref name="nest"/> more than the line it starts on.</summary>
        public void Open(int nest) => _tokens?.Add(new Token(Kind.Open, string.Empty, nest, false));

        public void Close() => _tokens?.Add(new Token(Kind.Close, string.Empty, 0, false));

        /// <summary>A break point of the innermost open group: <paramref name="flat"/> when the group stays on one line.</summary>
        public void Break(string flat, bool closing = false)
        {
            if (_flat != null) _flat.Append(flat);
            else _tokens!.Add(new Token(Kind.Break, flat, 0, closing));
        }

        /// <summary>The text on one line.</summary>
        public override string ToString()
        {
            if (_flat != null) return _flat.ToString();
            var builder = new StringBuilder();
            foreach (var token in _tokens!)
            {
                if (token.Kind == Kind.Text || token.Kind == Kind.Break) builder.Append(token.Text);
            }
            return builder.ToString();
        }

        /// <summary>
        /// The text laid out in <paramref name="width"/> columns, its first character at column <paramref name="indent"/>
        /// (which is also the indentation broken groups start from). Lines after the first carry their indentation.
        /// </summary>
        public string Render(int indent, int width)
        {
            if (_tokens is null) return ToString();
            var output = new StringBuilder();
            var column = indent;
            var flat = false;
            var lineIndent = indent;
            var closingIndent = indent;
            var enclosing = new Stack<(bool Flat, int LineIndent, int ClosingIndent)>();
            for (var i = 0; i < _tokens.Count; i++)
            {
                var token = _tokens[i];
                switch (token.Kind)
                {
                    case Kind.Text:
                        output.Append(token.Text);
                        column += token.Text.Length;
                        break;
                    case Kind.Open:
                        enclosing.Push((flat, lineIndent, closingIndent));
                        // A group that opens past the width stays flat: breaking it cannot make its first line fit.
                        if (!flat && column <= width && !Fits(i, width - column))
                        {
                            closingIndent = lineIndent;
                            lineIndent += token.Nest;
                        }
                        else
                        {
                            flat = true;
                        }
                        break;
                    case Kind.Close:
                        (flat, lineIndent, closingIndent) = enclosing.Pop();
                        break;
                    case Kind.Break when flat:
                        output.Append(token.Text);
                        column += token.Text.Length;
                        break;
                    case Kind.Break:
                        column = token.Closing ? closingIndent : lineIndent;
                        output.Append('\n').Append(' ', column);
                        break;
                }
            }
            return output.ToString();
        }

        /// <summary>Whether the group opened at <paramref name="open"/>, laid out flat, ends within <paramref name="remaining"/>
        /// columns. What follows the group is not counted: breaking the group would not move it to a line of its own.</summary>
        private bool Fits(int open, int remaining)
        {
            var depth = 0;
            for (var i = open; i < _tokens!.Count; i++)
            {
                var token = _tokens[i];
                switch (token.Kind)
                {
                    case Kind.Open:
                        depth++;
                        break;
                    case Kind.Close:
                        if (--depth == 0) return true;
                        break;
                    default:
                        remaining -= token.Text.Length;
                        if (remaining < 0) return false;
                        break;
                }
            }
            return true;
        }
    }
}
