using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace CompliancePolicy.Checking
{
    /// <summary>Comparing paths as the file system does, and telling regular files from devices and pipes.</summary>
    internal static class FilePaths
    {
        public const string InvalidCharactersProblem = "the path contains a NUL or another character no file name can hold";

        private static readonly StringComparison Comparison =
            RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || RuntimeInformation.IsOSPlatform(OSPlatform.OSX)
                ? StringComparison.OrdinalIgnoreCase
                : StringComparison.Ordinal;

        public static bool HasInvalidCharacters(string path) => path.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || path.IndexOf('\0') >= 0;

        /// <summary>
        /// The absolute path with '.' and '..' resolved and, where the runtime can tell, symbolic links followed to the
        /// file they name; null for a path that cannot be a file name.
        /// </summary>
        public static string? Resolve(string path)
        {
            if (HasInvalidCharacters(path)) return null;
            string full;
            try
            {
                full = Path.GetFullPath(path);
            }
            catch (Exception e) when (e is ArgumentException || e is IOException || e is NotSupportedException)
            {
                return null;
            }
#if NET
            try
            {
                // Follow links at every folder above the file and at the file itself, so "out/r.json" and "link-to-out/r.json" agree.
                var directory = Path.GetDirectoryName(full);
                if (directory != null) full = Path.Combine(ResolveLinks(directory), Path.GetFileName(full));
                if (File.Exists(full) && File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target) full = target.FullName;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // A link that cannot be followed (a loop, no permission) is compared as written.
            }
#endif
            return full;
        }

        /// <summary><paramref name="path"/> relative to <paramref name="folder"/> with forward slashes (netstandard2.0 has no
        /// Path.GetRelativePath); the full path when they share no root.</summary>
        public static string RelativeTo(string folder, string path)
        {
            var from = new System.Uri(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar);
            var to = new System.Uri(Path.GetFullPath(path));
            return from.Scheme != to.Scheme ? Path.GetFullPath(path) : System.Uri.UnescapeDataString(from.MakeRelativeUri(to).ToString());
        }

        public static bool Same(string? a, string? b) => a != null && b != null && string.Equals(a, b, Comparison);

        /// <summary>
        /// True when the path names a device, a pipe or a terminal rather than a regular file: such a target is written in
        /// place, since renaming a temporary file over it would replace the device (e.g. <c>--output /dev/stdout</c>).
        /// </summary>
        public static bool IsDevice(string fullPath)
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                var name = Path.GetFileNameWithoutExtension(fullPath).ToUpperInvariant();
                return fullPath.StartsWith(@"\\.\", StringComparison.Ordinal) || WindowsDevices.Contains(name);
            }
            // Links such as /dev/stdout end in /proc/self/fd/1, then in "pipe:[...]" or a terminal under /dev.
            return fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal)
                || fullPath.IndexOf(":[", StringComparison.Ordinal) >= 0;
        }

        private static readonly string[] WindowsDevices =
            { "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9" };

#if NET
        private static string ResolveLinks(string directory)
        {
            var parent = Path.GetDirectoryName(directory);
            var resolved = parent is null ? directory : Path.Combine(ResolveLinks(parent), Path.GetFileName(directory));
            if (!Directory.Exists(resolved)) return resolved;
            var target = Directory.ResolveLinkTarget(resolved, returnFinalTarget: true);
            return target?.FullName ?? resolved;
        }
#endif
    }
}
