using System.CommandLine;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Records;
using CompliancePolicy.Reporting;
using Spectre.Console;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>compliance explain POLICY --record FILE[#ID] [--clause ID] [--as-of DATE] [--param NAME=VALUE]</c>.</summary>
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
            var asOf = new Option<string?>("--as-of")
            {
                HelpName = "DATE",
                Description = "The evaluation date, yyyy-MM-dd (default: today; the date used is printed).",
            };
            var parameters = new Option<string[]>("--param", "-p")
            {
                HelpName = "NAME=VALUE",
                Description = "Override a policy parameter (repeatable).",
            };
            var command = new Command("explain",
                "Show how one record was evaluated, as a tree: each clause, each condition and sub-expression, the values seen and the verdict. " +
                "Exit codes: 0 explained; 2 the policy, the record or the command line cannot be used.")
            {
                policies, record, clause, asOf, parameters,
            };
            command.SetAction(parse => Run(context, parse.GetValue(policies)!, parse.GetValue(record)!, parse.GetValue(clause), parse.GetValue(asOf), parse.GetValue(parameters)));
            return command;
        }

        private static int Run(CliContext context, string[] policyPaths, string recordText, string? clauseId, string? asOfText, string[]? parameterTexts)
        {
            var asOf = Inputs.AsOf(asOfText, context.Environment);
            var overrides = Inputs.Parameters(parameterTexts);
            var sources = Inputs.PolicySourceTexts(context, policyPaths);
            if (sources is null) return ExitCodes.InputError;
            var compilation = PolicyCompiler.Compile(sources);
            context.Errors.AddSources(sources);
            context.Errors.Print(compilation.Diagnostics.Where(d => d.IsError));
            if (compilation.HasErrors) return ExitCodes.InputError;

            // Read the record against every policy; explain it against those whose schema it fits.
            var reads = RecordInput.Select(context, recordText, compilation.Policies);
            if (reads is null) return ExitCodes.InputError;
            var fitting = reads.Where(r => r.Read.IsValid).ToArray();
            if (fitting.Length == 0)
            {
                RecordInput.PrintMismatches(context, reads);
                return ExitCodes.InputError;
            }

            var infos = ParameterOverrides.Apply(fitting.Select(f => f.Policy).ToArray(), overrides, out var parameterProblems);
            context.Errors.Print(parameterProblems);
            if (parameterProblems.Any(d => d.IsError)) return ExitCodes.InputError;
            if (clauseId != null && !fitting.Any(f => f.Policy.Clauses.Any(c => c.Id == clauseId)))
            {
                var suggestion = Suggestions.DidYouMean(clauseId, fitting.SelectMany(f => f.Policy.Clauses).Select(c => c.Id));
                throw new CliException($"--clause: no clause has the ID '{clauseId}'{suggestion}");
            }

            var console = context.OutputConsole();
            for (var i = 0; i < fitting.Length; i++)
            {
                var (policy, read) = fitting[i];
                foreach (var warning in read.Diagnostics) context.Errors.Print(warning);
                var evaluation = policy.Evaluate(read.Record!, asOf, infos[i].ParameterValues);
                Render(console, evaluation, read, clauseId, infos[i]);
            }
            foreach (var (policy, read) in reads.Where(r => !r.Read.IsValid))
            {
                var problem = read.Diagnostics.FirstOrDefault(d => d.IsError);
                console.MarkupLine($"[grey]Not applicable to policy '{Markup.Escape(policy.Name)}': the record does not fit schema '{Markup.Escape(policy.Schema.Name)}'{Markup.Escape(problem is null ? string.Empty : ": " + problem.Message)}[/]");
            }
            return ExitCodes.Success;
        }

        private static void Render(IAnsiConsole console, RecordEvaluation evaluation, RecordReadResult read, string? clauseId, PolicyInfo info)
        {
            var policy = evaluation.Policy;
            var name = policy.Version is null ? policy.Name : $"{policy.Name} {policy.Version}";
            console.MarkupLine($"Record [bold]{Markup.Escape(read.Id)}[/] ({Markup.Escape(read.Path)}:{read.Line}) against policy [bold]{Markup.Escape(name)}[/] as of {evaluation.AsOf}");
            var overridden = info.Parameters.Where(p => p.Overridden).ToArray();
            if (overridden.Length > 0) console.MarkupLine("Parameters: " + Markup.Escape(string.Join(", ", overridden.Select(p => $"{p.Name} = {p.Value}"))));
            console.WriteLine();
            foreach (var clause in policy.Clauses.Where(c => clauseId is null || c.Id == clauseId))
            {
                var explanation = evaluation.Explain(clause.Id);
                var citations = clause.Citations.Length == 0 ? string.Empty : $" [grey](cites {Markup.Escape(string.Join("; ", clause.Citations))})[/]";
                var tree = new Tree($"[bold]{Markup.Escape(clause.Id)}[/] {Markup.Escape(clause.Title)} [grey][[{ReportNames.Of(clause.Severity)}]][/]: {Outcome(explanation.Outcome)}{citations}");
                tree.AddNode($"[grey]message:[/] {Markup.Escape(explanation.Message)}");
                foreach (var step in explanation.Steps) Add(tree, step);
                console.Write(tree);
                console.WriteLine();
            }
            if (clauseId is null && evaluation.Decisions.Count > 0)
            {
                var decisions = new Tree("[bold]Decisions[/]");
                foreach (var decision in evaluation.Decisions)
                {
                    decisions.AddNode(decision.IsError
                        ? $"{Markup.Escape(decision.Name)} → [yellow]error: {Markup.Escape(decision.Error!)}[/]"
                        : $"{Markup.Escape(decision.Name)} = {Value(ValueFormatter.Format(decision.Value))}");
                }
                console.Write(decisions);
                console.WriteLine();
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
