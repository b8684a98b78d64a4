using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;
using CompliancePolicy.Text;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/documentSymbol</c>: the library's outline as nested document symbols.</summary>
    internal sealed class DocumentSymbolHandler : RequestHandler<DocumentParams, DocumentSymbol[]>
    {
        public override string Method => "textDocument/documentSymbol";

        public override DocumentSymbol[]? Handle(DocumentParams request, RequestContext context, CancellationToken cancellationToken)
        {
            if (!(context.Find(request.TextDocument.Uri) is var (document, _))) return null;
            return DocumentOutline.Of(document.Syntax).Select(item => ToSymbol(document.Source, item)).ToArray();
        }

        private static DocumentSymbol ToSymbol(SourceText source, OutlineItem item) => new DocumentSymbol(
            item.Name,
            item.Detail,
            Kind(item.Kind),
            Positions.ToRange(source, item.Span),
            Positions.ToRange(source, item.SelectionSpan),
            item.Children.Count == 0 ? null : item.Children.Select(child => ToSymbol(source, child)).ToArray());

        /// <summary>The protocol's SymbolKind numbers.</summary>
        private static int Kind(OutlineKind kind) => kind switch
        {
            OutlineKind.Policy => 4,        // Package
            OutlineKind.Schema => 5,        // Class
            OutlineKind.Record => 23,       // Struct
            OutlineKind.Field => 8,         // Field
            OutlineKind.Enum => 10,         // Enum
            OutlineKind.EnumMember => 22,   // EnumMember
            OutlineKind.Event => 24,        // Event
            OutlineKind.Parameter => 14,    // Constant
            OutlineKind.Let => 13,          // Variable
            OutlineKind.Table => 12,        // Function
            OutlineKind.Tiers => 12,        // Function
            OutlineKind.Clause => 19,       // Object
            OutlineKind.Decision => 7,      // Property
            OutlineKind.Lifecycle => 3,     // Namespace
            OutlineKind.State => 22,        // EnumMember
            OutlineKind.Transition => 6,    // Method
            OutlineKind.Deadline => 24,     // Event
            _ => throw new System.InvalidOperationException($"Unexpected outline kind {kind}"),
        };
    }
}
