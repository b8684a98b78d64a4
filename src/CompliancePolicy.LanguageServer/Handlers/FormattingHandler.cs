using System.Threading;
using CompliancePolicy.LanguageServer.Protocol;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/formatting</c>: the layout of <c>compliance fmt</c>, as edits per declaration.</summary>
    internal sealed class FormattingHandler : RequestHandler<DocumentFormattingParams, TextEdit[]>
    {
        public override string Method => "textDocument/formatting";

        public override TextEdit[]? Handle(DocumentFormattingParams request, RequestContext context, CancellationToken cancellationToken) =>
            FormattingEdits.Compute(context, request.TextDocument.Uri, range: null);
    }
}
