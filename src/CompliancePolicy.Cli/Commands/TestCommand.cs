using System.CommandLine;
using System.Globalization;
using System.Linq;
using CompliancePolicy.Reporting;
using CompliancePolicy.Testing;
using Spectre.Console;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>compliance test PATH...</c>: the run is <see cref="PolicyTestRunner.Run"/>; this prints its failures and clause and transition coverage.</summary>
    internal static class TestCommand
    {
        public static Command Create(CliContext context)
        {
            var paths = new Argument<string[]>("PATH")
            {
                Arity = ArgumentArity.OneOrMore,
                Description = "Policy test files (*.policytest.json), or folders searched recursively for them. The format is in docs/policy-tests.md.",
            }.RejectOptionLikeValues();
            var command = new Command("test",
                "Run policy tests: each test evaluates records against a policy as of a date and compares clause outcomes, messages, decisions and lifecycle states with what it expects. " +
                "Prints every failing expectation (expected vs actual) and the clause and transition coverage of each policy, listing the clauses no test checks " +
                "and the transitions no test exercises. Coverage is reported, never enforced. " +
                "Exit codes: 0 all tests pass; 1 a test fails; 2 a test file, policy or record cannot be used; 3 an internal error (a bug to report).")
            {
                paths,
            };
            command.SetAction(parse => Run(context, parse.GetValue(paths)!));
            return command;
        }

        private static int Run(CliContext context, string[] paths)
        {
            var run = PolicyTestRunner.Run(paths);
            foreach (var problem in run.Problems) context.Errors.Error(problem.ToString());
            if (run.Problems.Count > 0) return run.ExitCode;
            context.Errors.Print(run.Diagnostics);
            var console = context.OutputConsole();
            foreach (var result in run.Results)
            {
                if (result.Passed)
                {
                    console.MarkupLine($"[green]PASS[/] {Markup.Escape(result.File)}: {Markup.Escape(result.Name)}");
                    continue;
                }
                var why = result.HasErrors && result.Failures.Count == 0 ? " (could not run; see the errors above)" : string.Empty;
                console.MarkupLine($"[red]FAIL[/] {Markup.Escape(result.File)}: {Markup.Escape(result.Name)}{Markup.Escape(why)}");
                foreach (var failure in result.Failures) console.MarkupLine("     " + Markup.Escape(failure.ToString()));
            }

            console.WriteLine();
            foreach (var coverage in run.Coverage)
            {
                var policy = coverage.Policy.Version is null ? coverage.Policy.Name : $"{coverage.Policy.Name} {coverage.Policy.Version}";
                var transitions = coverage.Lifecycles.Count == 0 ? string.Empty
                    : $", {coverage.TransitionsCovered}/{coverage.Transitions} transitions ({Percent(coverage.TransitionRatio)})";
                console.MarkupLine($"Coverage of [bold]{Markup.Escape(policy)}[/]: {coverage.Covered}/{coverage.Clauses.Count} clauses ({Percent(coverage.Ratio)}){transitions}");
                var table = new Table().Border(TableBorder.Simple);
                table.AddColumn("Clause");
                table.AddColumn("Expected by a test");
                table.AddColumn("Outcomes seen");
                foreach (var clause in coverage.Clauses)
                {
                    var seen = clause.OutcomesSeen.Count == 0 ? "-" : string.Join(", ", clause.OutcomesSeen.Select(o => ReportNames.Of(o)));
                    table.AddRow(Markup.Escape(clause.Clause.Id), clause.HasExpectation ? "yes" : "[yellow]no[/]", Markup.Escape(seen));
                }
                console.Write(table);
                var uncovered = coverage.Uncovered.ToArray();
                if (uncovered.Length > 0)
                    console.MarkupLine("[yellow]Uncovered:[/] " + Markup.Escape(string.Join(", ", uncovered.Select(c => $"{c.Id} \"{c.Title}\""))));
                foreach (var lifecycle in coverage.Lifecycles) PrintTransitions(console, lifecycle);
                console.WriteLine();
            }

            var errors = run.Diagnostics.Count(d => d.IsError);
            var summary = $"{run.Results.Count} test(s): {run.Passed} passed, {run.Failed} failed" + (errors > 0 ? $", {errors} error(s) in test files" : string.Empty);
            console.MarkupLine(run.Succeeded ? $"[green]{Markup.Escape(summary)}[/]" : $"[red]{Markup.Escape(summary)}[/]");
            if (run.HasInternalErrors) context.ReportBug("the engine failed on a record of a test; the test's failures say where");
            return run.ExitCode;
        }

        private static void PrintTransitions(IAnsiConsole console, LifecycleCoverage lifecycle)
        {
            var name = lifecycle.Lifecycle.Name;
            console.MarkupLine($"Transitions of lifecycle [bold]{Markup.Escape(name)}[/]: {lifecycle.Covered}/{lifecycle.Transitions.Count} ({Percent(lifecycle.Ratio)})" +
                (lifecycle.HasExpectation ? string.Empty : $" [yellow](no test expects a state of '{Markup.Escape(name)}')[/]"));
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumn("Transition");
            table.AddColumn("From -> to");
            table.AddColumn("Fired in a test expecting the state");
            table.AddColumn("Fired in any test");
            foreach (var transition in lifecycle.Transitions)
            {
                var symbol = transition.Transition;
                table.AddRow(Markup.Escape(symbol.Id), Markup.Escape(symbol.Route),
                    transition.Covered ? "yes" : "[yellow]no[/]", transition.Fired ? "yes" : "no");
            }
            console.Write(table);
            var never = lifecycle.Uncovered.ToArray();
            if (never.Length == 0) return;
            console.MarkupLine("[yellow]Transitions never exercised:[/] " + Markup.Escape(string.Join(", ", never.Select(t =>
                $"{t.Transition.Id} \"{t.Transition.Title ?? t.Transition.Id}\"" + (t.Fired ? $" (fired only in tests that do not expect a state of '{name}')" : string.Empty)))));
        }

        private static string Percent(double ratio) => (ratio * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
    }
}
