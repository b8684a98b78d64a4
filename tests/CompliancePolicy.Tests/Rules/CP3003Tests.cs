using System.IO;
using System.Linq;
using CompliancePolicy.Checking;
using CompliancePolicy.Reporting;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Values;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3003 No record checked: a run that checked nothing is an input error, not a pass, unless an empty run is allowed.</summary>
    public class CP3003NothingCheckedTests
    {
        private readonly HeardDiagnostics _heard = new HeardDiagnostics();

        private RunResult<CheckSummary> Check(PolicyTestFolder folder, string records, bool allowEmpty = false) =>
            PolicyCheck.Run(new CheckRequest(new[] { Path.Combine(folder.Path, "eligibility.policy") }, new[] { records },
                new RunOptions(new CalendarDate(2026, 11, 23), allowEmpty: allowEmpty), s => new JsonReportWriter(s), standardOutput: new MemoryStream()),
                _heard);

        [Fact]
        public void An_empty_folder_of_records_is_an_input_error()
        {
            using var folder = new PolicyTestFolder();
            var records = Directory.CreateDirectory(Path.Combine(folder.Path, "records")).FullName;

            var result = Check(folder, records);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("No record was checked: no record file was found; a run that checks nothing is not a pass. Give the records, or allow an empty run (--allow-empty)",
                Assert.Single(Problems(result)));
        }

        [Fact]
        public void An_empty_file_is_named()
        {
            using var folder = new PolicyTestFolder();
            var records = folder.Write("empty.jsonl", string.Empty);

            var result = Check(folder, records);

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith($"No record was checked: '{records}' holds no records;", Assert.Single(Problems(result)));
        }

        [Fact]
        public void The_null_device_checks_nothing_and_is_not_a_pass()
        {
            if (!File.Exists("/dev/null")) return; // Windows has no /dev/null; the empty file above is the same case.
            using var folder = new PolicyTestFolder();

            Assert.Equal(2, Check(folder, "/dev/null").ExitCode);
        }

        [Fact]
        public void Allowing_an_empty_run_lets_it_pass()
        {
            using var folder = new PolicyTestFolder();
            var records = folder.Write("empty.jsonl", string.Empty);

            var result = Check(folder, records, allowEmpty: true);

            Assert.Equal(0, result.ExitCode);
            Assert.Empty(Problems(result));
        }

        [Fact]
        public void A_run_that_checks_a_record_is_not_reported()
        {
            using var folder = new PolicyTestFolder();
            var records = folder.Write("orgs.jsonl", PolicyTestFolder.Org7);

            var result = Check(folder, records);

            Assert.Equal(1, result.Summary!.Records);
            Assert.Empty(Problems(result));
        }

        /// <summary>The CP3003 diagnostics the run told its host (the same ones its report carries).</summary>
        private string[] Problems(RunResult<CheckSummary> result) => _heard.Diagnostics.Where(d => d.Id == "CP3003").Select(d => d.Message).ToArray();
    }
}
