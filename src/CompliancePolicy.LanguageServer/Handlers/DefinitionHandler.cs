using System.Threading;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/definition</c>: where the name at the position is declared, in whichever file of the policy.</summary>
    internal sealed class DefinitionHandler : RequestHandler<TextDocumentPositionParams, Location[]>
    {
        public override string Method => "textDocument/definition";

        public override Location[]? Handle(TextDocumentPositionParams request, RequestContext context, CancellationToken cancellationToken)
        {
            if (!(context.Find(request.TextDocument.Uri) is var (document, analysis))) return null;
            var location = NavigationService.Definition(analysis, document.Path, Positions.ToOffset(document.Source, request.Position));
            return location is null ? new Location[0] : new[] { new Location(context.Store.UriOf(location.Path), Positions.ToRange(location)) };
        }
    }
}
