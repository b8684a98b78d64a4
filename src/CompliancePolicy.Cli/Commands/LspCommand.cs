using System;
using System.CommandLine;
using CompliancePolicy.LanguageServer;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>compliance lsp</c>: the language server for editors, over standard input and output.</summary>
    internal static class LspCommand
    {
        public static Command Create(CliContext context)
        {
            var stdio = new Option<bool>("--stdio")
            {
                Description = "Speak over standard input and output: the only transport, and the default (accepted because editors pass it).",
            };
            var command = new Command("lsp",
                "Run the language server for .policy files (the Language Server Protocol over standard input and output): " +
                "diagnostics, hover, completion, navigation, rename, formatting, code actions and code lenses. Editors start it; see docs/editors.md. " +
                "Exit codes: 0 after the client's 'shutdown' and 'exit', 1 when the client ends without them.")
            {
                stdio,
            };
            command.SetAction(parse => PolicyLanguageServer.RunAsync(Console.OpenStandardInput(), Console.OpenStandardOutput()).GetAwaiter().GetResult());
            return command;
        }
    }
}
