using System;
using System.IO;

namespace CompliancePolicy.Tests.Support
{
    /// <summary>Files of the repository the tests run in (docs, samples), found above the test binaries.</summary>
    internal static class Repository
    {
        public static readonly string Root = FindRoot();

        public static string Path(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "CompliancePolicy.sln"))) return directory.FullName;
            }
            throw new InvalidOperationException("No CompliancePolicy.sln above " + AppContext.BaseDirectory);
        }
    }
}
