using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary>The "Examples:" section that ends every command's --help.</summary>
    internal static class Examples
    {
        private static readonly Dictionary<string, string[]> ByCommand = new Dictionary<string, string[]>
        {
            [CliApp.ToolName] = new[]
            {
                "compliance check policies --records records --as-of 2026-11-23",
                "compliance due policies --records records --within 90days",
                "compliance lint policies",
                "compliance test policies",
                "compliance check --help",
            },
            ["check"] = new[]
            {
                "compliance check dsl-samples --records dsl-samples/records --as-of 2026-11-23",
                "compliance check eligibility.policy --records orgs.jsonl --param \"minimum_operation=6 months\" --fail-on major",
                "compliance check policies --records records --format sarif --output compliance.sarif",
                "compliance check policies --records exports/today --allow-empty",
                "compliance check policies --records register.jsonl --format jsonl --output nightly.jsonl",
                "compliance check policies --records register.jsonl --format csv --output failures.csv",
                "compliance check policies --records register.jsonl --max-listed 0 --jobs 2",
            },
            ["due"] = new[]
            {
                "compliance due dsl-samples/iso20000-certificate-status.policy --records dsl-samples/records/iso20000-certificate-status.json --within 90days",
                "compliance due policies --records register.jsonl --within \"3 months\" --format csv --output due.csv",
            },
            ["lint"] = new[]
            {
                "compliance lint policies",
                "compliance lint eligibility.policy --warnings-as-errors",
                "compliance lint policies --format sarif --output lint.sarif",
                "compliance lint policies --fix --dry-run",
            },
            ["fmt"] = new[]
            {
                "compliance fmt policies",
                "compliance fmt policies --check",
            },
            ["test"] = new[]
            {
                "compliance test policies",
                "compliance test policies/eligibility.policytest.json",
            },
            ["explain"] = new[]
            {
                "compliance explain eligibility.policy --record orgs.json#org-7 --as-of 2026-11-23",
                "compliance explain policies --record orgs.json#org-7 --clause ELIG-2 --param \"minimum_operation=6 months\"",
            },
            ["diff"] = new[]
            {
                "compliance diff HEAD~1:dsl-samples dsl-samples --records dsl-samples/records --as-of 2026-11-23",
                "compliance diff main:policies policies --records records --format markdown --output diff.md",
                "compliance diff old/eligibility.policy eligibility.policy --records orgs.jsonl --fail-on-new-failures false",
            },
            ["timeline"] = new[]
            {
                "compliance timeline dsl-samples/consultancy-termination.policy --record dsl-samples/records/consultancy-termination.json#ENG-03 --as-of 2026-11-23",
                "compliance timeline certificate.policy --record certificates.json#CERT-02 --param \"grace=3 months\" --format json",
            },
            ["coverage"] = new[]
            {
                "compliance coverage dsl-samples",
                "compliance coverage policies --format markdown --output coverage.md",
                "compliance coverage policies --format json --fail-on warning",
            },
            ["lsp"] = new[]
            {
                "compliance lsp",
                "compliance lsp --stdio",
            },
        };

        public static void Write(Command command, TextWriter output)
        {
            var name = command is RootCommand ? CliApp.ToolName : command.Name;
            if (!ByCommand.TryGetValue(name, out var lines)) return;
            output.WriteLine("Examples:");
            foreach (var line in lines) output.WriteLine("  " + line);
            output.WriteLine();
        }
    }

    /// <summary>System.CommandLine's help, followed by the command's examples.</summary>
    internal sealed class HelpWithExamplesAction : SynchronousCommandLineAction
    {
        private readonly HelpAction _help;

        public HelpWithExamplesAction(HelpAction help) => _help = help;

        public override int Invoke(ParseResult parseResult)
        {
            var result = _help.Invoke(parseResult);
            Examples.Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
            return result;
        }
    }
}
