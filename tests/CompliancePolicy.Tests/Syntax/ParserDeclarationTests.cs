using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;
using static CompliancePolicy.Tests.Syntax.ParserTestHelpers;

namespace CompliancePolicy.Tests.Syntax
{
    public class ParserDeclarationTests
    {
        private const string ReferenceSample = @"# ISO/IEC 20000: who may apply (RD-2.1..2.4)
policy ""ISO/IEC 20000 certification eligibility""
  version ""1.0.0""
  sources ""001_2cc4e075643d6feb.txt"", ""002_59fcfe45afd1e0f1.txt""

enum LegalStatus { business_licence, foreign_registration, none }

record Penalty { date: date, authority: text }

schema Organisation key id {
  id: text
  legal_status: LegalStatus
  sms_established: date
  audit_date: date?
  management_reviews: list of date
  penalties: list of Penalty
}

param minimum_operation: duration = 3 months ""RD-2.2: how long the SMS must run before the audit""

clause ELIG-2 ""The SMS has operated for at least 3 months before the audit""
  cites ""RD-2.2"", ""001 §2""
  severity blocker
  applies when audit_date is present
  require sms_established + minimum_operation <= audit_date
  message ""operated {elapsed(sms_established, audit_date)} since {sms_established}; needs {minimum_operation}""

decision eligible = failures(blocker) = 0
";

        [Fact]
        public void The_language_reference_sample_parses_completely()
        {
            var file = ParseClean(ReferenceSample);

            Assert.Collection(
                file.Declarations,
                d => Assert.IsType<PolicyHeaderSyntax>(d),
                d => Assert.IsType<EnumDeclarationSyntax>(d),
                d => Assert.False(Assert.IsType<RecordDeclarationSyntax>(d).IsSchema),
                d => Assert.True(Assert.IsType<RecordDeclarationSyntax>(d).IsSchema),
                d => Assert.IsType<ParameterDeclarationSyntax>(d),
                d => Assert.IsType<ClauseDeclarationSyntax>(d),
                d => Assert.IsType<DecisionDeclarationSyntax>(d));
            Assert.Equal("# ISO/IEC 20000: who may apply (RD-2.1..2.4)", Assert.Single(file.Comments).Text);
        }

        [Fact]
        public void Policy_header_with_version_and_sources()
        {
            var header = Declaration<PolicyHeaderSyntax>("policy \"P\" version \"2.1\" sources \"a.txt\", \"b.txt\",\n  \"c.txt\"");

            Assert.Equal("P", header.Title.Value);
            Assert.Equal("2.1", header.Version!.Value);
            Assert.Equal(new[] { "a.txt", "b.txt", "c.txt" }, header.Sources.Select(s => s.Value));
        }

        [Fact]
        public void Policy_header_alone()
        {
            var header = Declaration<PolicyHeaderSyntax>("policy \"P\"");

            Assert.Null(header.Version);
            Assert.Empty(header.Sources);
        }

        [Theory]
        [InlineData("enum Grade { fail, compliant, three_star }")]
        [InlineData("enum Grade { fail compliant three_star }")]
        [InlineData("enum Grade {\n  fail\n  compliant,\n  three_star,\n}")]
        public void Enum_members_with_or_without_commas(string text)
        {
            var declaration = Declaration<EnumDeclarationSyntax>(text);

            Assert.Equal("Grade", declaration.Name.Text);
            Assert.Equal(new[] { "fail", "compliant", "three_star" }, declaration.Members.Select(m => m.Text));
        }

