using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>
    /// Keeps the catalogue in step with <see cref="DiagnosticRules.All"/>: every rule has a page under docs/rules,
    /// a row in the README table and a focused test file; no page is left without a rule.
    /// </summary>
    public class RuleCatalogTests
    {
        private const string TableStart = "<!-- rules:start -->";
        private const string TableEnd = "<!-- rules:end -->";

        /// <summary>Rules without a focused test file, each with the reason. Keep this short.</summary>
        private static readonly IReadOnlyDictionary<string, string> WithoutTestFile = new Dictionary<string, string>(StringComparer.Ordinal)
        {
        };

        private static readonly string Root = Support.Repository.Root;

        private static string RulesFolder => Path.Combine(Root, "docs", "rules");

        [Fact]
        public void Every_rule_has_a_page_titled_with_its_ID_and_title_that_states_its_severity_and_category()
        {
            var problems = new List<string>();
            foreach (var rule in DiagnosticRules.All)
            {
                var page = Path.Combine(RulesFolder, rule.Id + ".md");
                if (!File.Exists(page))
                {
                    problems.Add($"{rule.Id}: no page docs/rules/{rule.Id}.md");
                    continue;
                }
                var lines = File.ReadAllLines(page);
                var expectedTitle = $"# {rule.Id}: {rule.Title}";
                if (lines.Length == 0 || lines[0] != expectedTitle)
                    problems.Add($"{rule.Id}: first line should be '{expectedTitle}' but is '{lines.FirstOrDefault()}'");
                var expectedFacts = $"Severity: {rule.DefaultSeverity} · Category: {rule.Category}";
                if (!lines.Contains(expectedFacts))
                    problems.Add($"{rule.Id}: no line '{expectedFacts}'");
            }

            Assert.Empty(problems);
        }

        [Fact]
        public void Every_page_belongs_to_a_rule_or_to_an_ID_the_analyzers_declare()
        {
            var known = new HashSet<string>(DiagnosticRules.All.Select(r => r.Id).Concat(AnalyzerOnlyIds()), StringComparer.Ordinal);

            var orphans = Directory.GetFiles(RulesFolder, "CP*.md")
                .Select(Path.GetFileNameWithoutExtension)
                .Where(id => !known.Contains(id!))
                .OrderBy(id => id, StringComparer.Ordinal);

            Assert.Empty(orphans);
        }

        [Fact]
        public void The_README_table_lists_every_rule_in_ID_order_with_its_title_and_severity()
        {
            var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
            var start = readme.IndexOf(TableStart, StringComparison.Ordinal);
            var end = readme.IndexOf(TableEnd, StringComparison.Ordinal);
            Assert.True(start >= 0 && end > start, $"README.md has no '{TableStart}' ... '{TableEnd}' section");

            var lines = readme.Substring(start + TableStart.Length, end - start - TableStart.Length)
                .Split('\n')
                .Select(l => l.TrimEnd('\r'))
                .Where(l => l.Trim().Length > 0)
                .ToList();

            Assert.True(lines.Count >= 2, "the rule table needs a header row and a separator row");
            Assert.StartsWith("|", lines[0]);
            Assert.Matches(@"^\|(\s*:?-+:?\s*\|)+$", lines[1]);
            var expected = DiagnosticRules.All.Select(r => $"| [{r.Id}](docs/rules/{r.Id}.md) | {r.Title} | {Severity(r)} |");
            Assert.Equal(expected, lines.Skip(2));
        }

        [Fact]
        public void Every_rule_has_a_help_line_of_its_own()
        {
            var missing = DiagnosticRules.All.Where(r => r.Help == r.Title || r.Help.Length < 20).Select(r => r.Id);

            Assert.Empty(missing);
            Assert.Equal(DiagnosticRules.All.Count, DiagnosticRules.All.Select(r => r.Help).Distinct().Count());
        }

        [Fact]
        public void IDs_are_unique_and_are_CP_and_four_digits()
        {
            var ids = DiagnosticRules.All.Select(r => r.Id).ToList();

            Assert.Empty(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
            Assert.All(ids, id => Assert.Matches(new Regex("^CP[0-9]{4}$"), id));
            Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
        }

        [Fact]
        public void Every_rule_has_a_focused_test_file_and_class_unless_allowed_with_a_reason()
        {
            var testClasses = typeof(RuleCatalogTests).Assembly.GetTypes()
                .Where(t => t.Namespace == typeof(RuleCatalogTests).Namespace)
                .Select(t => t.Name)
                .ToList();

            var missing = new List<string>();
            foreach (var rule in DiagnosticRules.All.Where(r => !WithoutTestFile.ContainsKey(r.Id)))
            {
                if (!File.Exists(TestFile(rule.Id))) missing.Add($"{rule.Id}: no tests/CompliancePolicy.Tests/Rules/{rule.Id}Tests.cs");
                var pattern = new Regex("^" + rule.Id + "[A-Z][A-Za-z0-9]*Tests$");
                if (!testClasses.Any(pattern.IsMatch)) missing.Add($"{rule.Id}: no class {rule.Id}<ShortName>Tests in {typeof(RuleCatalogTests).Namespace}");
            }

            Assert.Empty(missing);
        }

        [Fact]
        public void The_allowed_exceptions_name_existing_rules_that_really_have_no_test_file()
        {
            Assert.All(WithoutTestFile, entry =>
            {
                Assert.NotNull(DiagnosticRules.Find(entry.Key));
                Assert.False(File.Exists(TestFile(entry.Key)), $"{entry.Key} has a test file now: remove it from the allowed exceptions");
                Assert.False(string.IsNullOrWhiteSpace(entry.Value));
            });
        }

        private static string Severity(DiagnosticRule rule) => rule.DefaultSeverity.ToString().ToLowerInvariant();

        private static string TestFile(string id) => Path.Combine(Root, "tests", "CompliancePolicy.Tests", "Rules", id + "Tests.cs");

        /// <summary>IDs that only the analyzers project declares: docs/rules/analyzer-only.txt, one per line (a missing file lists none).</summary>
        private static IEnumerable<string> AnalyzerOnlyIds()
        {
            var file = Path.Combine(RulesFolder, "analyzer-only.txt");
            if (!File.Exists(file)) return Enumerable.Empty<string>();
            return File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal));
        }
    }
}
