using System;
using System.Threading;
using Spectre.Console;

namespace CompliancePolicy.Cli.Output
{
    /// <summary>
    /// A spinner with a status line on stderr for long batches: shown only when stderr is a terminal and only once the
    /// work has run longer than the delay, so quick runs and pipelines never see it. stdout is never touched.
    /// </summary>
    internal sealed class ProgressDisplay : IDisposable
    {
        private readonly ManualResetEventSlim _done = new ManualResetEventSlim(false);
        private readonly Thread? _thread;

        private ProgressDisplay(IAnsiConsole? console, TimeSpan delay, Func<string> status)
        {
            if (console is null) return;
            _thread = new Thread(() => Show(console, delay, status)) { IsBackground = true, Name = "progress" };
            _thread.Start();
        }

        /// <summary>Starts watching; <paramref name="console"/> is null when stderr is not a terminal (then nothing is shown).</summary>
        public static ProgressDisplay Start(IAnsiConsole? console, TimeSpan delay, Func<string> status) => new ProgressDisplay(console, delay, status);

        private void Show(IAnsiConsole console, TimeSpan delay, Func<string> status)
        {
            if (_done.Wait(delay)) return;
            try
            {
                console.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(status()), context =>
                {
                    while (!_done.Wait(TimeSpan.FromMilliseconds(150))) context.Status(Markup.Escape(status()));
                });
            }
            catch (Exception e) when (e is InvalidOperationException || e is System.IO.IOException)
            {
                // A progress display must never break the run (e.g. the terminal went away).
            }
        }

        public void Dispose()
        {
            _done.Set();
            _thread?.Join();
            _done.Dispose();
        }
    }
}
