using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Configuration;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Configuration
{
    /// <summary>Severities from compliance.json and a host's overrides, applied where the library reports.</summary>
    public class ComplianceConfigurationTests
    {
        private const string Policy = "policy \"P\"\nschema S key id { id: text }\nparam spare: int = 1\nclause C-1 \"Named\"\n  require id != \"\"\n";

        private static ComplianceConfiguration Settings(string json, string path = "compliance.json") =>
            ComplianceConfiguration.FromFiles(new[] { new SourceText(path, json) });

        private static PolicyCompilation Compile(ComplianceConfiguration configuration, string path = "p.policy") =>
            PolicyCompiler.Compile(new[] { new SourceText(path, Policy) }, configuration);

        [Fact]
        public void None_turns_a_rule_off_and_a_severity_replaces_the_default()
        {
            var compilation = Compile(Settings("{ \"severity\": { \"CP1101\": \"none\", \"CP1102\": \"info\" } }"));

            var diagnostic = Assert.Single(compilation.Diagnostics);
            Assert.Equal(("CP1102", DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
        }

        [Fact]
        public void A_warning_raised_to_error_fails_the_compilation_but_the_policy_still_compiles()
        {
            var compilation = Compile(Settings("{ \"severity\": { \"CP1101\": \"error\" } }"));

            Assert.True(compilation.HasErrors);
            Assert.Equal(DiagnosticSeverity.Error, Assert.Single(compilation.Diagnostics, d => d.Id == "CP1101").Severity);
            Assert.Single(compilation.Policies);
        }

        [Fact]
        public void A_host_override_wins_over_the_file_even_to_turn_a_rule_back_on()
        {
            var configuration = Settings("{ \"severity\": { \"CP1101\": \"none\", \"CP1102\": \"error\" } }")
                .WithOverrides(new Dictionary<string, ConfiguredSeverity> { ["CP1101"] = ConfiguredSeverity.Warning, ["CP1102"] = ConfiguredSeverity.None });

            var diagnostic = Assert.Single(Compile(configuration).Diagnostics);

            Assert.Equal(("CP1101", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        }

        [Fact]
        public void Each_policy_file_follows_the_nearest_settings_file_above_it()
        {
            var configuration = ComplianceConfiguration.FromFiles(new[]
            {
                new SourceText("/repo/compliance.json", "{ \"severity\": { \"CP1101\": \"none\" } }"),
                new SourceText("/repo/strict/compliance.json", "{ \"severity\": { \"CP1101\": \"error\" } }"),
            });

            var compilation = PolicyCompiler.Compile(new[]
            {
                new SourceText("/repo/lenient/a.policy", Policy.Replace("\"P\"", "\"A\"")),
                new SourceText("/repo/strict/b.policy", Policy.Replace("\"P\"", "\"B\"")),
            }, configuration);

            Assert.Equal(new[] { ("/repo/lenient/a.policy", "CP1102"), ("/repo/strict/b.policy", "CP1102"), ("/repo/strict/b.policy", "CP1101") },
                compilation.Diagnostics.Select(d => (d.Location!.Path, d.Id)));
            Assert.Equal(DiagnosticSeverity.Error, compilation.Diagnostics[2].Severity);
        }

        [Fact]
        public void A_settings_files_problems_are_reported_once_at_its_own_severities()
        {
            var configuration = Settings("{ \"severty\": {}, \"severity\": { \"CP6002\": \"error\" } }");

            var compilation = PolicyCompiler.Compile(new[] { new SourceText("a.policy", Policy), new SourceText("b.policy", Policy.Replace("\"P\"", "\"Q\"")) }, configuration);

            var problem = Assert.Single(compilation.Diagnostics, d => d.Location!.Path == "compliance.json");
            Assert.Equal(("CP6002", DiagnosticSeverity.Error), (problem.Id, problem.Severity));
        }

        [Fact]
        public void Policy_text_in_another_file_follows_that_files_settings()
        {
            var configuration = Settings("{ \"severity\": { \"CP1101\": \"none\", \"CP1102\": \"none\" } }", "/src/compliance.json").ForTextIn("/src/Policies.cs");

            Assert.Empty(Compile(configuration, "policy.policy").Diagnostics);
        }

        [Fact]
        public void Another_configuration_needs_no_new_binding()
        {
            var compilation = Compile(ComplianceConfiguration.None);

            var quiet = compilation.WithConfiguration(Settings("{ \"severity\": { \"CP1101\": \"none\", \"CP1102\": \"none\" } }"));

            Assert.Equal(2, compilation.Diagnostics.Count);
            Assert.Empty(quiet.Diagnostics);
            Assert.Same(compilation.Policies[0], quiet.Policies[0]);
        }

        [Fact]
        public void Suppression_comments_come_first_so_a_rule_turned_off_still_uses_its_comment()
        {
            var text = "policy \"P\"\nschema S key id { id: text }\n# compliance-disable-next-line CP1101 -- later\nclause C-1 \"Named\"\n  require id != \"\"\n";

            var compilation = PolicyCompiler.Compile(new[] { new SourceText("p.policy", text) }, Settings("{ \"severity\": { \"CP1101\": \"none\" } }"));

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
