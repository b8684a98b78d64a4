using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CompliancePolicy.Cli.Tests.Support
{
    /// <summary>
    /// Debian's headless Chromium, driven from the command line: it opens a page with the network shut off (every host
    /// name fails to resolve, no background traffic), runs its scripts, and gives back the DOM as the scripts left it
    /// (<c>--dump-dom</c>) or a screenshot, with every console message the page caused. There is no browser download:
    /// a machine without <c>chromium</c> fails these tests and says how to install it.
    /// </summary>
    public static class Chromium
    {
        private const string Install = "install it with 'apt-get install -y chromium' (test.sh does this when it is missing)";

        /// <summary>The browser's path: $CHROMIUM, or chromium / chromium-browser on the PATH.</summary>
        public static string Executable
        {
            get
            {
                var candidates = new[] { Environment.GetEnvironmentVariable("CHROMIUM") }
                    .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                        .SelectMany(dir => new[] { Path.Combine(dir, "chromium"), Path.Combine(dir, "chromium-browser") }));
                return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c))
                    ?? throw new Xunit.Sdk.XunitException("Chromium is not installed: " + Install);
            }
        }

        /// <summary>Opens <paramref name="file"/> (with <paramref name="hash"/> as the address's fragment) and returns the DOM after its scripts ran.</summary>
        public static BrowserPage Open(string file, string hash = "")
        {
            var (output, console) = Run(new[] { "--dump-dom", Url(file, hash) });
            return new BrowserPage(new HtmlParser().ParseDocument(output), console);
        }

        /// <summary>Takes a screenshot of the page at the given window size; returns the console messages.</summary>
        public static IReadOnlyList<string> Screenshot(string file, string png, int width, int height, string hash = "") =>
            Run(new[] { $"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", Url(file, hash) }).Console;

        private static string Url(string file, string hash) => new Uri(Path.GetFullPath(file)).AbsoluteUri + hash;

        private static (string Output, IReadOnlyList<string> Console) Run(IEnumerable<string> arguments)
        {
            var profile = Path.Combine(Path.GetTempPath(), "compliance-chromium-" + Guid.NewGuid().ToString("N"));
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var flag in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--host-resolver-rules=MAP * ~NOTFOUND",
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
            }.Concat(arguments))
            {
                start.ArgumentList.Add(flag);
            }
            try
            {
                using var process = Process.Start(start)!;
                var error = process.StandardError.ReadToEndAsync();
                var output = process.StandardOutput.ReadToEndAsync();
                if (!process.WaitForExit(120_000))
                {
                    process.Kill(entireProcessTree: true);
                    throw new Xunit.Sdk.XunitException("Chromium did not finish within 2 minutes");
                }
                // Console messages, uncaught errors and security-policy violations are all logged as CONSOLE lines.
                var console = error.Result.Split('\n').Where(line => line.Contains(":CONSOLE")).ToArray();
                return (output.Result, console);
            }
            finally
            {
                try
                {
                    Directory.Delete(profile, recursive: true);
                }
                catch (IOException)
                {
                    // The profile is a temporary folder; a leftover must not fail the test.
                }
            }
        }
    }

    /// <summary>A page as the browser left it, and what it wrote to the console.</summary>
    public sealed record BrowserPage(IDocument Document, IReadOnlyList<string> Console);
}
