using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>Policy text in C# string literals: compiled at build time, diagnostics placed inside the literal.</summary>
    public class PolicyLiteralAnalyzerTests
    {
        private const string UnknownId = "The name 'idd' does not exist; did you mean 'id'?";

        private static Task VerifyAsync(string source, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
            new PolicyAnalyzerTest<PolicyLiteralAnalyzer>(source).Expect(expected).RunAsync();

        [Fact]
        public async Task A_regular_string_maps_through_its_escapes()
        {
            const string Source = @"
class Policies
{
    static readonly CompliancePolicy.PolicyCompilation Compiled = CompliancePolicy.PolicyCompiler.Compile(
        ""policy \""P\""\n\tschema S key id {\n  id: text\n}\nclause C-1 \""\u00c9ligibilit\u00e9\""\n  cites \""R\\\\1\""\n  require {|#0:idd|} = \""x\""\n"");
}";
            await VerifyAsync(Source, Expected.Policy("CP1001", 0, UnknownId));
        }

        [Fact]
        public async Task A_verbatim_string_maps_through_doubled_quotes()
        {
            const string Source = @"
class Policies
{
    static readonly CompliancePolicy.PolicyCompilation Compiled = CompliancePolicy.PolicyCompiler.Compile(@""policy """"P""""
schema S key id {
  id: text
}
clause C-1 """"Title""""
  cites """"R""""
  require {|#0:idd|} = """"x""""
"");
}";
            await VerifyAsync(Source, Expected.Policy("CP1001", 0, UnknownId));
        }

        [Fact]
        public async Task A_multi_line_raw_string_maps_through_its_indentation()
        {
            const string Source = "class Policies\n{\n    static readonly CompliancePolicy.PolicyCompilation Compiled = CompliancePolicy.PolicyCompiler.Compile(\n" +
                "        \"\"\"\n" +
                "        policy \"P\"\n" +
                "        schema S key id {\n" +
                "          id: text\n" +
                "        }\n" +
                "\n" +
                "        clause C-1 \"Title\"\n" +
                "          cites \"R\"\n" +
                "          require {|#0:idd|} = \"x\"\n" +
                "        \"\"\");\n}\n";
            await VerifyAsync(Source, Expected.Policy("CP1001", 0, UnknownId));
        }

        [Fact]
        public async Task A_single_line_raw_string_maps_past_its_delimiter()
        {
            const string Source = "class Policies\n{\n    static readonly CompliancePolicy.PolicyCompilation Compiled =\n" +
                "        CompliancePolicy.PolicyCompiler.Compile(\"\"\"policy {|#0:\"P\"|} \"\"\");\n}\n";
            await VerifyAsync(Source, Expected.Policy("CP1013", 0, "Policy 'P' declares no 'schema' for the records it evaluates"));
        }

        [Fact]
        public async Task The_path_argument_names_the_text_in_messages()
        {
            const string Source = @"
class Policies
{
    static readonly CompliancePolicy.PolicyCompilation Compiled = CompliancePolicy.PolicyCompiler.Compile(@""policy """"P""""
schema S key id {
  id: text
}
clause {|#1:C-1|} """"One""""
  cites """"R""""
  require id = """"a""""
clause {|#0:C-1|} """"Two""""
  cites """"R""""
  require id = """"b""""
"", path: ""eligibility.policy"");
}";
            // The first use is the diagnostic's additional location, inside the same literal.
            await VerifyAsync(Source, Expected.Policy("CP1010", 0, "Clause ID 'C-1' is already used at eligibility.policy(5,8)").WithLocation(1));
        }

        [Fact]
        public async Task Constant_text_that_is_not_a_literal_is_reported_on_the_argument()
        {
            const string Source = @"
class Policies
{
    const string Header = ""policy \""P\""\n"";
    static readonly CompliancePolicy.PolicyCompilation Compiled = CompliancePolicy.PolicyCompiler.Compile({|#0:Header + ""schema S {\n  id: text\n}\n""|});
}";
            await VerifyAsync(Source);
            await VerifyAsync(Source.Replace("id: text\\n}", "id: txt\\n}"), Expected.Policy("CP1003", 0, "Unknown type 'txt'; did you mean 'text'?"));
        }

        [Fact]
        public async Task A_named_constant_is_reported_inside_its_literal_once_however_many_calls_pass_it()
        {
            const string Source = @"
class Policies
{
    const string Text = ""policy \""P\""\nschema S {\n  id: {|#0:txt|}\n}\n"";
    static readonly CompliancePolicy.PolicyCompilation First = CompliancePolicy.PolicyCompiler.Compile(Text);
    static readonly CompliancePolicy.PolicyCompilation Second = CompliancePolicy.PolicyCompiler.Compile(Text, ""policy.policy"");

    static CompliancePolicy.PolicyCompilation Local()
    {
        const string local = ""policy \""L\""\nschema S {\n  id: {|#1:txt|}\n}\n"";
        return CompliancePolicy.PolicyCompiler.Compile(local);
    }
}";
            await VerifyAsync(Source,
                Expected.Policy("CP1003", 0, "Unknown type 'txt'; did you mean 'text'?"),
                Expected.Policy("CP1003", 1, "Unknown type 'txt'; did you mean 'text'?"));
        }

        [Fact]
        public async Task Parameters_marked_as_policy_text_are_checked()
        {
            const string Source = @"
using System.Diagnostics.CodeAnalysis;

class Rules
{
    static void Load([StringSyntax(""policy"")] string policy) { }
    static void Log(string text) { }

    const string Named = ""policy \""N\""\nschema S {\n  id: {|#1:txt|}\n}\n"";

    static void Run()
    {
        Load(""policy \""P\""\nschema S {\n  id: {|#0:txt|}\n}\n"");
        Log(""policy \""P\""\nschema S {\n  id: txt\n}\n"");
        Log(Named);
        Load(Named);
    }
}";
            await VerifyAsync(Source,
                Expected.Policy("CP1003", 0, "Unknown type 'txt'; did you mean 'text'?"),
                Expected.Policy("CP1003", 1, "Unknown type 'txt'; did you mean 'text'?"));
        }

        [Fact]
        public async Task Clean_policy_text_and_non_constant_text_are_not_reported()
        {
            const string Source = @"
class Policies
{
    static CompliancePolicy.PolicyCompilation Load(string text) => CompliancePolicy.PolicyCompiler.Compile(text);
    static readonly CompliancePolicy.PolicyCompilation Clean = CompliancePolicy.PolicyCompiler.Compile(""policy \""P\""\nschema S key id {\n  id: text\n}\n"");
}";
            await VerifyAsync(Source);
        }

        [Fact]
        public async Task Severity_properties_apply_to_policy_text_in_csharp()
        {
            const string Source = @"
class Policies
{
    static readonly CompliancePolicy.PolicyCompilation Compiled = CompliancePolicy.PolicyCompiler.Compile(
        ""policy \""P\""\nschema S key id {\n  id: text\n}\nclause {|#0:C-1|} \""T\""\n  require id = \""x\""\n"");
}";
            await VerifyAsync(Source, Expected.Policy("CP1101", 0, "Clause 'C-1' cites no source; add 'cites \"RD-x.y\"' naming the rule it encodes", DiagnosticSeverity.Warning));
            await new PolicyAnalyzerTest<PolicyLiteralAnalyzer>(Source).WithBuildProperty("CompliancePolicySeverity_CP1101", "error")
                .Expect(Expected.Policy("CP1101", 0, "Clause 'C-1' cites no source; add 'cites \"RD-x.y\"' naming the rule it encodes", DiagnosticSeverity.Error))
                .RunAsync();
        }
    }
}
