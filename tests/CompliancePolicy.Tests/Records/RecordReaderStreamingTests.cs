using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CompliancePolicy.Records;
using static CompliancePolicy.Tests.Records.RecordTestData;

namespace CompliancePolicy.Tests.Records
{
    public class RecordReaderStreamingTests
    {
        // Documents that exercise every path of the splitter: layouts, errors, recovery, multi-byte text and long lines.
        public static IEnumerable<object[]> Documents()
        {
            yield return new object[] { "[\n  " + string.Join(",\n  ", Enumerable.Range(0, 20).Select(i => OrganisationWithId("o" + i))) + "\n]\n" };
            yield return new object[] { string.Join("\n", Enumerable.Range(0, 20).Select(i => OrganisationWithId("o" + i))) };
            yield return new object[] { "\uFEFF" + OrganisationWithId("a") + "\r\n{\"id\": \"b\", \"name\": }\r\n" + Organisation(("risk", "\"Hgh\"")) + "\r\n" };
            yield return new object[] { OrganisationWithId("a") + "\n{\"id\": \"b\", \"name\": \"x\"\n" + OrganisationWithId("c") };
            yield return new object[] { "[" + OrganisationWithId("a") + ", 42, " + Organisation(("name", "\"東京 😀\""), ("nmae", "1")) + "] x" };
            yield return new object[] { "{\n  \"id\": \"a\",\n  \"name\": ,\n  \"employees\": 3\n}\n" + OrganisationWithId("b") };
        }

        [Theory]
        [MemberData(nameof(Documents))]
        public void TinyBufferGivesTheSameResultsAsTheDefaultBuffer(string json)
        {
            var expected = Describe(ReadBytes(Utf8(json)));

            Assert.Equal(expected, Describe(ReadBytes(Utf8(json), bufferSize: 16)));
            Assert.Equal(expected, Describe(ReadBytes(Utf8(json), bufferSize: 100)));
        }

        [Theory]
        [MemberData(nameof(Documents))]
        public void StreamReturningOneByteAtATimeGivesTheSameResults(string json)
        {
            var expected = Describe(ReadBytes(Utf8(json)));

            var trickled = RecordReader.Read(new TrickleStream(Utf8(json)), FileName, Schema, 16, default).ToList();

            Assert.Equal(expected, Describe(trickled));
        }

