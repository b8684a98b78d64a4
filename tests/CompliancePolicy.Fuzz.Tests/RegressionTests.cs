using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CompliancePolicy.Fuzz.Tests.Harness;

namespace CompliancePolicy.Fuzz.Tests
{
    /// <summary>Every input the fuzz harness (or the adversarial review of issue 16) ever found, replayed: each must now
    /// keep every promise the harness checks.</summary>
    public class RegressionTests
    {
        private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

        private static string Found => Path.Combine(AppContext.BaseDirectory, "Fixtures", "found");

        public static TheoryData<string> Cases()
        {
            var data = new TheoryData<string>();
            foreach (var folder in Directory.GetDirectories(Found).OrderBy(f => f, StringComparer.Ordinal)) data.Add(Path.GetFileName(folder));
            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void A_kept_case_keeps_every_promise(string name)
        {
            var fuzzCase = FuzzCase.Load(Path.Combine(Found, name));

            var result = CaseRunner.InProcess(fuzzCase, Limit);

            Assert.True(Verdict.Problem(fuzzCase, result, Limit) is null,
                $"{fuzzCase}\n{Verdict.Problem(fuzzCase, result, Limit)}; exit {result.ExitCode}\nstderr: {result.Error}\nstdout: {result.Output}");
        }

        /// <summary>The same case's policies through the analyzers, as a build that holds them would compile them.</summary>
        [Theory]
        [MemberData(nameof(Cases))]
        public async Task A_kept_case_never_crashes_the_analyzers(string name)
        {
            var fuzzCase = FuzzCase.Load(Path.Combine(Found, name));

            var result = await AnalyzerRunner.AnalyzeAsync(fuzzCase, new Dictionary<string, string>(), Limit);

            Assert.True(Verdict.Problem(result, Limit) is null, $"{fuzzCase}\n{Verdict.Problem(result, Limit)}");
        }
    }
}
