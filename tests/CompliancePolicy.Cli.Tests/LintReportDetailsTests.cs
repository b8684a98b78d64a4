using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CompliancePolicy.Cli.Tests.Support;
using CompliancePolicy.Diagnostics;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary>
    /// <c>lint --format json|sarif</c> carry what a diagnostic knows besides its message: the rule's help line, the
    /// "did you mean" suggestions, the related places and the library's fixes as edits a program can apply.
    /// </summary>
    public class LintReportDetailsTests
    {
        // 'limit' is declared twice (CP1009, related to line 4) and 'staf' is a misspelt field (CP1001, fix: 'staff').
        private const string Policy = "policy \"P\"\nschema S key id { id: text, staff: int }\n\nlet limit = 3\nlet limit = 4\n\nclause C-1 \"Staffed\"\n  cites \"RD-1\"\n  require staf >= limit\n";

        [Fact]
        public void Json_gives_each_diagnostic_its_help_suggestions_related_locations_and_fixes()
        {
            using var temp = Fixtures.Temp();
            var path = Write(temp, out var text);

            var result = Tool.Run("lint", path, "--format", "json");

            using var report = JsonDocument.Parse(result.Output);
            Assert.Equal("1.2", report.RootElement.GetProperty("reportVersion").GetString());
            var diagnostics = report.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
            var duplicate = diagnostics.Single(d => d.GetProperty("id").GetString() == "CP1009");
            Assert.Equal(DiagnosticRules.DuplicateDeclaration.Help, duplicate.GetProperty("help").GetString());
            var related = Assert.Single(duplicate.GetProperty("relatedLocations").EnumerateArray());
            Assert.Equal(path, related.GetProperty("file").GetString());
            Assert.Equal((4, 5, 4, 10), (related.GetProperty("line").GetInt32(), related.GetProperty("column").GetInt32(),
                related.GetProperty("endLine").GetInt32(), related.GetProperty("endColumn").GetInt32()));
            Assert.Equal("'limit' is first declared here", related.GetProperty("message").GetString());
            Assert.Empty(duplicate.GetProperty("fixes").EnumerateArray());

            var unknown = diagnostics.Single(d => d.GetProperty("id").GetString() == "CP1001");
            Assert.Equal(new[] { "staff" }, unknown.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
            var fix = Assert.Single(unknown.GetProperty("fixes").EnumerateArray());
            Assert.Equal("Change 'staf' to 'staff'", fix.GetProperty("title").GetString());
            Assert.True(fix.GetProperty("isPreferred").GetBoolean());
            var edit = Assert.Single(fix.GetProperty("edits").EnumerateArray());
            Assert.Equal(path, edit.GetProperty("file").GetString());
            var offset = edit.GetProperty("offset").GetInt32();
            Assert.Equal("staf", text.Substring(offset, edit.GetProperty("length").GetInt32()));
            Assert.Equal("staff", edit.GetProperty("newText").GetString());
        }

        [Fact]
        public async Task Sarif_results_carry_related_locations_and_fixes_and_rules_their_help()
        {
            using var temp = Fixtures.Temp();
            var path = Write(temp, out var text);

            var result = Tool.Run("lint", path, "--format", "sarif");

            await SarifSchema.AssertValid(result.Output);
            using var log = JsonDocument.Parse(result.Output);
            var run = log.RootElement.GetProperty("runs")[0];
            var results = run.GetProperty("results").EnumerateArray().ToList();

            var duplicate = results.Single(r => r.GetProperty("ruleId").GetString() == "CP1009");
            var related = Assert.Single(duplicate.GetProperty("relatedLocations").EnumerateArray());
            Assert.Equal(4, related.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Equal("'limit' is first declared here", related.GetProperty("message").GetProperty("text").GetString());
            Assert.False(duplicate.TryGetProperty("fixes", out _));

            var unknown = results.Single(r => r.GetProperty("ruleId").GetString() == "CP1001");
            var fix = Assert.Single(unknown.GetProperty("fixes").EnumerateArray());
            Assert.Equal("Change 'staf' to 'staff'", fix.GetProperty("description").GetProperty("text").GetString());
            var change = Assert.Single(fix.GetProperty("artifactChanges").EnumerateArray());
            Assert.EndsWith("p.policy", change.GetProperty("artifactLocation").GetProperty("uri").GetString());
            var replacement = Assert.Single(change.GetProperty("replacements").EnumerateArray());
            var region = replacement.GetProperty("deletedRegion");
            Assert.Equal("staf", text.Substring(region.GetProperty("charOffset").GetInt32(), region.GetProperty("charLength").GetInt32()));
            Assert.Equal("staff", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
            Assert.Equal(new[] { "staff" }, unknown.GetProperty("properties").GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));

            var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[unknown.GetProperty("ruleIndex").GetInt32()];
            Assert.StartsWith(DiagnosticRules.UnknownName.Help, rule.GetProperty("help").GetProperty("text").GetString());
        }

        private static string Write(TempFolder temp, out string text)
        {
            var path = Path.Combine(temp.Path, "p.policy");
            text = Policy;
            File.WriteAllText(path, text);
            return path;
        }
    }
}
