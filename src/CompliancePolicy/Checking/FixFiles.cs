using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CompliancePolicy.Configuration;
using CompliancePolicy.Fixes;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// <c>compliance lint --fix</c> as one call: reads the policy files under the paths, applies the preferred fix of
    /// every diagnostic (<see cref="PolicyFixer"/>, under the compliance.json that applies), and with
    /// <c>write</c> replaces each changed file atomically (policy files and settings files alike).
    /// </summary>
    internal static class FixFiles
    {
        private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

        public static FixFilesResult Fix(IReadOnlyList<string> paths, bool write, CancellationToken cancellationToken = default)
        {
            var problems = new List<InputProblem>();
            var sources = RunInputs.Find(paths).ReadPolicyTexts(problems, cancellationToken);
            if (problems.Count > 0) return new FixFilesResult(problems, null, new WriteProblem[0]);

            var result = PolicyFixer.Fix(sources, SettingsOnDisk.Configuration(), cancellationToken);
            var failures = write
                ? result.Changed.Select(f => TryWrite(f) is { } failure ? new WriteProblem(f.After.Path, failure) : null).OfType<WriteProblem>().ToArray()
                : new WriteProblem[0];
            return new FixFilesResult(problems, result, failures);
        }

        /// <summary>Replaces a fixed file, keeping its byte-order mark; null when done, else why not (the file is as it was).</summary>
        private static string? TryWrite(FixedFile file)
        {
            try
            {
                var current = File.ReadAllBytes(file.Before.Path);
                if (PolicySources.Decode(current, out _) != file.Before.Text) return "it changed while it was being fixed; it was left as it is";
                using var output = AtomicFile.Create(file.Before.Path);
                if (current.Length >= 3 && current[0] == 0xEF && current[1] == 0xBB && current[2] == 0xBF) output.Stream.Write(ByteOrderMark, 0, ByteOrderMark.Length);
                var bytes = new System.Text.UTF8Encoding(false).GetBytes(file.After.Text);
                output.Stream.Write(bytes, 0, bytes.Length);
                output.Commit();
                return null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return "cannot be written: " + e.Message;
            }
        }
    }

    /// <summary>What <c>lint --fix</c> did: the inputs that could not be used (then nothing was fixed), the fixing, and the files it could not write.</summary>
    internal sealed class FixFilesResult
    {
        internal FixFilesResult(IReadOnlyList<InputProblem> problems, FixResult? fixing, IReadOnlyList<WriteProblem> writeProblems)
        {
            Problems = problems;
            Fixing = fixing;
            WriteProblems = writeProblems;
        }

        public IReadOnlyList<InputProblem> Problems { get; }

        /// <summary>The texts before and after; null when an input could not be used.</summary>
        public FixResult? Fixing { get; }

        /// <summary>Changed files that could not be written (each was left as it was).</summary>
        public IReadOnlyList<WriteProblem> WriteProblems { get; }
    }

    /// <summary>A file that could not be written, and why.</summary>
    internal sealed record WriteProblem(string Path, string Message);
}
