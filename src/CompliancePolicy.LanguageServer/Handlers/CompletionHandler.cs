using System.Linq;
using System.Threading;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/completion</c>: the library's entries for the position, as completion items.</summary>
    internal sealed class CompletionHandler : RequestHandler<CompletionParams, CompletionList>
    {
        public override string Method => "textDocument/completion";

        public override CompletionList? Handle(CompletionParams request, RequestContext context, CancellationToken cancellationToken)
        {
            if (!(context.Find(request.TextDocument.Uri) is var (document, _))) return null;
            var offset = Positions.ToOffset(document.Source, request.Position);
            var entries = CompletionService.At(context.Store.Workspace, document.Path, offset);
            var items = entries.Select((entry, i) => new CompletionItem(
                entry.Label,
                Kind(entry.Kind),
                entry.Detail,
                entry.Documentation is null ? null : MarkupContent.Markdown(entry.Documentation),
                entry.InsertText,
                entry.IsSnippet ? 2 : (int?)null,
                i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
            return new CompletionList(false, items);
        }

        /// <summary>The protocol's CompletionItemKind numbers.</summary>
        private static int Kind(CompletionKind kind) => kind switch
        {
            CompletionKind.Keyword => 14,
            CompletionKind.Snippet => 15,
            CompletionKind.Field => 5,
            CompletionKind.Parameter => 21,     // Constant
            CompletionKind.Value => 6,          // Variable
            CompletionKind.Variable => 6,
            CompletionKind.Function => 3,
            CompletionKind.EnumMember => 20,
            CompletionKind.State => 20,
            CompletionKind.Type => 7,           // Class
            CompletionKind.Event => 23,
            CompletionKind.Clause => 18,        // Reference
            CompletionKind.Lifecycle => 9,      // Module
            _ => throw new System.InvalidOperationException($"Unexpected completion kind {kind}"),
        };
    }
}
