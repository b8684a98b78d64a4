using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Hosting;
using CompliancePolicy.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CompliancePolicy.Analyzers
{
    /// <summary>
    /// CP5003..CP5006: a C# type marked <c>[PolicyRecord("Policy title")]</c> must match the policy's record type
    /// (from the project's <c>.policy</c> AdditionalFiles) by the library's conventions (<see cref="RecordShape"/>):
    /// a property per field, of a matching type, nullable exactly when the field is optional.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PolicyRecordAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            HostRules.RecordPropertyMissing, HostRules.RecordPropertyType, HostRules.RecordPropertyOptionality,
            HostRules.RecordUnknownPolicy, HostRules.RecordEnumMembers, HostRules.AnalysisFailed);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                // Resolved when a type carries an attribute of that name, not up front (see HostTypes.Lazily).
                var attribute = new Lazy<INamedTypeSymbol?>(() => HostTypes.LibraryType(start.Compilation, "CompliancePolicy.Hosting.PolicyRecordAttribute"));
                var project = PolicyProject.Create(start.Options, text => start.TryGetValue(text, PolicyParseCache.Provider, out var parses) ? parses : null, start.CancellationToken);
                var types = new Lazy<ClrTypes>(() => new ClrTypes(start.Compilation));
                start.RegisterSymbolAction(symbol =>
                {
                    try
                    {
                        if (!symbol.Symbol.GetAttributes().Any(a => a.AttributeClass?.Name == nameof(PolicyRecordAttribute)) || attribute.Value is null) return;
                        Analyze(symbol, attribute.Value, project, types.Value);
                    }
                    catch (OperationCanceledException) when (symbol.CancellationToken.IsCancellationRequested)
                    {
                        throw;
                    }
                    catch (Exception e)
                    {
                        var location = symbol.Symbol.Locations.FirstOrDefault() ?? Location.None;
                        symbol.ReportDiagnostic(Diagnostic.Create(HostRules.AnalysisFailed, location, symbol.Symbol.Name, e.GetType().Name + ": " + e.Message));
                    }
                }, SymbolKind.NamedType);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol attributeType, PolicyProject project, ClrTypes types)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            var attribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));
            if (attribute is null || attribute.ConstructorArguments.Length == 0 || !(attribute.ConstructorArguments[0].Value is string title)) return;
            var schemaName = attribute.ConstructorArguments.Length > 1 ? attribute.ConstructorArguments[1].Value as string : null;
            var attributeLocation = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? type.Locations[0];

            var compilation = project.GetCompilation(context.CancellationToken);
            var policy = compilation.Policies.FirstOrDefault(p => p.Name == title);
            if (policy is null)
            {
                // A policy that exists but has errors is reported in its own file; say nothing more here.
                var declared = compilation.Files.Any(f => f.Declarations.OfType<CompliancePolicy.Syntax.PolicyHeaderSyntax>().Any(h => h.Title.Value == title));
                if (!declared)
                {
                    var suggestion = Suggest(title, compilation.Files);
                    context.ReportDiagnostic(Diagnostic.Create(HostRules.RecordUnknownPolicy, attributeLocation, SuggestionProperties.Of(suggestion),
                        $"policy '{title}'", suggestion?.ToString() ?? " (no .policy file is an AdditionalFile of this project)"));
                }
                return;
            }
            var record = RecordShape.FindRecordType(policy, schemaName);
            if (record is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(HostRules.RecordUnknownPolicy, attributeLocation, $"record type '{schemaName}' of policy '{title}'", string.Empty));
                return;
            }

            foreach (var expected in RecordShape.Properties(record))
            {
                var member = FindMember(type, expected);
                if (member is null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(HostRules.RecordPropertyMissing, type.Locations[0],
                        type.Name, expected.PropertyName, expected.Field.Name, Describe(record)));
                    continue;
                }
                var (memberType, location) = member.Value;
                var (inner, nullable) = types.Unwrap(memberType);
                if (!types.Matches(inner, expected.Type))
                {
                    context.ReportDiagnostic(Diagnostic.Create(HostRules.RecordPropertyType, location,
                        expected.PropertyName, memberType.ToDisplayString(), expected.Field.Name, expected.Field.Type.Describe(), expected.Type.Describe()));
                    continue;
                }
                if (nullable.HasValue && nullable.Value != expected.Type.IsOptional)
                {
                    context.ReportDiagnostic(Diagnostic.Create(HostRules.RecordPropertyOptionality, location,
                        expected.PropertyName, nullable.Value ? "nullable" : "not nullable", expected.Field.Name,
                        expected.Type.IsOptional ? $"optional ({expected.Field.Type.Name})" : $"required ({expected.Field.Type.Name})"));
                }
                if (types.EnumHolding(inner, expected.Type) is { } held && UndeclaredMembers(held.Enum, held.Policy) is { Count: > 0 } undeclared)
                {
                    var suggestion = undeclared.Count == 1
                        ? CompliancePolicy.Diagnostics.Suggestions.For(undeclared[0], held.Policy.Members.Select(m => RecordShape.PropertyName(m.Name)))
                        : null;
                    context.ReportDiagnostic(Diagnostic.Create(HostRules.RecordEnumMembers, location, SuggestionProperties.Of(suggestion),
                        held.Enum.Name, expected.PropertyName, Members(undeclared), held.Policy.Name, suggestion?.ToString() ?? string.Empty));
                }
            }
        }

        /// <summary>
        /// Members of the C# enum that name no member of the policy enumeration, in PascalCase (<c>not_due</c> is
        /// <c>NotDue</c>) or as written: serialised by the same naming convention as the properties, they would not read.
        /// </summary>
        private static List<string> UndeclaredMembers(INamedTypeSymbol csharpEnum, EnumType policyEnum)
        {
            var declared = new HashSet<string>(policyEnum.Members.SelectMany(m => new[] { m.Name, RecordShape.PropertyName(m.Name) }), StringComparer.Ordinal);
            return csharpEnum.GetMembers().OfType<IFieldSymbol>()
                .Where(f => f.HasConstantValue && !declared.Contains(f.Name))
                .Select(f => f.Name)
                .ToList();
        }

        private static string Members(List<string> names) =>
            (names.Count == 1 ? "member " : "members ") + string.Join(", ", names.Select(n => $"'{n}'"));

        private static string Describe(RecordType record) => record.IsSchema ? $"schema {record.Name}" : $"record {record.Name}";

        /// <summary>The titles closest to <paramref name="title"/>; null when the project has no .policy file to suggest from.</summary>
        private static CompliancePolicy.Diagnostics.Suggestion? Suggest(string title, ImmutableArray<CompliancePolicy.Syntax.PolicyFileSyntax> files)
        {
            var titles = files.SelectMany(f => f.Declarations.OfType<CompliancePolicy.Syntax.PolicyHeaderSyntax>()).Select(h => h.Title.Value).ToList();
            return titles.Count == 0 ? null : CompliancePolicy.Diagnostics.Suggestions.For(title, titles);
        }

        /// <summary>The property (or public field) holding a field, by PascalCase name, then by the field's own name.</summary>
        private static (ITypeSymbol Type, Location Location)? FindMember(INamedTypeSymbol type, HostProperty expected)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                foreach (var name in new[] { expected.PropertyName, expected.Field.Name })
                {
                    foreach (var member in current.GetMembers(name))
                    {
                        if (member.IsStatic) continue;
                        if (member is IPropertySymbol property) return (property.Type, TypeLocation(property) ?? property.Locations[0]);
                        if (member is IFieldSymbol field && !field.IsImplicitlyDeclared) return (field.Type, TypeLocation(field) ?? field.Locations[0]);
                    }
                }
            }
            return null;
        }

        /// <summary>Where the member's type is written: a property, a field, or a record's positional parameter.</summary>
        private static Location? TypeLocation(ISymbol member)
        {
            var syntax = member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            switch (syntax)
            {
                case PropertyDeclarationSyntax property: return property.Type.GetLocation();
                case ParameterSyntax parameter when parameter.Type != null: return parameter.Type.GetLocation();
                case VariableDeclaratorSyntax declarator when declarator.Parent is VariableDeclarationSyntax declaration: return declaration.Type.GetLocation();
                default: return null;
            }
        }

        /// <summary>The CLR side of <see cref="HostType"/>: does a Roslyn type hold a policy value?</summary>
        private sealed class ClrTypes
        {
            private readonly Compilation _compilation;
            private readonly INamedTypeSymbol? _enumerableOfT;

            public ClrTypes(Compilation compilation)
            {
                _compilation = compilation;
                _enumerableOfT = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T);
            }

            /// <summary>The type without Nullable&lt;T&gt; or a nullable annotation, and whether it may be null (unknown when nullable-oblivious).</summary>
            public (ITypeSymbol Inner, bool? Nullable) Unwrap(ITypeSymbol type)
            {
                if (type is INamedTypeSymbol named && named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
                    return (named.TypeArguments[0], true);
                if (type.IsValueType) return (type, false);
                switch (type.NullableAnnotation)
                {
                    case NullableAnnotation.Annotated: return (type.WithNullableAnnotation(NullableAnnotation.NotAnnotated), true);
                    case NullableAnnotation.NotAnnotated: return (type, false);
                    default: return (type, null);
                }
            }

            public bool Matches(ITypeSymbol type, HostType expected)
            {
                switch (expected.Kind)
                {
                    case HostValueKind.Enumeration:
                        return type.TypeKind == TypeKind.Enum || type.SpecialType == SpecialType.System_String;
                    case HostValueKind.Record:
                        return (type.TypeKind == TypeKind.Class || type.TypeKind == TypeKind.Struct)
                            && type.SpecialType == SpecialType.None && ElementOf(type) is null;
                    case HostValueKind.List:
                        var element = ElementOf(type);
                        return element != null && Matches(Unwrap(element).Inner, expected.Element!);
                    default:
                        var name = MetadataName(type);
                        return expected.ClrTypeNames.Contains(name);
                }
            }

            /// <summary>The C# enum holding the policy enumeration, directly or as the element of a list; null otherwise.</summary>
            public (INamedTypeSymbol Enum, EnumType Policy)? EnumHolding(ITypeSymbol type, HostType expected)
            {
                if (expected.Kind == HostValueKind.List)
                    return ElementOf(type) is { } element ? EnumHolding(Unwrap(element).Inner, expected.Element!) : null;
                if (!(type is INamedTypeSymbol { TypeKind: TypeKind.Enum } named) || !(expected.PolicyType is EnumType policy)) return null;
                return (named, policy);
            }

            private ITypeSymbol? ElementOf(ITypeSymbol type)
            {
                if (type.SpecialType == SpecialType.System_String) return null;
                if (type is IArrayTypeSymbol array) return array.ElementType;
                if (_enumerableOfT is null) return null;
                if (type is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, _enumerableOfT)) return named.TypeArguments[0];
                var implemented = type.AllInterfaces.FirstOrDefault(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, _enumerableOfT));
                return implemented?.TypeArguments[0];
            }

            private static string MetadataName(ITypeSymbol type)
            {
                var ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() + "." : string.Empty;
                return ns + type.MetadataName;
            }
        }
    }
}
