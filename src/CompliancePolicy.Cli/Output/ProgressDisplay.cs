using System;
using System.Globalization;
using System.IO;
using System.Threading;
using CompliancePolicy.Checking;
using Spectre.Console;

namespace CompliancePolicy.Cli.Output
{
    /// <summary>
    /// Progress of a long run on stderr, never on stdout: records checked, records per second, bytes read of the total and
    /// the time left when the size is known. On a terminal a live bar, once the run has taken longer than a delay; in a
    /// log (stderr not a terminal) a plain line every interval. Quick runs see nothing.
    /// </summary>
    internal sealed class ProgressDisplay : IDisposable
    {
        private readonly ManualResetEventSlim _done = new ManualResetEventSlim(false);
        private readonly Thread? _thread;

        private ProgressDisplay(Action<ManualResetEventSlim>? show)
        {
            if (show is null) return;
            _thread = new Thread(() => Guarded(show)) { IsBackground = true, Name = "progress" };
            _thread.Start();
        }

        /// <summary>A live bar on <paramref name="terminal"/> after <paramref name="delay"/>; else, when <paramref name="log"/>
        /// is given and <paramref name="interval"/> is not zero, a line there every interval; else nothing.</summary>
        public static ProgressDisplay Start(IAnsiConsole? terminal, TextWriter? log, TimeSpan delay, TimeSpan interval, RunProgress progress)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Func<ProgressText> sample = () => new ProgressText(progress.RecordsChecked, progress.BytesRead, progress.TotalBytes, clock.Elapsed);
            if (terminal != null) return new ProgressDisplay(done => ShowBar(terminal, delay, sample, done));
            if (log != null && interval > TimeSpan.Zero) return new ProgressDisplay(done => WriteLines(log, interval, sample, done));
            return new ProgressDisplay(null);
        }

        private static void ShowBar(IAnsiConsole console, TimeSpan delay, Func<ProgressText> sample, ManualResetEventSlim done)
        {
            if (done.Wait(delay)) return;
            console.Progress()
                .AutoClear(true)
                // A narrow bar leaves the description its whole line on a 120-column terminal ("4,200,000 records, ...,
                // about 19 min left" is 85 characters); Spectre cuts a description that does not fit.
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn { Width = 20 }, new PercentageColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask(Markup.Escape(sample().Summary), maxValue: 1);
                    // The last frame shows the run's final counts, however soon it ended after the bar appeared.
                    var finished = false;
                    while (!finished)
                    {
                        finished = done.IsSet;
                        var now = sample();
                        task.Description = Markup.Escape(now.Summary);
                        task.IsIndeterminate = now.Total is null;
                        if (now.Total is { } total && total > 0)
                        {
                            task.MaxValue = total;
                            task.Value = Math.Min(now.Bytes, total);
                        }
                        context.Refresh();
                        if (!finished) done.Wait(TimeSpan.FromMilliseconds(200));
                    }
                });
        }

        private static void WriteLines(TextWriter log, TimeSpan interval, Func<ProgressText> sample, ManualResetEventSlim done)
        {
            while (!done.Wait(interval))
            {
                log.WriteLine("progress: " + sample().Summary);
                log.Flush();
            }
        }

        private void Guarded(Action<ManualResetEventSlim> show)
        {
            try
            {
                show(_done);
            }
            catch (Exception e) when (!(e is OutOfMemoryException))
            {
                // A progress display must never break the run (the terminal went away, or the display itself failed): on
                // its own thread, an exception that escaped would end the whole process.
            }
        }

        public void Dispose()
        {
            _done.Set();
            _thread?.Join();
            _done.Dispose();
        }
    }

    /// <summary>One reading of a run's progress, in words: "1,204,331 records, 152,880 records/s, 812.4 of 2,710.3 MiB (30%), about 19 s left".</summary>
    internal readonly struct ProgressText
    {
        public ProgressText(int records, long bytes, long? total, TimeSpan elapsed)
        {
            Records = records;
            Bytes = bytes;
            Total = total;
            Elapsed = elapsed;
        }

        public int Records { get; }
        public long Bytes { get; }
        public long? Total { get; }
        public TimeSpan Elapsed { get; }

        public string Summary
        {
            get
            {
                var seconds = Math.Max(Elapsed.TotalSeconds, 0.001);
                var text = string.Format(CultureInfo.InvariantCulture, "{0:N0} records, {1:N0} records/s, ", Records, Records / seconds);
                if (Total is not { } total || total <= 0) return text + Mib(Bytes) + " MiB read";
                text += string.Format(CultureInfo.InvariantCulture, "{0} of {1} MiB ({2:0}%)", Mib(Bytes), Mib(total), 100.0 * Bytes / total);
                if (Bytes <= 0 || Bytes >= total) return text;
                var left = TimeSpan.FromSeconds((total - Bytes) * seconds / Bytes);
                return text + ", about " + Duration(left) + " left";
            }
        }

        private static string Mib(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("N1", CultureInfo.InvariantCulture);

        private static string Duration(TimeSpan span) =>
            span.TotalSeconds < 90 ? $"{Math.Ceiling(span.TotalSeconds):0} s"
            : span.TotalMinutes < 90 ? $"{Math.Ceiling(span.TotalMinutes):0} min"
            : $"{span.TotalHours:0.0} h";
    }
}
