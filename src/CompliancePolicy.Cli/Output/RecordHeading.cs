using System.Linq;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Records;
using CompliancePolicy.Reporting;
using Spectre.Console;

namespace CompliancePolicy.Cli.Output
{
    /// <summary>The lines that open <c>explain</c> and <c>timeline</c> for each policy: the record, the policy, the date and the overridden parameters.</summary>
    internal static class RecordHeading
    {
        public static void Write(IAnsiConsole console, RecordEvaluation evaluation, RecordReadResult record)
        {
            var policy = evaluation.Policy;
            var name = policy.Version is null ? policy.Name : $"{policy.Name} {policy.Version}";
            console.MarkupLine($"Record [bold]{Markup.Escape(record.Id)}[/] ({Markup.Escape(record.Path)}:{record.Line}) against policy [bold]{Markup.Escape(name)}[/] as of {evaluation.AsOf}");
            var overridden = new PolicyInfo(policy, evaluation.Parameters).Parameters.Where(p => p.Overridden).ToArray();
            if (overridden.Length > 0) console.MarkupLine("Parameters: " + Markup.Escape(string.Join(", ", overridden.Select(p => $"{p.Name} = {p.Value}"))));
            console.WriteLine();
        }
    }
}
