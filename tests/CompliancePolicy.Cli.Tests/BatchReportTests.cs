using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CompliancePolicy.Checking;
using CompliancePolicy.Cli.Tests.Support;
using CompliancePolicy.Reporting;
using CompliancePolicy.Values;
using NJsonSchema;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary>Issue 13: reports sized for batches (jsonl, csv, --detail, --max-listed, the failures per clause), the same on every core, and whole even when interrupted.</summary>
    public class BatchReportTests
    {
        private static readonly Lazy<Task<JsonSchema>> JsonLinesSchema = new Lazy<Task<JsonSchema>>(() =>
            JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "check-report.jsonl.schema.json"))));

        private static CliResult Check(string records, params string[] more) =>
            Tool.Run(new[] { "check", Register.Policy, "--records", records, "--as-of", "2026-11-23" }.Concat(more).ToArray());

        [Theory]
        [InlineData("text")]
        [InlineData("text", "--max-listed", "0")]
        [InlineData("json")]
        [InlineData("jsonl")]
        [InlineData("csv")]
        [InlineData("sarif")]
        [InlineData("junit")]
        [InlineData("markdown")]
        [InlineData("jsonl", "--detail", "all")]
        [InlineData("sarif", "--detail", "all")]
        [InlineData("junit", "--detail", "failures")]
        public void Two_jobs_write_the_report_of_one_job_byte_for_byte(string format, params string[] more)
        {
            using var temp = Fixtures.Temp();
            var register = Register.Write(temp);
            var one = Path.Combine(temp.Path, "one." + format);
            var two = Path.Combine(temp.Path, "two." + format);

            var first = Check(register, new[] { "--format", format, "--jobs", "1", "-o", one }.Concat(more).ToArray());
            var second = Check(register, new[] { "--format", format, "--jobs", "2", "-o", two }.Concat(more).ToArray());

            Assert.Equal(2, first.ExitCode);
            Assert.Equal(first.ExitCode, second.ExitCode);
            Assert.True(File.ReadAllBytes(one).SequenceEqual(File.ReadAllBytes(two)), $"{format}: the reports differ");
            Assert.True(new FileInfo(register).Length > 10_000, "the register is large enough to be read in pieces");
        }

        [Fact]
        public async Task Every_jsonl_line_is_valid_against_the_published_schema()
        {
            using var temp = Fixtures.Temp();
            var register = Register.Write(temp, copies: 3);
            var schema = await JsonLinesSchema.Value;

            foreach (var detail in new[] { "failures", "all" })
            {
                // A record file that does not exist is a problem of the run: a diagnostic line.
                var lines = Check(register, "--records", Path.Combine(temp.Path, "missing.jsonl"), "--format", "jsonl", "--detail", detail).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

                foreach (var line in lines)
                {
                    var errors = schema.Validate(line);
                    Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")) + "\n" + line);
                }
                Assert.StartsWith("{\"type\":\"run\"", lines[0]);
                Assert.StartsWith("{\"type\":\"summary\"", lines[^1]);
                Assert.Contains(lines, l => l.StartsWith("{\"type\":\"diagnostic\"", StringComparison.Ordinal));
                Assert.Equal(29, lines.Count(l => l.StartsWith("{\"type\":\"record\"", StringComparison.Ordinal)));
            }
        }

        [Fact]
        public void Jsonl_has_one_line_per_record_with_its_failing_clauses_state_and_next_deadline()
        {
            var samples = Path.Combine(Samples.Folder, "records", "after-sales-certification.json");

            var failures = Register.RecordLines(Check(samples, "--format", "jsonl").Output);
            var all = Register.RecordLines(Check(samples, "--format", "jsonl", "--detail", "all").Output);

            Assert.Equal(9, failures.Length);
            var as06 = JsonDocument.Parse(failures.Single(l => l.Contains("\"id\":\"AS-06\"", StringComparison.Ordinal))).RootElement;
            var policy = as06.GetProperty("policies")[0];
            // CERT-1 is major and the run fails on blocker: the record is compliant, and the failure is still listed.
            Assert.Equal("compliant", as06.GetProperty("outcome").GetString());
            var clause = Assert.Single(policy.GetProperty("clauses").EnumerateArray());
            Assert.Equal("CERT-1", clause.GetProperty("id").GetString());
            Assert.Equal("suspended since 2026-10-02", clause.GetProperty("message").GetString());
            Assert.Equal("RD-4.13", clause.GetProperty("citations")[0].GetString());
            var lifecycle = policy.GetProperty("lifecycles")[0];
            Assert.Equal("suspended", lifecycle.GetProperty("state").GetString());
            Assert.Equal("V-1", lifecycle.GetProperty("nextDeadline").GetProperty("id").GetString());
            // --detail all lists every clause, passing ones too.
            var every = JsonDocument.Parse(all.Single(l => l.Contains("\"id\":\"AS-06\"", StringComparison.Ordinal))).RootElement;
            Assert.Equal(10, every.GetProperty("policies")[0].GetProperty("clauses").GetArrayLength());
        }

        [Fact]
        public void Csv_quotes_as_RFC_4180_has_it_and_turns_formulas_into_text()
        {
            using var temp = Fixtures.Temp();
            var records = temp.Write("hostile.json", "[" +
                "{\"id\": \"=HYPERLINK(\\\"http://x\\\")\", \"sms_established\": \"2026-08-24\", \"audit_date\": \"2026-11-22\", \"management_reviews\": []}," +
                "{\"id\": \"org, \\\"quoted\\\"\\nnext line\", \"sms_established\": \"2026-08-24\", \"audit_date\": \"2026-11-22\", \"management_reviews\": []}," +
                "{\"id\": \"@SUM(A1)\", \"sms_established\": \"2026-08-24\", \"audit_date\": \"2026-11-22\", \"management_reviews\": []}]");
            var csv = Path.Combine(temp.Path, "report.csv");

            Tool.Run("check", Fixtures.Policy, "--records", records, "--as-of", "2026-11-23", "--format", "csv", "-o", csv);

            var bytes = File.ReadAllBytes(csv);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
            var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
            Assert.StartsWith("record,file,line,record_outcome,policy,clause,title,severity,clause_outcome,message,citations,lifecycles\r\n", text);
            Assert.Contains("\r\n\"'=HYPERLINK(\"\"http://x\"\")\",", text);
            Assert.Contains("\r\n\"org, \"\"quoted\"\"\nnext line\",", text);
            Assert.Contains("\r\n'@SUM(A1),", text);
            Assert.DoesNotContain("\r\n=", text);
        }

        [Fact]
        public void Detail_failures_leaves_passing_clauses_out_and_the_defaults_keep_what_each_format_held()
        {
            var records = Fixtures.Records("orgs.json");

            var json = Tool.Run("check", Fixtures.Policy, "--records", records, "--as-of", "2026-11-23", "--format", "json").Output;
            var jsonFailures = Tool.Run("check", Fixtures.Policy, "--records", records, "--as-of", "2026-11-23", "--format", "json", "--detail", "failures").Output;
            var sarif = Tool.Run("check", Fixtures.Policy, "--records", records, "--as-of", "2026-11-23", "--format", "sarif").Output;
            var sarifAll = Tool.Run("check", Fixtures.Policy, "--records", records, "--as-of", "2026-11-23", "--format", "sarif", "--detail", "all").Output;
            var junit = Tool.Run("check", Fixtures.Policy, "--records", records, "--as-of", "2026-11-23", "--format", "junit").Output;
            var junitFailures = Tool.Run("check", Fixtures.Policy, "--records", records, "--as-of", "2026-11-23", "--format", "junit", "--detail", "failures").Output;
            var markdownAll = Tool.Run("check", Fixtures.Policy, "--records", records, "--as-of", "2026-11-23", "--format", "markdown", "--detail", "all").Output;

            Assert.Contains("\"outcome\": \"pass\"", json);
            Assert.Contains("\"detail\": \"all\"", json);
            Assert.DoesNotContain("\"outcome\": \"pass\"", jsonFailures);
            Assert.Contains("\"outcome\": \"fail\"", jsonFailures);
            Assert.DoesNotContain("\"kind\": \"pass\"", sarif);
            Assert.Contains("\"kind\": \"pass\"", sarifAll);
            Assert.True(Count(junit, "<testcase") > Count(junitFailures, "<testcase"));
            Assert.Contains("<failure", junitFailures);
            Assert.Contains("## Clauses", markdownAll);
            Assert.Contains("| pass |", markdownAll);
        }

        [Fact]
        public void The_text_report_lists_at_most_max_listed_records_and_always_ends_with_the_failures_per_clause()
        {
            using var temp = Fixtures.Temp();
            var register = Register.Write(temp, copies: 5);

            var capped = Check(register, "--max-listed", "3").Output;
            var summaryOnly = Check(register, "--max-listed", "0").Output;

            Assert.Equal(3, Count(capped, "  non-compliant\n") + Count(capped, "  error\n") + Count(capped, "  unreadable\n"));
            Assert.Contains("more records that are not compliant (--max-listed 3)", capped);
            Assert.DoesNotContain("✗", summaryOnly);
            var table = summaryOnly.Substring(summaryOnly.IndexOf("Failures per clause", StringComparison.Ordinal));
            // Sorted by failures: CERT-1 fails for 4 of the 9 samples in each copy, SCORE-1 for 2.
            Assert.True(table.IndexOf("CERT-1", StringComparison.Ordinal) < table.IndexOf("SCORE-1", StringComparison.Ordinal), table);
            Assert.Contains("Share of records", table);
            Assert.Contains("INPUT ERRORS", summaryOnly.Substring(summaryOnly.IndexOf("Failures per clause", StringComparison.Ordinal)));
        }

        [Fact]
        public void The_summary_alone_counts_what_the_full_listing_counts()
        {
            using var temp = Fixtures.Temp();
            var register = Register.Write(temp, copies: 5);

            // With nothing to list, the records are counted on the workers; the summary must not tell the difference.
            var summaryOnly = Check(register, "--max-listed", "0", "--jobs", "2").Output;
            var listed = Check(register, "--max-listed", "all", "--jobs", "1").Output;

            var more = summaryOnly.IndexOf("more records that are not compliant (--max-listed 0)", StringComparison.Ordinal);
            Assert.True(more > 0, summaryOnly);
            var notCompliant = Count(listed, "  non-compliant\n") + Count(listed, "  error\n") + Count(listed, "  unreadable\n");
            Assert.StartsWith($"... and {notCompliant} more", summaryOnly.Substring(summaryOnly.LastIndexOf('\n', more) + 1));
            var summary = summaryOnly.Substring(summaryOnly.IndexOf('\n', more) + 1);
            Assert.Contains("Failures per clause", summary);
            Assert.EndsWith(summary, listed);
        }

        [Theory]
        [InlineData("text")]
        [InlineData("json")]
        [InlineData("jsonl")]
        [InlineData("csv")]
        [InlineData("sarif")]
        [InlineData("junit")]
        [InlineData("markdown")]
        public void A_cancelled_check_writes_a_whole_report_that_says_it_is_incomplete(string format)
        {
            using var temp = Fixtures.Temp();
            var register = Register.Write(temp, copies: 400);
            var report = temp.Write("report." + format, "the previous report");
            using var cancel = new CancellationTokenSource();
            var options = new RunOptions(new CalendarDate(2026, 11, 23), toolName: "compliance", toolVersion: "test", jobs: 2);
            var request = new CheckRequest(new[] { Register.Policy }, new[] { register }, options,
                stream => new CancellingWriter(Writer(format, stream), cancel, after: 20), report);

            var result = PolicyCheck.Run(request, SilentRunListener.Instance, null, cancel.Token);

            Assert.Equal(130, result.ExitCode);
            Assert.InRange(result.Summary!.Records, 20, 3599);
            // Renamed into place whole: no temporary file is left, and the report says where the run stopped.
            Assert.Equal(new[] { register, report }.OrderBy(p => p), Directory.GetFiles(temp.Path).OrderBy(p => p));
            var text = File.ReadAllText(report);
            Assert.Contains("incomplete", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("interrupted while reading", text);
            if (format == "json" || format == "sarif") JsonDocument.Parse(text).Dispose();
            if (format == "jsonl") Assert.Contains("\"complete\":false", text.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
            if (format == "junit") System.Xml.Linq.XDocument.Parse(text);
        }

        [Fact]
        public void An_interrupted_run_exits_130_and_says_so_on_stderr()
        {
            using var cancel = new CancellationTokenSource();
            cancel.Cancel();
            var interrupted = new CliEnvironment(today: () => Tool.Today) { Interrupted = cancel.Token };

            var result = Tool.Run(interrupted, "check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--format", "json");

            Assert.Equal(130, result.ExitCode);
            Assert.Contains("INCOMPLETE", result.Error);
            Assert.Contains("\"complete\": false", result.Output);
        }

        [Theory]
        [InlineData("--jobs", "0", "--jobs: 0 is not a number of threads")]
        [InlineData("--max-listed", "some", "--max-listed: 'some' is not a number of records")]
        [InlineData("--detail", "most", "'most'")]
        public void Wrong_batch_options_are_refused_in_their_own_terms(string option, string value, string message)
        {
            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), option, value);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains(message, result.Error);
        }

        [Fact]
        public void A_log_gets_a_plain_progress_line_on_stderr_and_stdout_stays_the_report()
        {
            using var temp = Fixtures.Temp();
            var register = Register.Write(temp, copies: 200);
            var log = new CliEnvironment(today: () => Tool.Today) { ProgressInterval = TimeSpan.FromMilliseconds(1) };
            string[] args = { "check", Register.Policy, "--records", register, "--as-of", "2026-11-23", "--format", "jsonl" };

            var withLines = Tool.Run(log, args);
            var without = Tool.Run(args);

            Assert.Equal(without.Output, withLines.Output);
            Assert.Matches(@"progress: [\d,]+ records, [\d,]+ records/s, [\d.,]+ of [\d.,]+ MiB \(\d+%\)", withLines.Error);
            Assert.DoesNotContain("progress:", withLines.Output);
        }

        [Fact]
        public void A_terminal_gets_a_live_bar_with_the_rate_and_the_bytes_read_and_stdout_stays_the_report()
        {
            using var temp = Fixtures.Temp();
            var register = Register.Write(temp, copies: 200);
            var terminal = new CliEnvironment(errorIsTerminal: true, today: () => Tool.Today) { ProgressDelay = TimeSpan.Zero };
            string[] args = { "check", Register.Policy, "--records", register, "--as-of", "2026-11-23", "--format", "jsonl" };

            var withBar = Tool.Run(terminal, args);

            Assert.Equal(Tool.Run(args).Output, withBar.Output);
            Assert.Matches(@"[\d,]+ records, [\d,]+ records/s, [\d.,]+ of [\d.,]+ MiB", withBar.Error);
        }

        private static ReportWriter Writer(string format, Stream stream) => format switch
        {
            "json" => new JsonReportWriter(stream),
            "jsonl" => new JsonLinesReportWriter(stream),
            "csv" => new CsvReportWriter(stream),
            "sarif" => new SarifReportWriter(stream),
            "junit" => new JUnitReportWriter(stream),
            "markdown" => new MarkdownReportWriter(new StreamWriter(stream, new UTF8Encoding(false), 4096, leaveOpen: true) { AutoFlush = true }),
            _ => new Output.TextReportWriter(Output.Terminal.Create(new StreamWriter(stream, new UTF8Encoding(false), 4096, leaveOpen: true) { AutoFlush = true }, false, false, 10_000),
                false, new HashSet<Diagnostics.Diagnostic>()),
        };

        private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty).Length) / part.Length;

        /// <summary>Cancels the run once some records are written, as Ctrl+C would in the middle of a batch.</summary>
        private sealed class CancellingWriter : ReportWriter
        {
            private readonly ReportWriter _inner;
            private readonly CancellationTokenSource _cancel;
            private readonly int _after;
            private int _written;

            public CancellingWriter(ReportWriter inner, CancellationTokenSource cancel, int after)
            {
                _inner = inner;
                _cancel = cancel;
                _after = after;
            }

            internal override void Begin(CheckReportHeader header) => _inner.Begin(header);

            internal override void WriteRecord(RecordReport record)
            {
                _inner.WriteRecord(record);
                if (++_written == _after) _cancel.Cancel();
            }

            internal override void End(CheckSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics) => _inner.End(summary, diagnostics);

            protected override void Dispose(bool disposing)
            {
                if (disposing) _inner.Dispose();
            }
        }
    }
}
