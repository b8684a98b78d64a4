using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Records;
using CompliancePolicy.Reporting;
using CompliancePolicy.Testing;
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

            var reference = RecordReference.Parse(recordText);
            if (!File.Exists(reference.Path)) throw new CliException($"--record: '{reference.Path}' does not exist");

            // Read the record against every policy; explain it against those whose schema it fits.
            var reads = Select(context, reference, compilation.Policies);
            if (reads is null) return ExitCodes.InputError;
            var fitting = reads.Where(r => r.Read.IsValid).ToArray();
            if (fitting.Length == 0)
            {
                foreach (var (policy, read) in reads)
                {
                    var suffix = reads.Count > 1 ? $" (schema of policy '{policy.Name}')" : null;
                    foreach (var diagnostic in read.Diagnostics.Where(d => d.IsError || reads.Count == 1)) context.Errors.Print(diagnostic, suffix);
                }
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

        /// <summary>
        /// Reads the file against every policy in step (records line up whatever the schema) and picks the record: the one
        /// whose ID, under any policy's key, is the one asked for; or the only record of the file. Null after an error.
        /// </summary>
        private static List<(Policy Policy, RecordReadResult Read)>? Select(CliContext context, RecordReference reference, IReadOnlyList<Policy> policies)
        {
            var readers = policies.Select(p => RecordReader.ReadFile(reference.Path, p.Schema).GetEnumerator()).ToArray();
            try
            {
                var ids = new List<string>();
                RecordReadResult[]? chosen = null;
                while (readers.All(r => r.MoveNext()))
                {
                    var results = readers.Select(r => r.Current).ToArray();
                    if (RecordReference.IsUnreadableFile(results[0]))
                    {
                        context.Errors.Print(results[0].Diagnostics);
                        return null;
                    }
                    var id = results.FirstOrDefault(r => r.IsValid)?.Id ?? results[0].Id;
                    if (ids.Count < 11) ids.Add(id);
                    if (reference.Id is null)
                    {
                        // A file of several records needs FILE#ID; read a few more IDs to suggest.
                        if (chosen != null && ids.Count > 10) break;
                        chosen ??= results;
                        continue;
                    }
                    if (results.Any(r => r.Id == reference.Id))
                    {
                        chosen = results;
                        break;
                    }
                }
                if (reference.Id is null && ids.Count > 1)
                    throw new CliException($"--record: '{reference.Path}' holds more than one record; name one with FILE#ID{Hint(ids)}");
                if (chosen is null)
                {
                    throw new CliException(reference.Id is null
                        ? $"--record: '{reference.Path}' holds no records"
                        : $"--record: '{reference.Path}' has no record with ID '{reference.Id}'{Hint(ids)}");
                }
                return policies.Select((p, i) => (p, chosen[i])).ToList();
            }
            finally
            {
                foreach (var reader in readers) reader.Dispose();
            }
        }

        private static string Hint(List<string> ids) =>
            ids.Count == 0 ? string.Empty : $" (IDs: {string.Join(", ", ids.Take(10))}{(ids.Count > 10 ? ", ..." : string.Empty)})";
    }
}
