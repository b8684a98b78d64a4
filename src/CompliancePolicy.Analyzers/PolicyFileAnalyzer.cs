using System;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CompliancePolicy.Analyzers
{
    /// <summary>
    /// Compiles the project's <c>.policy</c> AdditionalFiles with the language library and reports every diagnostic
    /// at its place in its file, with the library's ID and message. Each file is reported by its own additional-file
    /// action, so the IDE can analyse just the open file; the binding of all files together is shared. Severities
    /// follow the compliance.json AdditionalFiles (whose own problems are reported in them) and the MSBuild properties.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PolicyFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            PolicyDescriptors.All.Add(HostRules.PolicyFileUnreadable).Add(HostRules.AnalysisFailed);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var project = PolicyProject.Create(start.Options, text => start.TryGetValue(text, PolicyParseCache.Provider, out var parses) ? parses : null, start.CancellationToken);
                if (project.Files.IsEmpty && project.SettingsFiles.IsEmpty) return;
                if (!project.Files.IsEmpty) Prepare(project, start.CancellationToken);
                start.RegisterAdditionalFileAction(file =>
                {
                    // Only the instance the project kept for its path: a file listed twice is reported once.
                    var isPolicy = project.Files.Contains(file.AdditionalFile);
                    if (!isPolicy && !project.SettingsFiles.Contains(file.AdditionalFile)) return;
                    try
                    {
                        if (isPolicy) Report(project, file);
                        else ReportSettings(project, file);
                    }
                    catch (OperationCanceledException) when (file.CancellationToken.IsCancellationRequested)
                    {
                        throw;
                    }
                    catch (Exception e)
                    {
                        // Nothing may escape into the compiler (AD0001 breaks warnings-as-errors builds).
                        var location = Location.Create(file.AdditionalFile.Path, default, default);
                        ReportHostRule(file, project.Severities, HostRules.AnalysisFailed, location, file.AdditionalFile.Path, e.GetType().Name + ": " + e.Message);
                    }
                });
            });
        }

        /// <summary>
        /// Compiles the policy files once, up front, so that the per-file actions (which may run in parallel) find the
        /// result ready instead of queueing behind whichever of them came first. A failure here is reported by those
        /// actions, which try again.
        /// </summary>
        private static void Prepare(PolicyProject project, System.Threading.CancellationToken cancellationToken)
        {
            try
            {
                project.GetCompilation(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception)
            {
                // Reported as CP5008 by the file actions, with the file they were checking.
            }
        }

        private static void Report(PolicyProject project, AdditionalFileAnalysisContext context)
        {
            var path = context.AdditionalFile.Path;
            var compilation = project.GetCompilation(context.CancellationToken);
            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text is null || project.Unreadable.Contains(context.AdditionalFile))
            {
                ReportHostRule(context, project.Severities, HostRules.PolicyFileUnreadable, Location.Create(path, default, default), path);
                return;
            }

            // Problems with no place in a file (none today) go with the first file, so they are reported once.
            var isFirst = project.Files.Length > 0 && project.Files[0].Path == path;
            foreach (var diagnostic in compilation.Diagnostics)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                Location location;
                if (diagnostic.Location is null)
                {
                    if (!isFirst) continue;
                    location = Location.None;
                }
                else
                {
                    if (!string.Equals(diagnostic.Location.Path, path, StringComparison.Ordinal)) continue;
                    location = DiagnosticMapper.InFile(path, text, diagnostic.Location.Span);
                }
                context.ReportDiagnostic(DiagnosticMapper.ToRoslyn(diagnostic, location, related => Related(related, path, text)));
            }
        }

        /// <summary>
        /// A settings file's own problems, whether or not a policy file of the project is under it (C# policy text may
        /// be), at the severities it gives them.
        /// </summary>
        private static void ReportSettings(PolicyProject project, AdditionalFileAnalysisContext context)
        {
            var path = context.AdditionalFile.Path;
            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text is null)
            {
                ReportHostRule(context, project.Severities, HostRules.PolicyFileUnreadable, Location.Create(path, default, default), path);
                return;
            }
            var settings = ComplianceSettings.Parse(new CompliancePolicy.Text.SourceText(path, text.ToString()));
            foreach (var diagnostic in project.Configuration.Apply(settings.Diagnostics, Array.Empty<string>()))
            {
                var location = DiagnosticMapper.InFile(path, text, diagnostic.Location!.Span);
                context.ReportDiagnostic(DiagnosticMapper.ToRoslyn(diagnostic, location, related => Related(related, path, text)));
            }
        }

        private static Location Related(CompliancePolicy.Text.SourceLocation related, string path, Microsoft.CodeAnalysis.Text.SourceText text) =>
            string.Equals(related.Path, path, StringComparison.Ordinal) ? DiagnosticMapper.InFile(path, text, related.Span) : DiagnosticMapper.InOtherFile(related);

        /// <summary>A CP5xxx rule located in a policy file: like the language rules, its severity comes from the MSBuild property.</summary>
        private static void ReportHostRule(AdditionalFileAnalysisContext context, SeverityOverrides severities, DiagnosticDescriptor rule, Location location, params object[] arguments)
        {
            var severity = severities.Apply(rule.Id, rule.DefaultSeverity);
            if (severity is null) return;
            context.ReportDiagnostic(Diagnostic.Create(rule, location, severity.Value, additionalLocations: null, properties: null, arguments));
        }
    }
}
