using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Records;
using CompliancePolicy.Reporting;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Testing
{
    /// <summary>
    /// Runs policy tests (<c>*.policytest.json</c>, docs/policy-tests.md) in the spirit of <c>opa test</c>: each test
    /// evaluates records against a policy as of a date and compares clause outcomes, messages, decisions and lifecycle
    /// states with what it expects, and measures clause and transition coverage. Problems in a test file are diagnostics with file, line, column and JSON path, never exceptions.
    /// </summary>
    public static class PolicyTestRunner
    {
        /// <summary>The file name pattern of test files, for searching folders.</summary>
        public const string FilePattern = "*.policytest.json";

        private const string TestFileKind = "a policy test file";
        private const string TestKind = "a test";
        private const string ExpectKind = "'expect'";
        private static readonly string[] FileFields = { "policy", "tests", "description" };
        private static readonly string[] TestFields = { "name", "description", "as_of", "parameters", "record", "records", "expect" };
        private static readonly string[] ExpectFields = { "clauses", "decisions", "messages", "lifecycles" };
        private const string LifecycleExpectKind = "a lifecycle expectation";
        private static readonly string[] LifecycleExpectFields = { "state", "since" };

        public static PolicyTestRun Run(IEnumerable<string> testFiles, CancellationToken cancellationToken = default)
        {
            var session = new Session(cancellationToken);
            var files = testFiles.ToArray();
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                session.RunFile(file);
            }
            return session.Finish(files);
        }

        private sealed class Session
        {
            private readonly CancellationToken _cancellationToken;
            private readonly Dictionary<string, LoadedPolicy> _policies = new Dictionary<string, LoadedPolicy>(StringComparer.Ordinal);
            private readonly List<Coverage> _coverage = new List<Coverage>();
            private readonly List<Diagnostic> _diagnostics = new List<Diagnostic>();
            private readonly List<PolicyTestResult> _results = new List<PolicyTestResult>();

            public Session(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

            public PolicyTestRun Finish(IReadOnlyList<string> files)
            {
                var bag = new DiagnosticBag();
                bag.AddRange(_diagnostics);
                var coverage = _coverage.Select(c => c.ToResult()).ToArray();
                return new PolicyTestRun(files, _results, coverage, bag.ToSortedList());
            }

            public void RunFile(string path)
            {
                var tree = Load(path);
                if (tree is null) return;
                var file = new FileContext(this, tree);
                var root = tree.Root;
                if (root.Kind != JsonValueKind.Object)
                {
                    file.Report(DiagnosticRules.WrongValueKind, root, "an object with 'policy' and 'tests'", root.Describe());
                    return;
                }
                file.CheckFields(root, FileFields, TestFileKind);
                var policyNode = file.Required(root, "policy", TestFileKind, JsonValueKind.String);
                var testsNode = file.Required(root, "tests", TestFileKind, JsonValueKind.Array);
                var policy = policyNode is null ? null : LoadPolicy(file, policyNode);
                if (testsNode is null) return;
                if (testsNode.Items!.Count == 0) file.Report(DiagnosticRules.InvalidValue, testsNode, "'tests' is empty; add at least one test");
                foreach (var test in testsNode.Items)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    RunTest(file, test, policy);
                }
            }

            private JsonTree? Load(string path)
            {
                byte[] bytes;
                try
                {
                    bytes = File.ReadAllBytes(path);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
                {
                    Add(DiagnosticRules.RecordFileUnreadable, At(path, 1, 1, null), $"'{path}' cannot be opened: {e.Message}");
                    return null;
                }
                if (PolicySources.Decode(bytes, out var invalid) is null)
                {
                    var line = 1 + bytes.Take(invalid).Count(b => b == '\n');
                    var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(0, invalid - 1)) + 1;
                    if (invalid == 0) lineStart = 0;
                    Add(DiagnosticRules.MalformedJson, At(path, line, invalid - lineStart + 1, null),
                        $"'{path}' is not valid UTF-8 (byte offset {invalid.ToString(CultureInfo.InvariantCulture)}); save it with UTF-8 encoding");
                    return null;
                }
                var tree = JsonTree.Parse(path, bytes, out var error);
                if (tree is null)
                {
                    Add(DiagnosticRules.MalformedJson, At(path, error!.Value.Line, error.Value.Column, null), error.Value.Message);
                    return null;
                }
                return tree;
            }

            private LoadedPolicy? LoadPolicy(FileContext file, JsonNode node)
            {
                var relative = node.Text!;
                var directory = Path.GetDirectoryName(file.Tree.Path) ?? string.Empty;
                var full = Path.GetFullPath(Path.Combine(directory, relative));
                if (!_policies.TryGetValue(full, out var loaded))
                {
                    loaded = Compile(Path.Combine(directory, relative));
                    _policies.Add(full, loaded);
                    if (loaded.Policy != null) _coverage.Add(loaded.Coverage = new Coverage(loaded.Policy));
                    _diagnostics.AddRange(loaded.Diagnostics);
                }
                if (loaded.Problem != null)
                {
                    file.Report(DiagnosticRules.InvalidValue, node, loaded.Problem);
                    return null;
                }
                return loaded.Policy is null ? null : loaded;
            }

            private LoadedPolicy Compile(string displayPath)
            {
                var problems = new List<InputProblem>();
                var files = PolicySources.Find(new[] { displayPath }, new[] { "*.policy" }, problems);
                if (problems.Count > 0) return new LoadedPolicy(null, $"the policy '{displayPath}' cannot be used: {problems[0].Message}", Array.Empty<Diagnostic>());
                if (files.Count == 0) return new LoadedPolicy(null, $"the folder '{displayPath}' holds no .policy file", Array.Empty<Diagnostic>());
                var sources = new List<SourceText>();
                foreach (var path in files)
                {
                    var source = PolicySources.Read(path, problems);
                    if (source != null) sources.Add(source);
                }
                if (problems.Count > 0) return new LoadedPolicy(null, $"the policy file {problems[0]}", Array.Empty<Diagnostic>());
                var compilation = PolicyCompiler.Compile(sources, _cancellationToken);
                var errors = compilation.Diagnostics.Where(d => d.IsError).ToArray();
                if (errors.Length > 0)
                    return new LoadedPolicy(null, $"the policy '{displayPath}' does not compile ({errors.Length} error(s), first: {errors[0]})", errors);
                if (compilation.Policies.Length != 1)
                {
                    var names = string.Join(", ", compilation.Policies.Select(p => "'" + p.Name + "'"));
                    return new LoadedPolicy(null, $"'{displayPath}' holds {compilation.Policies.Length} policies ({names}); name one policy file or a folder of one policy", Array.Empty<Diagnostic>());
                }
                return new LoadedPolicy(compilation.Policies[0], null, Array.Empty<Diagnostic>());
            }

            private void RunTest(FileContext file, JsonNode test, LoadedPolicy? loaded)
            {
                var errorsBefore = _diagnostics.Count(d => d.IsError);
                var location = file.Tree.Locate(test);
                if (test.Kind != JsonValueKind.Object)
                {
                    file.Report(DiagnosticRules.WrongValueKind, test, "a test object", test.Describe());
                    _results.Add(new PolicyTestResult(file.Tree.Path, test.Path, location, null, Array.Empty<ExpectationFailure>(), true));
                    return;
                }
                file.CheckFields(test, TestFields, TestKind);
                var nameNode = file.Required(test, "name", TestKind, JsonValueKind.String);
                var name = nameNode?.Text ?? test.Path;
                var asOf = ReadAsOf(file, test);
                var expect = ReadExpectations(file, test, loaded?.Policy);
                var policy = loaded?.Policy;
                var parameters = policy is null ? null : ReadParameters(file, test, policy);
                var records = policy is null ? new List<RecordReadResult>() : ReadRecords(file, test, policy);

                var failures = new List<ExpectationFailure>();
                if (policy != null && asOf != null && parameters != null && expect != null && _diagnostics.Count(d => d.IsError) == errorsBefore)
                {
                    foreach (var record in records)
                    {
                        var evaluation = policy.Evaluate(record.Record!, asOf.Value, parameters);
                        loaded!.Coverage!.Saw(evaluation, expect.Lifecycles.Select(l => l.Lifecycle));
                        Check(file, expect, evaluation, record.Id, failures);
                    }
                }
                if (expect != null && loaded?.Coverage != null)
                    loaded.Coverage.Expect(expect.Clauses.Select(c => c.Clause).Concat(expect.Messages.Select(m => m.Clause)), expect.Lifecycles.Select(l => l.Lifecycle));
                var hasErrors = _diagnostics.Count(d => d.IsError) > errorsBefore || policy is null;
                _results.Add(new PolicyTestResult(file.Tree.Path, name, location, policy?.Name, failures, hasErrors));
            }

            private static CalendarDate? ReadAsOf(FileContext file, JsonNode test)
            {
                var node = file.Required(test, "as_of", TestKind, JsonValueKind.String);
                if (node is null) return null;
                if (CalendarDate.TryParse(node.Text!, out var date)) return date;
                file.Report(DiagnosticRules.InvalidValue, node, $"'{node.Text}' is not a date written yyyy-MM-dd");
                return null;
            }

            private ParameterValues? ReadParameters(FileContext file, JsonNode test, Policy policy)
            {
                var node = test["parameters"];
                if (node is null) return policy.DefaultParameters;
                if (node.Kind != JsonValueKind.Object)
                {
                    file.Report(DiagnosticRules.WrongValueKind, node, "an object of parameter values", node.Describe());
                    return null;
                }
                var pairs = new List<KeyValuePair<string, string>>();
                var ok = true;
                foreach (var property in node.Properties!)
                {
                    var value = property.Value;
                    string? text = value.Kind switch
                    {
                        JsonValueKind.String => value.Text,
                        JsonValueKind.Number => value.Text,
                        JsonValueKind.True => "true",
                        JsonValueKind.False => "false",
                        _ => null,
                    };
                    if (text is null)
                    {
                        file.Report(DiagnosticRules.WrongValueKind, value, "a string, number or boolean", value.Describe());
                        ok = false;
                        continue;
                    }
                    policy.WithParameters(new[] { new KeyValuePair<string, string>(property.Name, text) }, out var problems);
                    foreach (var problem in problems)
                    {
                        Add(problem.Rule, file.Tree.Locate(value), problem.Message);
                        ok = false;
                    }
                    pairs.Add(new KeyValuePair<string, string>(property.Name, text));
                }
                return ok ? policy.WithParameters(pairs, out _) : null;
            }

            private List<RecordReadResult> ReadRecords(FileContext file, JsonNode test, Policy policy)
            {
                var records = new List<RecordReadResult>();
                var inline = test["record"];
                var references = test["records"];
                if ((inline is null) == (references is null))
                {
                    file.Report(DiagnosticRules.InvalidValue, inline ?? references ?? test,
                        inline is null ? "a test needs a 'record' (an inline record) or 'records' (\"file.json#ID\")" : "give either 'record' or 'records', not both");
                    return records;
                }
                if (inline != null)
                {
                    if (inline.Kind != JsonValueKind.Object)
                    {
                        file.Report(DiagnosticRules.WrongValueKind, inline, "a record object", inline.Describe());
                        return records;
                    }
                    foreach (var result in ReadInline(file.Tree, inline, policy.Schema)) Accept(result, records);
                    return records;
                }

                var list = references!.Kind == JsonValueKind.Array ? references.Items! : new List<JsonNode> { references };
                foreach (var item in list)
                {
                    if (item.Kind != JsonValueKind.String)
                    {
                        file.Report(DiagnosticRules.WrongValueKind, item, "a string \"file.json\" or \"file.json#ID\"", item.Describe());
                        continue;
                    }
                    var reference = RecordReference.Parse(item.Text!, Path.GetDirectoryName(file.Tree.Path));
                    if (!File.Exists(reference.Path))
                    {
                        file.Report(DiagnosticRules.InvalidValue, item, $"the records file '{reference.Path}' does not exist");
                        continue;
                    }
                    var found = 0;
                    foreach (var result in reference.Read(policy.Schema, _cancellationToken))
                    {
                        found++;
                        Accept(result, records);
                    }
                    if (found == 0)
                    {
                        file.Report(DiagnosticRules.InvalidValue, item, reference.Id is null
                            ? $"'{reference.Path}' holds no records"
                            : $"'{reference.Path}' has no record with ID '{reference.Id}'");
                    }
                }
                return records;
            }

            private void Accept(RecordReadResult result, List<RecordReadResult> records)
            {
                _diagnostics.AddRange(result.Diagnostics);
                if (result.IsValid) records.Add(result);
            }

            /// <summary>Reads an inline record at its place in the test file: the text is padded so lines and columns match the file.</summary>
            private IEnumerable<RecordReadResult> ReadInline(JsonTree tree, JsonNode node, RecordType schema)
            {
                var start = tree.PositionOf(node.Start);
                var padding = new string('\n', start.Line - 1) + new string(' ', start.Column - 1);
                foreach (var result in RecordReader.ReadString(padding + tree.TextOf(node), tree.Path, schema, _cancellationToken))
                {
                    var diagnostics = result.Diagnostics.Select(d => Relocate(d, node, padding.Length)).ToArray();
                    yield return Rebuilt(result, diagnostics);
                }
            }

            private static Diagnostic Relocate(Diagnostic diagnostic, JsonNode node, int padding)
            {
                var location = diagnostic.Location;
                if (location is null) return diagnostic;
                var jsonPath = location.JsonPath is null ? node.Path : node.Path + location.JsonPath.Substring(1);
                var span = new TextSpan(node.Start + Math.Max(0, location.Span.Start - padding), location.Span.Length);
                return new Diagnostic(diagnostic.Rule, new SourceLocation(location.Path, span, location.Start, location.End, jsonPath), diagnostic.Message, diagnostic.Severity);
            }

            private static RecordReadResult Rebuilt(RecordReadResult result, IReadOnlyList<Diagnostic> diagnostics) =>
                new RecordReadResult(result.Index, result.Path, result.Line, result.Id, result.Record, diagnostics);

            private Expectations? ReadExpectations(FileContext file, JsonNode test, Policy? policy)
            {
                var node = file.Required(test, "expect", TestKind, JsonValueKind.Object);
                if (node is null) return null;
                file.CheckFields(node, ExpectFields, ExpectKind);
                var expectations = new Expectations();
                var ok = true;
                var clauses = file.Optional(node, "clauses", JsonValueKind.Object);
                var decisions = file.Optional(node, "decisions", JsonValueKind.Object);
                var messages = file.Optional(node, "messages", JsonValueKind.Object);
                var lifecycles = file.Optional(node, "lifecycles", JsonValueKind.Object);
                if (clauses is null && decisions is null && messages is null && lifecycles is null)
                {
                    file.Report(DiagnosticRules.InvalidValue, node, "'expect' checks nothing; give 'clauses', 'decisions', 'messages' or 'lifecycles'");
                    return null;
                }
                foreach (var property in clauses?.Properties ?? new List<JsonProperty>())
                {
                    var value = property.Value;
                    if (value.Kind != JsonValueKind.String || !ReportNames.TryParseClauseOutcome(value.Text!, out var outcome))
                    {
                        file.Report(DiagnosticRules.InvalidValue, value, $"expected \"pass\", \"fail\", \"not-applicable\" or \"error\" but found {(value.Kind == JsonValueKind.String ? "\"" + value.Text + "\"" : value.Describe())}");
                        ok = false;
                        continue;
                    }
                    var clause = FindClause(file, policy, property);
                    if (clause is null) ok = policy is null && ok;
                    else expectations.Clauses.Add((clause, outcome, value));
                }
                foreach (var property in messages?.Properties ?? new List<JsonProperty>())
                {
                    var value = property.Value;
                    if (value.Kind != JsonValueKind.String)
                    {
                        file.Report(DiagnosticRules.WrongValueKind, value, "a string the message must contain", value.Describe());
                        ok = false;
                        continue;
                    }
                    var clause = FindClause(file, policy, property);
                    if (clause is null) ok = policy is null && ok;
                    else expectations.Messages.Add((clause, value.Text!, value));
                }
                foreach (var property in decisions?.Properties ?? new List<JsonProperty>())
                {
                    if (policy is null) continue;
                    var decision = policy.Decisions.FirstOrDefault(d => d.Name == property.Name);
                    if (decision is null)
                    {
                        file.Report(DiagnosticRules.UnknownName, property.Value, property.Name,
                            $" among the decisions of policy '{policy.Name}'" + Suggestions.DidYouMean(property.Name, policy.Decisions.Select(d => d.Name)));
                        ok = false;
                        continue;
                    }
                    expectations.Decisions.Add((decision, property.Value));
                }
                foreach (var property in lifecycles?.Properties ?? new List<JsonProperty>())
                {
                    if (policy is null) continue;
                    var lifecycle = policy.Lifecycles.FirstOrDefault(l => l.Name == property.Name);
                    if (lifecycle is null)
                    {
                        var hint = policy.Lifecycles.Length == 0 ? " (it declares none)" : Suggestions.DidYouMean(property.Name, policy.Lifecycles.Select(l => l.Name));
                        file.Report(DiagnosticRules.UnknownName, property.Value, property.Name, $" among the lifecycles of policy '{policy.Name}'" + hint);
                        ok = false;
                        continue;
                    }
                    var expectation = ReadLifecycleExpectation(file, lifecycle, property.Value);
                    if (expectation is null) ok = false;
                    else expectations.Lifecycles.Add(expectation.Value);
                }
                return ok ? expectations : null;
            }

            /// <summary><c>"terminated"</c>, or <c>{ "state": "terminated", "since": "2026-04-01" }</c> (since optional).</summary>
            private static (LifecycleSymbol Lifecycle, LifecycleState State, CalendarDate? Since, JsonNode Node)? ReadLifecycleExpectation(
                FileContext file, LifecycleSymbol lifecycle, JsonNode value)
            {
                JsonNode? stateNode;
                CalendarDate? since = null;
                switch (value.Kind)
                {
                    case JsonValueKind.String:
                        stateNode = value;
                        break;
                    case JsonValueKind.Object:
                        file.CheckFields(value, LifecycleExpectFields, LifecycleExpectKind);
                        stateNode = file.Required(value, "state", LifecycleExpectKind, JsonValueKind.String);
                        var sinceNode = file.Optional(value, "since", JsonValueKind.String);
                        if (stateNode is null || (value["since"] != null && sinceNode is null)) return null;
                        if (sinceNode != null)
                        {
                            if (!CalendarDate.TryParse(sinceNode.Text!, out var date))
                            {
                                file.Report(DiagnosticRules.InvalidValue, sinceNode, $"'{sinceNode.Text}' is not a date written yyyy-MM-dd");
                                return null;
                            }
                            since = date;
                        }
                        break;
                    default:
                        file.Report(DiagnosticRules.WrongValueKind, value, "a state name or an object with 'state' and optional 'since'", value.Describe());
                        return null;
                }
                var state = lifecycle.FindState(stateNode.Text!);
                if (state is null)
                {
                    file.Report(DiagnosticRules.UnknownState, stateNode, lifecycle.Name, stateNode.Text, Suggestions.DidYouMean(stateNode.Text!, lifecycle.States.Select(s => s.Name)));
                    return null;
                }
                return (lifecycle, state, since, value);
            }

            private static ClauseSymbol? FindClause(FileContext file, Policy? policy, JsonProperty property)
            {
                if (policy is null) return null;
                var clause = policy.Clauses.FirstOrDefault(c => c.Id == property.Name);
                if (clause is null)
                    file.Report(DiagnosticRules.UnknownClause, property.Value, property.Name, Suggestions.DidYouMean(property.Name, policy.Clauses.Select(c => c.Id)));
                return clause;
            }

            private static void Check(FileContext file, Expectations expect, RecordEvaluation evaluation, string recordId, List<ExpectationFailure> failures)
            {
                foreach (var (clause, outcome, node) in expect.Clauses)
                {
                    var result = evaluation.Clauses[clause.Index];
                    if (result.Outcome == outcome) continue;
                    failures.Add(new ExpectationFailure("clause", clause.Id, recordId, ReportNames.Of(outcome),
                        $"{ReportNames.Of(result.Outcome)} (\"{result.Message}\")", file.Tree.Locate(node)));
                }
                foreach (var (clause, text, node) in expect.Messages)
                {
                    var message = evaluation.Clauses[clause.Index].Message;
                    if (message.IndexOf(text, StringComparison.Ordinal) >= 0) continue;
                    failures.Add(new ExpectationFailure("message", clause.Id, recordId, $"a message containing \"{text}\"", $"\"{message}\"", file.Tree.Locate(node)));
                }
                foreach (var (decision, node) in expect.Decisions)
                {
                    var result = evaluation.Decisions[decision.Index];
                    if (!result.IsError && Matches(node, result.Value)) continue;
                    var actual = result.IsError ? "error: " + result.Error : Describe(result.Value);
                    failures.Add(new ExpectationFailure("decision", decision.Name, recordId, file.Tree.TextOf(node), actual, file.Tree.Locate(node)));
                }
                foreach (var (lifecycle, state, since, node) in expect.Lifecycles)
                {
                    var outcome = evaluation.Lifecycles.First(l => l.Lifecycle == lifecycle);
                    var result = outcome.Result;
                    if (result != null && result.State.Name == state.Name && (since is null || result.Since == since.Value)) continue;
                    var expected = since is null ? state.Name : $"{state.Name} since {since}";
                    var actual = result is null ? "error: " + outcome.Error : $"{result.State.Name} since {result.Since}{Route(result)}";
                    failures.Add(new ExpectationFailure("lifecycle", lifecycle.Name, recordId, expected, actual, file.Tree.Locate(node)));
                }
            }

            /// <summary>The transitions that led to the state, so a wrong expectation shows where the replay went: " (via W-1 on 2026-03-01, W-3 on 2026-03-31)".</summary>
            private static string Route(LifecycleResult result)
            {
                var steps = result.Timeline.Where(e => e.Transition != null).Select(e => $"{e.Transition!.Id} on {e.From}").ToArray();
                return steps.Length == 0 ? " (no transition fired)" : $" (via {string.Join(", ", steps)})";
            }

            /// <summary>Whether a JSON value written in a test equals a language value (see docs/policy-tests.md).</summary>
            private static bool Matches(JsonNode expected, object? actual)
            {
                switch (expected.Kind)
                {
                    case JsonValueKind.Null: return actual is null;
                    case JsonValueKind.True: return actual is bool t && t;
                    case JsonValueKind.False: return actual is bool f && !f;
                    case JsonValueKind.Number: return actual is decimal d && TryDecimal(expected.Text!, out var e) && d == e;
                    case JsonValueKind.Array:
                        return actual is object[] list && list.Length == expected.Items!.Count && expected.Items.Select((item, i) => Matches(item, list[i])).All(m => m);
                    case JsonValueKind.Object:
                        return actual is RecordValue record && expected.Properties!.All(p => record.Type.Find(p.Name) is { } field && Matches(p.Value, record[field.Index]));
                    default:
                        var text = expected.Text!;
                        switch (actual)
                        {
                            case string s: return s == text;
                            case EnumValue member: return member.Name == text || member.Type.Name + "." + member.Name == text;
                            case CalendarDate date: return CalendarDate.TryParse(text, out var expectedDate) && expectedDate == date;
                            case Duration duration: return Duration.TryParse(text, out var expectedDuration) && expectedDuration == duration;
                            case decimal number: return TryDecimal(text, out var expectedNumber) && expectedNumber == number;
                            default: return actual != null && ValueFormatter.Format(actual) == text;
                        }
                }
            }

            private static bool TryDecimal(string text, out decimal value) =>
                decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

            /// <summary>The actual value written as the test would write it: JSON (strings quoted, numbers and booleans bare).</summary>
            private static string Describe(object? value)
            {
                using var buffer = new MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer, JsonReportWriter.Options(indented: false))) JsonValues.Write(writer, value);
                return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
            }

            internal void Add(DiagnosticRule rule, SourceLocation location, params object?[] arguments) =>
                _diagnostics.Add(new Diagnostic(rule, location, rule.Format(arguments), rule.DefaultSeverity));

            private static SourceLocation At(string path, int line, int column, string? jsonPath)
            {
                var position = new LinePosition(line, column);
                return new SourceLocation(path, new TextSpan(0, 0), position, position, jsonPath);
            }
        }

        /// <summary>Reports against one parsed test file.</summary>
        private sealed class FileContext
        {
            private readonly Session _session;

            public FileContext(Session session, JsonTree tree)
            {
                _session = session;
                Tree = tree;
            }

            public JsonTree Tree { get; }

            public void Report(DiagnosticRule rule, JsonNode node, params object?[] arguments) => _session.Add(rule, Tree.Locate(node), arguments);

            public JsonNode? Required(JsonNode parent, string name, string kind, JsonValueKind type)
            {
                var node = parent[name];
                if (node is null)
                {
                    Report(DiagnosticRules.MissingRequiredField, parent, name, kind);
                    return null;
                }
                return Typed(node, type);
            }

            public JsonNode? Optional(JsonNode parent, string name, JsonValueKind type)
            {
                var node = parent[name];
                return node is null ? null : Typed(node, type);
            }

            public void CheckFields(JsonNode node, string[] known, string kind)
            {
                foreach (var property in node.Properties!)
                {
                    if (known.Contains(property.Name)) continue;
                    Report(DiagnosticRules.UnknownRecordField, property.Value, property.Name, kind, Suggestions.DidYouMean(property.Name, known));
                }
            }

            private JsonNode? Typed(JsonNode node, JsonValueKind type)
            {
                if (node.Kind == type) return node;
                var wanted = type == JsonValueKind.Object ? "an object" : type == JsonValueKind.Array ? "an array" : "a string";
                Report(DiagnosticRules.WrongValueKind, node, wanted, node.Describe());
                return null;
            }
        }

        private sealed class LoadedPolicy
        {
            public LoadedPolicy(Policy? policy, string? problem, IReadOnlyList<Diagnostic> diagnostics)
            {
                Policy = policy;
                Problem = problem;
                Diagnostics = diagnostics;
            }

            public Policy? Policy { get; }
            public string? Problem { get; }
            public IReadOnlyList<Diagnostic> Diagnostics { get; }
            public Coverage? Coverage { get; set; }
        }

        private sealed class Expectations
        {
            public List<(ClauseSymbol Clause, ClauseOutcome Outcome, JsonNode Node)> Clauses { get; } = new List<(ClauseSymbol, ClauseOutcome, JsonNode)>();
            public List<(ClauseSymbol Clause, string Text, JsonNode Node)> Messages { get; } = new List<(ClauseSymbol, string, JsonNode)>();
            public List<(DecisionSymbol Decision, JsonNode Node)> Decisions { get; } = new List<(DecisionSymbol, JsonNode)>();
            public List<(LifecycleSymbol Lifecycle, LifecycleState State, CalendarDate? Since, JsonNode Node)> Lifecycles { get; } =
                new List<(LifecycleSymbol, LifecycleState, CalendarDate?, JsonNode)>();
        }

        /// <summary>
        /// What the tests of one policy check. A clause is covered when a test states an expectation about it; a
        /// transition when it fires for a record of a test that states an expectation about its lifecycle (a transition
        /// that fires where nobody looks at the state is exercised, not checked).
        /// </summary>
        private sealed class Coverage
        {
            private readonly Policy _policy;
            private readonly bool[] _expected;
            private readonly SortedSet<ClauseOutcome>[] _seen;
            private readonly bool[] _lifecycleExpected;
            private readonly bool[][] _checked;
            private readonly bool[][] _fired;

            public Coverage(Policy policy)
            {
                _policy = policy;
                _expected = new bool[policy.Clauses.Length];
                _seen = policy.Clauses.Select(_ => new SortedSet<ClauseOutcome>()).ToArray();
                _lifecycleExpected = new bool[policy.Lifecycles.Length];
                _checked = policy.Lifecycles.Select(l => new bool[l.Transitions.Length]).ToArray();
                _fired = policy.Lifecycles.Select(l => new bool[l.Transitions.Length]).ToArray();
            }

            public void Saw(RecordEvaluation evaluation, IEnumerable<LifecycleSymbol> expectedLifecycles)
            {
                foreach (var clause in evaluation.Clauses) _seen[clause.Clause.Index].Add(clause.Outcome);
                var expected = new HashSet<LifecycleSymbol>(expectedLifecycles);
                foreach (var outcome in evaluation.Lifecycles)
                {
                    if (outcome.Result is null) continue;
                    var lifecycle = _policy.Lifecycles.IndexOf(outcome.Lifecycle);
                    foreach (var entry in outcome.Result.Timeline)
                    {
                        if (entry.Transition is null) continue;
                        var transition = outcome.Lifecycle.Transitions.IndexOf(entry.Transition);
                        if (lifecycle < 0 || transition < 0) continue;
                        _fired[lifecycle][transition] = true;
                        if (expected.Contains(outcome.Lifecycle)) _checked[lifecycle][transition] = true;
                    }
                }
            }

            public void Expect(IEnumerable<ClauseSymbol> clauses, IEnumerable<LifecycleSymbol> lifecycles)
            {
                foreach (var clause in clauses) _expected[clause.Index] = true;
                foreach (var lifecycle in lifecycles)
                {
                    var index = _policy.Lifecycles.IndexOf(lifecycle);
                    if (index >= 0) _lifecycleExpected[index] = true;
                }
            }

            public PolicyCoverage ToResult() =>
                new PolicyCoverage(_policy,
                    _policy.Clauses.Select(c => new ClauseCoverage(c, _expected[c.Index], _seen[c.Index].ToArray())).ToArray(),
                    _policy.Lifecycles.Select((l, i) => new LifecycleCoverage(l, _lifecycleExpected[i],
                        l.Transitions.Select((t, j) => new TransitionCoverage(t, _checked[i][j], _fired[i][j])).ToArray())).ToArray());
        }
    }
}