        [Fact]
        public void Record_fields_and_types()
        {
            var record = Declaration<RecordDeclarationSyntax>("record Review { date: date, score: decimal?\n  notes: list of text }");

            Assert.False(record.IsSchema);
            Assert.Null(record.Key);
            Assert.Equal(new[] { "date", "score", "notes" }, record.Fields.Select(f => f.Name.Text));
            Assert.Equal("date", Assert.IsType<NamedTypeSyntax>(record.Fields[0].Type).Name.Text);
            var optional = Assert.IsType<OptionalTypeSyntax>(record.Fields[1].Type);
            Assert.Equal("decimal", Assert.IsType<NamedTypeSyntax>(optional.Inner).Name.Text);
            var list = Assert.IsType<ListTypeSyntax>(record.Fields[2].Type);
            Assert.Equal("text", Assert.IsType<NamedTypeSyntax>(list.Element).Name.Text);
        }

        [Fact]
        public void Question_mark_makes_the_whole_preceding_type_optional()
        {
            var record = Declaration<RecordDeclarationSyntax>("record R { dates: list of list of date? }");

            var optional = Assert.IsType<OptionalTypeSyntax>(Assert.Single(record.Fields).Type);
            var outer = Assert.IsType<ListTypeSyntax>(optional.Inner);
            var inner = Assert.IsType<ListTypeSyntax>(outer.Element);
            Assert.IsType<NamedTypeSyntax>(inner.Element);
        }

        [Fact]
        public void Schema_with_key()
        {
            var schema = Declaration<RecordDeclarationSyntax>("schema Organisation key id { id: text }");

            Assert.True(schema.IsSchema);
            Assert.Equal("id", schema.Key!.Text);
        }

        [Fact]
        public void Parameter_with_and_without_description()
        {
            var file = ParseClean("param cure_period: duration = 30 days \"why it exists\"\nparam limit: int = 3\n");
            var described = Assert.IsType<ParameterDeclarationSyntax>(file.Declarations[0]);
            var bare = Assert.IsType<ParameterDeclarationSyntax>(file.Declarations[1]);

            Assert.Equal("cure_period", described.Name.Text);
            Assert.Equal(new Duration(0, 30), Assert.IsType<LiteralExpressionSyntax>(described.Default).Value);
            Assert.Equal("why it exists", described.Description!.Value);
            Assert.Null(bare.Description);
        }

        [Fact]
        public void Let_and_decision_with_and_without_type()
        {
            var file = ParseClean("let a = 1\nlet b: decimal = a / 2\ndecision ok = a > 0\ndecision grade: Grade = Grade.fail\n");

            var untypedLet = Assert.IsType<LetDeclarationSyntax>(file.Declarations[0]);
            var typedLet = Assert.IsType<LetDeclarationSyntax>(file.Declarations[1]);
            var untypedDecision = Assert.IsType<DecisionDeclarationSyntax>(file.Declarations[2]);
            var typedDecision = Assert.IsType<DecisionDeclarationSyntax>(file.Declarations[3]);
            Assert.Null(untypedLet.Type);
            Assert.Equal("decimal", Assert.IsType<NamedTypeSyntax>(typedLet.Type).Name.Text);
            Assert.Null(untypedDecision.Type);
            Assert.Equal("Grade", Assert.IsType<NamedTypeSyntax>(typedDecision.Type).Name.Text);
            Assert.Equal("Grade.fail", Shape(typedDecision.Value));
        }

