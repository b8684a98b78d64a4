using System.Linq;
using System.Text.Json.Nodes;

namespace CompliancePolicy.LanguageServer.Tests.Support
{
    /// <summary>Applies the protocol's text edits to a text, as an editor would (last edit first, so ranges stay valid).</summary>
    public static class TextEdits
    {
        public static string Apply(string text, JsonArray edits)
        {
            var ordered = edits.Select(e => e!.AsObject())
                .OrderByDescending(e => Offset(text, e["range"]!["start"]!))
                .ToArray();
            foreach (var edit in ordered)
            {
                var start = Offset(text, edit["range"]!["start"]!);
                var end = Offset(text, edit["range"]!["end"]!);
                text = text.Substring(0, start) + (string)edit["newText"]! + text.Substring(end);
            }
            return text;
        }

        public static int Offset(string text, JsonNode position)
        {
            var line = (int)position["line"]!;
            var offset = 0;
            for (var i = 0; i < line; i++) offset = text.IndexOf('\n', offset) + 1;
            return offset + (int)position["character"]!;
        }
    }
}
