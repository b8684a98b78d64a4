using System;
using System.IO;
using System.Text;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// Writes a file so that it is either the previous version or the complete new one, never a truncated mix: the
    /// bytes go to a temporary file beside the target, which replaces the target only on <see cref="Commit"/>. A run
    /// that fails midway (an exception, a full disk) disposes without committing, and the previous file stays intact.
    /// </summary>
    /// <remarks>
    /// It lives in the library, beside the check that refuses an output that is one of the inputs, because both keep
    /// the same promise (nothing the user gave is lost) and every host that writes reports or policies needs it.
    /// A device or pipe (<c>/dev/stdout</c>, <c>NUL</c>) is written in place: it has no previous version to keep.
    /// </remarks>
    internal sealed class AtomicFile : IDisposable
    {
        // The files being written now, so a process told to stop at once can remove their temporary files first.
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<AtomicFile, bool> Open =
            new System.Collections.Concurrent.ConcurrentDictionary<AtomicFile, bool>();

        private readonly string _target;
        private readonly string? _temporary;
        private readonly FileStream _stream;
        private bool _committed;

        private AtomicFile(string target, string? temporary, FileStream stream)
        {
            _target = target;
            _temporary = temporary;
            _stream = stream;
            Open.TryAdd(this, true);
        }

        /// <summary>Where the bytes go until <see cref="Commit"/>.</summary>
        public Stream Stream => _stream;

        /// <summary>Opens a temporary file beside <paramref name="path"/> (beside the file a link names). Throws
        /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when that folder cannot be written.</summary>
        /// <summary>The report file for a run, or null for none; the problem when it cannot be created (no run starts then).</summary>
        internal static RunProblem? TryCreate(string? path, out AtomicFile? file)
        {
            file = null;
            if (path is null) return null;
            try
            {
                file = Create(path);
                return null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return new RunProblem(ProblemSubject.Output, $"cannot write '{path}': {e.Message}");
            }
        }

        public static AtomicFile Create(string path)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            var target = FilePaths.Resolve(path) ?? throw new ArgumentException($"'{path}' is not a valid file name.", nameof(path));
            // /dev/stdout may lead to the file a shell redirected to ('>> log'). Renamed over, that file would be replaced;
            // opened anew, it would be overwritten from its start. Appending writes after what the shell left there: nothing
            // after '>', the earlier lines after '>>'.
            if (FilePaths.IsDevice(Path.GetFullPath(path)) || FilePaths.IsDevice(target))
                return new AtomicFile(target, null, new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite));
            var folder = Path.GetDirectoryName(target) ?? ".";
            var temporary = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            return new AtomicFile(target, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None));
        }

        /// <summary>Writes the whole text as UTF-8 without a byte-order mark, atomically.</summary>
        public static void WriteAllText(string path, string text)
        {
            using var file = Create(path);
            var bytes = new UTF8Encoding(false).GetBytes(text);
            file.Stream.Write(bytes, 0, bytes.Length);
            file.Commit();
        }

        /// <summary>Flushes the bytes to disk and puts the new file in place of the target.</summary>
        public void Commit()
        {
            if (_committed) throw new InvalidOperationException("The file is already committed.");
            _stream.Flush(flushToDisk: true);
            _stream.Dispose();
            if (_temporary != null)
            {
                if (File.Exists(_target))
                {
                    KeepPermissions();
                    File.Replace(_temporary, _target, destinationBackupFileName: null);
                }
                else
                {
                    File.Move(_temporary, _target);
                }
            }
            _committed = true;
            Open.TryRemove(this, out _);
        }

        /// <summary>A replaced file keeps its permissions (a policy readable only by its owner stays so).</summary>
        private void KeepPermissions()
        {
#if NET
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_temporary!, File.GetUnixFileMode(_target));
#endif
        }

        /// <summary>Removes the temporary file of every file being written and not yet committed, for a process about to
        /// end at once (a second Ctrl+C): the targets stay as they were, and no partial report is left beside them.</summary>
        public static void AbandonAll()
        {
            foreach (var file in Open.Keys) file.DeleteTemporary();
        }

        /// <summary>Without <see cref="Commit"/>, removes the temporary file and leaves the target as it was.</summary>
        public void Dispose()
        {
            Open.TryRemove(this, out _);
            if (_committed) return;
            _stream.Dispose();
            DeleteTemporary();
        }

        private void DeleteTemporary()
        {
            if (_temporary is null) return;
            try
            {
                File.Delete(_temporary);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // The target is intact either way; a stray temporary file is the lesser harm than hiding the first failure.
            }
        }
    }
}
