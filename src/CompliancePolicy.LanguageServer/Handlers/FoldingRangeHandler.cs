using System.Linq;
using System.Threading;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/foldingRange</c>: declarations, transitions, deadlines and comment blocks.</summary>
    internal sealed class FoldingRangeHandler : RequestHandler<DocumentParams, FoldingRange[]>
    {
        public override string Method => "textDocument/foldingRange";

        public override FoldingRange[]? Handle(DocumentParams request, RequestContext context, CancellationToken cancellationToken)
        {
            if (!(context.Find(request.TextDocument.Uri) is var (document, _))) return null;
            return FoldingRegions.Of(document.Syntax)
                .Select(r => new FoldingRange(r.StartLine - 1, r.EndLine - 1, r.IsComment ? "comment" : null))
                .ToArray();
        }
    }
}
