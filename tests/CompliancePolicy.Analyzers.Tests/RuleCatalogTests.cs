using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CompliancePolicy.Analyzers.Tests.Support;
using CompliancePolicy.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>
    /// Keeps the analyzers' descriptors, release tracking, build props and rule pages in step with the library's
    /// central list (DiagnosticRules.All) and the host rules (HostRules).
    /// </summary>
    public class RuleCatalogTests
    {
        private static readonly DiagnosticAnalyzer[] Analyzers =
            { new PolicyFileAnalyzer(), new PolicyLiteralAnalyzer(), new ClockAsOfAnalyzer(), new DiscardedEvaluationAnalyzer(), new PolicyRecordAnalyzer() };

        private static IEnumerable<DiagnosticDescriptor> HostDescriptors => typeof(HostRules)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

        [Fact]
        public void Every_language_rule_has_a_descriptor_that_matches_it()
        {
            var file = new PolicyFileAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id);
            var literal = new PolicyLiteralAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id);
            foreach (var rule in DiagnosticRules.All)
            {
                foreach (var descriptors in new[] { file, literal })
                {
                    var descriptor = descriptors[rule.Id];
                    Assert.Equal(rule.Title, descriptor.Title.ToString());
                    Assert.Equal(rule.Category, descriptor.Category);
                    Assert.Equal(PolicyDescriptors.ToRoslyn(rule.DefaultSeverity), descriptor.DefaultSeverity);
                    Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
                    Assert.Equal("{0}", descriptor.MessageFormat.ToString());
                    Assert.True(descriptor.IsEnabledByDefault);
                }
            }
        }

        [Fact]
        public void Host_rules_have_their_own_ids_and_help_links()
        {
            var ids = HostDescriptors.Select(d => d.Id).ToList();
            Assert.Equal(ids.Distinct().Count(), ids.Count);
            Assert.All(HostDescriptors, d =>
            {
                Assert.Matches(@"^CP5\d{3}$", d.Id);
                Assert.Null(DiagnosticRules.Find(d.Id));
                Assert.Equal(DiagnosticRule.HelpLinkBase + d.Id + ".md", d.HelpLinkUri);
            });
            var supported = Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct();
            Assert.All(supported, id => Assert.True(DiagnosticRules.Find(id) != null || ids.Contains(id), id));
        }

        [Fact]
        public void Release_tracking_lists_every_rule_once_with_its_category_and_severity()
        {
            var rows = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
                .SelectMany(f => File.ReadAllLines(Repository.PathOf("src", "CompliancePolicy.Analyzers", f)))
                .Where(l => Regex.IsMatch(l, @"^CP\d{4}\s*\|"))
                .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
                .ToList();
            var expected = DiagnosticRules.All.Select(r => (r.Id, r.Category, Severity: PolicyDescriptors.ToRoslyn(r.DefaultSeverity).ToString()))
                .Concat(HostDescriptors.Select(d => (d.Id, d.Category, Severity: d.DefaultSeverity.ToString())))
                .OrderBy(r => r.Id, StringComparer.Ordinal);
            Assert.Equal(expected, rows.Select(c => (Id: c[0], Category: c[1], Severity: c[2])).OrderBy(r => r.Id, StringComparer.Ordinal));
        }

        [Fact]
        public void The_build_props_make_every_severity_property_visible_to_the_compiler()
        {
            var props = File.ReadAllText(Repository.PathOf("src", "CompliancePolicy.Analyzers", "build", "CompliancePolicy.Analyzers.props"));
            var visible = Regex.Matches(props, @"<CompilerVisibleProperty Include=""CompliancePolicySeverity_(CP\d{4})"" />").Select(m => m.Groups[1].Value).ToHashSet();
            var all = DiagnosticRules.All.Select(r => r.Id).Concat(HostDescriptors.Select(d => d.Id));
            var missing = all.Where(id => !visible.Contains(id)).ToList();
            Assert.True(missing.Count == 0, "add to build/CompliancePolicy.Analyzers.props: " + string.Join(", ", missing));
            Assert.Contains(@"<AdditionalFiles Include=""**/*.policy""", props);
            Assert.Contains(@"<AdditionalFiles Include=""**/compliance.json""", props);
        }

        [Fact]
        public void Every_host_rule_has_a_page_and_is_listed_as_analyzer_only()
        {
            var listed = File.ReadAllLines(Repository.PathOf("docs", "rules", "analyzer-only.txt"))
                .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal)).ToList();
            Assert.Equal(HostDescriptors.Select(d => d.Id).OrderBy(i => i), listed.OrderBy(i => i));
            foreach (var descriptor in HostDescriptors)
            {
                var page = Repository.PathOf("docs", "rules", descriptor.Id + ".md");
                Assert.True(File.Exists(page), page);
                var text = File.ReadAllText(page);
                Assert.StartsWith("# " + descriptor.Id + ": " + descriptor.Title, text);
                Assert.Contains("## How to fix", text);
                Assert.Contains("## How to suppress", text);
            }
        }
    }
}
