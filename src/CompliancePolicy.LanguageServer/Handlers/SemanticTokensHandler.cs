using System.Threading;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/semanticTokens/full</c>: the library's classification of the whole document.</summary>
    internal sealed class SemanticTokensHandler : RequestHandler<DocumentParams, SemanticTokens>
    {
        public override string Method => "textDocument/semanticTokens/full";

        public override SemanticTokens? Handle(DocumentParams request, RequestContext context, CancellationToken cancellationToken)
        {
            if (!(context.Find(request.TextDocument.Uri) is var (document, analysis))) return null;
            var spans = PolicyClassifier.Classify(document.Syntax, analysis.Index);
            return new SemanticTokens(SemanticTokenLegend.Encode(document.Source, spans));
        }
    }
}
