using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CompliancePolicy.Evaluation.Remediation;

namespace CompliancePolicy.Reporting.Diff
{
    /// <summary>
    /// The diff as Markdown for a pull request comment: the counts and the result, the changes per clause, the first
    /// <see cref="MaxListed"/> records of each kind of change (with what would make a new failure pass), then how each
    /// policy's text changed. Only those rows are kept until the end.
    /// </summary>
    internal sealed class DiffMarkdownWriter : DiffReportWriter
    {
        private const string OtherChanges = "verdict, decisions or lifecycles only";

        private readonly TextWriter _output;
        private readonly Dictionary<string, List<string>> _rows = new Dictionary<string, List<string>>();
        private readonly Dictionary<string, int> _more = new Dictionary<string, int>();
        private DiffReportHeader? _header;

        public DiffMarkdownWriter(TextWriter output, int maxListed = 10)
        {
            _output = output;
            MaxListed = maxListed;
        }

        /// <summary>How many records each kind of change lists.</summary>
        public int MaxListed { get; }

        public override void Begin(DiffReportHeader header) => _header = header;

        public override void WriteRecord(RecordDiff record)
        {
            foreach (var policy in record.Policies)
            {
                foreach (var clause in policy.Clauses)
                {
                    var remedy = clause.Remedy is null ? string.Empty : Cell(RemedyText.Describe(clause.Remedy));
                    Row(clause.Kind, record, policy, $"**{Cell(clause.Id)}** {Cell(clause.Title)}", Cell(clause.Message ?? string.Empty), remedy);
                }
                if (policy.Clauses.Count > 0) continue;
                var values = policy.Decisions.Select(d => $"decision {d.Name}: {d.OldValue} → {d.NewValue}")
                    .Concat(policy.Lifecycles.Select(l => $"lifecycle {l.Name}: {l.OldValue} → {l.NewValue}"));
                Row(OtherChanges, record, policy, Cell(DiffText.Verdict(policy)), Cell(string.Join("\n", values)), string.Empty);
            }
        }

        private void Row(string kind, RecordDiff record, PolicyVerdictDiff policy, string what, string message, string remedy)
        {
            if (!_rows.TryGetValue(kind, out var rows)) _rows.Add(kind, rows = new List<string>());
            if (rows.Count >= MaxListed)
            {
                _more[kind] = _more.TryGetValue(kind, out var more) ? more + 1 : 1;
                return;
            }
            var where = "`" + Cell(JsonValues.PathText(record.File)) + ":" + record.Line.ToString(CultureInfo.InvariantCulture) + "`";
            var failure = policy.IsNewFailure ? " **new failure**" : string.Empty;
            rows.Add($"| {Cell(record.Id)}{failure} | {where} | {Cell(policy.Policy)} | {what} | {message} | {remedy} |");
        }

        public override void End(DiffSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            var header = _header!;
            var o = _output;
            o.WriteLine("# Policy diff");
            o.WriteLine();
            var parameters = header.ParameterOverrides.Count == 0 ? string.Empty : ", parameters " + string.Join(", ", header.ParameterOverrides.Select(p => $"`{Cell(p.Key)}={Cell(p.Value)}`"));
            o.WriteLine($"`{Cell(header.OldVersion)}` → `{Cell(header.NewVersion)}`, as of **{header.AsOf}**, failing on **{ReportNames.Of(header.FailOn)}**{parameters}. {header.ToolName} {header.ToolVersion}.");
            o.WriteLine();
            o.WriteLine("| records | changed | new failures | no longer failing |");
            o.WriteLine("|---:|---:|---:|---:|");
            o.WriteLine($"| {summary.Records} | {summary.Changed} | {summary.NewFailures} | {summary.Fixed} |");
            o.WriteLine();
            o.WriteLine($"**Result: {DiffText.Result(summary)}.**");
            if (summary.ClauseChanges.Count > 0)
            {
                o.WriteLine();
                o.WriteLine("## Changes per clause");
                o.WriteLine();
                o.WriteLine("| policy | clause | change | records |");
                o.WriteLine("|---|---|---|---:|");
                foreach (var count in summary.ClauseChanges) o.WriteLine($"| {Cell(count.Policy)} | {Cell(count.Clause)} | {count.Kind} | {count.Records} |");
            }
            foreach (var kind in _rows.Keys.OrderBy(k => k == OtherChanges).ThenByDescending(k => _rows[k].Count + (_more.TryGetValue(k, out var m) ? m : 0)).ThenBy(k => k, System.StringComparer.Ordinal))
            {
                o.WriteLine();
                o.WriteLine($"## {kind}");
                o.WriteLine();
                o.WriteLine("| record | where | policy | clause | message | to pass |");
                o.WriteLine("|---|---|---|---|---|---|");
                foreach (var row in _rows[kind]) o.WriteLine(row);
                if (_more.TryGetValue(kind, out var more)) o.WriteLine($"\n... and {more} more; `--format json` lists them all.");
            }
            WritePolicyChanges(header);
            if (diagnostics.Count > 0)
            {
                o.WriteLine();
                o.WriteLine("## Diagnostics");
                o.WriteLine();
                foreach (var diagnostic in diagnostics) o.WriteLine($"- `{Markdown.Code(diagnostic.ToString())}`");
            }
            o.Flush();
        }

        /// <summary>Each policy's structural changes, in the policy language's own syntax.</summary>
        private void WritePolicyChanges(DiffReportHeader header)
        {
            var o = _output;
            o.WriteLine();
            o.WriteLine("## Policy changes");
            var changed = header.Policies.Where(p => p.Changes.Count > 0 || p.Presence != null).ToArray();
            if (changed.Length == 0)
            {
                o.WriteLine();
                o.WriteLine("None: the policies read the same (layout and comments aside).");
            }
            foreach (var policy in changed)
            {
                o.WriteLine();
                o.WriteLine($"### {DiffText.Policy(policy)}");
                o.WriteLine();
                foreach (var change in policy.Changes)
                {
                    if (change.Part != null)
                    {
                        o.WriteLine($"- {Cell(change.Subject)}: {Code(change)}");
                        continue;
                    }
                    o.WriteLine($"- {Cell(change.Describe())}:");
                    o.WriteLine();
                    o.WriteLine("  ```policy");
                    foreach (var line in (change.NewText ?? change.OldText ?? string.Empty).Split('\n')) o.WriteLine("  " + line);
                    o.WriteLine("  ```");
                }
            }
        }

        /// <summary>"`old` became `new`", in inline code that survives any backtick the text holds.</summary>
        private static string Code(Syntax.Differencing.StructuralChange change)
        {
            string Inline(string text) => text.Contains("`") ? "`` " + text + " ``" : "`" + text + "`";
            switch (change.Kind)
            {
                case Syntax.Differencing.ChangeKind.Added: return Inline(change.NewText!) + " added";
                case Syntax.Differencing.ChangeKind.Removed: return Inline(change.OldText!) + " removed";
                default: return Inline(change.OldText!) + " became " + Inline(change.NewText!);
            }
        }

        private static string Cell(string text) => Markdown.Cell(text);
    }
}
