using System;
using System.IO;
using System.Text;
using CompliancePolicy.Checking;

namespace CompliancePolicy.Tests.Checking
{
    /// <summary>
    /// A second Ctrl+C ends the process at once: every report being written loses its temporary file, and the previous
    /// report stays. <see cref="AtomicFile.AbandonAll"/> touches every file of the process, so these tests run alone.
    /// </summary>
    [Collection(nameof(AbandonAllTests))]
    public sealed class AbandonAllTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "compliance-abandon-" + Guid.NewGuid().ToString("N"));

        public AbandonAllTests() => Directory.CreateDirectory(_folder);

        [Fact]
        public void A_process_told_to_stop_at_once_removes_the_temporary_file_and_leaves_the_previous_report()
        {
            var report = Path.Combine(_folder, "report.json");
            File.WriteAllText(report, "{ \"previous\": true }");
            using var file = AtomicFile.Create(report);
            var bytes = Encoding.UTF8.GetBytes("{ \"records\": [ {");
            file.Stream.Write(bytes, 0, bytes.Length);

            // What Program does on a second Ctrl+C, just before the process ends without disposing anything.
            AtomicFile.AbandonAll();

            Assert.Equal("{ \"previous\": true }", File.ReadAllText(report));
            Assert.Equal(new[] { report }, Directory.GetFiles(_folder));
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Runs <see cref="AbandonAllTests"/> when no other test is writing a file.</summary>
    [CollectionDefinition(nameof(AbandonAllTests), DisableParallelization = true)]
    public sealed class AbandonAllCollection
    {
    }
}
