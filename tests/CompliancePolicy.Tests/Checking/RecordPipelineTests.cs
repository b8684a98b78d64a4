using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CompliancePolicy.Checking;
using CompliancePolicy.Reporting;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Checking
{
    /// <summary>
    /// A check on several threads reads a JSON Lines file in pieces; its report must be the one of a single thread byte for
    /// byte, whatever the file holds: broken lines, records over several lines, arrays, a byte-order mark, records
    /// without a key. Pieces of 64 bytes put a cut between almost every pair of records.
    /// </summary>
    public class RecordPipelineTests
    {
        private const string PolicyText = @"
policy ""Licences""
schema Licence key id { id: text, holder: text, expires: date, score: int }
clause L-1 ""The licence is valid on the as-of date"" cites ""RD-1"" require expires >= as_of message ""expired on {expires}""
clause L-2 ""The score is at least 60"" cites ""RD-2"" severity minor require score >= 60
";

        private const string KeylessText = @"
policy ""Scores""
schema Score { holder: text, score: int }
clause S-1 ""The score is at least 60"" require score >= 60
";

        private static readonly Policy Licences = Compile(PolicyText);
        private static readonly Policy Scores = Compile(KeylessText);

        private static string Line(int i, int score = 70, string expires = "2027-01-01") =>
            $"{{\"id\":\"L-{i}\",\"holder\":\"Holder {i}\",\"expires\":\"{expires}\",\"score\":{score}}}";

        private static string Lines(int count) => string.Join("\n", Enumerable.Range(1, count).Select(i => Line(i, 50 + i % 20, i % 3 == 0 ? "2026-01-01" : "2027-01-01"))) + "\n";

        public static IEnumerable<object[]> Files()
        {
            yield return new object[] { "clean JSON Lines", Lines(60) };
            yield return new object[] { "CRLF, a byte-order mark and blank lines", "\uFEFF" + Lines(30).Replace("\n", "\r\n\r\n") };
            yield return new object[] { "a broken line in the middle", Lines(20) + "{\"id\":\"L-x\",\"holder\": oops}\n" + Lines(20) };
            yield return new object[] { "a broken line that cannot be resumed after", Lines(20) + "{\"id\":\"L-x\",\n  \"holder\": \"unclosed\n" + Lines(10) };
            yield return new object[] { "a record missing its closing brace", Lines(15) + "{\"id\":\"L-y\",\"holder\":\"H\",\"expires\":\"2027-01-01\",\"score\":70\n" + Lines(15) };
            yield return new object[] { "pretty-printed records", string.Join("\n", Enumerable.Range(1, 20).Select(i => Line(i).Replace(",", ",\n  ").Replace("{", "{\n  ").Replace("}", "\n}"))) };
            yield return new object[] { "two records on one line", Lines(10).Replace("\n" + Line(5), " " + Line(5)) + Lines(10) };
            yield return new object[] { "an array of records", "[" + string.Join(",\n", Enumerable.Range(1, 40).Select(i => Line(i))) + "]" };
            yield return new object[] { "a schema error and an unknown field", Lines(10) + "{\"id\":\"L-z\",\"holder\":3,\"expires\":\"2027-01-01\",\"score\":70,\"extra\":1}\n" + Lines(10) };
            yield return new object[] { "a truncated last record", Lines(25) + "{\"id\":\"L-t\",\"holder\":\"H\"" };
            yield return new object[] { "nothing but whitespace", "\n\n   \n" };
        }

        [Theory]
        [MemberData(nameof(Files))]
        public void Two_jobs_report_what_one_job_reports_byte_for_byte(string what, string json)
        {
            using var file = new TempFile(Encoding.UTF8.GetBytes(json));

            var one = Report(Licences, file.Path, jobs: 1);
            var two = Report(Licences, file.Path, jobs: 2);

            Assert.True(one == two, what + "\n--- one job\n" + one + "\n--- two jobs\n" + two);
        }

        /// <summary>JSON Lines records are formatted on the workers, each line from its record alone; a record whose ID is
        /// its position is formatted in turn, once its position is known.</summary>
        [Theory]
        [MemberData(nameof(Files))]
        public void Two_jobs_write_the_JSON_Lines_of_one_job_byte_for_byte(string what, string json)
        {
            using var file = new TempFile(Encoding.UTF8.GetBytes(json));

            var one = Report(Licences, file.Path, jobs: 1, JsonLines);
            var two = Report(Licences, file.Path, jobs: 2, JsonLines);

            Assert.True(one == two, what + "\n--- one job\n" + one + "\n--- two jobs\n" + two);
        }

        [Fact]
        public void Records_without_a_key_keep_their_position_in_the_file_as_their_id()
        {
            var json = string.Join("\n", Enumerable.Range(1, 40).Select(i => $"{{\"holder\":\"H{i}\",\"score\":{40 + i}}}")) + "\n";
            using var file = new TempFile(Encoding.UTF8.GetBytes(json));

            var two = Report(Scores, file.Path, jobs: 2);

            Assert.Equal(Report(Scores, file.Path, jobs: 1), two);
            Assert.Contains("\"id\": \"#37\"", two);
            var lines = Report(Scores, file.Path, jobs: 2, JsonLines);
            Assert.Equal(Report(Scores, file.Path, jobs: 1, JsonLines), lines);
            Assert.Contains("{\"type\":\"record\",\"id\":\"#37\",", lines);
        }

        [Fact]
        public void A_file_that_fails_midway_is_reported_where_it_failed_as_with_one_job()
        {
            var bytes = Encoding.UTF8.GetBytes(Lines(50));
            var one = ReportOf(Licences, () => new FailingAfter(bytes, 900), 1);
            var two = ReportOf(Licences, () => new FailingAfter(bytes, 900), 2);

            Assert.Equal(one, two);
            Assert.Contains("CP2007", two);
        }

        [Fact]
        public void Cancelling_stops_the_reading_but_reports_the_records_read_and_says_where_it_stopped()
        {
            using var file = new TempFile(Encoding.UTF8.GetBytes(Lines(5000)));
            using var cancel = new CancellationTokenSource();
            using var output = new MemoryStream();
            var writer = new CancellingWriter(new JsonReportWriter(output), cancel, after: 10);
            var run = new CheckRun(Options(2), new[] { new RunPolicy(Licences, Licences.DefaultParameters) }, writer) { ChunkSize = 256 };

            run.CheckFile(file.Path, cancel.Token);
            var summary = run.Complete();
            writer.Dispose();

            Assert.True(run.IsInterrupted);
            Assert.Equal(CheckSummary.InterruptedExitCode, summary.ExitCode);
            Assert.InRange(summary.Records, 10, 4999);
            Assert.Equal(summary.Records, writer.Written);
            Assert.Empty(summary.RecordFiles);
            Assert.Equal(file.Path, summary.Interruption!.File);
            var report = Encoding.UTF8.GetString(output.ToArray());
            Assert.Contains("\"complete\": false", report);
            Assert.Contains("\"lastLine\": " + summary.Records, report);
        }

        private static RunOptions Options(int jobs) => new RunOptions(Date("2026-11-23"), toolName: "compliance", toolVersion: "test", jobs: jobs);

        private static ReportWriter JsonLines(Stream output) => new JsonLinesReportWriter(output, ReportDetail.All);

        private static string Report(Policy policy, string path, int jobs, System.Func<Stream, ReportWriter>? createWriter = null)
        {
            using var output = new MemoryStream();
            using (var writer = createWriter?.Invoke(output) ?? new JsonReportWriter(output))
            {
                var run = new CheckRun(Options(jobs), new[] { new RunPolicy(policy, policy.DefaultParameters) }, writer) { ChunkSize = 64 };
                run.CheckFile(path);
                run.Complete();
            }
            return Encoding.UTF8.GetString(output.ToArray());
        }

        private static string ReportOf(Policy policy, System.Func<Stream> open, int jobs)
        {
            using var output = new MemoryStream();
            using (var writer = new JsonReportWriter(output))
            {
                var run = new CheckRun(Options(jobs), new[] { new RunPolicy(policy, policy.DefaultParameters) }, writer) { ChunkSize = 64 };
                run.Check(RecordSource.OfFile("stream.jsonl", open()));
                run.Complete();
            }
            return Encoding.UTF8.GetString(output.ToArray());
        }

        private sealed class TempFile : System.IDisposable
        {
            public TempFile(byte[] bytes)
            {
                Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pipeline-" + System.Guid.NewGuid().ToString("N") + ".jsonl");
                File.WriteAllBytes(Path, bytes);
            }

            public string Path { get; }

            public void Dispose() => File.Delete(Path);
        }

        /// <summary>A stream that gives some bytes and then fails, as a disk or a network share does.</summary>
        private sealed class FailingAfter : MemoryStream
        {
            private readonly int _limit;

            public FailingAfter(byte[] bytes, int limit)
                : base(bytes, writable: false) => _limit = limit;

            public override int Read(byte[] buffer, int offset, int count)
            {
                if (Position >= _limit) throw new IOException("the device stopped answering");
                return base.Read(buffer, offset, (int)System.Math.Min(count, _limit - Position));
            }
        }

        /// <summary>Cancels the run once some records are written, as Ctrl+C would in the middle of a batch.</summary>
        private sealed class CancellingWriter : ReportWriter
        {
            private readonly ReportWriter _inner;
            private readonly CancellationTokenSource _cancel;
            private readonly int _after;

            public CancellingWriter(ReportWriter inner, CancellationTokenSource cancel, int after)
            {
                _inner = inner;
                _cancel = cancel;
                _after = after;
            }

            public int Written { get; private set; }

            internal override void Begin(CheckReportHeader header) => _inner.Begin(header);

            internal override void WriteRecord(RecordReport record)
            {
                _inner.WriteRecord(record);
                if (++Written == _after) _cancel.Cancel();
            }

            internal override void End(CheckSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics) => _inner.End(summary, diagnostics);

            protected override void Dispose(bool disposing)
            {
                if (disposing) _inner.Dispose();
            }
        }
    }
}
