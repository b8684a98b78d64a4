using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>
    /// CP0004 Keyword used as a name: a field named like a keyword is reported at the name, which says what the keyword
    /// does and how to name the field; the declaration is kept, so nothing else is reported because of it (issue 16,
    /// item 11: a syntax error used to drop the schema, then report an unknown type and an unused parameter that is used).
    /// </summary>
    public class CP0004KeywordAsNameTests
    {
        [Fact]
        public void A_schema_field_named_severity_is_the_only_diagnostic()
        {
            var policy = AnnotatedText.Parse("""
                policy "After-sales service audits"

                record Finding { clause_ref: text, level: int }

                schema Audit key id {
                  id: text
                  findings: list of Finding
                  [|severity|]: int
                }

                param max_findings: int = 2 "RD-4.13"

                clause AUD-3 "No more findings than allowed"
                  cites "RD-4.13"
                  require count(findings) <= max_findings
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "audits.policy").Diagnostics);

            Assert.Equal("CP0004", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("'severity' is a keyword (a part of a clause) and cannot name a field; name it something else, " +
                "such as 'severity_value', and use that name in the records too", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Theory]
        [InlineData("key", "it names a schema's key")]
        [InlineData("record", "it starts a declaration")]
        [InlineData("error", "a part of a band table or tiers")]
        [InlineData("in", "an operator or a part of an expression")]
        [InlineData("list", "it starts a list type, 'list of T'")]
        public void Each_keyword_says_what_it_does(string keyword, string role)
        {
            // A declaration keyword at the start of a line would otherwise start a new declaration and cut the record short.
            var text = $"policy \"P\"\nrecord Finding {{\n  {keyword}: text\n  level: int\n}}\nschema S {{\n  findings: list of Finding\n}}\n";

            var diagnostic = Assert.Single(PolicyCompiler.Compile(text, "p.policy").Diagnostics);

            Assert.Equal("CP0004", diagnostic.Id);
            Assert.StartsWith($"'{keyword}' is a keyword ({role}) and cannot name a field", diagnostic.Message);
        }

        [Fact]
        public void A_field_named_event_is_not_a_keyword_and_does_not_start_a_declaration()
        {
            var text = "policy \"P\"\nschema S {\n  id: text\n  event: text\n}\nclause C-1 \"t\" cites \"x\" require length(event) > 0\n";

            Assert.Empty(PolicyCompiler.Compile(text, "p.policy").Diagnostics);
        }

        [Fact]
        public void Event_fields_are_read_the_same_way()
        {
            var text = "policy \"P\"\nevent Audited { severity: int }\nschema S {\n  events: history\n}\n";

            Assert.Equal(new[] { "CP0004" }, PolicyCompiler.Compile(text, "p.policy").Diagnostics.Select(d => d.Id));
        }
    }
}
