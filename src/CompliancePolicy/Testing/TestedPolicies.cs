using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CompliancePolicy.Checking;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Testing
{
    /// <summary>
    /// The policies named by test files, each read and compiled once however many files name it (by full path), with
    /// the coverage its tests build up. A policy that cannot be used is reported at every test file's <c>policy</c>.
    /// </summary>
    internal sealed class TestedPolicies
    {
        private readonly Dictionary<string, TestedPolicy> _byPath = new Dictionary<string, TestedPolicy>(StringComparer.Ordinal);
        private readonly List<CoverageTracker> _coverage = new List<CoverageTracker>();
        private readonly List<Diagnostic> _diagnostics;
        private readonly CancellationToken _cancellationToken;

        public TestedPolicies(List<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
        }

        public IEnumerable<CoverageTracker> Coverage => _coverage;

        /// <summary>The policy a test file's <c>policy</c> names, relative to the file; null after reporting why it cannot be used.</summary>
        public TestedPolicy? Load(TestFileContext file, JsonNode node)
        {
            var relative = node.Text!;
            if (FilePaths.HasInvalidCharacters(relative))
            {
                file.PolicyUnusable(node, FilePaths.InvalidCharactersProblem);
                return null;
            }
            var path = Path.Combine(Path.GetDirectoryName(file.Tree.Path) ?? string.Empty, relative);
            var key = FilePaths.Resolve(path) ?? path;
            if (!_byPath.TryGetValue(key, out var tested))
            {
                tested = Compile(path);
                _byPath.Add(key, tested);
                if (tested.Coverage != null) _coverage.Add(tested.Coverage);
                _diagnostics.AddRange(tested.Diagnostics);
            }
            if (tested.Problem != null)
            {
                file.PolicyUnusable(node, tested.Problem);
                return null;
            }
            return tested;
        }

        private TestedPolicy Compile(string path)
        {
            var heard = new InputProblemCollector();
            var loaded = LoadedPolicies.Load(RunInputs.Find(new[] { path }), null, heard, _cancellationToken);
            if (heard.Problems.Count > 0)
            {
                var first = heard.Problems[0];
                return new TestedPolicy(null, first.Path == path ? first.Message : first.ToString(), new Diagnostic[0]);
            }
            var compilation = loaded.Compilation!;
            var errors = compilation.Diagnostics.Where(d => d.IsError).ToArray();
            if (errors.Length > 0)
                return new TestedPolicy(null, $"it does not compile ({errors.Length} error(s), first: {errors[0]})", errors);
            if (compilation.Policies.Length != 1)
            {
                var names = string.Join(", ", compilation.Policies.Select(p => "'" + p.Name + "'"));
                return new TestedPolicy(null, $"it holds {compilation.Policies.Length} policies ({names}); name one policy file or a folder of one policy", new Diagnostic[0]);
            }
            var policy = compilation.Policies[0];
            return new TestedPolicy(policy, null, new Diagnostic[0], new CoverageTracker(policy));
        }
    }

    /// <summary>A policy under test: compiled, or why it cannot be used (with the compiler's errors, which the run reports).</summary>
    internal sealed class TestedPolicy
    {
        public TestedPolicy(Policy? policy, string? problem, IReadOnlyList<Diagnostic> diagnostics, CoverageTracker? coverage = null)
        {
            Coverage = coverage;
            Policy = policy;
            Problem = problem;
            Diagnostics = diagnostics;
        }

        public Policy? Policy { get; }
        public string? Problem { get; }
        public IReadOnlyList<Diagnostic> Diagnostics { get; }
        /// <summary>What the tests of the policy check; null when it cannot be used.</summary>
        public CoverageTracker? Coverage { get; }
    }
}
