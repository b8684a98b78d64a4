using System.CommandLine;
using CompliancePolicy.Checking;
using CompliancePolicy.Cli.Output;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Reporting;
using CompliancePolicy.Reporting.Html;
using Spectre.Console;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>compliance timeline POLICY --record FILE[#ID] [--as-of DATE] [--param NAME=VALUE]... [--format text|json|svg|html]</c>:
    /// options parsed here, the replay is <see cref="RecordTimeline.Replay"/>, and this draws it as tables or writes its JSON.</summary>
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
            var asOf = CommonOptions.AsOf("Replay the events up to this date, yyyy-MM-dd (default: today; the date used is printed). Later events are not replayed, and the notes say so.");
            var parameters = CommonOptions.Parameters("Override a policy parameter (repeatable, each NAME once), e.g. --param \"cure_period=45 days\".");
            var format = CommonOptions.Format(
                "text (tables for people), json (docs/report-format.md, \"Timeline\"), svg (the timelines drawn, as in the HTML check report) or html (a self-contained page with the drawings and the same facts as tables).",
                "text", "json", "svg", "html");
            var command = new Command("timeline",
                "Replay one record's event history as of a date and show, per lifecycle of the policy: the state and since when, the timeline " +
                "(each state, from and to, the event or deadline that caused it, the transition and its citations), the pending deadlines " +
                "(due date, what happens if missed, how the date is measured, overdue ones flagged) and the events not replayed. " +
                "Exit codes: 0 shown; 1 a lifecycle could not be replayed; 2 the policy has no lifecycle, or the policy, the record or the command line cannot be used; " +
                "3 an internal error (a bug to report).")
            {
                policies, record, asOf, parameters, format,
            };
            command.SetAction(parse => Run(context, parse.GetValue(policies)!, parse.GetValue(record)!, parse.GetValue(asOf), parse.GetValue(parameters), parse.GetValue(format)!));
            return command;
        }

        private static int Run(CliContext context, string[] policyPaths, string recordText, string? asOfText, string[]? parameterTexts, string format)
        {
            var options = Inputs.Options(context, asOfText, parameterTexts);
            var result = RecordTimeline.Replay(policyPaths, recordText, options, new RunPrinter(context.Errors));
            if (result.Problem != null) throw Inputs.Refused(result.Problem);
            if (!result.Inspection.Succeeded) return result.ExitCode;

            var record = result.Inspection.Record!;
            if (format == "json")
            {
                Inputs.Write(context, null, stream => TimelineReport.WriteJson(stream, options.ToolName, options.ToolVersion, options.AsOf,
                    options.ParameterOverrides, record, result.Evaluations, result.Inspection.Inputs));
            }
            else if (format == "svg")
            {
                Inputs.Write(context, null, stream => TimelineDocument.WriteSvg(stream, options.AsOf, record, result.Evaluations));
            }
            else if (format == "html")
            {
                Inputs.Write(context, null, stream => TimelineDocument.WriteHtml(stream, options.ToolName, options.ToolVersion, options.AsOf,
                    options.ParameterOverrides, record, result.Evaluations, result.Inspection.Inputs));
            }
            else
            {
                var console = context.OutputConsole();
                foreach (var evaluation in result.Evaluations)
                {
                    RecordHeading.Write(console, evaluation, record);
                    foreach (var lifecycle in evaluation.Lifecycles) Render(console, lifecycle);
                }
            }
            foreach (var failed in result.Failed) context.Errors.Error($"lifecycle '{failed.Lifecycle.Name}' could not be replayed: {failed.Error}");
            if (result.HasInternalErrors) context.ReportBug("the engine failed on this record");
            return result.ExitCode;
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
                var transition = entry.Transition is null ? "-" : LifecycleText.Name(entry.Transition);
                timeline.AddRow(Markup.Escape(entry.State.Name), entry.From.ToString(), entry.To?.ToString() ?? "now", Markup.Escape(entry.Cause),
                    Markup.Escape(transition), Markup.Escape(entry.Citations.Length == 0 ? "-" : string.Join("; ", entry.Citations)));
            }
            console.Write(timeline);

            if (result.IgnoredEvents.Count > 0)
            {
                console.MarkupLine("[bold]Events ignored[/]");
                var ignored = new Table().Border(TableBorder.Simple);
                ignored.AddColumn("Date");
                ignored.AddColumn("Event");
                ignored.AddColumn("State");
                ignored.AddColumn("Reason");
                ignored.AddColumn("Why");
                foreach (var dropped in result.IgnoredEvents)
                {
                    ignored.AddRow(dropped.Date.ToString(), Markup.Escape(dropped.EventType.Name), Markup.Escape(LifecycleText.StateMet(dropped)),
                        LifecycleText.ReasonName(dropped.Reason), Markup.Escape(dropped.Explanation));
                }
                console.Write(ignored);
            }

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
                    pending.AddRow(deadline.Due.ToString(), Markup.Escape(LifecycleText.Name(deadline)),
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
