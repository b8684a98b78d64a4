using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CompliancePolicy.Reporting.Diff
{
    /// <summary>
    /// The diff for people: how each policy's text changed, then each record whose verdict changed (the first
    /// <see cref="MaxListed"/>, as they are read) with its clause, decision and lifecycle changes and what would make a new
    /// failure pass, then the counts per clause and per kind of change and the result.
    /// </summary>
    internal sealed class DiffTextWriter : DiffReportWriter
    {
        private readonly TextWriter _output;
        private readonly ISet<Diagnostics.Diagnostic> _alreadyShown;
        private int _listed;
        private int _notListed;
        private DiffReportHeader? _header;

        /// <param name="output">Where the report goes.</param>
        /// <param name="maxListed">How many changed records are listed.</param>
        /// <param name="alreadyShown">Diagnostics the host has printed already (on standard error), left out here.</param>
        public DiffTextWriter(TextWriter output, int maxListed = 50, ISet<Diagnostics.Diagnostic>? alreadyShown = null)
        {
            _output = output;
            MaxListed = maxListed;
            _alreadyShown = alreadyShown ?? new HashSet<Diagnostics.Diagnostic>();
        }

        public int MaxListed { get; }

        public override void Begin(DiffReportHeader header)
        {
            _header = header;
            var o = _output;
            o.WriteLine($"Policy diff: {header.OldVersion} → {header.NewVersion}, as of {header.AsOf}, failing on {ReportNames.Of(header.FailOn)}");
            o.WriteLine();
            o.WriteLine("Policy changes");
            if (header.Policies.All(p => p.Changes.Count == 0 && p.Presence is null)) o.WriteLine("  none");
            foreach (var policy in header.Policies.Where(p => p.Changes.Count > 0 || p.Presence != null))
            {
                o.WriteLine("  " + DiffText.Policy(policy));
                foreach (var change in policy.Changes)
                {
                    foreach (var line in DiffText.Change(change)) o.WriteLine("    " + line);
                }
            }
            o.WriteLine();
            o.WriteLine("Verdict changes");
            o.Flush();
        }

        public override void WriteRecord(RecordDiff record)
        {
            if (_listed >= MaxListed)
            {
                _notListed++;
                return;
            }
            _listed++;
            var o = _output;
            o.WriteLine($"  {record.Id}  {record.File}:{record.Line}{(record.IsNewFailure ? "  NEW FAILURE" : string.Empty)}");
            foreach (var policy in record.Policies)
            {
                o.WriteLine($"    {policy.Policy}: {DiffText.Verdict(policy)}");
                foreach (var clause in policy.Clauses)
                {
                    o.WriteLine("      " + DiffText.Clause(clause));
                    if (clause.Remedy != null)
                    {
                        foreach (var line in Evaluation.Remediation.RemedyText.ToPass(clause.Remedy)) o.WriteLine("        " + line);
                    }
                }
                foreach (var decision in policy.Decisions) o.WriteLine($"      decision {decision.Name}: {decision.OldValue} → {decision.NewValue}");
                foreach (var lifecycle in policy.Lifecycles) o.WriteLine($"      lifecycle {lifecycle.Name}: {lifecycle.OldValue} → {lifecycle.NewValue}");
            }
            o.Flush();
        }

        public override void End(DiffSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            var o = _output;
            if (summary.Changed == 0) o.WriteLine("  none");
            if (_notListed > 0) o.WriteLine($"  ... and {_notListed} more records with changes; --max-listed shows more, --format json lists them all.");
            foreach (var diagnostic in diagnostics.Where(d => !_alreadyShown.Contains(d.Diagnostic))) o.WriteLine(diagnostic.ToString());
            o.WriteLine();
            o.WriteLine("Summary");
            o.WriteLine("  " + DiffText.Counts(summary) + ".");
            if (summary.ClauseChanges.Count > 0)
            {
                o.WriteLine("  Changes per clause:");
                var width = summary.ClauseChanges.Max(c => (c.Policy + "  " + c.Clause).Length);
                foreach (var count in summary.ClauseChanges)
                    o.WriteLine($"    {(count.Policy + "  " + count.Clause).PadRight(width)}  {count.Kind}  {count.Records}");
                o.WriteLine("  Changes per kind:");
                foreach (var kind in summary.Kinds) o.WriteLine($"    {kind.Key}  {kind.Value}");
            }
            o.WriteLine("  Result: " + DiffText.Result(summary) + ".");
            var inputs = _header!.PolicyFiles.Concat(summary.RecordFiles).ToArray();
            if (inputs.Length > 0)
            {
                o.WriteLine("Inputs (SHA-256):");
                foreach (var input in inputs) o.WriteLine($"{input.Sha256}  {input.Path}");
            }
            o.Flush();
        }
    }
}
