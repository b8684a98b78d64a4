using System;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using CompliancePolicy.Checking;

namespace CompliancePolicy.Cli
{
    /// <summary>The process entry point: wires the real console and the interrupt signals into <see cref="CliApp"/>.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            Console.OutputEncoding = new UTF8Encoding(false);
            using var interrupted = new CancellationTokenSource();
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Interrupt(context, interrupted));
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Interrupt(context, interrupted));
            return CliApp.Run(args, Console.Out, Console.Error, CliEnvironment.FromProcess(interrupted.Token));
        }

        /// <summary>The first signal asks the run to stop and write what it checked (marked incomplete); a second one ends the
        /// process at once, removing the report's temporary file so that no partial report is left behind.</summary>
        private static void Interrupt(PosixSignalContext context, CancellationTokenSource interrupted)
        {
            if (!interrupted.IsCancellationRequested)
            {
                context.Cancel = true;
                Console.Error.WriteLine();
                Console.Error.WriteLine("Interrupted: finishing the records in flight and writing an incomplete report (interrupt again to stop at once).");
                interrupted.Cancel();
                return;
            }
            AtomicFile.AbandonAll();
            context.Cancel = false;
        }
    }
}
