using System.Threading;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/prepareRename</c>: the name that would be renamed, or null where nothing can be.</summary>
    internal sealed class PrepareRenameHandler : RequestHandler<TextDocumentPositionParams, PrepareRenameResult>
    {
        public override string Method => "textDocument/prepareRename";

        public override PrepareRenameResult? Handle(TextDocumentPositionParams request, RequestContext context, CancellationToken cancellationToken)
        {
            if (!(context.Find(request.TextDocument.Uri) is var (document, analysis))) return null;
            var target = NavigationService.RenameTarget(analysis, document.Path, Positions.ToOffset(document.Source, request.Position));
            return target is null ? null : new PrepareRenameResult(Positions.ToRange(target.Source, target.Span), target.Symbol.Name);
        }
    }
}
