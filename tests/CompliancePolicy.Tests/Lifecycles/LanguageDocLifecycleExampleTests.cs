using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CompliancePolicy.Reporting;
using CompliancePolicy.Tests.Support;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Lifecycles
{
    /// <summary>
    /// The example of docs/language.md, "Lifecycles that never drop an event", run as written: the policy lints clean,
    /// removing the declaration it names gives the CP4009 line it prints, and the record's replay ignores exactly the
    /// events it lists, in the state it says.
    /// </summary>
    public class LanguageDocLifecycleExampleTests
    {
        private static readonly string Section = ReadSection();

        private static string ReadSection()
        {
            var text = File.ReadAllText(Repository.Path("docs", "language.md")).Replace("\r\n", "\n");
            var start = text.IndexOf("### Lifecycles that never drop an event", System.StringComparison.Ordinal);
            Assert.True(start >= 0, "docs/language.md has no section 'Lifecycles that never drop an event'");
            var end = text.IndexOf("\n## ", start, System.StringComparison.Ordinal);
            return text.Substring(start, end - start);
        }

        private static string[] Blocks(string language) =>
            Regex.Matches(Section, "```" + language + "\n(?<body>.*?)```", RegexOptions.Singleline).Select(m => m.Groups["body"].Value).ToArray();

        private static string PolicyText => Assert.Single(Blocks("policy"));

        [Fact]
        public void The_example_policy_has_no_diagnostic()
        {
            Assert.Empty(PolicyCompiler.Compile(PolicyText, "certificate.policy").Diagnostics);
        }

        [Fact]
        public void Without_the_declaration_it_names_lint_prints_the_warning_shown()
        {
            var declaration = Regex.Match(Section, "Without the declaration `(?<start>ignore [^`.]*)").Groups["start"].Value.Trim();
            var lines = PolicyText.Split('\n');
            var kept = lines.Where(l => !l.TrimStart().StartsWith(declaration, System.StringComparison.Ordinal)).ToArray();
            Assert.Equal(lines.Length - 1, kept.Length);

            var diagnostics = PolicyCompiler.Compile(string.Join("\n", kept), "certificate.policy").Diagnostics.Select(d => d.ToString());

            Assert.Equal(Blocks("text")[0].Trim(), Assert.Single(diagnostics));
        }

        [Fact]
        public void The_record_replays_to_the_state_and_the_ignored_events_shown()
        {
            var policy = Compile(PolicyText);
            var asOf = Regex.Match(Section, @"as of (?<date>\d{4}-\d{2}-\d{2}) the certificate is (?<state>\w+) since (?<since>\d{4}-\d{2}-\d{2})");
            Assert.True(asOf.Success, "the section names the as-of date, state and since of its record");

            var outcome = Evaluate(policy, Assert.Single(Blocks("json")), asOf.Groups["date"].Value).Lifecycles.Single();

            var result = outcome.Result!;
            Assert.Equal((asOf.Groups["state"].Value, asOf.Groups["since"].Value), (result.State.Name, result.Since.ToString()));
            Assert.Equal(Blocks("text")[1].Trim().Split('\n'), result.IgnoredEvents.Select(i => "ignored: " + LifecycleText.Ignored(i)));
        }
    }
}
