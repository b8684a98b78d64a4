using System;
using System.IO;
using CompliancePolicy.LanguageServer.Tests.Support;

namespace CompliancePolicy.LanguageServer.Tests.Editors
{
    /// <summary>The VS Code extension's TextMate grammar, checked by vscode-tmgrammar-test against its annotated samples.</summary>
    public class VsCodeGrammarTests
    {
        [Fact]
        public void The_TextMate_grammar_gives_every_annotated_token_its_scope()
        {
            var extension = Path.Combine(ExternalTool.RepositoryRoot, "editors", "vscode");
            Assert.True(Directory.Exists(Path.Combine(extension, "node_modules", "vscode-tmgrammar-test")),
                "editors/vscode/node_modules is missing: run ./test.sh (or 'npm ci' in editors/vscode) to install the extension's packages.");
            var npm = ExternalTool.Find("npm");
            Assert.True(npm != null, "npm is not installed: run ./test.sh (it installs Debian's nodejs and npm when missing).");

            var run = ExternalTool.Run(npm!, extension, TimeSpan.FromMinutes(2), "run", "--silent", "test:grammar");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("clauses.policy run successfuly", run.Output);
            Assert.Contains("lifecycle.policy run successfuly", run.Output);
        }
    }
}
