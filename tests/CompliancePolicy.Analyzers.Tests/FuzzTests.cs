using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>
    /// Broken and random policy text, in .policy files and in C# literals, must never make the analyzers throw:
    /// no AD0001, and no CP5008 (the analyzers' own catch-all). Seeded, so a failure replays.
    /// </summary>
    public class FuzzTests
    {
        private const string Valid =
            "# ISO/IEC 20000: who may apply\n" +
            "policy \"ISO/IEC 20000 certification eligibility\"\n" +
            "  version \"1.0.0\"\n" +
            "  sources \"001.txt\", \"002.txt\"\n" +
            "enum LegalStatus { business_licence, foreign_registration, none }\n" +
            "record Penalty { date: date, authority: text }\n" +
            "schema Organisation key id {\n" +
            "  id: text\n" +
            "  legal_status: LegalStatus\n" +
            "  sms_established: date\n" +
            "  audit_date: date?\n" +
            "  headcount: int\n" +
            "  score: decimal\n" +
            "  management_reviews: list of date\n" +
            "  penalties: list of Penalty\n" +
            "}\n" +
            "param minimum_operation: duration = 3 months \"RD-2.2\"\n" +
            "let recent = [p.date for p in penalties where p.date within 1 year before as_of]\n" +
            "table person_days(headcount: int) -> int {\n  1 to 25 => 2\n  26 to 45 => 3\n  46 or more => 4\n  otherwise => error \"no band for {headcount}\"\n}\n" +
            "tiers grade(score: decimal) -> text {\n  at least 95 => \"five\"\n  at least 80 => \"four\"\n  otherwise => \"fail\"\n}\n" +
            "clause ELIG-2 \"The SMS has operated for at least 3 months\"\n" +
            "  cites \"RD-2.2\", \"001 §2\"\n" +
            "  severity blocker\n" +
            "  applies when audit_date is present and headcount >= 5 and headcount < 3\n" +
            "  require sms_established + minimum_operation <= audit_date\n" +
            "  unless legal_status = LegalStatus.none\n" +
            "  message \"operated {elapsed(sms_established, audit_date)}; needs {minimum_operation}\"\n" +
            "clause ELIG-3 \"A review before the audit\"\n" +
            "  cites \"RD-2.3\"\n" +
            "  require any r in management_reviews where r < audit_date ?? as_of and count(recent) = 0 and person_days(headcount) > 1 and grade(score) != \"fail\"\n" +
            "decision eligible = failures(blocker) = 0 and passed(ELIG-2)\n";

        private static readonly string[] Vocabulary =
        {
            "policy", "schema", "record", "enum", "param", "let", "table", "tiers", "clause", "decision", "cites", "severity",
            "applies", "when", "require", "unless", "message", "and", "or", "not", "is", "present", "missing", "in", "for",
            "where", "within", "before", "after", "of", "if", "then", "else", "at least", "or more", "up to", "otherwise",
            "error", "any", "all", "none", "count", "list of", "=>", "->", "??", "(", ")", "[", "]", "{", "}", ",", ":",
            "\"", "\"{", "}\"", "\\", "#", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", ".", "%", "\n", "\r\n", "\t",
            "0", "-1", "99999999999999999999999999999999", "1.5", "50%", "2026-02-30", "2026-11-23", "3 months", "1 year 6 months",
            "x", "id", "as_of", "ELIG-2", "Grade.", "\0", "\uD800", "é", "\u2028",
        };

        [Fact]
        public async Task Mutated_and_random_policy_files_never_crash_the_analyzers()
        {
            var random = new Random(20261123);
            var texts = new List<string> { Valid, string.Empty, "\n\n", "policy", "policy \"", "{{{{", "\"\"\"", Deep('(', ')', 5000), Deep('[', ']', 70), LongAnd(400) };
            while (texts.Count < 240) texts.Add(random.Next(5) == 0 ? Soup(random) : Mutate(Valid, random));

            foreach (var batch in texts.Select((t, i) => (Text: t, Index: i)).GroupBy(x => x.Index / 40))
            {
                var files = batch.Select(x => (AdditionalText)new TestAdditionalText($"/fuzz/f{x.Index}.policy", x.Text)).ToImmutableArray();
                var csharp = "class Literals {\n" + string.Join("\n", batch.Select(x =>
                    $"  static readonly CompliancePolicy.PolicyCompilation L{x.Index} = CompliancePolicy.PolicyCompiler.Compile({SymbolDisplay.FormatLiteral(x.Text, quote: true)});")) + "\n}\n";
                await AssertNoCrashAsync(files, csharp);
            }
        }

        /// <summary>Flat chains once overflowed the stack of the compiler process that loaded the analyzers (issue 16,
        /// item 4): now each is CP0002, in a .policy file and in a C# literal alike.</summary>
        [Fact]
        public async Task Chains_of_100000_terms_are_CP0002_in_files_and_literals()
        {
            var texts = new[]
            {
                "policy \"A\"\nschema S {\n  x: bool\n}\nclause C-1 \"Long\"\n  cites \"R\"\n  require " + string.Join(" and ", Enumerable.Repeat("x", 100_000)) + "\n",
                "policy \"P\"\nschema S {\n  x: int\n}\nlet q = " + string.Join(" + ", Enumerable.Repeat("1", 100_000)) + "\n",
                "policy \"L\"\nschema S {\n  x: int\n}\nlet s0 = x\n" + string.Concat(Enumerable.Range(1, 20_000).Select(i => $"let s{i} = s{i - 1} + 1\n")),
            };
            var files = texts.Select((t, i) => (AdditionalText)new TestAdditionalText($"/fuzz/deep{i}.policy", t)).ToImmutableArray();
            var csharp = "class Literals {\n" + string.Join("\n", texts.Select((t, i) =>
                $"  static readonly CompliancePolicy.PolicyCompilation L{i} = CompliancePolicy.PolicyCompiler.Compile({SymbolDisplay.FormatLiteral(t, quote: true)});")) + "\n}\n";

            var diagnostics = await AssertNoCrashAsync(files, csharp);

            Assert.Equal(2 * texts.Length, diagnostics.Count(d => d.Id == "CP0002"));
        }

        private static async Task<ImmutableArray<Diagnostic>> AssertNoCrashAsync(ImmutableArray<AdditionalText> files, string csharp)
        {
            var exceptions = new ConcurrentQueue<Exception>();
            var compilation = CSharpCompilation.Create("Fuzz", new[] { CSharpSyntaxTree.ParseText(csharp) }, TestReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(files), (e, analyzer, diagnostic) => exceptions.Enqueue(e),
                concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var diagnostics = await compilation.WithAnalyzers(DirectAnalysis.AllAnalyzers, options).GetAnalyzerDiagnosticsAsync(timeout.Token);
            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001" || d.Id == "CP5008");
            Assert.Contains(diagnostics, d => d.Id.StartsWith("CP", StringComparison.Ordinal));
            return diagnostics;
        }

        private static string Mutate(string text, Random random)
        {
            var builder = new StringBuilder(text);
            var edits = random.Next(1, 8);
            for (var i = 0; i < edits && builder.Length > 0; i++)
            {
                var at = random.Next(builder.Length);
                switch (random.Next(5))
                {
                    case 0: builder.Remove(at, Math.Min(random.Next(1, 40), builder.Length - at)); break;
                    case 1: builder.Insert(at, Vocabulary[random.Next(Vocabulary.Length)]); break;
                    case 2: builder.Insert(at, " " + Vocabulary[random.Next(Vocabulary.Length)] + " "); break;
                    case 3: builder.Length = at; break;
                    default:
                        var from = random.Next(builder.Length);
                        var length = Math.Min(random.Next(1, 80), builder.Length - from);
                        builder.Insert(at, builder.ToString(from, length));
                        break;
                }
            }
            return builder.ToString();
        }

        private static string Soup(Random random)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 300);
            for (var i = 0; i < length; i++)
            {
                builder.Append(random.Next(3) == 0 ? ((char)random.Next(0, 0x3000)).ToString() : Vocabulary[random.Next(Vocabulary.Length)]);
            }
            return builder.ToString();
        }

        private static string Deep(char open, char close, int depth) =>
            "policy \"D\"\nschema S {\n  x: int\n}\nlet v = " + new string(open, depth) + "1" + new string(close, depth) + "\n";

        private static string LongAnd(int terms) =>
            "policy \"L\"\nschema S {\n  x: int\n}\nclause C-1 \"Long\"\n  cites \"R\"\n  require " +
            string.Join(" and ", Enumerable.Range(0, terms).Select(i => $"x > {i}")) + " and x < 0\n";
    }
}
