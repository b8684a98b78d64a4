using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CompliancePolicy.Reporting;
using CompliancePolicy.Text;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// Policy files as they were at a git revision, read with the <c>git</c> command itself: <c>REV:PATH</c>, where PATH is
    /// a file or folder relative to the repository's top (or to the current folder when it starts with <c>./</c> or
    /// <c>../</c>), as <c>git show</c> reads it. Each problem (no git, not a repository, no such revision or path) is an
    /// input problem naming the argument, never an exception.
    /// </summary>
    internal static class GitRevisionSources
    {
        /// <summary>
        /// Whether an argument names a revision rather than a file: it is no file or folder here, and has the
        /// <c>REV:PATH</c> form (a drive such as <c>C:\</c> is a path).
        /// </summary>
        public static bool IsRevision(string argument)
        {
            if (File.Exists(argument) || Directory.Exists(argument)) return false;
            var colon = argument.IndexOf(':');
            return colon > 0 && !(colon == 1 && char.IsLetter(argument[0]) && (argument.Length == 2 || argument[2] == '\\' || argument[2] == '/'));
        }

        /// <summary>The policy files under PATH at REV; null after adding the problem when they cannot be read.</summary>
        public static IReadOnlyList<PolicySourceFile>? Read(string argument, List<InputProblem> problems)
        {
            var colon = argument.IndexOf(':');
            var revision = argument.Substring(0, colon);
            var path = argument.Substring(colon + 1);
            var top = Git(null, problems, argument, "rev-parse", "--show-toplevel");
            if (top is null) return null;
            var root = Encoding.UTF8.GetString(top).Trim();
            if (Git(root, problems, argument, "rev-parse", "--verify", "--quiet", revision + "^{commit}") is null)
            {
                ReplaceLast(problems, argument, $"the repository at '{root}' has no revision '{revision}'");
                return null;
            }
            var inRepository = RelativeToTop(root, path);
            if (inRepository is null)
            {
                problems.Add(new InputProblem(argument, $"'{path}' is outside the repository at '{root}'"));
                return null;
            }
            var listing = Git(root, problems, argument, "ls-tree", "-r", "-z", "--full-name", "--name-only", revision, "--", inRepository.Length == 0 ? "." : inRepository);
            if (listing is null) return null;
            var names = Encoding.UTF8.GetString(listing).Split(new[] { '\0' }, StringSplitOptions.RemoveEmptyEntries);
            if (names.Length == 0)
            {
                problems.Add(new InputProblem(argument, $"'{inRepository}' does not exist in revision '{revision}'"));
                return null;
            }
            // A file named as such is read whatever its name; a folder gives its policy files.
            var wanted = names.Length == 1 && names[0] == inRepository
                ? names
                : names.Where(n => n.EndsWith(RunInputs.PolicyPatterns[0].TrimStart('*'), StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            if (wanted.Length == 0)
            {
                problems.Add(new InputProblem(argument, $"no .policy files in '{inRepository}' at revision '{revision}'"));
                return null;
            }
            var files = new List<PolicySourceFile>();
            foreach (var name in wanted)
            {
                var shown = revision + ":" + name;
                var bytes = Git(root, problems, shown, "cat-file", "blob", revision + ":" + name);
                if (bytes is null) return null;
                if (bytes.Length > PolicySources.MaxFileBytes)
                {
                    problems.Add(new InputProblem(shown, $"is larger than {PolicySources.MaxFileBytes / (1024 * 1024)} MiB, the limit for a policy file"));
                    return null;
                }
                var text = PolicySources.Decode(bytes, out var invalidOffset);
                if (text is null)
                {
                    problems.Add(new InputProblem(shown, $"is not valid UTF-8 (byte offset {invalidOffset}); save it with UTF-8 encoding"));
                    return null;
                }
                files.Add(new PolicySourceFile(new SourceText(shown, text), ContentHash.Of(shown, InputKind.Policy, bytes)));
            }
            return files;
        }

        /// <summary>A path as git's <c>REV:PATH</c> reads it: from the top of the repository, unless it starts with ./ or ../.</summary>
        private static string? RelativeToTop(string root, string path)
        {
            var normalized = path.Replace('\\', '/');
            if (!normalized.StartsWith("./", StringComparison.Ordinal) && !normalized.StartsWith("../", StringComparison.Ordinal) && normalized != "." && normalized != "..")
                return normalized.Trim('/');
            var full = Path.GetFullPath(Path.Combine(Directory.GetCurrentDirectory(), path)).TrimEnd('/', '\\');
            var top = Path.GetFullPath(root).TrimEnd('/', '\\');
            if (full == top) return string.Empty;
            return full.StartsWith(top + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full.Substring(top.Length + 1).Replace('\\', '/') : null;
        }

        private static void ReplaceLast(List<InputProblem> problems, string argument, string message)
        {
            if (problems.Count > 0 && problems[problems.Count - 1].Path == argument) problems.RemoveAt(problems.Count - 1);
            problems.Add(new InputProblem(argument, message));
        }

        /// <summary>Runs git and gives what it wrote; on failure adds a problem with git's own message and gives null.</summary>
        private static byte[]? Git(string? workingDirectory, List<InputProblem> problems, string argument, params string[] arguments)
        {
            var start = new ProcessStartInfo("git", string.Join(" ", arguments.Select(QuoteArgument)))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
                CreateNoWindow = true,
                WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
            };
            // git's messages in English whatever the user's locale, since they are quoted in ours.
            start.EnvironmentVariables["LC_ALL"] = "C";
            Process process;
            try
            {
                process = Process.Start(start) ?? throw new Win32Exception("the process did not start");
            }
            catch (Exception e) when (e is Win32Exception || e is InvalidOperationException || e is IOException)
            {
                problems.Add(new InputProblem(argument, $"cannot run git to read a revision (is git installed and on the PATH?): {e.Message}"));
                return null;
            }
            using (process)
            {
                process.StandardInput.Close();
                var error = Task.Run(() => process.StandardError.ReadToEnd());
                using var output = new MemoryStream();
                process.StandardOutput.BaseStream.CopyTo(output);
                process.WaitForExit();
                if (process.ExitCode == 0) return output.ToArray();
                var message = error.Result.Trim().Replace("\n", "; ");
                problems.Add(new InputProblem(argument, $"git {arguments[0]} failed: {(message.Length == 0 ? "exit code " + process.ExitCode : message)}"));
                return null;
            }
        }

        /// <summary>Quotes one argument the way the .NET runtime splits a command line (backslashes doubled before a quote).</summary>
        private static string QuoteArgument(string argument)
        {
            if (argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '"', '\n' }) < 0) return argument;
            var quoted = new StringBuilder("\"");
            var backslashes = 0;
            foreach (var c in argument)
            {
                if (c == '\\')
                {
                    backslashes++;
                    continue;
                }
                quoted.Append('\\', c == '"' ? 2 * backslashes + 1 : backslashes);
                backslashes = 0;
                quoted.Append(c);
            }
            quoted.Append('\\', 2 * backslashes);
            return quoted.Append('"').ToString();
        }
    }
}
