using System.Globalization;
using System.Text;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// A valid policy of about the asked number of lines, shaped like the samples: a schema with nested records and an
    /// enumeration, parameters, a band table, tiers, lets, and clauses with quantifiers, date arithmetic and messages.
    /// </summary>
    internal static class EditorPolicy
    {
        /// <summary>The benchmark types into this field's name in the requirement of the clause in the middle of the file.</summary>
        public const string EditedName = "established";

        public static string Generate(int lines)
        {
            var text = new StringBuilder()
                .Append("policy \"Editor benchmark\"\n  version \"1.0.0\"\n\n")
                .Append("enum Scope { full, partial, none }\n\n")
                .Append("record Review {\n  date: date\n  passed: bool\n  findings: int\n}\n\n")
                .Append("schema Organisation key id {\n  id: text\n  scope: Scope\n  established: date\n  audit_date: date?\n  reviews: list of Review\n  headcount: int\n  score: decimal\n}\n\n")
                .Append("param minimum_operation: duration = 3 months \"RD-2.2\"\n")
                .Append("param pass_mark: decimal = 70 \"RD-4.8\"\n\n")
                .Append("table audit_days(staff: int) -> int {\n  1 to 25 => 2\n  26 to 45 => 3\n  46 to 65 => 4\n  66 or more => 5\n  otherwise => error \"no band for {staff} staff\"\n}\n\n")
                .Append("tiers grade(points: decimal) -> text {\n  at least 90 => \"excellent\"\n  at least 70 => \"good\"\n  otherwise => \"poor\"\n}\n\n")
                .Append("let days = audit_days(headcount)\n")
                .Append("let rating = grade(score)\n\n");
            var clause = 1;
            while (CountLines(text) < lines - 8)
            {
                var n = clause.ToString(CultureInfo.InvariantCulture);
                text.Append($"clause C-{n} \"Requirement number {n}\"\n")
                    .Append($"  cites \"RD-{clause % 9 + 1}.{clause % 7 + 1}\"\n")
                    .Append(clause % 3 == 0 ? "  severity blocker\n" : "  severity major\n")
                    .Append("  applies when audit_date is present and scope = Scope.full\n")
                    .Append($"  require established + minimum_operation <= audit_date ?? as_of and any r in reviews where r.passed and r.findings < {clause % 5 + 1}\n")
                    .Append($"  message \"{{count(reviews)}} reviews, {{days}} audit days, rated {{rating}} ({n})\"\n\n");
                clause++;
            }
            text.Append("decision eligible = failures(blocker) = 0 and score >= pass_mark and headcount > 0\n");
            return text.ToString();
        }

        private static int CountLines(StringBuilder text)
        {
            var count = 0;
            for (var i = 0; i < text.Length; i++) if (text[i] == '\n') count++;
            return count;
        }
    }
}
