using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Evaluation.Remediation;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// A check run as SARIF 2.1.0 for code-scanning uploads: one rule per clause (with its citations and severity) after
    /// the language's diagnostic rules, and one result per failed or error clause (and per decision or lifecycle in error),
    /// located at the record's file and line with the clause's declaration as a related location; and one note of rule
    /// CP4009 per event a lifecycle ignored in a state that nothing in the policy says should ignore it. Results stream
    /// as records are evaluated.
    /// </summary>
    public sealed class SarifReportWriter : ReportWriter
    {
        private const int FlushThreshold = 32 * 1024;
        private readonly Utf8JsonWriter _writer;
        private readonly Dictionary<(string Policy, string Clause), (string Id, int Index)> _rules = new Dictionary<(string, string), (string, int)>();
        private readonly ReportDetail _detail;
        private CheckReportHeader? _header;

        /// <summary>Code scanning lists results to act on: failures only, as this report has always held.</summary>
        internal const ReportDetail DefaultDetail = ReportDetail.Failures;

        /// <param name="output">Where the log goes.</param>
        /// <param name="indented">Indent the JSON.</param>
        /// <param name="detail">With <see cref="ReportDetail.All"/>, passing clauses are results of kind <c>pass</c> and
        /// clauses that do not apply results of kind <c>notApplicable</c> (level <c>none</c>).</param>
        public SarifReportWriter(Stream output, bool indented = true, ReportDetail detail = DefaultDetail)
        {
            _writer = new Utf8JsonWriter(output, JsonReportWriter.Options(indented));
            _detail = detail;
        }

        internal override ReportDetail Detail => _detail;

        internal override void Begin(CheckReportHeader header)
        {
            _header = header;
            Sarif.BeginRun(_writer, header.ToolName, header.ToolVersion);
            _writer.WriteStartArray("rules");
            Sarif.WriteDiagnosticRules(_writer);
            var index = DiagnosticRules.All.Count;
            // A clause ID used by more than one policy is qualified with the policy name, so rule IDs stay unique.
            var shared = new HashSet<string>(header.Policies.SelectMany(p => p.Policy.Clauses.Select(c => c.Id)).GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
            foreach (var policy in header.Policies)
            {
                foreach (var clause in policy.Policy.Clauses)
                {
                    if (_rules.ContainsKey((policy.Name, clause.Id))) continue;
                    var id = shared.Contains(clause.Id) ? policy.Name + "/" + clause.Id : clause.Id;
                    _rules.Add((policy.Name, clause.Id), (id, index++));
                    WriteClauseRule(id, policy, clause);
                }
                foreach (var declaration in policy.Policy.Decisions.Cast<DeclarationSymbol>().Concat(policy.Policy.Lifecycles))
                {
                    if (_rules.ContainsKey((policy.Name, Key(declaration)))) continue;
                    var id = $"{policy.Name}/{declaration.Kind}/{declaration.Name}";
                    _rules.Add((policy.Name, Key(declaration)), (id, index++));
                    WriteDeclarationRule(id, policy, declaration);
                }
            }
            _writer.WriteEndArray();
            _writer.WriteEndObject(); // driver
            _writer.WriteEndObject(); // tool
            _writer.WriteStartArray("results");
            _writer.Flush();
        }

        internal override void WriteRecord(RecordReport record)
        {
            foreach (var diagnostic in record.Diagnostics.Where(d => d.Diagnostic.Location != null && d.Diagnostic.IsError))
                Sarif.WriteDiagnosticResult(_writer, diagnostic.Diagnostic, diagnostic.Policy, record.Id);
            foreach (var policy in record.Policies)
            {
                foreach (var clause in RecordReport.Shown(policy, _detail)) WriteClauseResult(record, policy, clause);
                foreach (var (declaration, error) in policy.DeclarationErrors) WriteDeclarationResult(record, policy, declaration, error);
                foreach (var lifecycle in policy.Lifecycles)
                {
                    var dropped = lifecycle.Result?.IgnoredEvents.Where(i => i.Reason == IgnoredEventReason.NoTransition) ?? Enumerable.Empty<IgnoredEvent>();
                    foreach (var ignored in dropped) WriteIgnoredEventResult(record, policy, lifecycle, ignored);
                }
            }
            if (_writer.BytesPending > FlushThreshold) _writer.Flush();
        }

        /// <summary>A replayed event that no transition took and no declaration explains: CP4009 as it happened to a record.</summary>
        private void WriteIgnoredEventResult(RecordReport record, PolicyRecordReport policy, LifecycleOutcome lifecycle, IgnoredEvent ignored)
        {
            _writer.WriteStartObject();
            _writer.WriteString("ruleId", DiagnosticRules.EventIgnored.Id);
            _writer.WriteNumber("ruleIndex", Sarif.RuleIndex(DiagnosticRules.EventIgnored));
            _writer.WriteString("kind", "review");
            _writer.WriteString("level", "note");
            Sarif.WriteText(_writer, "message", $"Record {record.Id}: lifecycle {lifecycle.Lifecycle.Name} ignored {LifecycleText.Ignored(ignored)}");
            _writer.WriteStartArray("locations");
            Sarif.WriteLocation(_writer, record.File, new Text.LinePosition(record.Line, 1), null);
            _writer.WriteEndArray();
            _writer.WriteStartObject("properties");
            _writer.WriteString("policy", policy.Policy.Name);
            _writer.WriteString("recordId", record.Id);
            _writer.WriteString("lifecycle", lifecycle.Lifecycle.Name);
            _writer.WriteString("date", ignored.Date.ToString());
            _writer.WriteString("type", ignored.EventType.Name);
            _writer.WriteString("state", ignored.State!.Name);
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }

        internal override void End(CheckSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics.Where(d => d.Diagnostic.Location != null))
                Sarif.WriteDiagnosticResult(_writer, diagnostic.Diagnostic, diagnostic.Policy);
            _writer.WriteEndArray(); // results
            var header = _header!;
            Sarif.EndRun(_writer, header.PolicyFiles.Concat(summary.RecordFiles), false, !summary.HasInputErrors, diagnostics.Where(d => d.Diagnostic.Location is null).Select(d => d.Diagnostic), w =>
            {
                w.WriteString("asOf", header.AsOf.ToString());
                w.WriteString("failOn", ReportNames.Of(header.FailOn));
                w.WriteStartObject("parameters");
                foreach (var pair in header.ParameterOverrides) w.WriteString(pair.Key, pair.Value);
                w.WriteEndObject();
                w.WriteString("detail", ReportNames.Of(_detail));
                JsonValues.WriteInterruption(w, summary.Interruption);
                w.WriteStartObject("summary");
                JsonValues.WriteCounts(w, summary);
                w.WriteEndObject();
            }, summary.Interruption);
            _writer.Flush();
        }

        private void WriteClauseRule(string id, PolicyInfo policy, Symbols.ClauseSymbol clause)
        {
            var citations = clause.Citations.Length == 0 ? "no citation" : string.Join("; ", clause.Citations);
            var where = $"{JsonValues.PathText(clause.Location.Path)} line {clause.Location.Start.Line}";
            _writer.WriteStartObject();
            _writer.WriteString("id", id);
            Sarif.WriteText(_writer, "shortDescription", clause.Title);
            Sarif.WriteText(_writer, "fullDescription", $"{clause.Title} (cites {citations}).");
            _writer.WriteStartObject("help");
            _writer.WriteString("text", $"Clause {clause.Id} of policy '{policy.Name}' ({where}): {clause.Title}. Cites {citations}. Severity {ReportNames.Of(clause.Severity)}. " +
                "A record fails it when the clause applies and its requirement is false; run 'compliance explain' on the record to see why.");
            _writer.WriteString("markdown", $"**{clause.Id}** of policy *{policy.Name}* (`{where}`): {clause.Title}.\n\nCites: {citations}. Severity: **{ReportNames.Of(clause.Severity)}**.\n\n" +
                "Run `compliance explain POLICY --record FILE#ID --clause " + clause.Id + "` to see each condition and the values it read.");
            _writer.WriteEndObject();
            _writer.WriteStartObject("defaultConfiguration");
            _writer.WriteString("level", Level(clause.Severity));
            _writer.WriteEndObject();
            _writer.WriteStartObject("properties");
            _writer.WriteString("policy", policy.Name);
            _writer.WriteString("severity", ReportNames.Of(clause.Severity));
            JsonValues.WriteStrings(_writer, "citations", clause.Citations);
            _writer.WriteStartArray("tags");
            _writer.WriteStringValue("compliance");
            _writer.WriteStringValue(ReportNames.Of(clause.Severity));
            _writer.WriteEndArray();
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }

        private void WriteClauseResult(RecordReport record, PolicyRecordReport policy, ClauseReport clause)
        {
            var (ruleId, ruleIndex) = _rules[(policy.Policy.Name, clause.Id)];
            var citations = clause.Citations.Count == 0 ? string.Empty : $" ({string.Join("; ", clause.Citations)})";
            _writer.WriteStartObject();
            _writer.WriteString("ruleId", ruleId);
            _writer.WriteNumber("ruleIndex", ruleIndex);
            var (kind, level, subject) = clause.Outcome switch
            {
                ClauseOutcome.Fail => ("fail", Level(clause.Severity), $"Record {record.Id} fails {clause.Id}"),
                ClauseOutcome.Error => ("fail", "error", $"{clause.Id} could not be evaluated for record {record.Id}"),
                ClauseOutcome.Pass => ("pass", "none", $"Record {record.Id} passes {clause.Id}"),
                ClauseOutcome.NotApplicable => ("notApplicable", "none", $"{clause.Id} does not apply to record {record.Id}"),
                _ => throw new System.InvalidOperationException($"A clause outcome {clause.Outcome} has no SARIF result kind."),
            };
            _writer.WriteString("kind", kind);
            _writer.WriteString("level", level);
            // Only a failure has something to pass; a passing clause's outlook ("stops passing on ...") stays in the properties.
            var remedy = kind == "fail" ? RemedyText.Summary(clause.Remedy, clause.Outlook) : string.Empty;
            Sarif.WriteText(_writer, "message", $"{subject} \"{clause.Title}\"{citations}: {clause.Message}" + (remedy.Length == 0 ? string.Empty : $". To pass: {remedy}"));
            WritePlacesAndOpenProperties(record, policy, clause.Location, $"clause {clause.Id}", clause.Id, ReportNames.Of(clause.Outcome));
            _writer.WriteString("severity", ReportNames.Of(clause.Severity));
            JsonValues.WriteCitationsAndEvidence(_writer, clause);
            // SARIF's fixes must be replacements of text in an artifact; a remedy changes values, so it is a property.
            RemedyJson.WriteFields(_writer, clause.Remedy, clause.Outlook);
            if (policy.Lifecycles.Count > 0)
            {
                // The record's state is often why a clause fails (e.g. "valid only while active"): give it beside the result.
                _writer.WriteStartArray("lifecycles");
                foreach (var lifecycle in policy.Lifecycles) LifecycleJson.WriteSummary(_writer, lifecycle);
                _writer.WriteEndArray();
            }
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }

        /// <summary>A decision's or lifecycle's rule key: a clause ID has no space, so the two never meet.</summary>
        private static string Key(DeclarationSymbol declaration) => declaration.Kind + " " + declaration.Name;

        /// <summary>The rule of a decision or lifecycle: its results are the records for which it could not be worked out.</summary>
        private void WriteDeclarationRule(string id, PolicyInfo policy, DeclarationSymbol declaration)
        {
            var where = $"{JsonValues.PathText(declaration.Location.Path)} line {declaration.Location.Start.Line}";
            var what = $"{declaration.Kind} {declaration.Name} of policy '{policy.Name}'";
            _writer.WriteStartObject();
            _writer.WriteString("id", id);
            Sarif.WriteText(_writer, "shortDescription", $"The {what} can be worked out");
            Sarif.WriteText(_writer, "fullDescription", $"The {what} ({where}) can be worked out for the record: an error here leaves the record in error.");
            _writer.WriteStartObject("defaultConfiguration");
            _writer.WriteString("level", "error");
            _writer.WriteEndObject();
            _writer.WriteStartObject("properties");
            _writer.WriteString("policy", policy.Name);
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }

        private void WriteDeclarationResult(RecordReport record, PolicyRecordReport policy, DeclarationSymbol declaration, string error)
        {
            var (ruleId, ruleIndex) = _rules[(policy.Policy.Name, Key(declaration))];
            _writer.WriteStartObject();
            _writer.WriteString("ruleId", ruleId);
            _writer.WriteNumber("ruleIndex", ruleIndex);
            _writer.WriteString("kind", "fail");
            _writer.WriteString("level", "error");
            Sarif.WriteText(_writer, "message", $"The {declaration.Kind} {declaration.Name} could not be worked out for record {record.Id}: {error}");
            WritePlacesAndOpenProperties(record, policy, declaration.Location, $"{declaration.Kind} {declaration.Name}", Key(declaration), "error");
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }

        /// <summary>A result's places and fingerprint: the record, the clause or declaration it is about (a related location,
        /// <paramref name="about"/> of the policy), then opens its properties with the policy, the record and the outcome.</summary>
        private void WritePlacesAndOpenProperties(RecordReport record, PolicyRecordReport policy, Text.SourceLocation declared, string about, string key, string outcome)
        {
            _writer.WriteStartArray("locations");
            Sarif.WriteLocation(_writer, record.File, new Text.LinePosition(record.Line, 1), null);
            _writer.WriteEndArray();
            _writer.WriteStartArray("relatedLocations");
            Sarif.WriteLocation(_writer, declared.Path, declared.Start, declared.End, 1, $"{about} of policy '{policy.Policy.Name}'");
            _writer.WriteEndArray();
            _writer.WriteStartObject("partialFingerprints");
            _writer.WriteString("recordClause/v1", $"{policy.Policy.Name}|{record.Id}|{key}");
            _writer.WriteEndObject();
            _writer.WriteStartObject("properties");
            _writer.WriteString("policy", policy.Policy.Name);
            _writer.WriteString("recordId", record.Id);
            _writer.WriteString("outcome", outcome);
        }

        /// <summary>Blocker and major failures are errors, minor ones warnings, advisory ones notes.</summary>
        private static string Level(Severity severity) =>
            severity <= Severity.Major ? "error" : severity == Severity.Minor ? "warning" : "note";

        protected override void Dispose(bool disposing)
        {
            if (disposing) _writer.Dispose();
        }
    }
}
