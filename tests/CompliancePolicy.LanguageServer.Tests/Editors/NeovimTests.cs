using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CompliancePolicy.LanguageServer.Tests.Support;

namespace CompliancePolicy.LanguageServer.Tests.Editors
{
    /// <summary>
    /// The language server in a real editor: Debian's Neovim (0.7.2), headless, runs Neovim/check.lua, which starts
    /// <c>compliance lsp</c>, waits for diagnostics and checks hover, completion, definition, references, rename,
    /// formatting, semantic tokens, code actions and a code lens. Without nvim the test fails and says how to install it.
    /// </summary>
    public sealed class NeovimTests : IDisposable
    {
        private static readonly string[] Checks =
        {
            "start_client", "diagnostics", "hover", "completion", "definition", "references", "rename", "rename refuses a clash",
            "semantic tokens", "code actions", "code lens", "formatting",
        };

        private readonly string _workspace = Directory.CreateTempSubdirectory("lsp-neovim-").FullName;

        [Fact]
        public void Neovim_gets_diagnostics_hover_completion_navigation_rename_formatting_code_actions_and_a_code_lens_from_the_server()
        {
            var nvim = ExternalTool.Find("nvim");
            Assert.True(nvim != null, "nvim is not installed: run ./test.sh, which runs 'apt-get install -y neovim' when nvim is missing.");
            var fixtures = Path.Combine(AppContext.BaseDirectory, "Neovim");
            foreach (var file in Directory.GetFiles(fixtures)) File.Copy(file, Path.Combine(_workspace, Path.GetFileName(file)));
            var results = Path.Combine(_workspace, "results.txt");
            var environment = new Dictionary<string, string>
            {
                ["COMPLIANCE_DLL"] = Path.Combine(AppContext.BaseDirectory, "compliance.dll"),
                ["WORKSPACE"] = _workspace,
                ["RESULT_FILE"] = results,
            };

            var run = ExternalTool.Run(nvim!, _workspace, TimeSpan.FromMinutes(4), environment,
                "--headless", "-u", "NONE", "-n", "-c", "luafile " + Path.Combine(_workspace, "check.lua"));

            var report = File.Exists(results) ? File.ReadAllText(results) : "(no results written)";
            Assert.True(run.ExitCode == 0, report + "\n" + run);
            var passed = report.Split('\n').Where(l => l.StartsWith("ok ", StringComparison.Ordinal)).Select(l => l.Substring(3)).ToArray();
            Assert.Equal(Checks.OrderBy(c => c, StringComparer.Ordinal), passed.OrderBy(c => c, StringComparer.Ordinal));
        }

        public void Dispose() => Directory.Delete(_workspace, recursive: true);
    }
}
