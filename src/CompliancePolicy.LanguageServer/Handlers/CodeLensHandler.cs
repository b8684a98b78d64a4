using System.Linq;
using System.Threading;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/codeLens</c>: "Run tests" and "Evaluate" above each clause and lifecycle, run by <c>workspace/executeCommand</c>.</summary>
    internal sealed class CodeLensHandler : RequestHandler<DocumentParams, CodeLens[]>
    {
        public override string Method => "textDocument/codeLens";

        public override CodeLens[]? Handle(DocumentParams request, RequestContext context, CancellationToken cancellationToken)
        {
            if (!(context.Find(request.TextDocument.Uri) is var (document, _))) return null;
            return CodeLensService.For(document.Syntax)
                .Select(lens => new CodeLens(
                    Positions.ToRange(document.Source, lens.Span),
                    new Command(lens.Title, lens.Action == LensAction.RunTests ? Capabilities.RunTestsCommand : Capabilities.EvaluateCommand,
                        new object[] { request.TextDocument.Uri, lens.Target })))
                .ToArray();
        }
    }
}
