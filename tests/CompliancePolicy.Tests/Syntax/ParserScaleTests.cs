using System.Linq;
using System.Text;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using static CompliancePolicy.Tests.Syntax.ParserTestHelpers;

namespace CompliancePolicy.Tests.Syntax
{
    public class ParserScaleTests
    {
        [Fact]
        public void A_file_with_thousands_of_clauses_parses_completely()
        {
            const int clauses = 2000;
            var text = new StringBuilder("policy \"Large\"\nschema S { n: int, d: date?, xs: list of int }\n");
            for (var i = 0; i < clauses; i++)
            {
                text.Append($"# clause {i}\nclause C-{i} \"Clause {i}\"\n  cites \"RD-{i}\"\n  severity minor\n")
                    .Append($"  applies when d is present and (n > {i} or any x in xs where x = {i})\n")
                    .Append($"  require d within 1 year 6 months of 2026-01-01 and [x * 2 for x in xs] != []\n")
                    .Append($"  unless n ?? 0 = -{i}\n  message \"n is {{n}}, limit {i}\"\n\n");
            }

            var file = ParseClean(text.ToString());

            var parsed = file.Declarations.OfType<ClauseDeclarationSyntax>().ToArray();
            Assert.Equal(clauses, parsed.Length);
            Assert.Equal(Enumerable.Range(0, clauses).Select(i => $"C-{i}"), parsed.Select(c => c.Id.Text));
            Assert.All(parsed, c => Assert.Equal(Severity.Minor, c.Severity));
            Assert.Equal(clauses, file.Comments.Length);
        }
    }
}
