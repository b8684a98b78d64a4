using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using CompliancePolicy.Checking;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Reporting;
using CompliancePolicy.Reporting.Html;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// <c>--report-size</c>: the same records checked once per report format and detail, side by side in one process,
    /// with each report's bytes per record and time. The HTML report at both detail levels is the point; JSON is the
    /// yardstick. Figures in docs/performance.md ("Report sizes").
    /// </summary>
    internal static class ReportSize
    {
        public static int Run(string path, int count)
        {
            var policy = PolicyCompiler.Compile(BenchmarkSettings.PolicyText(), BenchmarkSettings.PolicyResource).Policies.Single();
            var runPolicy = new RunPolicy(policy, policy.DefaultParameters);
            var options = new RunOptions(BenchmarkSettings.AsOf);
            Console.WriteLine($"{"report",-28} {"bytes",14} {"bytes/record",13} {"seconds",8}");
            foreach (var (name, create) in new (string, Func<Stream, ReportWriter>)[]
            {
                ("json (indented)", s => new JsonReportWriter(s)),
                ("html, every record", s => new HtmlReportWriter(s)),
                ("html, failing records only", s => new HtmlReportWriter(s, ReportDetail.Failures)),
            })
            {
                var output = Path.Combine(Path.GetTempPath(), $"compliancepolicy-report-{Environment.ProcessId}.out");
                var clock = Stopwatch.StartNew();
                CheckSummary summary;
                using (var stream = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                using (var writer = create(stream))
                {
                    var run = new CheckRun(options, new[] { runPolicy }, writer);
                    run.CheckFile(path);
                    summary = run.Complete();
                }
                var seconds = clock.Elapsed.TotalSeconds;
                var bytes = new FileInfo(output).Length;
                File.Delete(output);
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-28} {1,14:N0} {2,13:N0} {3,8:F2}   ({4:N0} of {5:N0} records not compliant)",
                    name, bytes, bytes / (double)count, seconds, summary.NonCompliant + summary.Errors, summary.Records));
            }
            return 0;
        }
    }
}
