using System.Collections.Generic;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.Text;

namespace CompliancePolicy.LanguageServer.Server
{
    /// <summary>
    /// The library's classifications as semantic token types: the protocol's standard names where one fits, and five
    /// of our own (<c>state</c>, <c>clauseId</c>, <c>citation</c>, <c>date</c>, <c>duration</c>), which the VS Code
    /// extension maps to standard ones for themes that do not know them.
    /// </summary>
    internal static class SemanticTokenLegend
    {
        private static readonly string[] Types =
        {
            "keyword", "type", "property", "parameter", "enumMember", "state", "variable", "function", "clauseId", "citation",
            "string", "number", "date", "duration", "comment", "operator",
        };

        private const int Declaration = 1;
        private const int DefaultLibrary = 2;

        public static SemanticTokensLegend Legend { get; } = new SemanticTokensLegend(Types, new[] { "declaration", "defaultLibrary" });

        /// <summary>The protocol's encoding: per token, the line and start relative to the previous token, its length, type and modifiers.</summary>
        public static IReadOnlyList<int> Encode(SourceText source, IEnumerable<ClassifiedSpan> spans)
        {
            var data = new List<int>();
            var previousLine = 0;
            var previousStart = 0;
            foreach (var span in spans)
            {
                var position = Positions.ToPosition(source, span.Span.Start);
                var deltaLine = position.Line - previousLine;
                data.Add(deltaLine);
                data.Add(deltaLine == 0 ? position.Character - previousStart : position.Character);
                data.Add(span.Span.Length);
                data.Add((int)span.Classification);
                data.Add((span.IsDeclaration ? Declaration : 0) | (span.IsBuiltIn ? DefaultLibrary : 0));
                previousLine = position.Line;
                previousStart = position.Character;
            }
            return data;
        }
    }
}
