using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;
using Spectre.Console;

namespace CompliancePolicy.Cli.Output
{
    /// <summary>
    /// Prints diagnostics the way compilers do: always one <c>file(line,col): severity CPnnnn: message</c> line, which
    /// editors and CI annotate; on a terminal also the source line with a caret under the span, the rule's help line,
    /// the fix <c>lint --fix</c> would apply, and the rule's page (the layout Cedar and rustc use).
    /// </summary>
    internal sealed class DiagnosticPrinter
    {
        private readonly TextWriter _writer;
        private readonly IAnsiConsole? _console;
        private readonly bool _rich;
        private readonly Dictionary<string, SourceText> _sources = new Dictionary<string, SourceText>(System.StringComparer.Ordinal);

        public DiagnosticPrinter(TextWriter writer, bool isTerminal, bool color)
        {
            _writer = writer;
            _rich = isTerminal;
            // Wide enough that Spectre never wraps a diagnostic line; the terminal wraps it if it must.
            if (color) _console = Terminal.Create(writer, color: true, interactive: false, width: 100_000);
        }

        public void AddSources(IEnumerable<SourceText> sources)
        {
            foreach (var source in sources) _sources[source.Path] = source;
        }

        public void Print(IEnumerable<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics) Print(diagnostic);
        }

        public void Print(Diagnostic diagnostic, string? suffix = null)
        {
            var line = diagnostic.ToString() + suffix;
            if (_console is null)
            {
                _writer.WriteLine(line);
            }
            else
            {
                var color = diagnostic.Severity == DiagnosticSeverity.Error ? "red" : diagnostic.Severity == DiagnosticSeverity.Warning ? "yellow" : "blue";
                var severity = diagnostic.Severity.ToString().ToLowerInvariant();
                var marker = $": {severity} {diagnostic.Id}: ";
                var cut = line.IndexOf(marker, System.StringComparison.Ordinal);
                if (cut < 0)
                {
                    _console.MarkupLine($"[{color}]{Markup.Escape(line)}[/]");
                }
                else
                {
                    _console.MarkupLine($"[bold]{Markup.Escape(line.Substring(0, cut))}[/]: [{color} bold]{severity} {diagnostic.Id}[/]: {Markup.Escape(line.Substring(cut + marker.Length))}");
                }
            }
            if (!_rich) return;
            if (diagnostic.Location is { } location && location.JsonPath is null && _sources.TryGetValue(location.Path, out var source)
                && location.Start.Line >= 1 && location.Start.Line <= source.LineCount)
            {
                WriteSnippet(source, location);
            }
            WriteRaw($"  = help: {diagnostic.Help}", "grey");
            if (diagnostic.PreferredFix is { } fix) WriteRaw($"  = fix: {fix.Title} (compliance lint --fix applies it)", "grey");
            WriteRaw($"  = see: {diagnostic.Rule.HelpLink}", "grey");
            _writer.WriteLine();
        }

        /// <summary>Prints a problem with an input that is not a language diagnostic (a missing file, a bad option value).</summary>
        public void Error(string message)
        {
            if (_console is null) _writer.WriteLine("error: " + message);
            else _console.MarkupLine($"[red bold]error[/]: {Markup.Escape(message)}");
        }

        public void Warning(string message)
        {
            if (_console is null) _writer.WriteLine("warning: " + message);
            else _console.MarkupLine($"[yellow bold]warning[/]: {Markup.Escape(message)}");
        }

        private void WriteSnippet(SourceText source, SourceLocation location)
        {
            var lineNumber = location.Start.Line.ToString(CultureInfo.InvariantCulture);
            var gutter = new string(' ', lineNumber.Length);
            var text = source.GetLineText(location.Start.Line);
            var startColumn = System.Math.Max(1, location.Start.Column);
            var endColumn = location.End.Line == location.Start.Line ? location.End.Column : text.Length + 1;
            var width = System.Math.Max(1, endColumn - startColumn);
            var prefix = new StringBuilder();
            for (var i = 0; i < startColumn - 1 && i < text.Length; i++) prefix.Append(text[i] == '\t' ? '\t' : ' ');
            WriteRaw($"{gutter} |", "blue");
            WriteRaw($"{lineNumber} | ", "blue", text);
            WriteRaw($"{gutter} | ", "blue", prefix + new string('^', width), diagnostic: true);
        }

        private void WriteRaw(string text, string color, string? plain = null, bool diagnostic = false)
        {
            if (_console is null)
            {
                _writer.WriteLine(text + plain);
                return;
            }
            var rest = plain is null ? string.Empty : diagnostic ? $"[red bold]{Markup.Escape(plain)}[/]" : Markup.Escape(plain);
            _console.MarkupLine($"[{color}]{Markup.Escape(text)}[/]{rest}");
        }
    }
}
