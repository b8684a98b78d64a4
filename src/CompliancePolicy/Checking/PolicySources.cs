using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Reporting;
using CompliancePolicy.Text;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// Finds input files (a file as given, or a folder searched recursively) and reads whole-file inputs (policies,
    /// policy tests) as strict UTF-8, up to <see cref="MaxFileBytes"/>.
    /// </summary>
    internal static class PolicySources
    {
        /// <summary>
        /// The largest policy file (and policy test file) read: 4 MiB. Policies are written by people (the samples are
        /// under 20 KB), and a path such as <c>/dev/zero</c> would otherwise be read until memory runs out. A larger policy
        /// can be split: files that name the same policy are one policy. Record files are streamed, so only a single
        /// record is limited (to 2 GB, by the record reader's buffer).
        /// </summary>
        public const int MaxFileBytes = 4 * 1024 * 1024;

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>
        /// Each path that is a file, as given; each folder, searched recursively for files matching any pattern, in ordinal
        /// order so runs are reproducible. A path that does not exist is a problem.
        /// </summary>
        public static IReadOnlyList<string> Find(IEnumerable<string> paths, IReadOnlyList<string> patterns, List<InputProblem> problems)
        {
            var files = new List<string>();
            foreach (var path in paths)
            {
                if (File.Exists(path))
                {
                    files.Add(path);
                }
                else if (Directory.Exists(path))
                {
                    try
                    {
                        files.AddRange(patterns
                            .SelectMany(p => Directory.EnumerateFiles(path, p, SearchOption.AllDirectories))
                            .Distinct(StringComparer.Ordinal)
                            .OrderBy(f => f, StringComparer.Ordinal));
                    }
                    catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                    {
                        problems.Add(new InputProblem(path, $"cannot list the folder: {e.Message}"));
                    }
                }
                else
                {
                    problems.Add(new InputProblem(path, FilePaths.HasInvalidCharacters(path) ? FilePaths.InvalidCharactersProblem : "no such file or folder"));
                }
            }
            return files.Distinct(StringComparer.Ordinal).ToArray();
        }

        /// <summary>Reads a policy file as UTF-8 (a byte-order mark is allowed) with its fingerprint; invalid UTF-8, a file
        /// over <see cref="MaxFileBytes"/> or an I/O failure is a problem.</summary>
        public static PolicySourceFile? Read(string path, List<InputProblem> problems)
        {
            var bytes = ReadBytes(path, "a policy file; split the policy into several files (files that name the same policy are one policy)", problems);
            if (bytes is null) return null;
            var text = Decode(bytes, out var invalidOffset);
            if (text is null)
            {
                problems.Add(new InputProblem(path, $"is not valid UTF-8 (byte offset {invalidOffset.ToString(CultureInfo.InvariantCulture)}); save it with UTF-8 encoding"));
                return null;
            }
            return new PolicySourceFile(new SourceText(path, text), ContentHash.Of(path, InputKind.Policy, bytes));
        }

        /// <summary>
        /// Reads a whole file of at most <see cref="MaxFileBytes"/>; null after adding a problem, which ends with
        /// <paramref name="kind"/> for a file over the limit ("a policy file"). The length the file system reports is not
        /// trusted: devices report 0 and never end.
        /// </summary>
        internal static byte[]? ReadBytes(string path, string kind, List<InputProblem> problems)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
                using var bytes = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    if (bytes.Length + read > MaxFileBytes)
                    {
                        problems.Add(new InputProblem(path, $"is larger than {MaxFileBytes / (1024 * 1024)} MiB, the limit for {kind}"));
                        return null;
                    }
                    bytes.Write(chunk, 0, read);
                }
                return bytes.ToArray();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
            {
                problems.Add(new InputProblem(path, "cannot be read: " + e.Message));
                return null;
            }
        }

        /// <summary>Strict UTF-8 decoding without the byte-order mark; null with the offset of the first bad byte.</summary>
        public static string? Decode(byte[] bytes, out int invalidOffset)
        {
            invalidOffset = -1;
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            try
            {
                return StrictUtf8.GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException e)
            {
                invalidOffset = start + Math.Max(0, e.Index);
                return null;
            }
        }
    }

    /// <summary>A policy file as read: its text, and its fingerprint for the report's audit trail.</summary>
    internal sealed class PolicySourceFile
    {
        public PolicySourceFile(SourceText text, InputFile input)
        {
            Text = text;
            Input = input;
        }

        public SourceText Text { get; }
        public InputFile Input { get; }
    }

    /// <summary>An input that cannot be used: a path that does not exist, a folder that cannot be listed, a file that cannot be decoded.</summary>
    public sealed class InputProblem
    {
        internal InputProblem(string path, string message)
        {
            Path = path;
            Message = message;
        }

        public string Path { get; }
        public string Message { get; }

        public override string ToString() => $"{Path}: {Message}";
    }
}
