using System;
using System.Collections.Generic;
using CompliancePolicy.Diagnostics;

namespace CompliancePolicy.Syntax.Formatting
{
    /// <summary>
    /// The outcome of <see cref="PolicyFormatter.Format"/>: the canonical text, whether it differs from the input, and
    /// the syntax errors that kept the file from being formatted (then <see cref="Text"/> is the input unchanged).
    /// </summary>
    internal sealed class FormatResult
    {
        public FormatResult(string text, bool changed, IReadOnlyList<Diagnostic> diagnostics)
        {
            Text = text ?? throw new ArgumentNullException(nameof(text));
            Changed = changed;
            Diagnostics = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));
        }

        public string Text { get; }
        public bool Changed { get; }
        public IReadOnlyList<Diagnostic> Diagnostics { get; }
    }
}
