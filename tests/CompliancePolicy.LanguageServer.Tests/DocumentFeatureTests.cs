using System.Threading.Tasks;
using CompliancePolicy.LanguageServer.Tests.Support;

namespace CompliancePolicy.LanguageServer.Tests
{
    /// <summary>The requests about one document's shape: outline, folding, colours and layout (golden files in Golden/).</summary>
    public class DocumentFeatureTests
    {
        [Fact]
        public Task Outline_lists_the_schema_with_its_fields_the_parameter_the_table_and_clauses_by_ID_and_title() =>
            GoldenCase.RunAsync("Eligibility", "documentSymbol");

        [Fact]
        public Task Outline_of_a_lifecycle_lists_its_states_transitions_and_deadlines() =>
            GoldenCase.RunAsync("Certificate", "documentSymbol");

        [Fact]
        public Task Folding_ranges_cover_declarations_of_several_lines() =>
            GoldenCase.RunAsync("Eligibility", "foldingRange");

        [Fact]
        public Task Semantic_tokens_tell_fields_parameters_enum_members_clause_IDs_citations_dates_and_durations_apart() =>
            GoldenCase.RunAsync("Eligibility", "semanticTokens");

        [Fact]
        public Task Semantic_tokens_of_a_lifecycle_mark_states_event_types_and_transition_IDs() =>
            GoldenCase.RunAsync("Certificate", "semanticTokens");

        [Fact]
        public Task Formatting_lays_the_document_out_as_compliance_fmt_does() =>
            GoldenCase.RunAsync("Formatting", "formatting");

        [Fact]
        public Task Range_formatting_changes_only_the_declaration_the_range_touches() =>
            GoldenCase.RunAsync("Formatting", "rangeFormatting");
    }
}
