using System;
using CompliancePolicy.Values;

namespace CompliancePolicy.Cli
{
    /// <summary>
    /// What the tool may know about where it runs: whether its streams are terminals, whether colour is wanted, the
    /// terminal width, and today's date (the only place the clock is read, for the default <c>--as-of</c>).
    /// </summary>
    public sealed class CliEnvironment
    {
        public CliEnvironment(bool outputIsTerminal = false, bool errorIsTerminal = false, bool noColor = false, int width = 120, Func<CalendarDate>? today = null)
        {
            OutputIsTerminal = outputIsTerminal;
            ErrorIsTerminal = errorIsTerminal;
            NoColor = noColor;
            Width = width;
            Today = today ?? (() => CalendarDate.FromDateTime(DateTime.Now));
        }

        public bool OutputIsTerminal { get; }
        public bool ErrorIsTerminal { get; }

        /// <summary>NO_COLOR is set (https://no-color.org): never colour, even on a terminal.</summary>
        public bool NoColor { get; }

        public int Width { get; }

        /// <summary>Today's local date; read only when <c>--as-of</c> is not given.</summary>
        public Func<CalendarDate> Today { get; }

        /// <summary>A batch longer than this shows a progress indicator on a terminal's stderr.</summary>
        public TimeSpan ProgressDelay { get; init; } = TimeSpan.FromSeconds(1);

        /// <summary>When stderr is not a terminal (a CI log), a progress line every this often, from the first interval on;
        /// zero for none. The process sets 5 seconds (<see cref="FromProcess"/>); in-process hosts and tests opt in.</summary>
        public TimeSpan ProgressInterval { get; init; }

        /// <summary>Cancelled when the user interrupts the tool (Ctrl+C, SIGTERM): a check then stops reading, reports
        /// what it checked as incomplete and exits 130.</summary>
        public System.Threading.CancellationToken Interrupted { get; init; }

        public bool ColorOnOutput => OutputIsTerminal && !NoColor;
        public bool ColorOnError => ErrorIsTerminal && !NoColor;

        public static CliEnvironment FromProcess(System.Threading.CancellationToken interrupted = default)
        {
            var outputIsTerminal = !Console.IsOutputRedirected;
            var errorIsTerminal = !Console.IsErrorRedirected;
            var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
            var width = 120;
            try
            {
                if (outputIsTerminal && Console.WindowWidth > 0) width = Console.WindowWidth;
            }
            catch (System.IO.IOException)
            {
                // No console window (e.g. a pseudo-terminal without size): keep the default.
            }
            return new CliEnvironment(outputIsTerminal, errorIsTerminal, noColor, width) { Interrupted = interrupted, ProgressInterval = TimeSpan.FromSeconds(5) };
        }
    }
}
