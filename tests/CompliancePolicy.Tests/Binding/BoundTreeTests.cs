using System;
using System.Linq;
using System.Runtime.CompilerServices;
using CompliancePolicy.Binding;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Binding
{
    /// <summary>One switch knows the kinds of the bound tree: every kind is dispatched, and an unknown kind stops everything that walks it.</summary>
    public class BoundTreeTests
    {
        /// <summary>A kind the engine does not know, as a new node would be before the switch learns it.</summary>
        private sealed class UnknownNode : BoundExpression
        {
            public UnknownNode(TypeSymbol type)
                : base(new NameExpressionSyntax(new TextSpan(0, 1), new NameSyntax(new TextSpan(0, 1), "x")), type) { }
        }

        private sealed class Dispatched : BoundTreeVisitor<bool>
        {
            protected override bool DefaultVisit(BoundExpression node) => true;
        }

        [Fact]
        public void Every_bound_node_kind_is_dispatched_by_the_visitor_and_has_known_children()
        {
            var kinds = typeof(BoundExpression).Assembly.GetTypes()
                .Where(t => typeof(BoundExpression).IsAssignableFrom(t) && !t.IsAbstract)
                .ToList();

            Assert.NotEmpty(kinds);
            foreach (var kind in kinds)
            {
                // Dispatch looks at the type only, so an instance without fields is enough.
                var node = (BoundExpression)RuntimeHelpers.GetUninitializedObject(kind);
                Assert.True(new Dispatched().Visit(node), kind.Name);
            }
        }

        [Fact]
        public void An_unknown_node_kind_is_refused_by_the_visitor_and_the_tree_walks()
        {
            var node = new UnknownNode(TypeSymbol.Bool);

            Assert.Contains("UnknownNode", Assert.Throws<InvalidOperationException>(() => new Dispatched().Visit(node)).Message);
            Assert.Throws<InvalidOperationException>(() => BoundTree.Children(node));
            Assert.Throws<InvalidOperationException>(() => BoundTree.HasFreeVariable(node));
            Assert.Throws<InvalidOperationException>(() => BoundTree.DescendantsAndSelf(node).ToList());
        }

        [Theory]
        [InlineData("bool")]
        [InlineData("int")]
        [InlineData("date")]
        [InlineData("duration")]
        [InlineData("text")]
        public void An_unknown_node_kind_is_refused_by_the_compiler_whatever_its_type(string typeName)
        {
            var node = new UnknownNode(TypeSymbol.BuiltIns.Single(t => t.Name == typeName));
            var compiler = new ExpressionCompiler(new SourceText("test.policy", "x"));

            // Before: each typed compiler handed the node to the other, until the stack overflowed.
            Assert.Throws<InvalidOperationException>(() => compiler.Boxed(node));
        }

        [Fact]
        public void Every_operator_kind_is_either_arithmetic_or_not_whatever_its_place_in_the_enum()
        {
            var arithmetic = Enum.GetValues(typeof(BoundBinaryKind)).Cast<BoundBinaryKind>().Where(BoundBinaryKinds.IsArithmetic).ToList();

            Assert.Equal(
                new[] { "NumberAdd", "NumberSubtract", "NumberMultiply", "NumberDivide", "DateAddDuration", "DateSubtractDuration",
                        "DurationAdd", "DurationSubtract", "DurationTimesNumber", "TextConcat" },
                arithmetic.Select(k => k.ToString()));
            Assert.Throws<ArgumentOutOfRangeException>(() => BoundBinaryKinds.IsArithmetic((BoundBinaryKind)999));
        }
    }
}
