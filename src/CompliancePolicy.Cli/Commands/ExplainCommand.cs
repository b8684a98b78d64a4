using System.Collections.Generic;
using System.CommandLine;
using CompliancePolicy.Checking;
using CompliancePolicy.Cli.Output;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Remediation;
using CompliancePolicy.Records;
using CompliancePolicy.Reporting;
using Spectre.Console;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>compliance explain POLICY --record FILE[#ID] [--clause ID] [--as-of DATE] [--param NAME=VALUE]</c>: options
    /// parsed here, the explanation is <see cref="RecordExplanation.Explain"/>, and this draws it as trees.</summary>
    internal static class ExplainCommand
    {
        public static Command Create(CliContext context)
        {
            var policies = new Argument<string[]>("POLICY")
            {
                Arity = ArgumentArity.OneOrMore,
                Description = "The policy: a file, or a folder searched recursively for *.policy. With several policies, the record is explained against each policy whose schema it fits.",
            }.RejectOptionLikeValues();
            var record = new Option<string>("--record")
            {
                Required = true,
                HelpName = "FILE[#ID]",
                Description = "The record: a JSON / JSON Lines file holding one record, or FILE#ID for the record whose key is ID (FILE##n for the n-th record of a schema without a key).",
            };
            var clause = new Option<string?>("--clause")
            {
                HelpName = "ID",
                Description = "Explain only this clause (default: every clause).",
            };
            var asOf = CommonOptions.AsOf("The evaluation date, yyyy-MM-dd (default: today; the date used is printed).");
            var parameters = CommonOptions.Parameters("Override a policy parameter (repeatable, each NAME once).");
            var command = new Command("explain",
                "Show how one record was evaluated, as a tree: each clause, each condition and sub-expression, the values seen and the verdict. " +
                "Exit codes: 0 explained; 2 the policy, the record or the command line cannot be used; 3 an internal error (a bug to report).")
            {
                policies, record, clause, asOf, parameters,
            };
            command.SetAction(parse => Run(context, parse.GetValue(policies)!, parse.GetValue(record)!, parse.GetValue(clause), parse.GetValue(asOf), parse.GetValue(parameters)));
            return command;
        }

        private static int Run(CliContext context, string[] policyPaths, string recordText, string? clauseId, string? asOfText, string[]? parameterTexts)
        {
            var options = Inputs.Options(context, asOfText, parameterTexts);
            var result = RecordExplanation.Explain(policyPaths, recordText, clauseId, options, new RunPrinter(context.Errors));
            if (result.Problem != null) throw Inputs.Refused(result.Problem);
            if (result.ExitCode == ExitCodes.InputError) return result.ExitCode;

            var console = context.OutputConsole();
            var record = result.Inspection.Record!;
            foreach (var policy in result.Policies) Render(console, policy, record);
            foreach (var other in result.Inspection.NotApplicable)
                console.MarkupLine($"[grey]Not applicable to policy '{Markup.Escape(other.Policy.Name)}': {Markup.Escape(other.Reason)}[/]");
            if (result.HasInternalErrors) context.ReportBug("the engine failed on this record; the explanation marks where");
            return result.ExitCode;
        }

        private static void Render(IAnsiConsole console, PolicyExplanation explained, RecordReadResult read)
        {
            var evaluation = explained.Evaluation;
            RecordHeading.Write(console, evaluation, read);
            foreach (var explanation in explained.Clauses)
            {
                var clause = explanation.Clause;
                var citations = clause.Citations.Length == 0 ? string.Empty : $" [grey](cites {Markup.Escape(string.Join("; ", clause.Citations))})[/]";
                var tree = new Tree($"[bold]{Markup.Escape(clause.Id)}[/] {Markup.Escape(clause.Title)} [grey][[{ReportNames.Of(clause.Severity)}]][/]: {Outcome(explanation.Outcome)}{citations}");
                tree.AddNode($"[grey]message:[/] {Markup.Escape(explanation.Message)}");
                foreach (var step in explanation.Steps) Add(tree, step);
                if (explanation.Remediation.Remedy is { } remedy) AddLines(tree, RemedyText.ToPass(remedy));
                if (explanation.Remediation.Outlook is { } outlook) tree.AddNode($"[cyan]{Markup.Escape(outlook.Describe())}[/]");
                console.Write(tree);
                console.WriteLine();
            }
            if (explained.Decisions.Count > 0)
            {
                var decisions = new Tree("[bold]Decisions[/]");
                foreach (var decision in explained.Decisions)
                {
                    decisions.AddNode(decision.IsError
                        ? $"{Markup.Escape(decision.Name)} → [yellow]error: {Markup.Escape(decision.Error!)}[/]"
                        : $"{Markup.Escape(decision.Name)} = {Value(ValueFormatter.Format(decision.Value))}");
                }
                console.Write(decisions);
                console.WriteLine();
            }
        }

        /// <summary>A remedy's lines as a node whose indented lines are its children, as the list reads in the text report.</summary>
        private static void AddLines(IHasTreeNodes parent, IReadOnlyList<string> lines)
        {
            var nodes = new Stack<(int Depth, IHasTreeNodes Node)>();
            nodes.Push((-1, parent));
            foreach (var line in lines)
            {
                var depth = line.Length - line.TrimStart(' ').Length;
                while (nodes.Peek().Depth >= depth) nodes.Pop();
                var text = line.Substring(depth);
                if (text.StartsWith("- ", System.StringComparison.Ordinal)) text = text.Substring(2);
                nodes.Push((depth, nodes.Peek().Node.AddNode($"[cyan]{Markup.Escape(text)}[/]")));
            }
        }

        private static void Add(IHasTreeNodes parent, ExplanationNode node)
        {
            var role = node.Role is null ? string.Empty : $"[blue]{Markup.Escape(node.Role)}[/] ";
            var value = node.Value.Length == 0 ? string.Empty : " → " + Value(node.Value);
            var child = parent.AddNode(role + Markup.Escape(node.Expression) + value);
            foreach (var grandchild in node.Children) Add(child, grandchild);
        }

        private static string Value(string value) =>
            value == "true" ? "[green]true[/]" : value == "false" ? "[red]false[/]" : value.StartsWith("error", System.StringComparison.Ordinal) ? $"[yellow]{Markup.Escape(value)}[/]" : Markup.Escape(value);

        private static string Outcome(ClauseOutcome outcome) => outcome switch
        {
            ClauseOutcome.Pass => "[green]pass[/]",
            ClauseOutcome.Fail => "[red]fail[/]",
            ClauseOutcome.NotApplicable => "[grey]not-applicable[/]",
            _ => "[yellow]error[/]",
        };
    }
}
