using System;

namespace CompliancePolicy.LanguageServer.Server
{
    /// <summary>Document URIs and the paths the library names files by: <c>file:</c> URIs become local paths, others stay as they are.</summary>
    internal static class DocumentUris
    {
        public static string ToPath(string uri) =>
            Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;

        public static string ToUri(string path) =>
            System.IO.Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : path;
    }
}
