using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CompliancePolicy.Records;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Tests.Records
{
    /// <summary>The Organisation schema used by the record reader tests, valid sample records, and reading helpers.</summary>
    internal static class RecordTestData
    {
        public const string FileName = "orgs.json";

        public static readonly EnumType Risk = new EnumType("Risk", new[] { "Low", "Medium", "High" });
        public static readonly RecordType Address = CreateAddress();
        public static readonly RecordType Penalty = CreatePenalty();
        public static readonly RecordType Schema = CreateOrganisation();

        /// <summary>The fields of a valid Organisation, in schema order, as JSON.</summary>
        private static readonly (string Name, string Json)[] ValidFields =
        {
            ("id", "\"org-1\""),
            ("name", "\"Acme\""),
            ("employees", "250"),
            ("revenue", "69.99"),
            ("regulated", "true"),
            ("founded", "\"2019-03-01\""),
            ("reviewEvery", "\"3 months\""),
            ("risk", "\"High\""),
            ("address", "{\"city\": \"Zürich\"}"),
            ("penalties", "[{\"date\": \"2024-05-01\", \"authority\": \"FCA\", \"amount\": 1500.50}]"),
            ("notes", "null"),
        };

        /// <summary>A one-line Organisation object: the valid fields with some replaced (null JSON removes the field) or appended.</summary>
        public static string Organisation(params (string Name, string? Json)[] changes)
        {
            var fields = ValidFields.Select(f => (f.Name, Json: (string?)f.Json)).ToList();
            foreach (var change in changes)
            {
                var index = fields.FindIndex(f => f.Name == change.Name);
                if (index >= 0) fields[index] = change;
                else fields.Add(change);
            }
            return "{" + string.Join(", ", fields.Where(f => f.Json != null).Select(f => $"\"{f.Name}\": {f.Json}")) + "}";
        }

        public static string OrganisationWithId(string id) => Organisation(("id", $"\"{id}\""));

        public static List<RecordReadResult> Read(string json, RecordType? schema = null) =>
            RecordReader.ReadString(json, FileName, schema ?? Schema).ToList();

        public static List<RecordReadResult> ReadBytes(byte[] utf8, int bufferSize = RecordReader.DefaultBufferSize, RecordType? schema = null) =>
            RecordReader.Read(new MemoryStream(utf8), FileName, schema ?? Schema, bufferSize, default).ToList();

        public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

        private static RecordType CreateAddress() =>
            new RecordType("Address", isSchema: false, new (string, TypeSymbol)[]
            {
                ("city", TypeSymbol.Text),
                ("postcode", new OptionalType(TypeSymbol.Text)),
            });

        private static RecordType CreatePenalty() =>
            new RecordType("Penalty", isSchema: false, new (string, TypeSymbol)[]
            {
                ("date", TypeSymbol.Date),
                ("authority", TypeSymbol.Text),
                ("amount", new OptionalType(TypeSymbol.Decimal)),
            });

        private static RecordType CreateOrganisation() =>
            new RecordType("Organisation", isSchema: true, new (string, TypeSymbol)[]
            {
                ("id", TypeSymbol.Text),
                ("name", TypeSymbol.Text),
                ("employees", TypeSymbol.Int),
                ("revenue", TypeSymbol.Decimal),
                ("regulated", TypeSymbol.Bool),
                ("founded", TypeSymbol.Date),
                ("reviewEvery", TypeSymbol.Duration),
                ("risk", Risk),
                ("address", new OptionalType(Address)),
                ("penalties", new ListType(Penalty)),
                ("notes", new OptionalType(TypeSymbol.Text)),
            }, key: "id");
    }
}
