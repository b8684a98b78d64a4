using System.Collections.Generic;
using System.IO;
using Spectre.Console;

namespace CompliancePolicy.Cli.Output
{
    /// <summary>Creates Spectre consoles over the tool's writers: colour only when asked for, never from the process environment.</summary>
    internal static class Terminal
    {
        public static IAnsiConsole Create(TextWriter writer, bool color, bool interactive, int width)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
                ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
                Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
                Out = new AnsiConsoleOutput(writer),
                // NO_COLOR, TERM and CI detection are decided once in CliEnvironment, not again by Spectre.
                EnvironmentVariables = new Dictionary<string, string>(),
            });
            console.Profile.Width = width;
            return console;
        }
    }

    /// <summary>A write-only stream that decodes UTF-8 into a <see cref="TextWriter"/>, so byte-oriented writers
    /// (System.Text.Json, XmlWriter) can stream to the tool's stdout, which tests capture as text.</summary>
    internal sealed class TextWriterStream : Stream
    {
        private readonly TextWriter _writer;
        private readonly System.Text.Decoder _decoder = new System.Text.UTF8Encoding(false).GetDecoder();
        private char[] _chars = new char[4096];

        public TextWriterStream(TextWriter writer) => _writer = writer;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new System.NotSupportedException();
        public override long Position { get => throw new System.NotSupportedException(); set => throw new System.NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(new System.ReadOnlySpan<byte>(buffer, offset, count));

        public override void Write(System.ReadOnlySpan<byte> buffer)
        {
            var needed = _decoder.GetCharCount(buffer, flush: false);
            if (needed > _chars.Length) _chars = new char[needed];
            var written = _decoder.GetChars(buffer, _chars, flush: false);
            _writer.Write(_chars, 0, written);
        }

        public override void Flush() => _writer.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new System.NotSupportedException();
        public override void SetLength(long value) => throw new System.NotSupportedException();
    }
}
