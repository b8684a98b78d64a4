using System;
using System.IO;

namespace CompliancePolicy.Tests.Support
{
    /// <summary>The checkout the tests run in: docs, samples and sources are read from it.</summary>
    internal static class Repository
    {
        public static string Root { get; } = FindRoot();

        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CompliancePolicy.sln"))) return directory.FullName;
            }
            throw new InvalidOperationException("No CompliancePolicy.sln above " + AppContext.BaseDirectory);
        }
    }
}
