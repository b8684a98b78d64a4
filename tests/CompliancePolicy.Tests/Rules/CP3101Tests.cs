using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3101 Malformed policy test file: the file is not JSON; the message says what is wrong in a test author's terms.</summary>
    public class CP3101TestFileMalformedTests
    {
        [Theory]
        [InlineData("{ \"policy\": \"eligibility.policy\" \"tests\": [] }", 1, 34, "unexpected '\"'; expected ',' or a closing '}' or ']'")]
        [InlineData("{ \"policy\": \"eligibility.policy\", \"tests\": [], }", 1, 48, "a comma before the closing '}'; remove it")]
        [InlineData("// tests\n{ }", 1, 1, "comments are not allowed in JSON")]
        [InlineData("{ \"tests\": [ { \"name\": tru } ] }", 1, 27, "'tru' is not a value; write true, false or null, or put text in double quotes")]
        [InlineData("{ \"tests\": [", 1, 13, "the file ends before the document does: an object or array is not closed")]
        [InlineData("   ", 1, 4, "the file is empty")]
        [InlineData("{ } { }", 1, 5, "'{' after the end of the document; the file holds one object")]
        public void The_problem_is_said_at_its_place_without_the_JSON_library_s_wording(string json, int line, int column, string problem)
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(json);

            var diagnostic = PolicyTestFolder.Single(run, "CP3101");
            Assert.Equal("The policy test file is not valid JSON: " + problem, diagnostic.Message);
            Assert.Equal((line, column), (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column));
            Assert.DoesNotContain("reader options", diagnostic.Message);
            Assert.DoesNotContain("isFinalBlock", diagnostic.Message);
        }

        [Fact]
        public void Nesting_deeper_than_64_levels_is_said_as_such()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run("{ \"description\": " + new string('[', 70) + new string(']', 70) + " }");

            Assert.Equal("The policy test file is not valid JSON: values are nested more than 64 levels deep", PolicyTestFolder.Single(run, "CP3101").Message);
        }

        [Fact]
        public void A_well_formed_file_is_not_reported()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ \"clauses\": { \"ELIG-2\": \"fail\" } }")));

            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CP3101");
        }
    }
}
