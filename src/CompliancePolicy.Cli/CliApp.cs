using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using System.Reflection;
using CompliancePolicy.Cli.Commands;
using CompliancePolicy.Cli.Output;

namespace CompliancePolicy.Cli
{
    /// <summary>
    /// The whole tool behind one testable call: parses the command line with System.CommandLine, runs the command, and
    /// turns every failure into a one-line error and an exit code (0 ok, 1 failed check or test, 2 bad input, 3 a bug
    /// in the tool) — never a stack trace.
    /// </summary>
    public static class CliApp
    {
        public const string ToolName = "compliance";

        /// <summary>The tool's version without build metadata (e.g. "0.1.0").</summary>
        public static string Version { get; } = ReadVersion();

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CliEnvironment? environment = null)
        {
            var context = new CliContext(stdout, stderr, environment ?? new CliEnvironment());
            try
            {
                var root = CreateRootCommand(context);
                var parse = root.Parse(args);
                if (parse.Errors.Count > 0 && !(parse.Action is HelpWithExamplesAction))
                {
                    foreach (var error in parse.Errors) context.Errors.Error(error.Message);
                    var command = parse.CommandResult.Command;
                    var name = command is RootCommand ? ToolName : $"{ToolName} {command.Name}";
                    stderr.WriteLine($"Run '{name} --help' for usage.");
                    return ExitCodes.InputError;
                }
                return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            }
            catch (CliException e)
            {
                context.Errors.Error(e.Message);
                return ExitCodes.InputError;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                context.Errors.Error(e.Message);
                return ExitCodes.InputError;
            }
            catch (Exception e) when (!(e is OutOfMemoryException))
            {
                // The library never throws for bad input; anything here is a bug: say so in one line, without a stack trace.
                context.ReportBug($"{e.GetType().Name}: {e.Message}");
                return ExitCodes.InternalError;
            }
            finally
            {
                stdout.Flush();
                stderr.Flush();
            }
        }

        internal static RootCommand CreateRootCommand(CliContext context)
        {
            var root = new RootCommand("compliance: check records against compliance policies, and lint, format, test and explain the policies, measure their coverage of a rule index, replay a record's lifecycles and compare two versions of the policies. " +
                "Every command exits 3 on an internal error: a bug in the tool, never a problem with the inputs; the message says how to report it.")
            {
                CheckCommand.Create(context),
                DueCommand.Create(context),
                LintCommand.Create(context),
                FmtCommand.Create(context),
                TestCommand.Create(context),
                ExplainCommand.Create(context),
                TimelineCommand.Create(context),
                CoverageCommand.Create(context),
                LspCommand.Create(context),
                DiffCommand.Create(context),
            };
            foreach (var help in root.Options.OfType<HelpOption>())
            {
                if (help.Action is HelpAction action)
                {
                    action.MaxWidth = context.Environment.OutputIsTerminal ? Math.Max(60, context.Environment.Width) : 100;
                    help.Action = new HelpWithExamplesAction(action);
                }
            }
            foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new VersionAction();
            return root;
        }

        private static string ReadVersion()
        {
            var assembly = typeof(CliApp).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
            var plus = version.IndexOf('+');
            return plus >= 0 ? version.Substring(0, plus) : version;
        }
    }

    /// <summary>Prints this tool's version (System.CommandLine's own prints the entry assembly's, which is a test host under tests).</summary>
    internal sealed class VersionAction : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(CliApp.Version);
            return ExitCodes.Success;
        }
    }

    /// <summary>The exit codes every command shares.</summary>
    public static class ExitCodes
    {
        public const int Success = 0;

        /// <summary>A record failed a clause at or above the fail-on level, a test failed, or files need formatting.</summary>
        public const int Failure = 1;

        /// <summary>A policy does not compile, an input cannot be read, or the command line is wrong.</summary>
        public const int InputError = 2;

        /// <summary>An internal error: the tool or its engine failed, a bug to report, not a problem with the inputs.</summary>
        public const int InternalError = 3;
    }

    /// <summary>A problem with the user's input, reported as one line and exit code 2.</summary>
    internal sealed class CliException : Exception
    {
        public CliException(string message)
            : base(message)
        {
        }
    }

    /// <summary>The writers and environment a command runs with.</summary>
    internal sealed class CliContext
    {
        public CliContext(TextWriter output, TextWriter error, CliEnvironment environment)
        {
            Output = output;
            Error = error;
            Environment = environment;
            Errors = new DiagnosticPrinter(error, environment.ErrorIsTerminal, environment.ColorOnError);
        }

        public TextWriter Output { get; }
        public TextWriter Error { get; }
        public CliEnvironment Environment { get; }

        /// <summary>Prints diagnostics and one-line errors to stderr.</summary>
        public DiagnosticPrinter Errors { get; }

        /// <summary>Says on stderr that the tool failed on a bug (exit code 3), and how to report it.</summary>
        public void ReportBug(string what) =>
            Errors.Error(BugReports.Message($"{what} (compliance {CliApp.Version})", "the command line and the input files"));

        /// <summary>A Spectre console over stdout (or another writer): the terminal's width on a terminal; elsewhere
        /// wide enough that lines are never wrapped, so files and pipes get whole lines.</summary>
        public Spectre.Console.IAnsiConsole OutputConsole(TextWriter? writer = null, bool? color = null, bool? isTerminal = null)
        {
            var terminal = isTerminal ?? (writer is null && Environment.OutputIsTerminal);
            return Terminal.Create(writer ?? Output, color ?? Environment.ColorOnOutput, interactive: false, terminal ? Environment.Width : 10_000);
        }
    }
}
