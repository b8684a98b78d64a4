using System;
using System.Text;

namespace CompliancePolicy.Cli
{
    /// <summary>The process entry point: wires the real console into <see cref="CliApp"/>.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            Console.OutputEncoding = new UTF8Encoding(false);
            return CliApp.Run(args, Console.Out, Console.Error, CliEnvironment.FromProcess());
        }
    }
}
