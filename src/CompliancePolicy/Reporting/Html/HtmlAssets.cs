using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace CompliancePolicy.Reporting.Html
{
    /// <summary>
    /// The styles and the script every HTML page of the tool carries inline (Assets/, embedded in the library), and the
    /// Content-Security-Policy that lets exactly those run: nothing may be fetched, and no other script or style applies,
    /// so even text that escaped escaping could not run or load anything.
    /// </summary>
    internal static class HtmlAssets
    {
        private static readonly Lazy<string> Timeline = new Lazy<string>(() => Load("timeline.css"));
        private static readonly Lazy<string> Page = new Lazy<string>(() => Load("report.css") + Load("timeline.css"));
        private static readonly Lazy<string> Script = new Lazy<string>(() => Load("report.js"));

        /// <summary>The timeline picture's classes: part of <see cref="PageStyles"/>, and the style sheet of a standalone SVG.</summary>
        public static string TimelineStyles => Timeline.Value;

        public static string PageStyles => Page.Value;

        /// <summary>The check report's script: search, filters, paging and record details over the embedded data.</summary>
        public static string ReportScript => Script.Value;

        /// <summary>A policy allowing only this page's own style sheet and (when given) its own script, by their SHA-256.</summary>
        public static string ContentSecurityPolicy(bool withScript) =>
            $"default-src 'none'; style-src {Hash(PageStyles)}; script-src {(withScript ? Hash(ReportScript) : "'none'")}; base-uri 'none'; form-action 'none'";

        private static string Hash(string text)
        {
            using var sha = SHA256.Create();
            return "'sha256-" + Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(text))) + "'";
        }

        private static string Load(string name)
        {
            using var stream = typeof(HtmlAssets).Assembly.GetManifestResourceStream("CompliancePolicy.Reporting.Html." + name)
                ?? throw new InvalidOperationException($"The resource {name} is not embedded in the library.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            // One line ending whatever the checkout did, so the hashes in the policy match the text on every machine.
            return reader.ReadToEnd().Replace("\r\n", "\n");
        }
    }
}
