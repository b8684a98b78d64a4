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
            return Conversions.ToWorkspaceEdit(result.Edits, context.Store);
        }
    }
}
