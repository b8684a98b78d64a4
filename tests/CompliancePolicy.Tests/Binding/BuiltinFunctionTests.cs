using System.IO;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Binding
{
    /// <summary>The built-in functions come from one table: the binder checks calls against it, the reference documents it.</summary>
    public class BuiltinFunctionTests
    {
        [Fact]
        public void Every_signature_has_a_one_line_description_for_the_editor()
        {
            foreach (var signature in BuiltinFunctions.All)
            {
                Assert.False(string.IsNullOrWhiteSpace(signature.Documentation), signature.Name);
                Assert.DoesNotContain("\n", signature.Documentation);
                Assert.StartsWith(signature.Name + "(", signature.Display);
            }
        }

        [Fact]
        public void The_language_reference_lists_every_signature_as_the_table_shows_it()
        {
            var reference = File.ReadAllText(Path.Combine(Repository.Root, "docs", "language.md"));

            var missing = BuiltinFunctions.All.Where(s => !reference.Contains($"`{s.Display}`")).Select(s => s.Display);

            Assert.Empty(missing);
        }

        [Theory]
        [InlineData("min(penalties_paid)", null)]
        [InlineData("min(penalties_paid, 3, 4)", "'min' takes 2 arguments (or 1 list) but was given 3")]
        [InlineData("count()", "'count' takes 1 argument but was given 0")]
        [InlineData("contains(penalties_paid)", "'contains' takes 2 arguments but was given 1")]
        [InlineData("streak(penalties_paid)", "'streak' takes 2 event types but was given 1")]
        public void A_call_with_the_wrong_number_of_arguments_says_what_the_function_takes(string call, string? message)
        {
            var compilation = PolicyCompiler.Compile($$"""
                policy "Fees"

                schema Certificate key number {
                  number: text
                  penalties_paid: list of decimal
                }

                clause FEE-1 "Penalties are small"
                  cites "RD-2.8"
                  require {{call}} < 100
                """, "test.policy");

            Assert.Equal(message, compilation.Diagnostics.Select(d => d.Message).FirstOrDefault(m => m.Contains("takes")));
        }

        [Fact]
        public void The_second_value_of_contains_must_fit_the_items_of_the_list()
        {
            var policy = AnnotatedText.Parse("""
                policy "Fees"

                schema Certificate key number {
                  number: text
                  penalties_paid: list of decimal
                }

                clause FEE-1 "No penalty of exactly 100"
                  cites "RD-2.8"
                  require not contains(penalties_paid, [|"100"|])
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal(("CP1006", "Expected a decimal but found a text"), (diagnostic.Id, diagnostic.Message));
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Min_of_two_values_of_different_types_is_reported_at_the_second()
        {
            var policy = AnnotatedText.Parse("""
                policy "Fees"

                schema Certificate key number {
                  number: text
                  issued: date
                }

                clause FEE-1 "Issued"
                  cites "RD-2.8"
                  require min(issued, [|3|]) <= as_of
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal(("CP1006", "Expected a date but found an int"), (diagnostic.Id, diagnostic.Message));
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }
    }
}
