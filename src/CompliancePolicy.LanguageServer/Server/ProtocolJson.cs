using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc;

namespace CompliancePolicy.LanguageServer.Server
{
    /// <summary>
    /// The protocol's JSON: camelCase names, and optional fields left out rather than sent as null (some clients, such as
    /// Neovim, read a JSON null as a value and break on it).
    /// </summary>
    internal static class ProtocolJson
    {
        public static JsonSerializerOptions Options { get; } = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };

        /// <summary>StreamJsonRpc's System.Text.Json formatter starts with empty options: give it ours.</summary>
        public static SystemTextJsonFormatter CreateFormatter() => new SystemTextJsonFormatter { JsonSerializerOptions = Options };
    }
}
