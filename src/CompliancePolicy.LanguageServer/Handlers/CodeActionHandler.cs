using System.Linq;
using System.Threading;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/codeAction</c>: the library's fixes for the diagnostics in the range, as quick fixes.</summary>
    internal sealed class CodeActionHandler : RequestHandler<CodeActionParams, CodeAction[]>
    {
        public override string Method => "textDocument/codeAction";

        public override CodeAction[]? Handle(CodeActionParams request, RequestContext context, CancellationToken cancellationToken)
        {
            if (!(context.Find(request.TextDocument.Uri) is var (document, analysis))) return null;
            var range = Positions.ToSpan(document.Source, request.Range);
            return CodeActionService.For(analysis, document.Path, range)
                .Select(action => new CodeAction(
                    action.Fix.Title,
                    "quickfix",
                    new[] { Conversions.ToLsp(action.Diagnostic) },
                    Conversions.ToWorkspaceEdit(action.Fix.Edits, context.Store),
                    action.Fix.IsPreferred ? true : (bool?)null))
                .ToArray();
        }
    }
}
