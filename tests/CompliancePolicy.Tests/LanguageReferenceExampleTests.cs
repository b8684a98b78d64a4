using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests
{
    /// <summary>
    /// Every example in docs/language.md runs: JSON examples parse, and policy examples compile without an error. An
    /// example without a <c>policy</c> header is a fragment, compiled with the fragments before it in its section as a
    /// reader puts them together: after a <c>policy</c> header when the section declares its own schema, else after
    /// the page's first example (a whole policy). Blocks fenced as <c>text</c> show a form with placeholders.
    /// </summary>
    public class LanguageReferenceExampleTests
    {
        public static IEnumerable<object[]> Examples() => Blocks().Where(b => b.Info != "text").Select(b => new object[] { b.Line });

        [Fact]
        public void The_page_has_examples_of_each_kind()
        {
            var blocks = Blocks();
            Assert.Contains(blocks, b => b.Info == "json");
            Assert.Contains(blocks, b => b.Info == "text");
            Assert.True(blocks.Count(b => b.Info != "json" && b.Info != "text") >= 4);
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void The_example_at_this_line_runs(int line)
        {
            var blocks = Blocks();
            var block = blocks.Single(b => b.Line == line);
            if (block.Info == "json")
            {
                using var _ = JsonDocument.Parse(block.Text);
                return;
            }

            var text = block.Text;
            if (!block.Text.Contains("policy \""))
            {
                var fragments = blocks.Where(b => b.Section == block.Section && b.Line <= line && IsPolicy(b) && !b.Text.Contains("policy \"")).ToList();
                var start = fragments.Any(b => b.Text.Contains("schema ")) ? "policy \"Example\"\n" : blocks.First(IsPolicy).Text;
                text = string.Join("\n", fragments.Select(b => b.Text).Prepend(start));
            }
            var compilation = PolicyCompiler.Compile(text, "language.policy");

            Assert.True(!compilation.Diagnostics.Any(d => d.IsError), $"line {line}:\n" + string.Join("\n", compilation.Diagnostics));
        }

        private static bool IsPolicy(Block block) => block.Info != "json" && block.Info != "text";

        private sealed record Block(int Line, string Info, string Section, string Text);

        private static List<Block> Blocks()
        {
            var lines = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "language.md"));
            var blocks = new List<Block>();
            var section = string.Empty;
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("## ")) section = lines[i];
                if (!lines[i].StartsWith("```")) continue;
                var start = i;
                var end = System.Array.FindIndex(lines, i + 1, l => l.StartsWith("```"));
                blocks.Add(new Block(start + 1, lines[i].Substring(3).Trim(), section, string.Join("\n", lines[(start + 1)..end]) + "\n"));
                i = end;
            }
            return blocks;
        }
    }
}
