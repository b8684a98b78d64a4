using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>CP5007: a .policy AdditionalFile whose text the compiler cannot give is reported, not skipped silently.</summary>
    public class CP5007Tests
    {
        [Fact]
        public async Task An_unreadable_policy_file_is_reported_and_the_others_are_still_checked()
        {
            var files = ImmutableArray.Create<AdditionalText>(
                new TestAdditionalText("/p/missing.policy", null),
                new TestAdditionalText("/p/ok.policy", "policy \"P\"\nschema S {\n  id: txt\n}\n"));
            var diagnostics = await DirectAnalysis.RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new PolicyFileAnalyzer()), files);

            var unreadable = Assert.Single(diagnostics, d => d.Id == "CP5007");
            Assert.Equal("The policy file '/p/missing.policy' could not be read", unreadable.GetMessage());
            Assert.Equal("/p/missing.policy", unreadable.Location.GetLineSpan().Path);
            Assert.Equal(DiagnosticSeverity.Warning, unreadable.Severity);
            Assert.Single(diagnostics, d => d.Id == "CP1003" && d.Location.GetLineSpan().Path == "/p/ok.policy");
            Assert.Equal(2, diagnostics.Length);
        }

        [Fact]
        public async Task Its_severity_is_set_by_the_msbuild_property_like_the_language_rules()
        {
            var files = ImmutableArray.Create<AdditionalText>(new TestAdditionalText("/p/missing.policy", null));
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PolicyFileAnalyzer());
            var off = await DirectAnalysis.RunAsync(analyzers, files, buildProperties: ImmutableDictionary<string, string>.Empty.Add("CompliancePolicySeverity_CP5007", "none"));
            Assert.Empty(off);
            var error = await DirectAnalysis.RunAsync(analyzers, files, buildProperties: ImmutableDictionary<string, string>.Empty.Add("CompliancePolicySeverity_CP5007", "error"));
            Assert.Equal(DiagnosticSeverity.Error, Assert.Single(error).Severity);
        }
    }
}
