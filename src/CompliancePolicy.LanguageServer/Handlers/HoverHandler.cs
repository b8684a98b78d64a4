using System.Threading;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/hover</c>: the library's description of what is at the position, with diagnostics and lens results there.</summary>
    internal sealed class HoverHandler : RequestHandler<TextDocumentPositionParams, Hover>
    {
        public override string Method => "textDocument/hover";

        public override Hover? Handle(TextDocumentPositionParams request, RequestContext context, CancellationToken cancellationToken)
        {
            if (!(context.Find(request.TextDocument.Uri) is var (document, analysis))) return null;
            var offset = Positions.ToOffset(document.Source, request.Position);
            var settings = context.Store.Workspace.RecordsFor(document.Path);
            var hover = HoverService.At(analysis, document.Path, offset, settings, context.Store.NotesIn(document.Path));
            return hover is null ? null : new Hover(MarkupContent.Markdown(hover.Markdown), Positions.ToRange(document.Source, hover.Span));
        }
    }
}
