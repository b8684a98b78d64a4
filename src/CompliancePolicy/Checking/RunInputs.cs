using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// The files a run will read, found before any is opened: policy files under the policy paths and record files under
    /// the record paths. Knowing them first is what lets a run refuse an output that would replace one of them.
    /// </summary>
    internal sealed class RunInputs
    {
        /// <summary>The file name patterns of policy files and of record files, for searching folders.</summary>
        internal static readonly IReadOnlyList<string> PolicyPatterns = new[] { "*.policy" };

        internal static readonly IReadOnlyList<string> RecordPatterns = new[] { "*.json", "*.jsonl" };

        /// <summary>Policy tests live beside policies and records but are not records.</summary>
        public const string PolicyTestPattern = "*.policytest.json";

        private RunInputs(IReadOnlyList<string> policyFiles, IReadOnlyList<InputProblem> policyProblems,
            IReadOnlyList<string> recordFiles, IReadOnlyList<InputProblem> recordProblems, IReadOnlyList<string> emptyRecordFolders)
        {
            PolicyFiles = policyFiles;
            PolicyProblems = policyProblems;
            RecordFiles = recordFiles;
            RecordProblems = recordProblems;
            EmptyRecordFolders = emptyRecordFolders;
        }

        public IReadOnlyList<string> PolicyFiles { get; }

        /// <summary>Policy paths that do not exist or cannot be listed, or "no .policy files found".</summary>
        public IReadOnlyList<InputProblem> PolicyProblems { get; }

        public IReadOnlyList<string> RecordFiles { get; }

        /// <summary>Record paths that do not exist or cannot be listed.</summary>
        public IReadOnlyList<InputProblem> RecordProblems { get; }

        /// <summary>Record folders given that hold no record file.</summary>
        public IReadOnlyList<string> EmptyRecordFolders { get; }

        /// <summary>Warns of empty record folders and reports each record file that cannot be read (CP2007), as every
        /// verb that reads records does once its policies compile.</summary>
        internal void ReportRecordProblems(IRunListener listener, List<Diagnostics.Diagnostic> diagnostics)
        {
            foreach (var folder in EmptyRecordFolders) listener.Warning($"{folder}: no *.json or *.jsonl files in this folder");
            foreach (var problem in RecordProblems)
            {
                var reason = problem.Message == "no such file or folder" ? "does not exist" : problem.Message;
                var diagnostic = Diagnostics.DiagnosticMessages.RecordInputMissing(problem.Path, reason).AtStartOf(problem.Path);
                listener.Diagnostic(diagnostic);
                diagnostics.Add(diagnostic);
            }
        }

        /// <summary>The texts of the policy files, for the verbs that change them (fmt, lint --fix); every policy input
        /// that cannot be used is added to <paramref name="problems"/>.</summary>
        internal IReadOnlyList<Text.SourceText> ReadPolicyTexts(List<InputProblem> problems, System.Threading.CancellationToken cancellationToken)
        {
            problems.AddRange(PolicyProblems);
            var sources = new List<Text.SourceText>();
            foreach (var path in PolicyFiles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (PolicySources.Read(path, problems) is { } file) sources.Add(file.Text);
            }
            return sources;
        }

        /// <summary>Finds the policy files and, when <paramref name="recordPaths"/> is given, the record files. In folders,
        /// record files are every *.json and *.jsonl except policy tests (*.policytest.json).</summary>
        public static RunInputs Find(IReadOnlyList<string> policyPaths, IReadOnlyList<string>? recordPaths = null)
        {
            var policyProblems = new List<InputProblem>();
            var policyFiles = PolicySources.Find(policyPaths, PolicyPatterns, policyProblems);
            if (policyProblems.Count == 0 && policyFiles.Count == 0) policyProblems.Add(new InputProblem(string.Join(", ", policyPaths), "no .policy files found"));
            return WithRecords(policyFiles, policyProblems, recordPaths);
        }

        /// <summary>The record files only, for a verb that finds its policies another way (diff reads two versions of them).</summary>
        public static RunInputs FindRecords(IReadOnlyList<string> recordPaths) => WithRecords(new string[0], new InputProblem[0], recordPaths);

        private static RunInputs WithRecords(IReadOnlyList<string> policyFiles, IReadOnlyList<InputProblem> policyProblems, IReadOnlyList<string>? recordPaths)
        {
            var recordProblems = new List<InputProblem>();
            var given = recordPaths ?? Array.Empty<string>();
            var testSuffix = PolicyTestPattern.TrimStart('*');
            var recordFiles = PolicySources.Find(given, RecordPatterns, recordProblems)
                .Where(f => !f.EndsWith(testSuffix, StringComparison.OrdinalIgnoreCase) || given.Contains(f))
                .ToArray();
            var emptyFolders = given.Where(p => Directory.Exists(p) && !recordFiles.Any(f => f.StartsWith(p, StringComparison.Ordinal))).ToArray();
            return new RunInputs(policyFiles, policyProblems, recordFiles, recordProblems, emptyFolders);
        }

        /// <summary>
        /// Why writing <paramref name="outputPath"/> would destroy an input (it is one of the policy or record files, after
        /// resolving relative parts, folders and links), or null when it is safe to write.
        /// </summary>
        public string? OutputConflict(string outputPath) => OutputConflict(outputPath, PolicyFiles.Select(f => (f, "a policy file")).Concat(RecordFiles.Select(f => (f, "a record file"))));

        /// <summary>As <see cref="OutputConflict(string)"/> for any list of inputs, each with what it is ("a policy test file").</summary>
        public static string? OutputConflict(string outputPath, IEnumerable<(string Path, string Kind)> inputs)
        {
            var output = FilePaths.Resolve(outputPath);
            if (output is null) return $"'{outputPath}' is not a valid file name: {FilePaths.InvalidCharactersProblem}";
            foreach (var (path, kind) in inputs)
            {
                if (FilePaths.Same(FilePaths.Resolve(path), output))
                    return $"'{outputPath}' is {kind} this run reads ('{path}'); writing the report there would replace it. Choose another output file";
            }
            return null;
        }
    }
}
