using System.Linq;
using System.Text.Json.Nodes;

namespace CompliancePolicy.LanguageServer.Tests.Support
{
    /// <summary>Semantic tokens decoded from the protocol's integers into "line:column text type modifiers" lines.</summary>
    public static class SemanticTokensView
    {
        private static readonly System.Collections.Generic.IReadOnlyList<string> Types = Server.SemanticTokenLegend.Legend.TokenTypes;

        public static JsonArray Decode(int[] data, string text)
        {
            var lines = text.Split('\n');
            var result = new JsonArray();
            int line = 0, start = 0;
            for (var i = 0; i + 4 < data.Length; i += 5)
            {
                line += data[i];
                start = data[i] == 0 ? start + data[i + 1] : data[i + 1];
                var token = lines[line].Substring(start, data[i + 2]);
                var modifiers = new[] { (data[i + 4] & 1) != 0 ? " declaration" : "", (data[i + 4] & 2) != 0 ? " defaultLibrary" : "" };
                result.Add($"{line + 1}:{start + 1} {token} {Types[data[i + 3]]}{string.Concat(modifiers)}");
            }
            return result;
        }
    }
}
