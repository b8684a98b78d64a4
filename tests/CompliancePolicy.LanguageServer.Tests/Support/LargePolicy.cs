using System.Text;

namespace CompliancePolicy.LanguageServer.Tests.Support
{
    /// <summary>A valid policy of any length: a schema, a parameter, and as many clauses as asked (six lines each).</summary>
    public static class LargePolicy
    {
        public static string Text(int clauses)
        {
            var text = new StringBuilder()
                .Append("policy \"Large\"\n\nschema Applicant key id {\n  id: text\n  age: int\n  joined: date\n}\n\n")
                .Append("param minimum_age: int = 18 \"RD-1.1\"\n");
            for (var i = 1; i <= clauses; i++)
            {
                text.Append($"\nclause AGE-{i} \"Applicant is old enough ({i})\"\n")
                    .Append("  cites \"RD-1.1\"\n")
                    .Append($"  require age >= minimum_age + {i % 7} and joined < 2026-01-01\n")
                    .Append($"  message \"{{age}} is below {{minimum_age}} + {i % 7}\"\n");
            }
            return text.ToString();
        }
    }
}
