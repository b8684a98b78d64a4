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
            var signatures = signature.Signatures.Select(s => new SignatureInformation(
                s.Label,
                s.Documentation is null ? null : MarkupContent.Markdown(s.Documentation),
                s.Parameters.Select(p => new ParameterInformation(p)).ToArray())).ToArray();
            return new SignatureHelp(signatures, signature.ActiveSignature, signature.ActiveParameter);
        }
    }
}
