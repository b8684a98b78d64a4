using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using static CompliancePolicy.Analyzers.Tests.Support.PolicyRecordSources;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>
    /// The package does not carry System.Text.Json (the library's record reader needs it, the analyzers do not): load
    /// the shipped netstandard2.0 assemblies in a context of their own, run every analyzer, and check that nothing
    /// asked that context for System.Text.Json.
    /// </summary>
    public class AnalyzerLoadTests
    {
        [Fact]
        public async Task The_analyzers_run_without_loading_System_Text_Json()
        {
            var context = new RecordingContext();
            var analyzers = context.LoadFromAssemblyPath(Repository.Output("CompliancePolicy.Analyzers", "CompliancePolicy.Analyzers.dll"));
            var instances = analyzers.GetTypes()
                .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();
            Assert.Equal(5, instances.Length);

            var csharp = Usings + Review + @"
[PolicyRecord(""Eligibility"")]
public sealed class Organisation { public string Id { get; init; } = """"; }
class Host
{
    static readonly PolicyCompilation Inline = PolicyCompiler.Compile(""policy \""P\""\nschema S {\n  id: txt\n}\n"");
    static CompliancePolicy.Evaluation.RecordEvaluation Run(Policy policy, RecordValue record) => policy.Evaluate(record, CalendarDate.FromDateTime(DateTime.Today));
}";
            var files = ImmutableArray.Create<AdditionalText>(new TestAdditionalText("/p/eligibility.policy", PolicyText.Replace("staff >= 5", "staf >= 5")));
            var diagnostics = await DirectAnalysis.RunAsync(instances, files, csharp);

            Assert.Contains(diagnostics, d => d.Id == "CP1001"); // the .policy file
            Assert.Contains(diagnostics, d => d.Id == "CP1003"); // the C# literal
            Assert.Contains(diagnostics, d => d.Id == "CP5001"); // the clock
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001" || d.Id == "CP5008");
            Assert.Contains("CompliancePolicy", context.Loaded);
            Assert.Contains("Sprache", context.Loaded);
            Assert.DoesNotContain("System.Text.Json", context.Requested);
        }

        /// <summary>Loads the shipped assemblies itself; everything else (Roslyn, the framework) comes from the default context.</summary>
        private sealed class RecordingContext : AssemblyLoadContext
        {
            public RecordingContext() : base("analyzers", isCollectible: true) { }

            public ConcurrentBag<string> Requested { get; } = new ConcurrentBag<string>();
            public ConcurrentBag<string> Loaded { get; } = new ConcurrentBag<string>();

            protected override Assembly? Load(AssemblyName name)
            {
                Requested.Add(name.Name!);
                var path = name.Name switch
                {
                    "CompliancePolicy" => Repository.Output("CompliancePolicy", "CompliancePolicy.dll"),
                    "Sprache" => System.IO.Path.Combine(AppContext.BaseDirectory, "Sprache.dll"),
                    _ => null,
                };
                if (path is null) return null;
                Loaded.Add(name.Name!);
                return LoadFromAssemblyPath(path);
            }
        }
    }
}
