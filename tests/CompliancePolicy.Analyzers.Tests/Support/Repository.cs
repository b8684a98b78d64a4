using System;
using System.IO;

namespace CompliancePolicy.Analyzers.Tests.Support
{
    /// <summary>Paths in the repository these tests were built from.</summary>
    internal static class Repository
    {
#if DEBUG
        public const string Configuration = "Debug";
#else
        public const string Configuration = "Release";
#endif

        public static string Root { get; } = FindRoot();

        public static string PathOf(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

        /// <summary>The netstandard2.0 output of a project under src/, as the package ships it.</summary>
        public static string Output(string project, string file) => PathOf("src", project, "bin", Configuration, "netstandard2.0", file);

        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CompliancePolicy.sln"))) return directory.FullName;
            }
            throw new InvalidOperationException("The repository root (CompliancePolicy.sln) is not above " + AppContext.BaseDirectory);
        }
    }
}
