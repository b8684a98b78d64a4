using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Records;
using CompliancePolicy.Reporting;
using CompliancePolicy.Reporting.Diff;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// Reads record files once and evaluates each record under both versions of every policy, as <c>check</c> does under
    /// one: a file is read once per distinct schema, in step, and a new version whose schema has the old one's shape is
    /// given the old reading translated, so in the common case each record is read once. Counts the changes as it goes.
    /// </summary>
    internal sealed class DiffRun
    {
        private readonly RunOptions _options;
        private readonly bool _failOnNewFailures;
        private readonly IReadOnlyList<PolicyVersions> _pairs;
        private readonly DiffReportWriter _writer;
        private readonly IRunListener _listener;
        private readonly Severity _reportAt;
        private readonly List<ReportDiagnostic> _diagnostics = new List<ReportDiagnostic>();
        private readonly List<InputFile> _recordFiles = new List<InputFile>();
        private readonly Dictionary<(string Policy, string Clause, string Kind), int> _clauseChanges = new Dictionary<(string, string, string), int>();
        private readonly Dictionary<string, int> _kinds = new Dictionary<string, int>();

        /// <summary>The schemas read, and per policy which reading (or translation of one) gives its old and new records.</summary>
        private readonly List<(RecordType Schema, Policy Policy)> _readings = new List<(RecordType, Policy)>();
        private readonly (int Old, int New, RecordTranslation? Translation)[] _plan;

        private int _files;
        private int _records;
        private int _changed;
        private int _newFailures;
        private int _fixed;
        private int _unreadable;
        private bool _inputErrors;

        public DiffRun(RunOptions options, bool failOnNewFailures, IReadOnlyList<PolicyVersions> pairs, DiffReportWriter writer, DiffReportHeader header,
            IEnumerable<Diagnostic> diagnostics, IRunListener listener)
        {
            _options = options;
            _failOnNewFailures = failOnNewFailures;
            _pairs = pairs;
            _writer = writer;
            _listener = listener;
            _reportAt = options.FailOn ?? Severity.Advisory;
            foreach (var diagnostic in diagnostics) Add(new ReportDiagnostic(diagnostic));
            _plan = pairs.Select(Plan).ToArray();
            writer.Begin(header);
        }

        public IReadOnlyList<ReportDiagnostic> Diagnostics => _diagnostics;

        /// <summary>Which readings give the pair its records: its old version's schema, and the new version's own or a translation.</summary>
        private (int Old, int New, RecordTranslation? Translation) Plan(PolicyVersions pair)
        {
            var old = pair.Old is null ? -1 : Reading(pair.Old.Policy);
            if (pair.New is null) return (old, -1, null);
            var translation = pair.Old is null ? null : RecordTranslation.Between(pair.Old.Policy.Schema, pair.New.Policy.Schema);
            return translation != null ? (old, old, translation) : (old, Reading(pair.New.Policy), null);
        }

        private int Reading(Policy policy)
        {
            var index = _readings.FindIndex(r => r.Schema == policy.Schema);
            if (index >= 0) return index;
            _readings.Add((policy.Schema, policy));
            return _readings.Count - 1;
        }

        private void Add(ReportDiagnostic diagnostic)
        {
            _diagnostics.Add(diagnostic);
            if (diagnostic.Diagnostic.IsError) _inputErrors = true;
        }

        /// <summary>Compares every record of a file; returns how many it holds.</summary>
        public int CompareFile(string path, CancellationToken cancellationToken)
        {
            _files++;
            if (_readings.Count == 0) return 0;
            var count = 0;
            using var fingerprinted = RecordFileReading.TryOpen(path);
            // The first schema's reading hashes the bytes; the others read the file on their own.
            var readings = _readings.Select((r, i) => i == 0 && fingerprinted != null
                ? RecordReader.Read(fingerprinted, path, r.Schema, cancellationToken)
                : RecordReader.ReadFile(path, r.Schema, cancellationToken)).ToArray();
            foreach (var results in RecordFileReading.InStep(readings, cancellationToken))
            {
                if (CompareRecord(results)) count++;
            }
            if (fingerprinted != null) RecordFileReading.Fingerprint(fingerprinted, path, _recordFiles);
            return count;
        }

        private bool CompareRecord(RecordReadResult[] results)
        {
            var first = results[0];
            if (results.All(r => !r.IsValid))
            {
                var unopenable = first.Diagnostics.Any(d => d.Rule == DiagnosticRules.RecordFileUnreadable);
                foreach (var diagnostic in first.Diagnostics.Where(d => d.IsError))
                {
                    Add(new ReportDiagnostic(diagnostic));
                    if (unopenable) _listener.Diagnostic(diagnostic);
                }
                if (unopenable) return false;
                _inputErrors = true;
                _unreadable++;
                _records++;
                return true;
            }
            _records++;
            var policies = new List<PolicyVerdictDiff>();
            for (var i = 0; i < _pairs.Count; i++)
            {
                var pair = _pairs[i];
                var (oldReading, newReading, translation) = _plan[i];
                var oldRead = oldReading < 0 ? null : results[oldReading];
                var old = pair.Old != null && oldRead!.IsValid ? pair.Old.Policy.Evaluate(oldRead.Record!, _options.AsOf, pair.Old.Parameters) : null;
                RecordEvaluation? @new = null;
                if (pair.New != null)
                {
                    var record = translation != null ? (oldRead!.IsValid ? translation.Translate(oldRead.Record!) : null)
                        : results[newReading].Record;
                    if (record != null) @new = pair.New.Policy.Evaluate(record, _options.AsOf, pair.New.Parameters);
                }
                var diff = VerdictComparison.Compare(pair.Title, pair.Old != null, old, pair.New != null, @new, _reportAt);
                if (diff != null) policies.Add(diff);
            }
            if (policies.Count == 0) return true;
            var chosen = results.First(r => r.IsValid);
            var recordDiff = new RecordDiff(chosen.Id, chosen.Path, chosen.Line, chosen.Index, policies);
            Count(recordDiff);
            _writer.WriteRecord(recordDiff);
            return true;
        }

        private void Count(RecordDiff record)
        {
            _changed++;
            if (record.IsNewFailure) _newFailures++;
            else if (record.Policies.Any(p => p.IsFixed)) _fixed++;
            foreach (var policy in record.Policies)
            {
                foreach (var clause in policy.Clauses)
                {
                    var key = (policy.Policy, clause.Id, clause.Kind);
                    _clauseChanges[key] = _clauseChanges.TryGetValue(key, out var n) ? n + 1 : 1;
                    _kinds[clause.Kind] = _kinds.TryGetValue(clause.Kind, out var k) ? k + 1 : 1;
                }
            }
        }

        /// <summary>Ends the report. A run that compared no record is an input error unless empty runs are allowed, as for check.</summary>
        public DiffSummary Complete(bool nothingRan)
        {
            if (_records == 0 && !_inputErrors && !nothingRan && !_options.AllowEmpty)
            {
                var diagnostic = DiagnosticMessages.NothingChecked(_files == 0 ? "no record file was found" : "the record files hold no records").At(null);
                Add(new ReportDiagnostic(diagnostic));
                _listener.Diagnostic(diagnostic);
            }
            var clauseChanges = _clauseChanges.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Policy, StringComparer.Ordinal).ThenBy(c => c.Key.Clause, StringComparer.Ordinal)
                .ThenBy(c => c.Key.Kind, StringComparer.Ordinal).Select(c => new ClauseChangeCount(c.Key.Policy, c.Key.Clause, c.Key.Kind, c.Value)).ToArray();
            var kinds = _kinds.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal).ToArray();
            var summary = new DiffSummary(_files, _records, _changed, _newFailures, _fixed, _unreadable, _inputErrors || nothingRan, _failOnNewFailures,
                clauseChanges, kinds, _recordFiles.ToArray());
            _writer.End(summary, _diagnostics);
            return summary;
        }
    }
}
