using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using CompliancePolicy.Checking;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Testing
{
    /// <summary>
    /// Reads a policy test file (docs/policy-tests.md) into tests bound to the policy under test. Every problem is a
    /// located diagnostic of its own rule (CP3100-CP3149, or the record reader's for the records a test reads), never
    /// an exception, and a problem in one test leaves the others to run.
    /// </summary>
    internal static class TestFileReader
    {
        /// <summary>Reads and parses the file; null after reporting why it cannot be used (CP3100, CP3101).</summary>
        public static JsonTree? Load(string path, List<Diagnostic> diagnostics)
        {
            var problems = new List<InputProblem>();
            var bytes = PolicySources.ReadBytes(path, "a policy test file", problems);
            if (bytes is null)
            {
                diagnostics.Add(DiagnosticMessages.TestFileUnreadable(TestFileContext.Shown(path, isPath: true), problems[0].Message).AtStartOf(problems[0].Path));
                return null;
            }
            if (PolicySources.Decode(bytes, out var invalid) is null)
            {
                var line = 1 + bytes.Take(invalid).Count(b => b == '\n');
                var lineStart = invalid == 0 ? 0 : Array.LastIndexOf(bytes, (byte)'\n', invalid - 1) + 1;
                var problem = $"is not valid UTF-8 (byte offset {invalid.ToString(CultureInfo.InvariantCulture)}); save it with UTF-8 encoding";
                diagnostics.Add(DiagnosticMessages.TestFileUnreadable(TestFileContext.Shown(path, isPath: true), problem).AtPosition(path, line, invalid - lineStart + 1));
                return null;
            }
            var tree = JsonTree.Parse(path, bytes, out var error);
            if (tree is null) diagnostics.Add(DiagnosticMessages.TestFileMalformed(error!.Value.Message).AtPosition(path, error.Value.Line, error.Value.Column));
            return tree;
        }

        /// <summary>The file's <c>policy</c> and its tests, after checking the file's shape; null parts are reported.</summary>
        public static (JsonNode? Policy, IReadOnlyList<JsonNode> Tests) ReadRoot(TestFileContext file)
        {
            var root = file.Tree.Root;
            if (root.Kind != JsonValueKind.Object)
            {
                file.WrongType(root, "an object with 'policy' and 'tests'");
                return (null, new JsonNode[0]);
            }
            file.CheckFields(root, TestShape.File);
            var policy = file.Required(root, "policy", TestShape.File, JsonValueKind.String);
            var tests = file.Required(root, "tests", TestShape.File, JsonValueKind.Array);
            if (tests != null && tests.Items!.Count == 0) file.NoTests(tests);
            return (policy, tests?.Items ?? new List<JsonNode>());
        }

        /// <summary>One test, bound to the policy under test (null when it could not be used: then only the test's own
        /// shape is checked).</summary>
        public static PolicyTestCase ReadTest(TestFileContext file, JsonNode test, Policy? policy, CancellationToken cancellationToken)
        {
            var location = file.Locate(test);
            if (test.Kind != JsonValueKind.Object)
            {
                file.WrongType(test, "a test object");
                return new PolicyTestCase(test.Path, location, null, null, new Records.RecordReadResult[0], null);
            }
            file.CheckFields(test, TestShape.Test);
            var name = file.Required(test, "name", TestShape.Test, JsonValueKind.String)?.Text ?? test.Path;
            var asOf = ReadDate(file, file.Required(test, "as_of", TestShape.Test, JsonValueKind.String));
            var expectations = ExpectationReader.Read(file, test, policy);
            if (policy is null) return new PolicyTestCase(name, location, asOf, null, new Records.RecordReadResult[0], expectations);
            var parameters = ReadParameters(file, test, policy);
            var records = TestRecords.Read(file, test, policy, cancellationToken);
            return new PolicyTestCase(name, location, asOf, parameters, records, expectations);
        }

        /// <summary>A date written yyyy-MM-dd; null after reporting (CP3106) a date of another form or one that does not exist.</summary>
        public static CalendarDate? ReadDate(TestFileContext file, JsonNode? node)
        {
            if (node is null) return null;
            if (DateInput.TryParse(node.Text!, out var date, out var noSuchDate)) return date;
            file.InvalidDate(node, noSuchDate ?? "write it yyyy-MM-dd (e.g. 2026-11-23)");
            return null;
        }

        /// <summary>
        /// The policy's defaults with the test's overrides, each read as the command line reads <c>--param</c>; null when
        /// any is refused. A refused value (CP3001, CP3002) is reported at the value, and the other tests still run.
        /// </summary>
        private static ParameterValues? ReadParameters(TestFileContext file, JsonNode test, Policy policy)
        {
            var node = test["parameters"];
            if (node is null) return policy.DefaultParameters;
            if (node.Kind != JsonValueKind.Object)
            {
                file.WrongType(node, "an object of parameter values");
                return null;
            }
            file.CheckRepeated(node, "'parameters'");
            var pairs = new List<KeyValuePair<string, string>>();
            var ok = true;
            foreach (var property in node.Properties!)
            {
                var value = property.Value;
                var text = value.Kind switch
                {
                    JsonValueKind.String => value.Text,
                    JsonValueKind.Number => value.Text,
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => null,
                };
                if (text is null)
                {
                    file.WrongType(value, "a string, number or boolean");
                    ok = false;
                    continue;
                }
                var pair = new KeyValuePair<string, string>(property.Name, text);
                policy.WithParameters(new[] { pair }, out var refused);
                foreach (var problem in refused) file.Add(new Diagnostic(problem.Rule, file.Locate(value), problem.Message, problem.Severity));
                ok &= refused.Count == 0;
                pairs.Add(pair);
            }
            return ok ? policy.WithParameters(pairs, out _) : null;
        }
    }
}
