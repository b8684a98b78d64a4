using System.Linq;
using CompliancePolicy.Editing;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Editing
{
    /// <summary>The classifier colours with the lexer's rules, so text that does not parse is still coloured.</summary>
    public class ClassifierTests
    {
        private static string[] Classify(string text)
        {
            var analysis = PolicyWorkspace.Create().With(new SourceText("p.policy", text)).AnalysisOf("p.policy")!;
            return PolicyClassifier.Classify(analysis.Documents[0].Syntax, analysis.Index).Select(s => $"{text.Substring(s.Span.Start, s.Span.Length)} {s.Classification}").ToArray();
        }

        [Fact]
        public void A_clause_that_does_not_parse_still_has_its_keywords_ID_citations_dates_and_durations()
        {
            var tokens = Classify("clause ELIG-2 \"Title\"\n  cites \"RD-2.2\", \"001 §2\"\n  require established + 3 months <= 2026-11-22 and\n");

            Assert.Equal(new[]
            {
                "clause Keyword", "ELIG-2 ClauseId", "\"Title\" Text", "cites Keyword", "\"RD-2.2\" Citation", "\"001 §2\" Citation",
                "require Keyword", "+ Operator", "3 months Duration", "<= Operator", "2026-11-22 Date", "and Keyword",
            }, tokens);
        }

        [Fact]
        public void Holes_in_a_message_are_code_and_the_rest_is_text()
        {
            var tokens = Classify("policy \"P\"\nschema S { n: int }\nclause C-1 \"T\"\n  cites \"RD-1\"\n  require n > 0\n  message \"n is {n + 1} now\"\n");

            Assert.Equal(new[] { "\"n is  Text", "n Field", "+ Operator", "1 Number", " now\" Text" }, tokens.SkipWhile(t => t != "message Keyword").Skip(1).ToArray());
        }

        [Fact]
        public void In_a_lifecycle_any_except_and_ignore_are_keywords_and_an_ignored_transition_is_an_ID()
        {
            var tokens = Classify("policy \"P\"\nevent Paid\nschema S key id { id: text, issued: date, events: history }\n"
                + "lifecycle l\n  history events\n  initial a on issued\n  state a\n  state b\n  final state c\n"
                + "  transition E-1 any except a -> c after 3 years since start\n"
                + "  ignore Paid, E-1 in a, b \"why\"\n");

            Assert.Equal(new[]
            {
                "transition Keyword", "E-1 ClauseId", "any Keyword", "except Keyword", "a State", "-> Operator", "c State",
                "after Keyword", "3 years Duration", "since Keyword", "start Keyword",
                "ignore Keyword", "Paid Type", "E-1 ClauseId", "in Keyword", "a State", "b State", "\"why\" Text",
            }, tokens.SkipWhile(t => t != "transition Keyword").ToArray());
        }

        [Fact]
        public void A_span_never_crosses_a_line()
        {
            var text = "policy \"P\"\nparam d: duration = 1 year\n  6 months \"RD\"\n# one\n# two\n";
            var file = PolicyParser.Parse(new SourceText("p.policy", text));

            Assert.All(PolicyClassifier.Classify(file, null), s => Assert.DoesNotContain('\n', text.Substring(s.Span.Start, s.Span.Length)));
        }
    }
}

namespace CompliancePolicy.Tests.Editing
{
    /// <summary>Hover explains every word the lexer reserves and every word that starts a declaration.</summary>
    public class KeywordDocsTests
    {
        [Fact]
        public void Every_reserved_word_and_declaration_keyword_has_a_one_line_meaning()
        {
            var words = CompliancePolicy.Syntax.Parsing.Lexical.ReservedWords.Concat(CompliancePolicy.Syntax.Parsing.Lexical.DeclarationKeywords);

            Assert.DoesNotContain(words, w => CompliancePolicy.Editing.KeywordDocs.Meaning(w) is null);
        }
    }
}
