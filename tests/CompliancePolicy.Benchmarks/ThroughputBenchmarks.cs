using System.IO;
using BenchmarkDotNet.Attributes;
using CompliancePolicy.Records;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// One operation is one pass over the whole records file (1,000,000 records by default): the baseline
    /// deserialises it with System.Text.Json; the others read it, then read and check it, with CompliancePolicy.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ThroughputConfig))]
    public class ThroughputBenchmarks
    {
        private string _path = string.Empty;
        private bool _createdFile;
        private Policy _policy = null!;
        private RecordType _schema = null!;

        [GlobalSetup]
        public void Setup()
        {
            _path = BenchmarkSettings.EnsureRecordsFile(BenchmarkSettings.Records, out _createdFile);
            _policy = BenchmarkSettings.CompilePolicy();
            _schema = _policy.Schema;
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            if (_createdFile) File.Delete(_path);
        }

        [Benchmark(Baseline = true, Description = "STJ deserialise (POCOs)")]
        public long Deserialise() => Workloads.Deserialise(_path);

        [Benchmark(Description = "CP read (RecordReader)")]
        public long Read() => Workloads.Read(_path, _schema);

        [Benchmark(Description = "CP full check (read+evaluate)")]
        public long Check() => Workloads.Check(_path, _policy, BenchmarkSettings.AsOf);
    }
}
