using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace CompliancePolicy.Cli.Tests.Support
{
    /// <summary>
    /// A register of after-sales clients for batch tests: the sample records repeated with new IDs as JSON Lines, large
    /// enough that a check on two threads reads it in several pieces, with one broken line and one record of the wrong
    /// shape among them, as real registers have.
    /// </summary>
    public static class Register
    {
        public static string Policy => Path.Combine(Samples.Folder, "after-sales-certification.policy");

        /// <summary>Writes <paramref name="copies"/> times the sample records (about 6 KB each time) to a file in <paramref name="folder"/>.</summary>
        public static string Write(TempFolder folder, int copies = 400)
        {
            var samples = JsonNode.Parse(File.ReadAllText(Path.Combine(Samples.Folder, "records", "after-sales-certification.json")))!.AsArray();
            var lines = new StringBuilder();
            for (var copy = 0; copy < copies; copy++)
            {
                foreach (var sample in samples)
                {
                    var record = sample!.DeepClone().AsObject();
                    record["id"] = $"{record["id"]}-{copy}";
                    lines.Append(record.ToJsonString()).Append('\n');
                }
                if (copy == copies / 3) lines.Append("{\"id\": \"broken\", \"name\": oops}\n");
                if (copy == copies / 2) lines.Append("{\"id\": \"wrong-shape\", \"name\": 42}\n");
            }
            return folder.Write("register.jsonl", lines.ToString());
        }

        /// <summary>The record lines of a JSON Lines report.</summary>
        public static string[] RecordLines(string jsonl) =>
            jsonl.Split('\n').Where(l => l.StartsWith("{\"type\":\"record\"", System.StringComparison.Ordinal)).ToArray();
    }
}
