using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CompliancePolicy.Checking;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Records;
using CompliancePolicy.Reporting;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Checking
{
    /// <summary>A check run that meets an engine failure: the record is reported as an internal error, the other records
    /// are still checked, and the run's exit code is 3 whatever else happened.</summary>
    public class CheckRunInternalErrorTests
    {
        private static readonly Policy Due = Compile(@"
policy ""Due dates""
schema R key id { id: text, due: date }
clause D-1 ""Due in 2026"" cites ""RD-1"" severity blocker
  require due >= 2026-01-01
");

        [Fact]
        public void An_engine_failure_on_one_record_makes_the_exit_code_3_and_the_other_records_are_still_checked()
        {
            using var output = new MemoryStream();
            using var writer = new JsonReportWriter(output);
            var run = new CheckRun(new RunOptions(new CalendarDate(2026, 11, 23), failOn: Severity.Blocker),
                new[] { new RunPolicy(Due, Due.DefaultParameters) }, writer);

            run.Check("hand-made.json", policy => new[]
            {
                Read(0, "A", new object?[] { "A", new CalendarDate(2026, 3, 1) }),
                // Built by a host, not read from JSON: a text where the schema says date, which the engine cannot use.
                Read(1, "B", new object?[] { "B", "2026-03-01" }),
                Read(2, "C", new object?[] { "C", new CalendarDate(2025, 3, 1) }),
            });
            var summary = run.Complete();
            writer.Dispose();

            Assert.Equal(3, summary.ExitCode);
            Assert.Equal(1, summary.InternalErrors);
            Assert.Equal(3, summary.Records);
            using var report = JsonDocument.Parse(output.ToArray());
            var records = report.RootElement.GetProperty("records").EnumerateArray().ToArray();
            Assert.Equal(new[] { "compliant", "error", "non-compliant" }, records.Select(r => r.GetProperty("outcome").GetString()));
            var clause = records[1].GetProperty("policies")[0].GetProperty("clauses")[0];
            Assert.Equal("internal", clause.GetProperty("errorKind").GetString());
            Assert.StartsWith("internal error: the engine failed while evaluating this; this is a bug in CompliancePolicy", clause.GetProperty("message").GetString());
            Assert.Equal(1, report.RootElement.GetProperty("summary").GetProperty("internalErrors").GetInt32());
            Assert.Equal(3, report.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32());
        }

        private static RecordReadResult Read(int index, string id, object?[] fields) =>
            new RecordReadResult(index, "hand-made.json", index + 1, id, new RecordValue(Due.Schema, fields), Array.Empty<Diagnostic>());
    }
}
