using System;
using System.IO;
using CompliancePolicy.Checking;
using CompliancePolicy.Configuration;

namespace CompliancePolicy.Tests.Configuration
{
    /// <summary>Which compliance.json applies to a policy file on disk: its folder's, else the nearest above, within the repository.</summary>
    [Collection(CurrentDirectory.Collection)]
    public sealed class SettingsLocationTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "cp-settings-" + Guid.NewGuid().ToString("N"));

        public SettingsLocationTests() => Directory.CreateDirectory(_root);

        public void Dispose() => Directory.Delete(_root, recursive: true);

        [Fact]
        public void The_policy_folders_own_file_comes_first_then_the_nearest_above()
        {
            Write("repo/.git/HEAD", "ref: refs/heads/main");
            Write("repo/compliance.json", "{}");
            Write("repo/policies/compliance.json", "{}");

            var configuration = SettingsOnDisk.Configuration();

            Assert.Equal(At("repo/policies/compliance.json"), configuration.For(At("repo/policies/a.policy")).Path);
            Assert.Equal(At("repo/compliance.json"), configuration.For(At("repo/other/deep/b.policy")).Path);
        }

        [Fact]
        public void The_search_stops_at_the_folder_that_holds_git()
        {
            Write("compliance.json", "{ \"severity\": { \"CP1101\": \"none\" } }");
            Write("repo/.git/HEAD", "ref: refs/heads/main");

            Assert.Same(ComplianceSettings.Default, SettingsOnDisk.Configuration().For(At("repo/policies/a.policy")));
        }

        [Fact]
        public void A_git_file_marks_a_worktree_root_too()
        {
            Write("compliance.json", "{}");
            Write("worktree/.git", "gitdir: /elsewhere");

            Assert.Same(ComplianceSettings.Default, SettingsOnDisk.Configuration().For(At("worktree/p/a.policy")));
        }

        [Fact]
        public void A_relative_policy_path_gives_a_relative_settings_path()
        {
            Write("repo/.git/HEAD", "ref: refs/heads/main");
            Write("repo/compliance.json", "{}");
            Directory.CreateDirectory(At("repo/policies"));
            var previous = Environment.CurrentDirectory;
            try
            {
                Environment.CurrentDirectory = At("repo/policies");
                Assert.Equal(Path.Combine("..", "compliance.json"), SettingsOnDisk.Configuration().For("a.policy").Path);
                Assert.Equal(Path.Combine("..", "compliance.json"), SettingsOnDisk.Configuration().For(Path.Combine("sub", "b.policy")).Path);
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }

        [Fact]
        public void A_settings_file_that_is_not_UTF8_is_reported_and_sets_nothing()
        {
            Write("repo/.git/HEAD", "x");
            File.WriteAllBytes(At("repo/compliance.json"), new byte[] { (byte)'{', 0xFF, (byte)'}' });

            var settings = SettingsOnDisk.Configuration().For(At("repo/a.policy"));

            var problem = Assert.Single(settings.Diagnostics);
            Assert.Equal("CP6001", problem.Id);
            Assert.Equal("The settings file cannot be read: it is not valid UTF-8 (byte offset 1); save it with UTF-8 encoding", problem.Message);
            Assert.Empty(settings.Severity.ByRule);
        }

        [Fact]
        public void Without_a_settings_file_every_rule_keeps_its_default()
        {
            Write("repo/.git/HEAD", "x");

            Assert.Same(ComplianceSettings.Default, SettingsOnDisk.Configuration().For(At("repo/a.policy")));
        }

        private string At(string relative) => Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar));

        private void Write(string relative, string text)
        {
            var path = At(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    /// <summary>Tests that change the process's current folder run alone.</summary>
    [CollectionDefinition(Collection, DisableParallelization = true)]
    public sealed class CurrentDirectory
    {
        public const string Collection = "Current directory";
    }
}
