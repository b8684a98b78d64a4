using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CompliancePolicy.Reporting.Html
{
    /// <summary>What every HTML page of the tool shares: the head with its inline styles and security policy, the
    /// masthead, the footer, and the audit facts (policies with their parameters, inputs by SHA-256).</summary>
    internal static class HtmlPage
    {
        public static void Begin(HtmlWriter html, string title, bool withScript)
        {
            html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
            html.Raw("<meta http-equiv=\"Content-Security-Policy\"").Attr("content", HtmlAssets.ContentSecurityPolicy(withScript)).Raw(">\n");
            html.Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Text(title).Raw("</title>\n");
            html.Raw("<style>").Raw(HtmlAssets.PageStyles).Raw("</style>\n</head>\n<body>\n");
        }

        /// <summary>The page's masthead: its title and a line of facts.</summary>
        public static void Masthead(HtmlWriter html, string title, string facts)
        {
            html.Raw("<header class=\"masthead\"><h1>").Text(title).Raw("</h1><p>").Text(facts).Raw("</p></header>\n");
        }

        public static void End(HtmlWriter html, string tool, bool withScript)
        {
            html.Raw("<footer><p>Written by ").Text(tool)
                .Raw(". This file is self-contained: it loads nothing from anywhere and works offline.</p></footer>\n");
            if (withScript) html.Raw("<script>").Raw(HtmlAssets.ReportScript).Raw("</script>\n");
            html.Raw("</body>\n</html>\n");
        }

        /// <summary>A count as the page writes it: 12,345.</summary>
        public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

        /// <summary>A table cell holding a horizontal bar <paramref name="share"/> (0 to 1) of the cell wide; decorative, as the
        /// number is written beside it.</summary>
        public static void BarCell(HtmlWriter html, string cls, double share)
        {
            html.Raw("<td class=\"barcell\"><svg class=\"hbar\" viewBox=\"0 0 200 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect")
                .Attr("class", cls).Attr("width", (200 * share).ToString("0.#", CultureInfo.InvariantCulture)).Attr("height", "10").Raw("/></svg></td>");
        }

        /// <summary>The parameter overrides as given, or "none".</summary>
        public static string Overrides(IReadOnlyList<KeyValuePair<string, string>> overrides) =>
            overrides.Count == 0 ? "none (every policy's defaults)" : string.Join(", ", overrides.Select(p => $"{p.Key}={p.Value}"));

        /// <summary>Each policy: version, files, and every parameter's value with the overridden ones marked.</summary>
        public static void WritePolicies(HtmlWriter html, IReadOnlyList<PolicyInfo> policies)
        {
            foreach (var policy in policies)
            {
                html.Raw("<section class=\"policy-info\"><h3>").Text(policy.Name);
                if (policy.Version != null) html.Raw(" <span class=\"version\">").Text(policy.Version).Raw("</span>");
                html.Raw("</h3><p class=\"files\">");
                foreach (var file in policy.Files) html.Raw("<code>").Text(JsonValues.PathText(file)).Raw("</code> ");
                html.Raw("</p>");
                if (policy.Parameters.Count > 0)
                {
                    html.Raw("<table class=\"parameters\"><thead><tr><th scope=\"col\">Parameter</th><th scope=\"col\">Type</th><th scope=\"col\">Value</th></tr></thead><tbody>");
                    foreach (var parameter in policy.Parameters)
                    {
                        html.Raw(parameter.Overridden ? "<tr class=\"overridden\">" : "<tr>").Raw("<th scope=\"row\"><code>").Text(parameter.Name).Raw("</code></th>");
                        html.Cell(parameter.Type);
                        html.Raw("<td><code>").Text(parameter.Value).Raw("</code>").Raw(parameter.Overridden ? " <strong class=\"tag\">overridden</strong>" : string.Empty).Raw("</td></tr>");
                    }
                    html.Raw("</tbody></table>");
                }
                html.Raw("</section>");
            }
        }

        /// <summary>The audit trail: each file the page decided on by path, kind, size and SHA-256.</summary>
        public static void WriteInputs(HtmlWriter html, IEnumerable<InputFile> inputs)
        {
            html.Raw("<table class=\"inputs\"><thead><tr><th scope=\"col\">File</th><th scope=\"col\">Kind</th><th scope=\"col\" class=\"num\">Bytes</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>");
            foreach (var input in inputs)
            {
                html.Raw("<tr><th scope=\"row\"><code>").Text(JsonValues.PathText(input.Path)).Raw("</code></th>");
                html.Cell(ReportNames.Of(input.Kind));
                html.Raw("<td class=\"num\">").Text(input.Length.ToString("N0", CultureInfo.InvariantCulture)).Raw("</td>");
                html.Raw("<td><code class=\"digest\">").Text(input.Sha256).Raw("</code></td></tr>");
            }
            html.Raw("</tbody></table>");
        }
    }
}
