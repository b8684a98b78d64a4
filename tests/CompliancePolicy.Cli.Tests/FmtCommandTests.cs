using System.IO;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary><c>compliance fmt</c>: rewrites in place, --check lists and exits 1, broken files are left alone.</summary>
    public class FmtCommandTests
    {
        [Fact]
        public void Check_lists_unformatted_files_and_exits_1_without_changing_them()
        {
            using var temp = Fixtures.Temp();
            var file = temp.Copy(Fixtures.Path("format/unformatted.policy"));
            var before = File.ReadAllText(file);

            var result = Tool.Run("fmt", temp.Path, "--check");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(file, result.Output.Trim());
            Assert.Equal(before, File.ReadAllText(file));
        }

        [Fact]
        public void Fmt_rewrites_the_file_keeps_comments_and_a_second_run_changes_nothing()
        {
            using var temp = Fixtures.Temp();
            var file = temp.Copy(Fixtures.Path("format/unformatted.policy"));

            var result = Tool.Run("fmt", file);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal($"formatted {file}", result.Output.Trim());
            var formatted = File.ReadAllText(file);
            Assert.Contains("# A policy written carelessly: the formatter lays it out.", formatted);
            Assert.Contains("  require amount > 0", formatted);
            Assert.Equal(0, Tool.Run("fmt", file, "--check").ExitCode);
            Assert.Equal(0, Tool.Run("lint", file).ExitCode);
        }

        [Fact]
        public void A_formatted_file_passes_check()
        {
            using var temp = Fixtures.Temp();
            var file = temp.Copy(Fixtures.Path("format/unformatted.policy"));
            Tool.Run("fmt", file);

            var result = Tool.Run("fmt", file, "--check");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Output);
        }

        [Fact]
        public void A_file_with_syntax_errors_is_reported_and_left_unchanged()
        {
            using var temp = Fixtures.Temp();
            var file = temp.Copy(Fixtures.Path("broken/syntax-error.policy"));
            var before = File.ReadAllText(file);

            var result = Tool.Run("fmt", file);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{file}(7,16): error CP0001", result.Error);
            Assert.Equal(before, File.ReadAllText(file));
        }
    }
}
