using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using CompliancePolicy.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RoslynText = Microsoft.CodeAnalysis.Text.SourceText;

namespace CompliancePolicy.Analyzers
{
    /// <summary>
    /// Each policy file's parse, cached so that editing one file re-parses that file only:
    /// first against Roslyn's <see cref="RoslynText"/> instance (the IDE keeps one per unchanged file; the compiler
    /// holds the cache weakly through <see cref="SourceTextValueProvider{TValue}"/>), then by path and content
    /// checksum in a small bounded cache, which a build server reuses across builds and target frameworks.
    /// The path is part of the parse (it is quoted in messages), so it is part of both keys.
    /// </summary>
    internal static class PolicyParseCache
    {
        private const int ContentCapacity = 256;

        public static readonly SourceTextValueProvider<ConcurrentDictionary<string, PolicyFileSyntax>> Provider =
            new SourceTextValueProvider<ConcurrentDictionary<string, PolicyFileSyntax>>(_ => new ConcurrentDictionary<string, PolicyFileSyntax>());

        private static readonly object ContentGate = new object();
        private static readonly Dictionary<string, LinkedListNode<(string Key, PolicyFileSyntax Parse)>> ByContent =
            new Dictionary<string, LinkedListNode<(string Key, PolicyFileSyntax Parse)>>(StringComparer.Ordinal);
        private static readonly LinkedList<(string Key, PolicyFileSyntax Parse)> Recent = new LinkedList<(string Key, PolicyFileSyntax Parse)>();

        /// <summary>
        /// Parses a file, or takes its parse from a cache; <paramref name="lookup"/> is
        /// <c>text =&gt; start.TryGetValue(text, Provider, out var byPath) ? byPath : null</c> of a compilation-start context.
        /// </summary>
        public static PolicyFileSyntax Parse(Func<RoslynText, ConcurrentDictionary<string, PolicyFileSyntax>?> lookup, string path, RoslynText text, CancellationToken cancellationToken)
        {
            var byPath = lookup(text);
            if (byPath != null && byPath.TryGetValue(path, out var cached)) return cached;
            var key = ContentKey(path, text);
            var parsed = (key is null ? null : FromContent(key)) ?? ParseNow(path, text, cancellationToken);
            if (key != null) Remember(key, parsed);
            return byPath is null ? parsed : byPath.GetOrAdd(path, parsed);
        }

        public static PolicyFileSyntax ParseNow(string path, RoslynText text, CancellationToken cancellationToken) =>
            PolicyParser.Parse(new CompliancePolicy.Text.SourceText(path, text.ToString()), cancellationToken);

        private static string? ContentKey(string path, RoslynText text)
        {
            var checksum = text.GetChecksum();
            if (checksum.IsDefaultOrEmpty) return null;
            var key = new char[path.Length + 1 + checksum.Length * 2];
            path.CopyTo(0, key, 0, path.Length);
            key[path.Length] = '\n';
            for (var i = 0; i < checksum.Length; i++)
            {
                key[path.Length + 1 + 2 * i] = "0123456789abcdef"[checksum[i] >> 4];
                key[path.Length + 2 + 2 * i] = "0123456789abcdef"[checksum[i] & 15];
            }
            return new string(key) + "\n" + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        private static PolicyFileSyntax? FromContent(string key)
        {
            lock (ContentGate)
            {
                if (!ByContent.TryGetValue(key, out var node)) return null;
                Recent.Remove(node);
                Recent.AddFirst(node);
                return node.Value.Parse;
            }
        }

        private static void Remember(string key, PolicyFileSyntax parse)
        {
            lock (ContentGate)
            {
                if (ByContent.ContainsKey(key)) return;
                ByContent.Add(key, Recent.AddFirst((key, parse)));
                while (Recent.Count > ContentCapacity)
                {
                    ByContent.Remove(Recent.Last!.Value.Key);
                    Recent.RemoveLast();
                }
            }
        }
    }
}