        [Fact]
        public void Band_table()
        {
            var table = Declaration<TableDeclarationSyntax>(@"
table person_days(headcount: int) -> int {
  up to 0 => error ""no staff""
  1 to 25 => 2
  26 to 45 => 3 + extra
  10701 or more => 25
  otherwise => error ""no band for {headcount} people""
}");

            Assert.Equal("person_days", table.Name.Text);
            Assert.Equal("headcount", table.KeyName.Text);
            Assert.Equal("int", Assert.IsType<NamedTypeSyntax>(table.KeyType).Name.Text);
            Assert.Equal("int", Assert.IsType<NamedTypeSyntax>(table.ResultType).Name.Text);
            Assert.Collection(
                table.Bands,
                b => { Assert.Null(b.Low); Assert.Equal(0m, b.High!.Value); Assert.IsType<ErrorArmSyntax>(b.Result); },
                b => { Assert.Equal(1m, b.Low!.Value); Assert.Equal(25m, b.High!.Value); },
                b => Assert.Equal("(+ 3 extra)", Shape(Assert.IsType<ValueArmSyntax>(b.Result).Value)),
                b => { Assert.Equal(10701m, b.Low!.Value); Assert.Null(b.High); });
            var otherwise = Assert.IsType<ErrorArmSyntax>(table.Otherwise);
            Assert.Equal(3, otherwise.Message.Parts.Length);
        }

        [Fact]
        public void A_negative_bound_starting_a_line_begins_the_next_band()
        {
            var table = Declaration<TableDeclarationSyntax>(@"
table adjust(delta: int) -> int {
  -10 to -1 => 1
  0 to 5 => 2
  -20 to -11 => 3 - 1
  otherwise => 0
}");

            Assert.Equal(new[] { -10m, 0m, -20m }, table.Bands.Select(b => b.Low!.Value));
            Assert.Equal(new[] { -1m, 5m, -11m }, table.Bands.Select(b => b.High!.Value));
            Assert.Equal("(- 3 1)", Shape(((ValueArmSyntax)table.Bands[2].Result).Value));
        }

        [Fact]
        public void Tiers()
        {
            var tiers = Declaration<TiersDeclarationSyntax>(@"
tiers grade(score: decimal) -> Grade {
  at least 95 => Grade.five_star
  at least 80.5 => Grade.compliant
  at least -3 => Grade.poor
  otherwise => Grade.fail
}");

            Assert.Equal("grade", tiers.Name.Text);
            Assert.Equal(new[] { 95m, 80.5m, -3m }, tiers.Tiers.Select(t => t.Threshold.Value));
            Assert.Equal("Grade.fail", Shape(Assert.IsType<ValueArmSyntax>(tiers.Otherwise).Value));
        }

        [Fact]
        public void Clause_with_every_part()
        {
            var clause = Declaration<ClauseDeclarationSyntax>(@"
clause RD4.8-grade ""Grade is reached""
  cites ""RD-4.8"", ""003 §5.3.3.7""
  severity minor
  applies when audit_date is present
  require score >= 80
  unless exempt
  unless pilot and not audited
  message ""score {score}""");

            Assert.Equal("RD4.8-grade", clause.Id.Text);
            Assert.Equal("Grade is reached", clause.Title.Value);
            Assert.Equal(new[] { "RD-4.8", "003 §5.3.3.7" }, clause.Citations.Select(c => c.Value));
            Assert.Equal(Severity.Minor, clause.Severity);
            Assert.NotNull(clause.SeveritySpan);
            Assert.Equal("(present audit_date)", Shape(clause.AppliesWhen!));
            Assert.Equal("(>= score 80)", Shape(clause.Requirement));
            Assert.Equal(new[] { "exempt", "(and pilot (not audited))" }, clause.Exceptions.Select(Shape));
            Assert.Equal(2, clause.Message!.Parts.Length);
        }

        [Fact]
        public void Minimal_clause_defaults_to_major_severity()
        {
            var clause = Declaration<ClauseDeclarationSyntax>("clause C-1 \"Title\" require true");

            Assert.Equal(Severity.Major, clause.Severity);
            Assert.Null(clause.SeveritySpan);
            Assert.Empty(clause.Citations);
            Assert.Null(clause.AppliesWhen);
            Assert.Empty(clause.Exceptions);
            Assert.Null(clause.Message);
        }

        [Fact]
        public void Severity_words_are_not_reserved()
        {
            var let = Declaration<LetDeclarationSyntax>("let blocker = major + minor");

            Assert.Equal("blocker", let.Name.Text);
        }

        [Fact]
        public void Clause_span_runs_from_the_keyword_to_the_end_of_its_last_part()
        {
            var annotated = AnnotatedText.Parse(
                "[|clause [|ELIG-2|] \"T\"\n  severity [|blocker|]\n  require [|a|]\n  message [|\"m\"|]|]  # trailing comment\n\n[|decision [|d|] = [|1|]|]\n");

            var file = ParseClean(annotated.Text);
            var clause = Assert.IsType<ClauseDeclarationSyntax>(file.Declarations[0]);
            var decision = Assert.IsType<DecisionDeclarationSyntax>(file.Declarations[1]);

            Assert.Equal(annotated.Spans[0], clause.Span);
            Assert.Equal(annotated.Spans[1], clause.Id.Span);
            Assert.Equal(annotated.Spans[2], clause.SeveritySpan);
            Assert.Equal(annotated.Spans[3], clause.Requirement.Span);
            Assert.Equal(annotated.Spans[4], clause.Message!.Span);
            Assert.Equal(annotated.Spans[5], decision.Span);
            Assert.Equal(annotated.Spans[6], decision.Name.Span);
            Assert.Equal(annotated.Spans[7], decision.Value.Span);
        }

        [Fact]
        public void Spans_of_fields_and_types()
        {
            var annotated = AnnotatedText.Parse("[|schema S key [|id|] {\n  [|id: text|]\n  [|dates: [|list of [|date|]|]?|]\n}|]\n");

            var schema = Declaration<RecordDeclarationSyntax>(annotated.Text);
            var optional = Assert.IsType<OptionalTypeSyntax>(schema.Fields[1].Type);
            var list = Assert.IsType<ListTypeSyntax>(optional.Inner);

            Assert.Equal(annotated.Spans[0], schema.Span);
            Assert.Equal(annotated.Spans[1], schema.Key!.Span);
            Assert.Equal(annotated.Spans[2], schema.Fields[0].Span);
            Assert.Equal(annotated.Spans[3], schema.Fields[1].Span);
            Assert.Equal(annotated.Spans[4], list.Span);
            Assert.Equal(annotated.Spans[5], list.Element.Span);
            Assert.Equal(annotated.Spans[3].End, optional.Span.End);
        }

        [Fact]
        public void Spans_of_table_parts()
        {
            var annotated = AnnotatedText.Parse("table t(k: int) -> int {\n  [|[|-5|] to [|5|] [|=> error \"x\"|]|]\n  otherwise [|=> 1|]\n}");

            var table = Declaration<TableDeclarationSyntax>(annotated.Text);
            var band = Assert.Single(table.Bands);

            Assert.Equal(annotated.Spans[0], band.Span);
            Assert.Equal(annotated.Spans[1], band.Low!.Span);
            Assert.Equal(annotated.Spans[2], band.High!.Span);
            Assert.Equal(annotated.Spans[3], band.Result.Span);
            Assert.Equal(annotated.Spans[4], table.Otherwise!.Span);
        }

        [Fact]
        public void Comments_are_collected_with_their_spans_but_not_inside_strings()
        {
            var annotated = AnnotatedText.Parse(
                "[|# header|]\r\npolicy \"P # not a comment\" [|# after the title|]\nlet x = 1 [|#|]\n  [|# last, no line break|]");

            var file = ParseClean(annotated.Text);

            Assert.Equal(annotated.Spans, file.Comments.Select(c => c.Span));
            Assert.Equal(new[] { "# header", "# after the title", "#", "# last, no line break" }, file.Comments.Select(c => c.Text));
        }

        [Fact]
        public void Declarations_may_be_indented_and_spread_over_lines()
        {
            var file = ParseClean("  let a =\n    1 +\n    2\n\tdecision\n  d\n  =\n  a\n");

            Assert.Equal(2, file.Declarations.Length);
            Assert.Equal("(+ 1 2)", Shape(((LetDeclarationSyntax)file.Declarations[0]).Value));
        }
    }
}
