using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using CompliancePolicy.Evaluation;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// JUnit XML for CI test reporters: one <c>testsuite</c> per record and policy, one <c>testcase</c> per clause
    /// (failure = the clause failed, error = it could not be evaluated, skipped = not applicable), and the record's
    /// lifecycles as suite properties and system-out (a decision or lifecycle that cannot be worked out is an error case). Each suite is complete
    /// when its record is, so the file streams; a last suite carries the run's properties and its run-level errors.
    /// </summary>
    public sealed class JUnitReportWriter : ReportWriter
    {
        private readonly XmlWriter _writer;
        private readonly ReportDetail _detail;
        private CheckReportHeader? _header;

        /// <summary>A test reporter counts test cases: every clause is one, as this report has always held.</summary>
        internal const ReportDetail DefaultDetail = ReportDetail.All;

        /// <param name="output">Where the XML goes.</param>
        /// <param name="detail">With <see cref="ReportDetail.Failures"/>, only failed and error clauses are test cases, and a
        /// record and policy with none has no suite (nor does a policy whose schema the record does not fit).</param>
        public JUnitReportWriter(Stream output, ReportDetail detail = DefaultDetail)
        {
            _detail = detail;
            _writer = XmlWriter.Create(output, new XmlWriterSettings
            {
                Encoding = new UTF8Encoding(false),
                Indent = true,
                CloseOutput = false,
                CheckCharacters = false,
            });
        }

        internal override ReportDetail Detail => _detail;

        internal override void Begin(CheckReportHeader header)
        {
            _header = header;
            _writer.WriteStartDocument();
            _writer.WriteStartElement("testsuites");
            _writer.WriteAttributeString("name", $"{header.ToolName} check as of {header.AsOf}");
        }

        internal override void WriteRecord(RecordReport record)
        {
            if (record.IsUnreadable)
            {
                StartSuite($"{record.Id} ({record.File}:{Number(record.Line)})", record.File, 1, 0, 1, 0);
                _writer.WriteStartElement("testcase");
                _writer.WriteAttributeString("classname", record.File);
                _writer.WriteAttributeString("name", Clean($"{record.Id} can be read"));
                _writer.WriteAttributeString("file", record.File);
                _writer.WriteAttributeString("line", Number(record.Line));
                WriteElement("error", record.Diagnostics.First().ToString(), "unreadable", string.Join("\n", record.Diagnostics));
                _writer.WriteEndElement();
                _writer.WriteEndElement();
                _writer.Flush();
                return;
            }

            foreach (var policy in record.Policies)
            {
                var name = $"{record.Id} ({record.File}:{Number(record.Line)}) against {policy.Policy.Name}";
                var clauses = RecordReport.Shown(policy, _detail).ToArray();
                var declarationErrors = policy.DeclarationErrors.ToArray();
                if (_detail == ReportDetail.Failures && clauses.Length == 0 && declarationErrors.Length == 0) continue;
                if (policy.Outcome == ReportOutcome.NotApplicable)
                {
                    StartSuite(name, record.File, 1, 0, 0, 1);
                    StartCase(record, policy.Policy.Name, $"{record.Id} fits schema {policy.Policy.Policy.Schema.Name}");
                    WriteElement("skipped", policy.Reason ?? "not applicable", null, null);
                    _writer.WriteEndElement();
                    _writer.WriteEndElement();
                    continue;
                }
                StartSuite(name, record.File, clauses.Length + declarationErrors.Length,
                    clauses.Count(c => c.Outcome == ClauseOutcome.Fail),
                    clauses.Count(c => c.Outcome == ClauseOutcome.Error) + declarationErrors.Length,
                    clauses.Count(c => c.Outcome == ClauseOutcome.NotApplicable));
                WriteLifecycleProperties(policy);
                foreach (var clause in clauses)
                {
                    StartCase(record, policy.Policy.Name, $"{record.Id} {clause.Id} {clause.Title}");
                    var details = Details(clause);
                    switch (clause.Outcome)
                    {
                        case ClauseOutcome.Fail: WriteElement("failure", clause.Message, ReportNames.Of(clause.Severity), details); break;
                        case ClauseOutcome.Error: WriteElement("error", clause.Message, "evaluation", details); break;
                        case ClauseOutcome.NotApplicable: WriteElement("skipped", clause.Message, null, null); break;
                    }
                    _writer.WriteEndElement();
                }
                foreach (var (declaration, error) in declarationErrors)
                {
                    StartCase(record, policy.Policy.Name, $"{record.Id} {declaration.Kind} {declaration.Name}");
                    WriteElement("error", error, "evaluation", null);
                    _writer.WriteEndElement();
                }
                if (policy.Lifecycles.Count > 0)
                    _writer.WriteElementString("system-out", Clean(string.Join("\n", policy.Lifecycles.SelectMany(LifecycleText.Lines))));
                _writer.WriteEndElement();
            }
            _writer.Flush();
        }

        /// <summary>Each lifecycle's state, since when, next deadline and number of ignored events as suite properties (the
        /// timeline and each ignored event go to system-out).</summary>
        private void WriteLifecycleProperties(PolicyRecordReport policy)
        {
            if (policy.Lifecycles.Count == 0) return;
            _writer.WriteStartElement("properties");
            foreach (var lifecycle in policy.Lifecycles)
            {
                var prefix = "lifecycle." + lifecycle.Lifecycle.Name;
                if (lifecycle.Result is { } result)
                {
                    Property(prefix + ".state", result.State.Name);
                    Property(prefix + ".since", result.Since.ToString());
                    if (LifecycleText.Next(lifecycle) is { } next) Property(prefix + ".nextDeadline", LifecycleText.Deadline(lifecycle.Lifecycle, next));
                    Property(prefix + ".ignoredEvents", result.IgnoredEvents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    Property(prefix + ".error", lifecycle.Error ?? string.Empty);
                }
            }
            _writer.WriteEndElement();
        }

        internal override void End(CheckSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            var header = _header!;
            var errors = diagnostics.Where(d => d.Diagnostic.IsError).ToArray();
            var stopped = summary.Interruption is null ? 0 : 1;
            StartSuite($"{header.ToolName} check", null, errors.Length + stopped, 0, errors.Length + stopped, 0);
            _writer.WriteStartElement("properties");
            Property("tool", $"{header.ToolName} {header.ToolVersion}");
            Property("asOf", header.AsOf.ToString());
            Property("failOn", ReportNames.Of(header.FailOn));
            foreach (var pair in header.ParameterOverrides) Property("param." + pair.Key, pair.Value);
            foreach (var policy in header.Policies) Property("policy", policy.Version is null ? policy.Name : $"{policy.Name} {policy.Version}");
            Property("records", Number(summary.Records));
            Property("compliant", Number(summary.Compliant));
            Property("nonCompliant", Number(summary.NonCompliant));
            Property("errors", Number(summary.Errors));
            Property("exitCode", Number(summary.ExitCode));
            Property("detail", ReportNames.Of(_detail));
            Property("complete", summary.IsComplete ? "true" : "false");
            if (summary.Interruption != null) Property("incomplete", summary.Interruption.ToString());
            // The audit trail: every input by content, e.g. policyFile = "sha256:9f86d0... policies/eligibility.policy".
            foreach (var input in header.PolicyFiles.Concat(summary.RecordFiles))
                Property(input.Kind == InputKind.Policy ? "policyFile" : "recordFile", $"sha256:{input.Sha256} {input.Path}");
            _writer.WriteEndElement();
            foreach (var diagnostic in errors)
            {
                _writer.WriteStartElement("testcase");
                _writer.WriteAttributeString("classname", header.ToolName);
                _writer.WriteAttributeString("name", diagnostic.Diagnostic.Location?.ToString() ?? diagnostic.Diagnostic.Id);
                WriteElement("error", diagnostic.Diagnostic.Message, diagnostic.Diagnostic.Id, diagnostic.ToString());
                _writer.WriteEndElement();
            }
            if (summary.Interruption != null)
            {
                _writer.WriteStartElement("testcase");
                _writer.WriteAttributeString("classname", header.ToolName);
                _writer.WriteAttributeString("name", "the run checked every record");
                WriteElement("error", "The report is incomplete: " + summary.Interruption, "interrupted", null);
                _writer.WriteEndElement();
            }
            var warnings = diagnostics.Where(d => !d.Diagnostic.IsError).ToArray();
            if (warnings.Length > 0) _writer.WriteElementString("system-err", string.Join("\n", warnings.Select(w => w.ToString())));
            _writer.WriteEndElement(); // testsuite
            _writer.WriteEndElement(); // testsuites
            _writer.WriteEndDocument();
            _writer.Flush();
        }

        private void StartSuite(string name, string? file, int tests, int failures, int errors, int skipped)
        {
            _writer.WriteStartElement("testsuite");
            _writer.WriteAttributeString("name", Clean(name));
            _writer.WriteAttributeString("tests", Number(tests));
            _writer.WriteAttributeString("failures", Number(failures));
            _writer.WriteAttributeString("errors", Number(errors));
            _writer.WriteAttributeString("skipped", Number(skipped));
            if (file != null) _writer.WriteAttributeString("file", file);
        }

        private void StartCase(RecordReport record, string policy, string name)
        {
            _writer.WriteStartElement("testcase");
            _writer.WriteAttributeString("classname", Clean(policy));
            _writer.WriteAttributeString("name", Clean(name));
            _writer.WriteAttributeString("file", record.File);
            _writer.WriteAttributeString("line", Number(record.Line));
        }

        private void WriteElement(string element, string message, string? type, string? text)
        {
            _writer.WriteStartElement(element);
            _writer.WriteAttributeString("message", Clean(message));
            if (type != null) _writer.WriteAttributeString("type", type);
            if (!string.IsNullOrEmpty(text)) _writer.WriteString(Clean(text!));
            _writer.WriteEndElement();
        }

        private void Property(string name, string value)
        {
            _writer.WriteStartElement("property");
            _writer.WriteAttributeString("name", name);
            _writer.WriteAttributeString("value", Clean(value));
            _writer.WriteEndElement();
        }

        private static string Details(ClauseReport clause)
        {
            var text = new StringBuilder();
            text.Append(clause.Id).Append(": ").Append(clause.Title).Append('\n');
            if (clause.Citations.Count > 0) text.Append("cites: ").Append(string.Join("; ", clause.Citations)).Append('\n');
            text.Append("severity: ").Append(ReportNames.Of(clause.Severity)).Append('\n');
            text.Append(clause.Message);
            foreach (var evidence in clause.Evidence) text.Append('\n').Append("  ").Append(evidence);
            return text.ToString();
        }

        // XML 1.0 cannot carry most control characters, even escaped; messages quote user data, so drop them.
        private static string Clean(string text)
        {
            if (text.All(c => c >= ' ' || c == '\n' || c == '\t' || c == '\r')) return text;
            return new string(text.Where(c => c >= ' ' || c == '\n' || c == '\t' || c == '\r').ToArray());
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        protected override void Dispose(bool disposing)
        {
            if (disposing) _writer.Dispose();
        }
    }
}