        [Fact]
        public void RecordLargerThanTheBufferIsReadWhole()
        {
            var notes = new string('n', 1024 * 1024);
            var json = OrganisationWithId("a") + "\n" + Organisation(("id", "\"big\""), ("notes", $"\"{notes}\"")) + "\n" + OrganisationWithId("c");

            var results = ReadBytes(Utf8(json));

            Assert.Equal(new[] { "a", "big", "c" }, results.Select(r => r.Id).ToArray());
            Assert.All(results, r => Assert.True(r.IsValid));
            Assert.Equal(notes, results[1].Record!["notes"]);
            Assert.Equal(3, results[2].Line);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void ManyRecordsAreAllRead(bool asArray)
        {
            const int count = 50_000;
            var stream = new MemoryStream();
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
            {
                if (asArray) writer.Write("[\n");
                for (var i = 0; i < count; i++)
                {
                    writer.Write(Organisation(("id", $"\"org-{i}\""), ("employees", i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                    writer.Write(asArray && i < count - 1 ? ",\n" : "\n");
                }
                if (asArray) writer.Write("]\n");
            }
            stream.Position = 0;

            var read = 0;
            RecordReadResult? sample = null;
            foreach (var result in RecordReader.Read(stream, FileName, Schema))
            {
                Assert.True(result.IsValid);
                Assert.Equal(read, result.Index);
                if (result.Index == 31_415) sample = result;
                read++;
            }

            Assert.Equal(count, read);
            Assert.NotNull(sample);
            Assert.Equal("org-31415", sample!.Id);
            Assert.Equal(31_415m, sample.Record!["employees"]);
            Assert.Equal(69.99m, sample.Record["revenue"]);
            Assert.Equal(asArray ? 31_417 : 31_416, sample.Line);
        }

        [Fact]
        public void RecordsAreYieldedBeforeTheWholeStreamIsRead()
        {
            var json = string.Join("\n", Enumerable.Range(0, 1000).Select(i => OrganisationWithId("o" + i)));
            var stream = new CountingStream(Utf8(json));

            using var results = RecordReader.Read(stream, FileName, Schema, 1024, default).GetEnumerator();

            Assert.True(results.MoveNext());
            Assert.Equal("o0", results.Current.Id);
            Assert.True(stream.BytesRead <= 4096, $"read {stream.BytesRead} of {stream.Length} bytes for the first record");
        }

        [Fact]
        public void StreamFailureIsReportedAfterTheRecordsReadSoFar()
        {
            var json = Utf8(string.Join("\n", Enumerable.Range(0, 100).Select(i => OrganisationWithId("o" + i))));
            var stream = new FailingStream(json, failAfter: 2000);

            var results = RecordReader.Read(stream, FileName, Schema, 256, default).ToList();

            var failure = results.Last();
            Assert.True(results.Count > 1);
            Assert.All(results.Take(results.Count - 1), r => Assert.True(r.IsValid));
            var diagnostic = Assert.Single(failure.Diagnostics);
            Assert.Equal("CP2007", diagnostic.Id);
            Assert.Equal("Cannot read records: 'orgs.json' could not be read: the disk went away", diagnostic.Message);
        }

        [Fact]
        public void ReadFileReadsRecordsFromDisk()
        {
            var file = System.IO.Path.GetTempFileName();
            try
            {
                File.WriteAllText(file, OrganisationWithId("a") + "\n" + OrganisationWithId("b"), new UTF8Encoding(true));

                var results = RecordReader.ReadFile(file, Schema).ToList();

                Assert.Equal(new[] { "a", "b" }, results.Select(r => r.Id).ToArray());
                Assert.All(results, r => Assert.Equal(file, r.Path));
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void MissingFileIsOneUnreadableResult()
        {
            var missing = System.IO.Path.Combine(System.IO.Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");

            var result = Assert.Single(RecordReader.ReadFile(missing, Schema));

            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2007", diagnostic.Id);
            Assert.StartsWith($"Cannot read records: '{missing}' cannot be opened: ", diagnostic.Message);
            Assert.Equal(missing, diagnostic.Location!.Path);
        }

        [Fact]
        public void CancellationStopsTheEnumeration()
        {
            using var cancellation = new CancellationTokenSource();
            var json = OrganisationWithId("a") + "\n" + OrganisationWithId("b");
            var read = new List<string>();

            Assert.ThrowsAny<OperationCanceledException>(() =>
            {
                foreach (var result in RecordReader.ReadString(json, FileName, Schema, cancellation.Token))
                {
                    read.Add(result.Id);
                    cancellation.Cancel();
                }
            });
            Assert.Equal(new[] { "a" }, read);
        }

        private static string[] Describe(IEnumerable<RecordReadResult> results) => results
            .Select(r => $"{r.Index} {r.Line} {r.Id} {r.IsValid} " + string.Join(" | ", r.Diagnostics.Select(d =>
                $"{d} [{d.Location!.Span}] {d.Location.End}")))
            .ToArray();

        private sealed class TrickleStream : MemoryStream
        {
            public TrickleStream(byte[] bytes)
                : base(bytes)
            {
            }

            public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
        }

        private sealed class CountingStream : MemoryStream
        {
            public CountingStream(byte[] bytes)
                : base(bytes)
            {
            }

            public long BytesRead { get; private set; }

            public override int Read(byte[] buffer, int offset, int count)
            {
                var read = base.Read(buffer, offset, count);
                BytesRead += read;
                return read;
            }
        }

        private sealed class FailingStream : MemoryStream
        {
            private readonly int _failAfter;

            public FailingStream(byte[] bytes, int failAfter)
                : base(bytes)
            {
                _failAfter = failAfter;
            }

            public override int Read(byte[] buffer, int offset, int count)
            {
                if (Position >= _failAfter) throw new IOException("the disk went away");
                return base.Read(buffer, offset, count);
            }
        }
    }
}
