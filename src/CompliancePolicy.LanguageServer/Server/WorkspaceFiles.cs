using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CompliancePolicy.Text;

namespace CompliancePolicy.LanguageServer.Server
{
    /// <summary>
    /// Reads the workspace folder's <c>.policy</c> files, so a policy spread over several files is analysed whole even
    /// when only one of them is open. Build output, dependencies and hidden folders are not searched.
    /// </summary>
    internal static class WorkspaceFiles
    {
        private static readonly HashSet<string> Skipped = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

        public static void Load(ServerSession session, string root)
        {
            if (!Directory.Exists(root)) return;
            foreach (var path in PolicyFiles(root)) Reload(session, path);
        }

        /// <summary>Reads a file again (or forgets it when it is gone or unreadable, saying why).</summary>
        public static void Reload(ServerSession session, string path)
        {
            try
            {
                var text = File.ReadAllText(path);
                session.Queue.Mutate(store => store.WithDiskFile(new SourceText(path, text)));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                if (File.Exists(path)) session.Log($"Cannot read {path}: {e.Message}", type: 1);
                session.Queue.Mutate(store => store.WithoutDiskFile(path));
            }
        }

        private static IEnumerable<string> PolicyFiles(string folder)
        {
            IEnumerable<string> files, folders;
            try
            {
                files = Directory.EnumerateFiles(folder, "*.policy").OrderBy(f => f, StringComparer.Ordinal).ToArray();
                folders = Directory.EnumerateDirectories(folder).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                yield break;
            }
            foreach (var file in files) yield return file;
            foreach (var child in folders)
            {
                var name = Path.GetFileName(child);
                if (name.StartsWith(".", StringComparison.Ordinal) || Skipped.Contains(name)) continue;
                foreach (var file in PolicyFiles(child)) yield return file;
            }
        }
    }
}
