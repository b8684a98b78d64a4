using System.Collections.Generic;
using System.Linq;

namespace CompliancePolicy.Testing
{
    /// <summary>
    /// One kind of object in a policy test file (the file, a test, <c>expect</c>, a lifecycle expectation): what it is
    /// called in messages, and its fields with what each is for, so a missing one is explained where it is reported.
    /// </summary>
    internal sealed class TestShape
    {
        public static readonly TestShape File = new TestShape("The policy test file",
            ("policy", "the policy under test, a .policy file or a folder of one policy, relative to the test file"),
            ("tests", "an array of tests"),
            ("description", "free text"));

        public static readonly TestShape Test = new TestShape("A test",
            ("name", "what the test shows, as a sentence"),
            ("description", "free text"),
            ("as_of", "the evaluation date, yyyy-MM-dd"),
            ("parameters", "parameter overrides, name to value"),
            ("record", "an inline record"),
            ("records", "\"file.json\" or \"file.json#ID\", or an array of these"),
            ("expect", "what must hold: 'clauses', 'decisions', 'messages' or 'lifecycles'"));

        public static readonly TestShape Expect = new TestShape("'expect'",
            ("clauses", "clause ID to outcome"),
            ("decisions", "decision name to value"),
            ("messages", "clause ID to text the message contains"),
            ("lifecycles", "lifecycle name to state"));

        public static readonly TestShape LifecycleExpectation = new TestShape("A lifecycle expectation",
            ("state", "the name of the state the lifecycle is in"),
            ("since", "the day it entered that state, yyyy-MM-dd"));

        private readonly Dictionary<string, string> _fields;

        private TestShape(string subject, params (string Name, string Purpose)[] fields)
        {
            Subject = subject;
            _fields = fields.ToDictionary(f => f.Name, f => f.Purpose);
        }

        /// <summary>How messages name the object: "A test", "'expect'".</summary>
        public string Subject { get; }

        public IEnumerable<string> Fields => _fields.Keys;

        public bool Has(string field) => _fields.ContainsKey(field);

        public string Purpose(string field) => _fields[field];
    }
}
