using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Syntax
{
    /// <summary>Source text with expected spans marked by <c>[|</c> and <c>|]</c> (Minsk style); the markers are removed.</summary>
    internal sealed class AnnotatedText
    {
        private AnnotatedText(string text, ImmutableArray<TextSpan> spans)
        {
            Text = text;
            Spans = spans;
        }

        public string Text { get; }

        /// <summary>The marked spans, in the order their opening markers appear.</summary>
        public ImmutableArray<TextSpan> Spans { get; }

        public TextSpan Span => Assert.Single(Spans);

        public static AnnotatedText Parse(string annotated)
        {
            var text = new StringBuilder();
            var starts = new Stack<(int Start, int Order)>();
            var spans = new SortedDictionary<int, TextSpan>();
            var order = 0;
            for (var i = 0; i < annotated.Length; i++)
            {
                if (i + 1 < annotated.Length && annotated[i] == '[' && annotated[i + 1] == '|')
                {
                    starts.Push((text.Length, order++));
                    i++;
                }
                else if (i + 1 < annotated.Length && annotated[i] == '|' && annotated[i + 1] == ']')
                {
                    var (start, index) = starts.Pop();
                    spans[index] = TextSpan.FromBounds(start, text.Length);
                    i++;
                }
                else
                {
                    text.Append(annotated[i]);
                }
            }
            Assert.Empty(starts);
            return new AnnotatedText(text.ToString(), spans.Values.ToImmutableArray());
        }
    }
}
