using System.Threading;
using CompliancePolicy.LanguageServer.Protocol;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/rangeFormatting</c>: the declarations the range touches, laid out as <c>compliance fmt</c> would.</summary>
    internal sealed class RangeFormattingHandler : RequestHandler<DocumentRangeFormattingParams, TextEdit[]>
    {
        public override string Method => "textDocument/rangeFormatting";

        public override TextEdit[]? Handle(DocumentRangeFormattingParams request, RequestContext context, CancellationToken cancellationToken) =>
            FormattingEdits.Compute(context, request.TextDocument.Uri, request.Range);
    }
}
