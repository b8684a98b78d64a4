using System;
using System.IO;
using System.Text;
using CompliancePolicy.Checking;

namespace CompliancePolicy.Tests.Checking
{
    /// <summary>A written file is the previous version or the complete new one, never a truncated mix (issue 16, item 3).</summary>
    public sealed class AtomicFileTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "compliance-atomic-" + Guid.NewGuid().ToString("N"));

        public AtomicFileTests() => Directory.CreateDirectory(_folder);

        [Fact]
        public void A_write_that_fails_midway_leaves_the_previous_file_intact_and_no_temporary_file()
        {
            var report = Path.Combine(_folder, "report.json");
            File.WriteAllText(report, "{ \"previous\": true }");

            Assert.Throws<IOException>(() => WriteThenFail(report));

            Assert.Equal("{ \"previous\": true }", File.ReadAllText(report));
            Assert.Equal(new[] { report }, Directory.GetFiles(_folder));
        }

        [Fact]
        public void Commit_replaces_the_previous_file_with_the_whole_new_one()
        {
            var report = Path.Combine(_folder, "report.json");
            File.WriteAllText(report, "old");

            using (var file = AtomicFile.Create(report))
            {
                Write(file, "new ");
                Assert.Equal("old", File.ReadAllText(report)); // nothing shows until the commit
                Write(file, "and complete");
                file.Commit();
            }

            Assert.Equal("new and complete", File.ReadAllText(report));
            Assert.Equal(new[] { report }, Directory.GetFiles(_folder));
        }

        [Fact]
        public void A_new_file_appears_only_on_commit()
        {
            var report = Path.Combine(_folder, "new.json");

            using (var file = AtomicFile.Create(report))
            {
                Write(file, "{}");
                Assert.False(File.Exists(report));
                file.Commit();
            }

            Assert.Equal("{}", File.ReadAllText(report));
        }

        [Fact]
        public void A_replaced_file_keeps_its_permissions()
        {
            if (OperatingSystem.IsWindows()) return; // Unix permission bits only.
            var policy = Path.Combine(_folder, "private.policy");
            File.WriteAllText(policy, "old");
            File.SetUnixFileMode(policy, UnixFileMode.UserRead | UnixFileMode.UserWrite);

            AtomicFile.WriteAllText(policy, "new");

            Assert.Equal("new", File.ReadAllText(policy));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(policy));
        }

        [Fact]
        public void A_file_reached_through_a_link_is_replaced_and_the_link_stays()
        {
            if (OperatingSystem.IsWindows()) return; // creating links needs privileges there.
            var target = Path.Combine(_folder, "target.json");
            var link = Path.Combine(_folder, "link.json");
            File.WriteAllText(target, "old");
            File.CreateSymbolicLink(link, target);

            AtomicFile.WriteAllText(link, "new");

            Assert.NotNull(new FileInfo(link).LinkTarget);
            Assert.Equal("new", File.ReadAllText(target));
        }

        [Fact]
        public void A_device_is_written_in_place_and_not_replaced()
        {
            if (!File.Exists("/dev/null")) return; // Windows has NUL instead, which is treated the same way.

            AtomicFile.WriteAllText("/dev/null", "a report nobody keeps");

            Assert.True(File.Exists("/dev/null"));
            Assert.Equal(0, new FileInfo("/dev/null").Length);
        }

        [Fact]
        public void A_report_to_stdout_redirected_with_append_keeps_what_the_file_held()
        {
            // `compliance check ... --output /dev/stdout >> log.txt`: /dev/stdout leads to log.txt through /proc/self/fd.
            if (!Directory.Exists("/proc/self/fd")) return; // Linux only; elsewhere /dev/stdout is not a link to the file.
            var log = Path.Combine(_folder, "log.txt");
            File.WriteAllText(log, "previous line\n");
            using (var redirected = new FileStream(log, FileMode.Append, FileAccess.Write))
            {
                var descriptor = redirected.SafeFileHandle.DangerousGetHandle().ToInt32();

                AtomicFile.WriteAllText($"/proc/self/fd/{descriptor}", "the report\n");
            }

            Assert.Equal("previous line\nthe report\n", File.ReadAllText(log));
            Assert.Equal(new[] { log }, Directory.GetFiles(_folder));
        }

        private static void WriteThenFail(string path)
        {
            using var file = AtomicFile.Create(path);
            Write(file, "{ \"records\": [ ");
            throw new IOException("No space left on device");
        }

        private static void Write(AtomicFile file, string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            file.Stream.Write(bytes, 0, bytes.Length);
            file.Stream.Flush();
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder must not fail a test.
            }
        }
    }
}
