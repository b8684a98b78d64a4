using System.Linq;
using System.Threading;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;
using StreamJsonRpc;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/rename</c>: edits in every file of the policy, or an error saying why the name is refused.</summary>
    internal sealed class RenameHandler : RequestHandler<RenameParams, WorkspaceEdit>
    {
        public override string Method => "textDocument/rename";

        public override WorkspaceEdit? Handle(RenameParams request, RequestContext context, CancellationToken cancellationToken)
        {
            if (!(context.Find(request.TextDocument.Uri) is var (document, analysis))) return null;
            var result = NavigationService.Rename(analysis, document.Path, Positions.ToOffset(document.Source, request.Position), request.NewName);
            if (!result.Succeeded) throw new LocalRpcException(result.Refusal) { ErrorCode = FormattingEdits.RequestFailed };
            var changes = result.Changes.ToDictionary(
                file => context.Store.UriOf(file.Key),
                file => file.Value.Select(c => new TextEdit(Positions.ToRange(context.Store.SourceOf(file.Key)!, c.Span), c.NewText)).ToArray());
            return new WorkspaceEdit(changes);
        }
    }
}
