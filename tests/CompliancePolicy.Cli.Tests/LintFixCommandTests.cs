using System.IO;
using System.Linq;
using System.Text;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary><c>compliance lint --fix</c> and <c>--fix --dry-run</c>: the library's preferred fixes, written atomically, or shown as a diff.</summary>
    public class LintFixCommandTests
    {
        private const string Before = """
            policy "Eligibility"

            schema Organisation key id {
              id: text
              staff: int
            }

            clause ELIG-1 "Staffed"
              require staf >= 3

            """;

        private const string After = """
            policy "Eligibility"

            schema Organisation key id {
              id: text
              staff: int
            }

            clause ELIG-1 "Staffed"
              cites "TODO"
              require staff >= 3

            """;

        /// <summary>A folder the settings search stops in (it holds .git), with one policy file.</summary>
        private static (TempFolder Folder, string Policy) Repository(string policy = Before)
        {
            var folder = Fixtures.Temp();
            Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
            return (folder, folder.Write("eligibility.policy", policy));
        }

        [Fact]
        public void Fix_writes_every_preferred_fix_then_reports_what_remains()
        {
            var (folder, policy) = Repository();
            using var _ = folder;

            var result = Tool.Run("lint", policy, "--fix");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(After, File.ReadAllText(policy));
            Assert.Contains($"fixed {policy}: 2 fix(es)", result.Error);
            Assert.Equal(string.Empty, result.Output);
            Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
        }

        [Fact]
        public void Dry_run_prints_a_unified_diff_writes_nothing_and_exits_1()
        {
            var (folder, policy) = Repository();
            using var _ = folder;

            var result = Tool.Run("lint", policy, "--fix", "--dry-run");

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Equal(Before, File.ReadAllText(policy));
            Assert.Equal(
                $"--- {policy}\n+++ {policy}\n" + "@@ -6,4 +6,5 @@\n }\n \n clause ELIG-1 \"Staffed\"\n-  require staf >= 3\n+  cites \"TODO\"\n+  require staff >= 3\n",
                result.Output);
            Assert.Contains("2 fix(es) would change 1 file(s); 0 diagnostic(s) would remain (0 error(s)). Nothing was written.", result.Error);
        }

        [Fact]
        public void Dry_run_exits_0_when_nothing_would_change_and_2_when_errors_would_remain()
        {
            var (folder, policy) = Repository(After);
            using var _ = folder;
            Assert.Equal(0, Tool.Run("lint", policy, "--fix", "--dry-run").ExitCode);

            File.WriteAllText(policy, After.Replace("staff >= 3", "headcount_of_the_organisation >= 3"));
            var result = Tool.Run("lint", policy, "--fix", "--dry-run");
            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Output);
        }

        [Fact]
        public void A_fixed_file_keeps_its_byte_order_mark_line_breaks_and_permissions()
        {
            var (folder, policy) = Repository();
            using var _ = folder;
            var crlf = Before.Replace("\n", "\r\n");
            File.WriteAllBytes(policy, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(crlf)).ToArray());
            if (!System.OperatingSystem.IsWindows()) File.SetUnixFileMode(policy, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

            Assert.Equal(0, Tool.Run("lint", policy, "--fix").ExitCode);

            var bytes = File.ReadAllBytes(policy);
            Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
            Assert.Equal(After.Replace("\n", "\r\n"), Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
            if (!System.OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(policy));
        }

        [Fact]
        public void Fix_also_corrects_the_settings_file_that_applies()
        {
            var (folder, policy) = Repository(After);
            using var _ = folder;
            var settings = folder.Write("compliance.json", "{ \"severty\": { \"CP1101\": \"none\" } }");

            var result = Tool.Run("lint", policy, "--fix");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("{ \"severity\": { \"CP1101\": \"none\" } }", File.ReadAllText(settings));
            Assert.Contains($"fixed {settings}: 1 fix(es)", result.Error);
        }

        [Fact]
        public void Fix_with_a_json_report_reports_what_remains()
        {
            var (folder, policy) = Repository(Before.Replace("staf >=", "headcount >="));
            using var _ = folder;

            var result = Tool.Run("lint", policy, "--fix", "--format", "json");

            Assert.Equal(2, result.ExitCode);
            using var report = System.Text.Json.JsonDocument.Parse(result.Output);
            Assert.Equal("CP1001", report.RootElement.GetProperty("diagnostics")[0].GetProperty("id").GetString());
            Assert.Contains("cites \"TODO\"", File.ReadAllText(policy));
        }

        [Theory]
        [InlineData(new[] { "--dry-run" }, "--dry-run shows what --fix would change: give both")]
        [InlineData(new[] { "--fix", "--dry-run", "--format", "json" }, "--dry-run prints a diff, which --format json, --format sarif and --output cannot hold")]
        public void Dry_run_needs_fix_and_the_text_format(string[] options, string message)
        {
            var (folder, policy) = Repository();
            using var _ = folder;

            var result = Tool.Run(new[] { "lint", policy }.Concat(options).ToArray());

            Assert.Equal(2, result.ExitCode);
            Assert.Contains(message, result.Error);
            Assert.Equal(Before, File.ReadAllText(policy));
        }
    }
}
