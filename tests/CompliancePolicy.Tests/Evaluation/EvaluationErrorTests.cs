using System.Linq;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Evaluation
{
    /// <summary>
    /// A clause or decision that cannot be evaluated is in error with a kind and a message in the policy's terms; an
    /// engine bug is an internal error, never a data error; no verdict ever shows an exception's text.
    /// </summary>
    public class EvaluationErrorTests
    {
        private static readonly Policy Deadlines = Compile(@"
policy ""Next day""
schema R key id {
  id: text
  due: date
  factor: decimal
  extension: duration
}
decision next_day = due + 1 day
decision previous_day = due - 1 day
clause C-1 ""The day after the due date is later"" cites ""RD-1""
  require due + 1 day > due
clause C-2 ""A plain comparison"" cites ""RD-1""
  require due > 2000-01-01
clause C-3 ""Within ten years after the due date"" cites ""RD-1""
  require 9999-12-31 within 10 years after due
clause C-4 ""A large product"" cites ""RD-1""
  require factor * factor > 0
clause C-5 ""A long extension"" cites ""RD-1""
  require due + extension * 1000 > due
");

        private static RecordEvaluation Record(string due, string factor = "1", string extension = "1 day") =>
            Evaluate(Deadlines, $@"{{""id"":""A"",""due"":""{due}"",""factor"":{factor},""extension"":""{extension}""}}");

        [Fact]
        public void A_date_past_the_calendar_is_a_decision_error_in_the_policys_terms()
        {
            var decision = Record("9999-12-31").Decisions.Single(d => d.Name == "next_day");

            Assert.Equal(EvaluationErrorKind.DateOutOfRange, decision.ErrorKind);
            Assert.Equal("'due + 1 day' (9999-12-31 + 1 day) is outside the calendar, which runs from 0001-01-01 to 9999-12-31", decision.Error);
        }

        [Fact]
        public void A_date_before_the_calendar_is_an_error_too()
        {
            var decision = Record("0001-01-01").Decisions.Single(d => d.Name == "previous_day");

            Assert.Equal(EvaluationErrorKind.DateOutOfRange, decision.ErrorKind);
            Assert.Equal("'due - 1 day' (0001-01-01 - 1 day) is outside the calendar, which runs from 0001-01-01 to 9999-12-31", decision.Error);
        }

        [Fact]
        public void A_clause_that_needs_a_date_past_the_calendar_is_in_error_and_the_others_are_not()
        {
            var evaluation = Record("9999-12-31");

            var clause = evaluation.Clause("C-1");
            Assert.Equal(ClauseOutcome.Error, clause.Outcome);
            Assert.Equal(EvaluationErrorKind.DateOutOfRange, clause.ErrorKind);
            Assert.StartsWith("'due + 1 day' (9999-12-31 + 1 day) is outside the calendar", clause.Message);
            Assert.Equal(ClauseOutcome.Pass, evaluation.Clause("C-2").Outcome);
            Assert.Null(evaluation.Clause("C-2").ErrorKind);
        }

        [Fact]
        public void A_window_that_reaches_past_the_calendar_ends_with_it()
        {
            Assert.Equal(ClauseOutcome.Pass, Record("9995-01-01").Clause("C-3").Outcome);
            Assert.Equal(ClauseOutcome.Fail, Record("2026-01-01").Clause("C-3").Outcome);
        }

        [Fact]
        public void A_number_too_large_to_compute_is_an_arithmetic_overflow_naming_the_expression()
        {
            var clause = Record("2026-01-01", factor: "100000000000000000000").Clause("C-4");

            Assert.Equal(EvaluationErrorKind.ArithmeticOverflow, clause.ErrorKind);
            Assert.Equal("'factor * factor' is too large to compute: no number is larger than 79,228,162,514,264,337,593,543,950,335", clause.Message);
        }

        [Fact]
        public void A_duration_too_long_to_compute_is_an_arithmetic_overflow()
        {
            var clause = Record("2026-01-01", extension: "3000000 days").Clause("C-5");

            Assert.Equal(EvaluationErrorKind.ArithmeticOverflow, clause.ErrorKind);
            Assert.Equal("'extension * 1000' is too long a duration to compute: its months or days do not fit in 2,147,483,647", clause.Message);
        }

        [Fact]
        public void Each_data_problem_has_its_kind()
        {
            var policy = Compile(@"
policy ""Kinds""
schema R key id {
  id: text
  headcount: int
  a: decimal
  b: decimal
  scores: list of decimal
  places: int
}
table days(n: int) -> decimal {
  1 to 5 => 1
  6 to 10 => error ""no audit days for {n} people: ask the scheme owner""
  otherwise => error ""no band for {n} people""
}
clause K-1 ""outside every band"" cites ""x"" require days(headcount) > 0
clause K-2 ""an error band"" cites ""x"" require days(headcount + 5) > 0
clause K-4 ""division by zero"" cites ""x"" require a / b > 1
clause K-5 ""empty list"" cites ""x"" require max(scores) > 1
clause K-6 ""invalid argument"" cites ""x"" require round(a, places, half_up) > 1
clause K-7 ""an error in another clause"" cites ""x"" require passed(K-4)
decision needed = days(headcount)
");
            var evaluation = Evaluate(policy, @"{""id"":""A"",""headcount"":40,""a"":1,""b"":0,""scores"":[],""places"":40}");

            Assert.Equal(EvaluationErrorKind.OutsideEveryBand, evaluation.Clause("K-1").ErrorKind);
            Assert.Equal("no band for 40 people", evaluation.Clause("K-1").Message);
            Assert.Equal(EvaluationErrorKind.OutsideEveryBand, evaluation.Decisions.Single().ErrorKind);
            Assert.Equal(EvaluationErrorKind.DivisionByZero, evaluation.Clause("K-4").ErrorKind);
            Assert.Equal(EvaluationErrorKind.EmptyList, evaluation.Clause("K-5").ErrorKind);
            Assert.Equal(EvaluationErrorKind.InvalidArgument, evaluation.Clause("K-6").ErrorKind);
            // An error read through another clause keeps the kind it had there.
            Assert.Equal(EvaluationErrorKind.DivisionByZero, evaluation.Clause("K-7").ErrorKind);
            Assert.Equal("clause K-4 is in error: division by zero in 'a / b'", evaluation.Clause("K-7").Message);
            Assert.False(evaluation.HasInternalErrors);

            var inErrorBand = Evaluate(policy, @"{""id"":""B"",""headcount"":3,""a"":1,""b"":1,""scores"":[2],""places"":0}");
            Assert.Equal(EvaluationErrorKind.ErrorBand, inErrorBand.Clause("K-2").ErrorKind);
            Assert.Equal("no audit days for 8 people: ask the scheme owner", inErrorBand.Clause("K-2").Message);
        }

        [Fact]
        public void An_engine_failure_is_an_internal_error_that_says_it_is_a_bug_and_spares_the_other_clauses()
        {
            // A host can build a record by hand; a value of the wrong type makes the engine fail, which no data read by the
            // record reader can do.
            var evaluation = Deadlines.Evaluate(
                new RecordValue(Deadlines.Schema, new object?[] { "A", "not a date", 1m, Duration.FromDays(1) }),
                new CalendarDate(2026, 11, 23));

            var clause = evaluation.Clause("C-2");
            Assert.Equal(ClauseOutcome.Error, clause.Outcome);
            Assert.Equal(EvaluationErrorKind.Internal, clause.ErrorKind);
            Assert.Equal(
                "internal error: the engine failed while evaluating this; this is a bug in CompliancePolicy, not a problem with the input. " +
                "Please report it at https://github.com/compliancepolicy/compliancepolicy/issues with the policy, the record and the as-of date",
                clause.Message);
            Assert.True(evaluation.HasInternalErrors);
            Assert.Equal(ClauseOutcome.Pass, evaluation.Clause("C-4").Outcome);
        }

        [Fact]
        public void No_verdict_shows_an_exceptions_text()
        {
            var evaluations = new[]
            {
                Record("9999-12-31"),
                Record("0001-01-01", factor: "100000000000000000000", extension: "3000000 days"),
                Deadlines.Evaluate(new RecordValue(Deadlines.Schema, new object?[] { "A", 5m, "x", null }), new CalendarDate(2026, 11, 23)),
            };

            var texts = evaluations.SelectMany(e => e.Clauses.Select(c => c.Message)
                .Concat(e.Clauses.SelectMany(c => c.Evidence).Select(v => v.Value))
                .Concat(e.Decisions.Select(d => d.Error ?? string.Empty))
                .Concat(e.Policy.Clauses.Select(c => e.Explain(c.Id)).SelectMany(x => x.Steps).Select(s => s.Value)));
            Assert.All(texts, text =>
            {
                Assert.DoesNotContain("Exception", text);
                Assert.DoesNotContain("Parameter '", text);
                Assert.DoesNotContain("Specified cast", text);
            });
        }
    }
}
