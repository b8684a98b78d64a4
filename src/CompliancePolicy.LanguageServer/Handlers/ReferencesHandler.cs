using System.Linq;
using System.Threading;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/references</c>: every place the name at the position means the same thing, across the policy's files.</summary>
    internal sealed class ReferencesHandler : RequestHandler<ReferenceParams, Location[]>
    {
        public override string Method => "textDocument/references";

        public override Location[]? Handle(ReferenceParams request, RequestContext context, CancellationToken cancellationToken)
        {
            if (!(context.Find(request.TextDocument.Uri) is var (document, analysis))) return null;
            var offset = Positions.ToOffset(document.Source, request.Position);
            return NavigationService.References(analysis, document.Path, offset, request.Context.IncludeDeclaration)
                .Select(o => new Location(context.Store.UriOf(o.Source.Path), Positions.ToRange(o.Source, o.Span)))
                .ToArray();
        }
    }
}
