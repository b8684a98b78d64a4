using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CompliancePolicy.Analyzers.Tests.Support
{
    /// <summary>
    /// References for test compilations, offline: the running runtime's framework assemblies (the reference packs
    /// that <c>ReferenceAssemblies.Net.*</c> would download are not reachable here) and the CompliancePolicy library.
    /// </summary>
    internal static class TestReferences
    {
        public static ReferenceAssemblies ReferenceAssemblies { get; } = new ReferenceAssemblies("net10.0");

        public static ImmutableArray<MetadataReference> All { get; } = Create();

        private static ImmutableArray<MetadataReference> Create()
        {
            var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
            var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            return trusted
                .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
                .Where(path => !Path.GetFileName(path).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal))
                .Append(typeof(Policy).Assembly.Location)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }
    }
}
