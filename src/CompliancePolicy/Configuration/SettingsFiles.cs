using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CompliancePolicy.Text;

namespace CompliancePolicy.Configuration
{
    /// <summary>
    /// Where settings files can be found: on disk (<c>Checking.SettingsOnDisk</c>, for the command line and the language
    /// server), or among the files a host was given (<see cref="ComplianceConfiguration.FromFiles"/>, for the analyzers'
    /// AdditionalFiles). All look for compliance.json the same way (<see cref="Find"/>).
    /// </summary>
    internal abstract class SettingsFiles
    {
        public abstract bool Exists(string path);

        /// <summary>Whether a folder is a repository's root (holds <c>.git</c>): the search goes no higher.</summary>
        public abstract bool IsRepositoryRoot(string folder);

        public abstract ComplianceSettings Read(string path);

        /// <summary>
        /// The settings file for a policy file: compliance.json in the policy file's folder, else in the nearest
        /// folder above it, stopping after the folder that holds <c>.git</c> or at the file system's root. A relative
        /// policy path gives a relative settings path. Null when there is none.
        /// </summary>
        public string? Find(string policyPath)
        {
            for (var folder = Path.GetDirectoryName(policyPath) ?? string.Empty; folder != null; folder = Parent(folder))
            {
                var candidate = folder.Length == 0 ? ComplianceSettings.FileName : Path.Combine(folder, ComplianceSettings.FileName);
                if (Exists(candidate)) return candidate;
                if (IsRepositoryRoot(folder)) return null;
            }
            return null;
        }

        /// <summary>The folder above, written relative if the folder is ("" is the current folder); null above the root.</summary>
        private static string? Parent(string folder)
        {
            if (Path.GetDirectoryName(Path.GetFullPath(folder.Length == 0 ? "." : folder)) is null) return null;
            if (folder.Length == 0 || folder == ".") return "..";
            var name = Path.GetFileName(folder);
            if (name == "..") return Path.Combine(folder, "..");
            return Path.GetDirectoryName(folder) ?? string.Empty;
        }

        /// <summary>Only the files given, by path (the analyzers cannot look at the disk, nor for <c>.git</c>).</summary>
        internal sealed class Given : SettingsFiles
        {
            private readonly Dictionary<string, SourceText> _byPath;

            public Given(IEnumerable<SourceText> files) =>
                _byPath = files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

            public override bool Exists(string path) => _byPath.ContainsKey(path);

            public override bool IsRepositoryRoot(string folder) => false;

            public override ComplianceSettings Read(string path) => ComplianceSettings.Parse(_byPath[path]);
        }
    }
}
