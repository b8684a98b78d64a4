using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>
    /// Every rule page whose example is a policy file with the lint output beside it: the analyzer reports the same
    /// diagnostic, at the same line and column, with the same severity and message, in the IDE and the build.
    /// </summary>
    public class DocExampleTests
    {
        private static readonly Regex Output = new Regex(@"^(?<file>[\w.-]+\.policy)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<id>CP\d{4}): (?<message>.*)$");

        /// <summary>Pages whose example the analyzer cannot reproduce as printed, each with the reason.</summary>
        private static readonly IReadOnlyDictionary<string, string> Differs = new Dictionary<string, string>
        {
            ["CP1017"] = "the example lints two files in command-line order; the analyzer, like 'compliance lint FOLDER', takes a project's files in path order, so it reports the other header",
        };

        public static IEnumerable<object[]> Pages() =>
            Directory.GetFiles(Repository.PathOf("docs", "rules"), "CP*.md")
                .Select(Path.GetFileNameWithoutExtension)
                .Where(id => !Differs.ContainsKey(id!) && Example(id!) != null)
                .OrderBy(id => id, System.StringComparer.Ordinal)
                .Select(id => new object[] { id! });

        [Theory]
        [MemberData(nameof(Pages))]
        public async Task The_analyzer_reports_the_rule_page_example_as_lint_does(string id)
        {
            var (files, lines) = Example(id)!.Value;
            var diagnostics = await DirectAnalysis.RunAsync(
                ImmutableArray.Create<DiagnosticAnalyzer>(new PolicyFileAnalyzer()),
                files.Select(f => (AdditionalText)new TestAdditionalText(f.Name ?? lines[0].Groups["file"].Value, f.Text)).ToImmutableArray());

            foreach (var line in lines)
            {
                var match = diagnostics.SingleOrDefault(d =>
                    d.Id == line.Groups["id"].Value
                    && d.Location.GetLineSpan().Path == line.Groups["file"].Value
                    && d.Location.GetLineSpan().StartLinePosition.Line + 1 == int.Parse(line.Groups["line"].Value)
                    && d.Location.GetLineSpan().StartLinePosition.Character + 1 == int.Parse(line.Groups["column"].Value));
                Assert.True(match != null, $"{id}: expected {line.Value}; the analyzer reported:\n{string.Join("\n", diagnostics)}");
                Assert.Equal(line.Groups["message"].Value, match!.GetMessage());
                Assert.Equal(line.Groups["severity"].Value, match.Severity.ToString().ToLowerInvariant());
            }
        }

        /// <summary>
        /// The files of the page's example (each policy block, named by a "`file.policy`:" line before it, or by the
        /// output) and the lint lines for its own rule; null when the page has no such example, or an illustrative
        /// one ("...").
        /// </summary>
        private static (List<(string? Name, string Text)> Files, List<Match> Lines)? Example(string id)
        {
            var text = File.ReadAllText(Repository.PathOf("docs", "rules", id + ".md")).Replace("\r\n", "\n");
            var output = Regex.Match(text, "```text\n(?<body>.*?)```", RegexOptions.Singleline);
            if (!output.Success) return null;
            var files = Regex.Matches(text.Substring(0, output.Index), "(?:`(?<name>[\\w.-]+\\.policy)`:\\s*\n\\s*)?```policy\n(?<body>.*?)```", RegexOptions.Singleline)
                .Select(m => (Name: m.Groups["name"].Success ? m.Groups["name"].Value : null, Text: m.Groups["body"].Value))
                .ToList();
            if (files.Count == 0 || files.Any(f => f.Text.Contains(" ... "))) return null;
            var lines = output.Groups["body"].Value.Split('\n').Select(l => Output.Match(l)).Where(m => m.Success && m.Groups["id"].Value == id).ToList();
            return lines.Count == 0 ? null : (files, lines);
        }
    }
}
