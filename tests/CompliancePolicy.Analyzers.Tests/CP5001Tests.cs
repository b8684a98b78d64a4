using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using CompliancePolicy.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>CP5001: the as-of date of an evaluation read from the clock; and its fix, a parameter of the method.</summary>
    public class CP5001Tests
    {
        /// <summary>At markup 0 (the clock), with markup 1 (the as-of argument the fix replaces) as additional location.</summary>
        private static DiagnosticResult Clock(string clock) =>
            new DiagnosticResult(HostRules.ClockAsOf).WithLocation(0).WithLocation(1).WithArguments(clock, "Evaluate");

        [Theory]
        [InlineData("DateTime.Today")]
        [InlineData("DateTime.Now")]
        [InlineData("DateTime.UtcNow")]
        [InlineData("DateTimeOffset.Now.Date")]
        [InlineData("DateTimeOffset.UtcNow.DateTime")]
        public async Task The_clock_passed_as_the_as_of_date_is_reported(string clock)
        {
            var property = clock.Substring(0, clock.IndexOf('.', clock.IndexOf('.') + 1) is var i && i > 0 ? i : clock.Length);
            var source = $@"
using System;
using CompliancePolicy;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Values;

class Checker
{{
    RecordEvaluation Check(Policy policy, RecordValue record) =>
        policy.Evaluate(record, {{|#1:CalendarDate.FromDateTime({{|#0:{property}|}}{clock.Substring(property.Length)})|}});
}}";
            await new PolicyAnalyzerTest<ClockAsOfAnalyzer>(source).Expect(Clock(property)).RunAsync();
        }

        [Fact]
        public async Task The_clock_read_into_a_local_first_is_reported()
        {
            const string Source = @"
using System;
using CompliancePolicy;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Values;

class Checker
{
    RecordEvaluation Check(Policy policy, RecordValue record)
    {
        var now = {|#0:DateTime.Now|};
        var today = CalendarDate.FromDateTime(now);
        return policy.Evaluate(record, asOf: {|#1:today|});
    }
}";
            await new PolicyAnalyzerTest<ClockAsOfAnalyzer>(Source).Expect(Clock("DateTime.Now")).RunAsync();
        }

        [Fact]
        public async Task The_clock_three_locals_away_is_reported()
        {
            const string Source = @"
using System;
using CompliancePolicy;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Values;

class Checker
{
    RecordEvaluation Check(Policy policy, RecordValue record)
    {
        var stamp = {|#0:DateTime.UtcNow|};
        var day = stamp.Date;
        var today = CalendarDate.FromDateTime(day);
        var asOf = today;
        return policy.Evaluate(record, {|#1:asOf|});
    }
}";
            await new PolicyAnalyzerTest<ClockAsOfAnalyzer>(Source).Expect(Clock("DateTime.UtcNow")).RunAsync();
        }

        [Fact]
        public async Task A_date_the_caller_gives_is_not_reported()
        {
            const string Source = @"
using System;
using CompliancePolicy;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Values;

class Checker
{
    DateTime Created = DateTime.Now; // the clock elsewhere is fine

    RecordEvaluation Check(Policy policy, RecordValue record, CalendarDate asOf) => policy.Evaluate(record, asOf);
    RecordEvaluation Fixed(Policy policy, RecordValue record) => policy.Evaluate(record, new CalendarDate(2026, 11, 23));
}";
            await new PolicyAnalyzerTest<ClockAsOfAnalyzer>(Source).RunAsync();
        }

        [Fact]
        public async Task The_fix_takes_the_date_as_a_parameter_of_the_method()
        {
            const string Before = @"
using System;
using CompliancePolicy;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Values;

class Checker
{
    RecordEvaluation Check(Policy policy, RecordValue record, bool verbose = false)
    {
        return policy.Evaluate(record, {|#1:CalendarDate.FromDateTime({|#0:DateTime.Today|})|});
    }
}";
            const string After = @"
using System;
using CompliancePolicy;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Values;

class Checker
{
    RecordEvaluation Check(Policy policy, RecordValue record, CalendarDate asOf, bool verbose = false)
    {
        return policy.Evaluate(record, asOf);
    }
}";
            var test = new PolicyCodeFixTest<ClockAsOfAnalyzer, ClockAsOfCodeFix>(Before, After);
            test.ExpectedDiagnostics.Add(Clock("DateTime.Today"));
            await test.RunAsync();
        }

        [Fact]
        public async Task The_fix_qualifies_the_type_when_its_namespace_is_not_imported_and_avoids_taken_names()
        {
            const string Before = @"
class Checker
{
    void Run(CompliancePolicy.Policy policy, CompliancePolicy.Values.RecordValue record)
    {
        var asOf = 1;
        var result = policy.Evaluate(record, {|#1:CompliancePolicy.Values.CalendarDate.FromDateTime({|#0:System.DateTime.UtcNow|})|});
    }
}";
            const string After = @"
class Checker
{
    void Run(CompliancePolicy.Policy policy, CompliancePolicy.Values.RecordValue record, CompliancePolicy.Values.CalendarDate asOf2)
    {
        var asOf = 1;
        var result = policy.Evaluate(record, asOf2);
    }
}";
            var test = new PolicyCodeFixTest<ClockAsOfAnalyzer, ClockAsOfCodeFix>(Before, After);
            test.ExpectedDiagnostics.Add(Clock("DateTime.UtcNow"));
            await test.RunAsync();
        }
    }
}
