using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NJsonSchema;

namespace CompliancePolicy.Cli.Tests.Support
{
    /// <summary>The official SARIF 2.1.0 schema (OASIS, Schemata/sarif-schema-2.1.0.json), shipped in Schemas/.</summary>
    public static class SarifSchema
    {
        private static readonly Lazy<Task<JsonSchema>> Schema = new Lazy<Task<JsonSchema>>(() =>
            JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"))));

        /// <summary>Asserts that the text is a SARIF log the schema accepts, listing every violation otherwise.</summary>
        public static async Task AssertValid(string sarif)
        {
            var schema = await Schema.Value;
            var errors = schema.Validate(sarif);
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind} {e}")) + "\n" + sarif);
        }

        public static async Task<int> CountErrors(string sarif) => (await Schema.Value).Validate(sarif).Count;
    }
}
