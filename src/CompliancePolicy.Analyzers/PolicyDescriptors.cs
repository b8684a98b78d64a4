using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using Microsoft.CodeAnalysis;

namespace CompliancePolicy.Analyzers
{
    /// <summary>
    /// One Roslyn descriptor per rule of the language (<see cref="DiagnosticRules.All"/>): same ID, title, category,
    /// default severity and help link; the message is the library's own formatted message, so the IDE, the build and
    /// <c>compliance lint</c> say the same words.
    /// </summary>
    internal static class PolicyDescriptors
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> ById = DiagnosticRules.All.ToDictionary(r => r.Id, Create);

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ById.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal).ToImmutableArray();

        public static DiagnosticDescriptor For(DiagnosticRule rule) => ById.TryGetValue(rule.Id, out var descriptor) ? descriptor : Create(rule);

        public static Microsoft.CodeAnalysis.DiagnosticSeverity ToRoslyn(CompliancePolicy.Diagnostics.DiagnosticSeverity severity)
        {
            switch (severity)
            {
                case CompliancePolicy.Diagnostics.DiagnosticSeverity.Error: return Microsoft.CodeAnalysis.DiagnosticSeverity.Error;
                case CompliancePolicy.Diagnostics.DiagnosticSeverity.Warning: return Microsoft.CodeAnalysis.DiagnosticSeverity.Warning;
                default: return Microsoft.CodeAnalysis.DiagnosticSeverity.Info;
            }
        }

#pragma warning disable RS1017 // The IDs are constants of the library's central list, read at run time so the two never drift apart.
        private static DiagnosticDescriptor Create(DiagnosticRule rule) => new DiagnosticDescriptor(
            rule.Id,
            rule.Title,
            "{0}",
            rule.Category,
            ToRoslyn(rule.DefaultSeverity),
            isEnabledByDefault: true,
            description: rule.Help,
            helpLinkUri: rule.HelpLink);
#pragma warning restore RS1017
    }
}
