using System;
using System.Linq;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>
    /// One policy file of a workspace: its text, and its parse made on first use (so an edit costs nothing until asked).
    /// A new version of a file parses only the declarations that changed since the last version that was parsed.
    /// </summary>
    internal sealed class PolicyDocument
    {
        private readonly Lazy<PolicyFileSyntax> _syntax;

        // The last parsed version before this one, until this one is parsed: one link, so edits never build a chain.
        private PolicyDocument? _previous;

        public PolicyDocument(SourceText source)
            : this(source, null)
        {
        }

        internal PolicyDocument(SourceText source, PolicyDocument? previous)
        {
            Source = source ?? throw new ArgumentNullException(nameof(source));
            _previous = previous is null ? null : previous._syntax.IsValueCreated ? previous : previous._previous;
            _syntax = new Lazy<PolicyFileSyntax>(() =>
            {
                var syntax = IncrementalParser.Parse(source, _previous?._syntax.Value);
                _previous = null;
                return syntax;
            });
        }

        public SourceText Source { get; }
        public string Path => Source.Path;
        public PolicyFileSyntax Syntax => _syntax.Value;

        /// <summary>The title of the policy the file belongs to (its first <c>policy</c> header), or null.</summary>
        public string? Title => Syntax.Declarations.OfType<PolicyHeaderSyntax>().FirstOrDefault()?.Title.Value;
    }
}
