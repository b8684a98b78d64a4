using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Records;
using CompliancePolicy.Reporting;
using Spectre.Console;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>compliance timeline POLICY --record FILE[#ID] [--as-of DATE] [--param NAME=VALUE]... [--format text|json]</c>.</summary>
    internal static class TimelineCommand
    {
        public static Command Create(CliContext context)
        {
            var policies = new Argument<string[]>("POLICY")
            {
                Arity = ArgumentArity.OneOrMore,
                Description = "The policy: a file, or a folder searched recursively for *.policy. With several policies, the record's lifecycles are shown for each policy whose schema it fits.",
            }.RejectOptionLikeValues();
            var record = new Option<string>("--record")
            {
                Required = true,
                HelpName = "FILE[#ID]",
                Description = "The record: a JSON / JSON Lines file holding one record, or FILE#ID for the record whose key is ID (FILE##n for the n-th record of a schema without a key).",
            };
            var asOf = new Option<string?>("--as-of")
            {
                HelpName = "DATE",
                Description = "Replay the events up to this date, yyyy-MM-dd (default: today; the date used is printed). Later events are not replayed, and the notes say so.",
            };
            var parameters = new Option<string[]>("--param", "-p")
            {
                HelpName = "NAME=VALUE",
                Description = "Override a policy parameter (repeatable), e.g. --param \"cure_period=45 days\".",
            };
            var format = new Option<string>("--format", "-f")
            {
                Description = "text (tables for people) or json (docs/report-format.md, \"Timeline\").",
                DefaultValueFactory = _ => "text",
            };
            format.AcceptOnlyFromAmong("text", "json");
            var command = new Command("timeline",
                "Replay one record's event history as of a date and show, per lifecycle of the policy: the state and since when, the timeline " +
                "(each state, from and to, the event or deadline that caused it, the transition and its citations), the pending deadlines " +
                "(due date, what happens if missed, how the date is measured, overdue ones flagged) and the events not replayed. " +
                "Exit codes: 0 shown; 1 a lifecycle could not be replayed; 2 the policy has no lifecycle, or the policy, the record or the command line cannot be used.")
            {
                policies, record, asOf, parameters, format,
            };
            command.SetAction(parse => Run(context, parse.GetValue(policies)!, parse.GetValue(record)!, parse.GetValue(asOf), parse.GetValue(parameters), parse.GetValue(format)!));
            return command;
        }

        private static int Run(CliContext context, string[] policyPaths, string recordText, string? asOfText, string[]? parameterTexts, string format)
        {
            var asOf = Inputs.AsOf(asOfText, context.Environment);
            var overrides = Inputs.Parameters(parameterTexts);
            var sources = Inputs.PolicySourceTexts(context, policyPaths);
            if (sources is null) return ExitCodes.InputError;
            var compilation = PolicyCompiler.Compile(sources);
            context.Errors.AddSources(sources);
            context.Errors.Print(compilation.Diagnostics.Where(d => d.IsError));
            if (compilation.HasErrors) return ExitCodes.InputError;
            if (!compilation.Policies.Any(p => p.Lifecycles.Length > 0)) throw new CliException(NoLifecycle(compilation.Policies));

            var reads = RecordInput.Select(context, recordText, compilation.Policies);
            if (reads is null) return ExitCodes.InputError;
            var fitting = reads.Where(r => r.Read.IsValid).ToArray();
            if (fitting.Length == 0)
            {
                RecordInput.PrintMismatches(context, reads);
                return ExitCodes.InputError;
            }
            var withLifecycles = fitting.Where(r => r.Policy.Lifecycles.Length > 0).ToArray();
            if (withLifecycles.Length == 0)
            {
                var names = string.Join(", ", fitting.Select(f => $"'{f.Policy.Name}'"));
                throw new CliException($"--record: record '{fitting[0].Read.Id}' fits only {names}, which declare{(fitting.Length == 1 ? "s" : string.Empty)} no lifecycle");
            }

            var infos = ParameterOverrides.Apply(withLifecycles.Select(f => f.Policy).ToArray(), overrides, out var parameterProblems);
            context.Errors.Print(parameterProblems);
            if (parameterProblems.Any(d => d.IsError)) return ExitCodes.InputError;

            var evaluations = new List<RecordEvaluation>();
            for (var i = 0; i < withLifecycles.Length; i++)
            {
                var (policy, read) = withLifecycles[i];
                foreach (var warning in read.Diagnostics) context.Errors.Print(warning);
                evaluations.Add(policy.Evaluate(read.Record!, asOf, infos[i].ParameterValues));
            }

            var record = withLifecycles[0].Read;
            if (format == "json")
            {
                using (var stream = Inputs.OpenOutput(context, null))
                    TimelineReport.WriteJson(stream, CliApp.ToolName, CliApp.Version, asOf, overrides, record, evaluations);
                context.Output.WriteLine();
            }
            else
            {
                var console = context.OutputConsole();
                foreach (var evaluation in evaluations) Render(console, evaluation, record);
            }
            foreach (var failed in evaluations.SelectMany(e => e.Lifecycles).Where(l => l.IsError))
                context.Errors.Error($"lifecycle '{failed.Lifecycle.Name}' could not be replayed: {failed.Error}");
            return evaluations.Any(e => e.Lifecycles.Any(l => l.IsError)) ? ExitCodes.Failure : ExitCodes.Success;
        }

        private static string NoLifecycle(IReadOnlyList<Policy> policies)
        {
            var what = policies.Count == 1 ? $"policy '{policies[0].Name}' declares" : $"none of the policies ({string.Join(", ", policies.Select(p => $"'{p.Name}'"))}) declares";
            return $"{what} no lifecycle; 'timeline' replays a record's events through a policy's lifecycles (see docs/language.md, \"Events and lifecycles\")";
        }

        private static void Render(IAnsiConsole console, RecordEvaluation evaluation, RecordReadResult record)
        {
            var policy = evaluation.Policy;
            var name = policy.Version is null ? policy.Name : $"{policy.Name} {policy.Version}";
            console.MarkupLine($"Record [bold]{Markup.Escape(record.Id)}[/] ({Markup.Escape(record.Path)}:{record.Line}) against policy [bold]{Markup.Escape(name)}[/] as of {evaluation.AsOf}");
            var overridden = new PolicyInfo(policy, evaluation.Parameters).Parameters.Where(p => p.Overridden).ToArray();
            if (overridden.Length > 0) console.MarkupLine("Parameters: " + Markup.Escape(string.Join(", ", overridden.Select(p => $"{p.Name} = {p.Value}"))));
            console.WriteLine();
            foreach (var lifecycle in evaluation.Lifecycles) Render(console, lifecycle);
        }

        private static void Render(IAnsiConsole console, LifecycleOutcome outcome)
        {
            var symbol = outcome.Lifecycle;
            var title = symbol.Title is null ? string.Empty : $" \"{Markup.Escape(symbol.Title)}\"";
            if (outcome.Result is not { } result)
            {
                console.MarkupLine($"Lifecycle [bold]{Markup.Escape(symbol.Name)}[/]{title}: [yellow]error: {Markup.Escape(outcome.Error ?? string.Empty)}[/]");
                console.WriteLine();
                return;
            }
            var final = result.State.IsFinal ? " [grey](final state)[/]" : string.Empty;
            console.MarkupLine($"Lifecycle [bold]{Markup.Escape(symbol.Name)}[/]{title}: [bold]{Markup.Escape(result.State.Name)}[/] since {result.Since}{final}");

            console.MarkupLine("[bold]Timeline[/]");
            var timeline = new Table().Border(TableBorder.Simple);
            timeline.AddColumn("State");
            timeline.AddColumn("From");
            timeline.AddColumn("To");
            timeline.AddColumn("Cause");
            timeline.AddColumn("Transition");
            timeline.AddColumn("Cites");
            foreach (var entry in result.Timeline)
            {
                var transition = entry.Transition is null ? "-" : entry.Transition.Title is null ? entry.Transition.Id : $"{entry.Transition.Id} {entry.Transition.Title}";
                timeline.AddRow(Markup.Escape(entry.State.Name), entry.From.ToString(), entry.To?.ToString() ?? "now", Markup.Escape(entry.Cause),
                    Markup.Escape(transition), Markup.Escape(entry.Citations.Length == 0 ? "-" : string.Join("; ", entry.Citations)));
            }
            console.Write(timeline);

            if (result.PendingDeadlines.Count == 0)
            {
                console.MarkupLine(result.State.IsFinal ? "No pending deadlines: the state is final." : "No pending deadlines.");
            }
            else
            {
                console.MarkupLine("[bold]Pending deadlines[/]");
                var pending = new Table().Border(TableBorder.Simple);
                pending.AddColumn("Due");
                pending.AddColumn("Deadline");
                pending.AddColumn("If missed");
                pending.AddColumn("Measured from");
                pending.AddColumn("Cites");
                pending.AddColumn("Overdue");
                foreach (var deadline in result.PendingDeadlines)
                {
                    pending.AddRow(deadline.Due.ToString(), Markup.Escape($"{deadline.Id} {deadline.Title}"),
                        Markup.Escape(LifecycleText.Consequence(symbol, deadline)), Markup.Escape(deadline.MeasuredFrom),
                        Markup.Escape(deadline.Citations.Length == 0 ? "-" : string.Join("; ", deadline.Citations)),
                        deadline.IsOverdue ? "[red]OVERDUE[/]" : "no");
                }
                console.Write(pending);
            }
            foreach (var note in result.Notes) console.MarkupLine($"[grey]Note: {Markup.Escape(note)}.[/]");
            console.WriteLine();
        }
    }
}
