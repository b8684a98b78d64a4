using System.Linq;
using CompliancePolicy.Configuration;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Support
{
    /// <summary>Reads a compliance.json text, and compiles a policy under it as lint does.</summary>
    internal static class SettingsHarness
    {
        public const string Path = "compliance.json";

        public static ComplianceSettings Parse(string json) => ComplianceSettings.Parse(new SourceText(Path, json));

        public static Diagnostic Single(string json, string id) => Assert.Single(Parse(json).Diagnostics, d => d.Id == id);

        /// <summary>The policy's diagnostics with the settings beside it (and the settings' own problems).</summary>
        public static PolicyCompilation Compile(string json, string policy) =>
            PolicyCompiler.Compile(new[] { new SourceText("test.policy", policy) }, ComplianceConfiguration.FromFiles(new[] { new SourceText(Path, json) }));

        /// <summary>The settings after <c>lint --fix</c>.</summary>
        public static string Fixed(string json, string policy)
        {
            var result = CompliancePolicy.Fixes.PolicyFixer.Fix(new[] { new SourceText("test.policy", policy) }, ComplianceConfiguration.FromFiles(new[] { new SourceText(Path, json) }));
            return result.Changed.SingleOrDefault(f => f.After.Path == Path)?.After.Text ?? json;
        }
    }
}
