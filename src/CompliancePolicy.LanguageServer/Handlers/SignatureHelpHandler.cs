using System.Linq;
using System.Threading;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/signatureHelp</c>: the signature of the built-in function, table or tiers being called.</summary>
    internal sealed class SignatureHelpHandler : RequestHandler<TextDocumentPositionParams, SignatureHelp>
    {
        public override string Method => "textDocument/signatureHelp";

        public override SignatureHelp? Handle(TextDocumentPositionParams request, RequestContext context, CancellationToken cancellationToken)
        {
            if (!(context.Find(request.TextDocument.Uri) is var (document, analysis))) return null;
            var signature = SignatureHelpService.At(analysis, document.Path, Positions.ToOffset(document.Source, request.Position));
            if (signature is null) return null;
            var information = new SignatureInformation(
                signature.Label,
                signature.Documentation is null ? null : MarkupContent.Markdown(signature.Documentation),
                signature.Parameters.Select(p => new ParameterInformation(p)).ToArray());
            return new SignatureHelp(new[] { information }, 0, signature.ActiveParameter);
        }
    }
}
