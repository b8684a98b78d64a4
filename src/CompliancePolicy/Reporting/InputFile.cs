namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// A file a run read, named by its content (SHA-256) as well as its path, so an auditor can tell exactly what a
    /// report decided on (RD-5.4: every export is traceable).
    /// </summary>
    internal sealed class InputFile
    {
        public InputFile(string path, InputKind kind, string sha256, long length)
        {
            Path = path;
            Kind = kind;
            Sha256 = sha256;
            Length = length;
        }

        /// <summary>The path as the run was given it (or found it in a folder).</summary>
        public string Path { get; }

        public InputKind Kind { get; }

        /// <summary>The SHA-256 of the file's bytes as read, 64 lowercase hexadecimal digits.</summary>
        public string Sha256 { get; }

        /// <summary>The number of bytes read.</summary>
        public long Length { get; }
    }

    /// <summary>What an input file is to the run.</summary>
    internal enum InputKind
    {
        Policy,
        Records,
    }
}
