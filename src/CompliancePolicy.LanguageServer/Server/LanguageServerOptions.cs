using System;

namespace CompliancePolicy.LanguageServer.Server
{
    /// <summary>How the server behaves where the protocol leaves it a choice.</summary>
    public sealed class LanguageServerOptions
    {
        /// <summary>How long the server waits after an edit before it computes diagnostics, so typing is not slowed by them.</summary>
        public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(20);

        /// <summary>Whether <c>initialize</c> reads the <c>.policy</c> files of the workspace folder (tests turn this off).</summary>
        public bool ReadWorkspaceFolder { get; init; } = true;
    }
}
