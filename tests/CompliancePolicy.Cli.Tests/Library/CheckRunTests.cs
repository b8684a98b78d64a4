using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CompliancePolicy.Checking;
using CompliancePolicy.Cli.Tests.Support;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Records;
using CompliancePolicy.Reporting;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;

namespace CompliancePolicy.Cli.Tests.Library
{
    /// <summary>The library's check run behind <c>compliance check</c>: streaming, the matching rule, the verdict.</summary>
    public class CheckRunTests
    {
        private static readonly Policy Eligibility = PolicyCompiler.Compile(File.ReadAllText(Fixtures.Policy), Fixtures.Policy).Policies.Single();

        private static readonly RunPolicy[] Policies = { new RunPolicy(Eligibility, Eligibility.DefaultParameters) };

        // One job: record after record, so the order of reading and writing is the test's to see (ParallelCheckTests has more jobs).
        private static RunOptions Options(Severity? failOn = Severity.Blocker) =>
            new RunOptions(new CalendarDate(2026, 11, 23), failOn: failOn, toolName: "compliance", toolVersion: "test", jobs: 1);

        private static CheckRun Start(ReportWriter writer, Severity? failOn = Severity.Blocker) => new CheckRun(Options(failOn), Policies, writer);

        [Fact]
        public void Each_record_reaches_the_writer_before_the_next_one_is_read()
        {
            var writer = new RecordingWriter();
            var run = Start(writer);
            var log = writer.Log;

            run.Check("orgs.json", policy => Logged(RecordReader.ReadFile(Fixtures.Records("orgs.json"), policy.Schema), log));
            var summary = run.Complete();

            Assert.Equal(new[] { "begin", "read org-1", "write org-1", "read org-7", "write org-7", "read org-9", "write org-9", "end" }, log);
            Assert.Equal(1, summary.ExitCode);
        }

        [Fact]
        public void The_json_report_is_written_as_records_come_not_at_the_end()
        {
            using var output = new MemoryStream();
            var writer = new JsonReportWriter(output);
            var run = Start(writer);
            var lengths = new List<long>();

            run.Check("big.json", policy => Many(policy, 2_000, () => lengths.Add(output.Length)));
            run.Complete();
            writer.Dispose();

            // The writer flushes every ~32 KB, so the output grows while records are still being read.
            Assert.True(lengths.Distinct().Count() > 3, string.Join(",", lengths.Distinct()));
            using var report = JsonDocument.Parse(output.ToArray());
            Assert.Equal(2_000, report.RootElement.GetProperty("records").GetArrayLength());
        }

        [Fact]
        public void Fail_on_never_reports_failures_but_never_fails_the_run()
        {
            var writer = new RecordingWriter();
            var run = Start(writer, failOn: null);

            run.CheckFile(Fixtures.Records("orgs.json"));
            var summary = run.Complete();

            Assert.Equal(0, summary.ExitCode);
            Assert.Equal(2, summary.NonCompliant);
            Assert.Contains(writer.Records, r => r.Id == "org-9" && r.Outcome == ReportOutcome.NonCompliant);
        }

        [Fact]
        public void An_unopenable_file_is_a_run_problem_not_a_record()
        {
            var run = Start(new RecordingWriter());

            var count = run.CheckFile(Fixtures.Records("nope.json"));
            var summary = run.Complete();

            Assert.Equal(0, count);
            Assert.Equal(0, summary.Records);
            Assert.Equal("CP2007", Assert.Single(run.Diagnostics).Diagnostic.Id);
            Assert.Equal(2, summary.ExitCode);
        }

        [Fact]
        public void A_check_that_fails_midway_leaves_the_previous_report_and_no_temporary_file()
        {
            using var temp = Fixtures.Temp();
            var report = temp.Write("report.json", "the previous report");
            var request = new CheckRequest(new[] { Fixtures.Policy }, new[] { Fixtures.Records("orgs.json") }, Options(),
                stream => new DiskFullAfterOneRecord(new JsonReportWriter(stream)), report);

            Assert.Throws<IOException>(() => PolicyCheck.Run(request, SilentRunListener.Instance));

            Assert.Equal("the previous report", File.ReadAllText(report));
            Assert.Equal(new[] { report }, Directory.GetFiles(temp.Path));
        }

        private static IEnumerable<RecordReadResult> Logged(IEnumerable<RecordReadResult> results, List<string> log)
        {
            foreach (var result in results)
            {
                log.Add("read " + result.Id);
                yield return result;
            }
        }

        private static IEnumerable<RecordReadResult> Many(Policy policy, int count, System.Action beforeEach)
        {
            var json = new StringBuilder();
            for (var i = 0; i < count; i++)
                json.Append("{\"id\": \"org-").Append(i).Append("\", \"sms_established\": \"2026-08-24\", \"audit_date\": \"2026-11-22\", \"management_reviews\": []}\n");
            foreach (var result in RecordReader.ReadString(json.ToString(), "big.json", policy.Schema))
            {
                beforeEach();
                yield return result;
            }
        }

        /// <summary>Writes the first record, then fails as a full disk does.</summary>
        private sealed class DiskFullAfterOneRecord : ReportWriter
        {
            private readonly ReportWriter _inner;
            private int _records;

            public DiskFullAfterOneRecord(ReportWriter inner) => _inner = inner;

            internal override void Begin(CheckReportHeader header) => _inner.Begin(header);

            internal override void WriteRecord(RecordReport record)
            {
                if (_records++ == 1) throw new IOException("No space left on device");
                _inner.WriteRecord(record);
            }

            internal override void End(CheckSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics) => _inner.End(summary, diagnostics);

            protected override void Dispose(bool disposing)
            {
                if (disposing) _inner.Dispose();
            }
        }

        private sealed class RecordingWriter : ReportWriter
        {
            public List<string> Log { get; } = new List<string>();
            public List<RecordReport> Records { get; } = new List<RecordReport>();

            internal override void Begin(CheckReportHeader header) => Log.Add("begin");

            internal override void WriteRecord(RecordReport record)
            {
                Log.Add("write " + record.Id);
                Records.Add(record);
            }

            internal override void End(CheckSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics) => Log.Add("end");
        }
    }
}
