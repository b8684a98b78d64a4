using System.Collections.Generic;
using System.IO;
using CompliancePolicy.Configuration;
using CompliancePolicy.Text;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// compliance.json files on disk: the policy file's folder, then the folders above it, up to the one that holds
    /// <c>.git</c> (docs/configuration.md). Read as strict UTF-8, at most 4 MiB, like a policy file.
    /// </summary>
    internal sealed class SettingsOnDisk : SettingsFiles
    {
        /// <summary>The configuration every verb of the command line (and the language server) compiles under.</summary>
        public static ComplianceConfiguration Configuration() => ComplianceConfiguration.From(new SettingsOnDisk());

        public override bool Exists(string path) => File.Exists(path);

        public override bool IsRepositoryRoot(string folder)
        {
            var git = Path.Combine(folder.Length == 0 ? "." : folder, ".git");
            // A worktree or a submodule has a .git file instead of a folder.
            return Directory.Exists(git) || File.Exists(git);
        }

        public override ComplianceSettings Read(string path)
        {
            var problems = new List<InputProblem>();
            var bytes = PolicySources.ReadBytes(path, "a settings file", problems);
            if (bytes is null) return ComplianceSettings.Unreadable(path, "it " + problems[0].Message);
            var text = PolicySources.Decode(bytes, out var invalidOffset);
            return text is null
                ? ComplianceSettings.Unreadable(path, $"it is not valid UTF-8 (byte offset {invalidOffset}); save it with UTF-8 encoding")
                : ComplianceSettings.Parse(new SourceText(path, text));
        }
    }
}
