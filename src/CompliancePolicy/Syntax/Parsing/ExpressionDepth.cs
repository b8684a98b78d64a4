using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// Measures an expression's tree without recursion, so that a tree of any depth can be refused: a chain of 100,000
    /// <c>+</c> is read in a loop, but it is 100,000 levels deep for every pass that walks it afterwards.
    /// </summary>
    internal static class ExpressionDepth
    {
        /// <summary>
        /// Throws <see cref="NestingLimitException"/> when the tree is deeper than <see cref="NestingLimit.Operators"/>, at
        /// the lowest node that is too deep: in a chain <c>a + b + ...</c>, the operator after the last term allowed.
        /// </summary>
        public static void Check(ExpressionSyntax root)
        {
            var limit = NestingLimit.Operators;
            var path = new Stack<Level>();
            path.Push(new Level(root));
            while (path.Count > 0)
            {
                var level = path.Peek();
                if (level.Next < level.Children.Length)
                {
                    path.Push(new Level(level.Children[level.Next++]));
                    continue;
                }
                path.Pop();
                var height = level.Height + 1;
                if (height > limit.Max) throw new NestingLimitException(PlaceOf(level.Node), limit);
                if (path.Count > 0 && path.Peek().Height < height) path.Peek().Height = height;
            }
        }

        /// <summary>An operator or a member name, where the author can split the chain; otherwise the start of the node.</summary>
        private static TextSpan PlaceOf(ExpressionSyntax node) => node switch
        {
            BinaryExpressionSyntax binary => binary.OperatorSpan,
            MemberAccessExpressionSyntax member => member.Member.Span,
            _ => new TextSpan(node.Span.Start, 0),
        };

        /// <summary>A node on the path from the root, its children, and the height of those measured so far.</summary>
        private sealed class Level
        {
            public Level(ExpressionSyntax node)
            {
                Node = node;
                Children = ExpressionTree.Children(node).ToArray();
            }

            public ExpressionSyntax Node { get; }
            public ExpressionSyntax[] Children { get; }
            public int Next { get; set; }
            public int Height { get; set; }
        }
    }
}
