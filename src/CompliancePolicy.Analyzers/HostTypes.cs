using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CompliancePolicy.Analyzers
{
    /// <summary>The library types the host-code analyzers look for, resolved once per compilation.</summary>
    internal sealed class HostTypes
    {
        private HostTypes(INamedTypeSymbol policy, INamedTypeSymbol? dateTime, INamedTypeSymbol? dateTimeOffset)
        {
            Policy = policy;
            DateTime = dateTime;
            DateTimeOffset = dateTimeOffset;
        }

        public INamedTypeSymbol Policy { get; }
        public INamedTypeSymbol? DateTime { get; }
        public INamedTypeSymbol? DateTimeOffset { get; }

        /// <summary>
        /// <see cref="From"/> on first use: an analyzer asks only once the syntax shows a call worth binding. Looked up
        /// in a compilation-start action, the types cost the first look at every reference, before the compiler needs
        /// them, for projects that may never call the library.
        /// </summary>
        public static System.Lazy<HostTypes?> Lazily(Compilation compilation) => new System.Lazy<HostTypes?>(() => From(compilation));

        /// <summary>Null when the compilation does not reference the CompliancePolicy library.</summary>
        public static HostTypes? From(Compilation compilation)
        {
            var policy = LibraryType(compilation, "CompliancePolicy.Policy");
            if (policy is null) return null;
            var dateTime = compilation.GetSpecialType(SpecialType.System_DateTime);
            return new HostTypes(policy, dateTime, dateTime.ContainingAssembly.GetTypeByMetadataName("System.DateTimeOffset"));
        }

        /// <summary>
        /// A type of the CompliancePolicy library, looked up in that assembly only (or in the compilation, when it is the
        /// library). <see cref="Compilation.GetTypeByMetadataName"/> would read the type tables of every reference (a
        /// netstandard2.0 project has about a hundred), and finds nothing when two of them define the name.
        /// </summary>
        public static INamedTypeSymbol? LibraryType(Compilation compilation, string metadataName)
        {
            if (compilation.AssemblyName == LibraryName) return compilation.Assembly.GetTypeByMetadataName(metadataName);
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (assembly.Name == LibraryName) return assembly.GetTypeByMetadataName(metadataName);
            }
            return null;
        }

        private const string LibraryName = "CompliancePolicy";

        /// <summary>The method name as written in a call (<c>policy.Evaluate(...)</c>, <c>Evaluate(...)</c>), to filter calls before binding them.</summary>
        public static string? CalledName(InvocationExpressionSyntax invocation)
        {
            switch (invocation.Expression)
            {
                case MemberAccessExpressionSyntax member: return member.Name.Identifier.ValueText;
                case MemberBindingExpressionSyntax binding: return binding.Name.Identifier.ValueText;
                case SimpleNameSyntax name: return name.Identifier.ValueText;
                default: return null;
            }
        }

        /// <summary>The argument a call passes for a parameter: by name (<c>asOf: d</c>) or by position.</summary>
        public static ArgumentSyntax? ArgumentFor(InvocationExpressionSyntax invocation, IMethodSymbol method, string parameterName)
        {
            var parameter = method.Parameters.FirstOrDefault(p => p.Name == parameterName);
            if (parameter is null) return null;
            var arguments = invocation.ArgumentList.Arguments;
            var named = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == parameterName);
            if (named != null) return named;
            return parameter.Ordinal < arguments.Count && arguments[parameter.Ordinal].NameColon is null ? arguments[parameter.Ordinal] : null;
        }

        public static bool IsClockName(string name) => name == "Now" || name == "Today" || name == "UtcNow";

        /// <summary><c>Policy.Evaluate(record, asOf, parameters)</c>.</summary>
        public bool IsEvaluate(IMethodSymbol method) =>
            method.Name == "Evaluate" && SymbolEqualityComparer.Default.Equals(method.ContainingType, Policy);

        /// <summary><c>DateTime.Now</c>, <c>DateTime.Today</c>, <c>DateTime.UtcNow</c>, <c>DateTimeOffset.Now</c>, <c>DateTimeOffset.UtcNow</c>.</summary>
        public bool IsClock(IPropertySymbol property)
        {
            if (!property.IsStatic) return false;
            if (SymbolEqualityComparer.Default.Equals(property.ContainingType, DateTime))
                return property.Name == "Now" || property.Name == "Today" || property.Name == "UtcNow";
            if (SymbolEqualityComparer.Default.Equals(property.ContainingType, DateTimeOffset))
                return property.Name == "Now" || property.Name == "UtcNow";
            return false;
        }
    }
}
