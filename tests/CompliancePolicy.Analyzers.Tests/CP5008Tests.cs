using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>CP5008: a failure inside the analyzer is reported as a warning on the file, never as AD0001.</summary>
    public class CP5008Tests
    {
        [Fact]
        public async Task A_failure_while_reading_policies_is_reported_instead_of_crashing_the_compiler()
        {
            var files = ImmutableArray.Create<AdditionalText>(
                new TestAdditionalText("/p/broken.policy", "policy \"P\"", new InvalidOperationException("disk on fire")));
            var diagnostics = await DirectAnalysis.RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new PolicyFileAnalyzer()), files);

            var failure = Assert.Single(diagnostics);
            Assert.Equal("CP5008", failure.Id);
            Assert.Equal("The CompliancePolicy analyzer could not check /p/broken.policy: InvalidOperationException: disk on fire", failure.GetMessage());
            Assert.Equal("/p/broken.policy", failure.Location.GetLineSpan().Path);
        }
    }
}
