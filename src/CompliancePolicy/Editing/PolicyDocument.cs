using System;
using System.Linq;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>One policy file of a workspace: its text, and its parse made on first use (so an edit costs nothing until asked).</summary>
    public sealed class PolicyDocument
    {
        private readonly Lazy<PolicyFileSyntax> _syntax;

        public PolicyDocument(SourceText source)
        {
            Source = source ?? throw new ArgumentNullException(nameof(source));
            _syntax = new Lazy<PolicyFileSyntax>(() => PolicyParser.Parse(source));
        }

        public SourceText Source { get; }
        public string Path => Source.Path;
        public PolicyFileSyntax Syntax => _syntax.Value;

        /// <summary>The title of the policy the file belongs to (its first <c>policy</c> header), or null.</summary>
        public string? Title => Syntax.Declarations.OfType<PolicyHeaderSyntax>().FirstOrDefault()?.Title.Value;
    }
}
