using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CompliancePolicy.Fuzz.Tests.Harness
{
    /// <summary>
    /// One run of the tool: the files it reads (relative paths, laid out as dsl-samples is: the policy, records/ and
    /// tests/) and its command line, in which <c>{dir}</c> stands for the folder the files are in. A case that found a
    /// problem is kept as a folder of Fixtures/found: its files and a case.json with the command line.
    /// </summary>
    public sealed class FuzzCase
    {
        public const string Folder = "{dir}";
        private const string CaseFile = "case.json";

        public FuzzCase(string name, string description, IReadOnlyDictionary<string, byte[]> files, IReadOnlyList<string> arguments)
        {
            Name = name;
            Description = description;
            Files = files;
            Arguments = arguments;
        }

        /// <summary>"seed-iteration" for a generated case, the folder's name for a kept one.</summary>
        public string Name { get; }

        /// <summary>What was mutated, and how the case was found.</summary>
        public string Description { get; }

        public IReadOnlyDictionary<string, byte[]> Files { get; }
        public IReadOnlyList<string> Arguments { get; }

        /// <summary>The files written under <paramref name="folder"/>, and the command line that reads them there.</summary>
        public string[] WriteTo(string folder)
        {
            foreach (var (path, content) in Files)
            {
                var target = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, content);
            }
            return Arguments.Select(a => a.Replace(Folder, folder, StringComparison.Ordinal)).ToArray();
        }

        /// <summary>Keeps the case as a regression fixture: its files and case.json in <paramref name="folder"/>.</summary>
        public void Save(string folder)
        {
            WriteTo(folder);
            var description = new Dictionary<string, object> { ["description"] = Description, ["arguments"] = Arguments };
            File.WriteAllText(Path.Combine(folder, CaseFile), JsonSerializer.Serialize(description, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }

        /// <summary>A kept case: every file of the folder but case.json, and the command line in it.</summary>
        public static FuzzCase Load(string folder)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, CaseFile)));
            var arguments = document.RootElement.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()!).ToArray();
            var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) != CaseFile)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes);
            return new FuzzCase(Path.GetFileName(folder), document.RootElement.GetProperty("description").GetString()!, files, arguments);
        }

        public override string ToString() => $"{Name} ({Description}): {string.Join(" ", Arguments)}";
    }
}
