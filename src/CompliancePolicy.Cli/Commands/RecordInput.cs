using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Testing;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary>The <c>--record FILE[#ID]</c> option of <c>explain</c> and <c>timeline</c>: one record, read against every policy given.</summary>
    internal static class RecordInput
    {
        /// <summary>The record against each policy; null after printing why there is none (the file cannot be read).
        /// A missing file or ID is a <see cref="CliException"/> naming the option.</summary>
        public static IReadOnlyList<PolicyRecord>? Select(CliContext context, string recordText, IReadOnlyList<Policy> policies)
        {
            var selection = RecordReference.Parse(recordText).SelectOne(policies);
            if (selection.Problem != null) throw new CliException("--record: " + selection.Problem);
            if (selection.FileDiagnostics.Count > 0)
            {
                context.Errors.Print(selection.FileDiagnostics);
                return null;
            }
            return selection.Reads;
        }

        /// <summary>For a record that fits no policy: its problems against each schema (errors only when there are several).</summary>
        public static void PrintMismatches(CliContext context, IReadOnlyList<PolicyRecord> reads)
        {
            foreach (var (policy, read) in reads)
            {
                var suffix = reads.Count > 1 ? $" (schema of policy '{policy.Name}')" : null;
                foreach (var diagnostic in read.Diagnostics.Where(d => d.IsError || reads.Count == 1)) context.Errors.Print(diagnostic, suffix);
            }
        }
    }
}
