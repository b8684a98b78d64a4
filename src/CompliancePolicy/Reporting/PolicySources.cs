using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CompliancePolicy.Text;

namespace CompliancePolicy.Reporting
{
    /// <summary>Finds input files (a file as given, or a folder searched recursively) and reads policy texts as strict UTF-8.</summary>
    public static class PolicySources
    {
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
                    problems.Add(new InputProblem(path, "no such file or folder"));
                }
            }
            return files.Distinct(StringComparer.Ordinal).ToArray();
        }

        /// <summary>Reads a text file as UTF-8 (a byte-order mark is allowed); invalid UTF-8 or an I/O failure is a problem.</summary>
        public static SourceText? Read(string path, List<InputProblem> problems)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
            {
                problems.Add(new InputProblem(path, "cannot be read: " + e.Message));
                return null;
            }
            var text = Decode(bytes, out var invalidOffset);
            if (text is null)
            {
                problems.Add(new InputProblem(path, $"is not valid UTF-8 (byte offset {invalidOffset.ToString(CultureInfo.InvariantCulture)}); save it with UTF-8 encoding"));
                return null;
            }
            return new SourceText(path, text);
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

    /// <summary>An input that cannot be used: a path that does not exist, a folder that cannot be listed, a file that cannot be decoded.</summary>
    public sealed class InputProblem
    {
        public InputProblem(string path, string message)
        {
            Path = path;
            Message = message;
        }

        public string Path { get; }
        public string Message { get; }

        public override string ToString() => $"{Path}: {Message}";
    }
}
