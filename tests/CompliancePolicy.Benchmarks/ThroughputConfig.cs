using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// A short job for a 2-core machine: each operation takes seconds, so one launch, one warm-up and five measured
    /// passes (no pilot, no overhead runs) give stable figures in minutes. Adds per-record columns.
    /// </summary>
    public sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(5)
                .WithId("Short"));
            // On a shared machine the fastest pass is the truest figure of the work itself: show it beside the mean.
            AddColumn(StatisticColumn.Min, StatisticColumn.Median);
            AddColumn(new PerRecordColumn(PerRecordColumn.Kind.RecordsPerSecond), new PerRecordColumn(PerRecordColumn.Kind.AllocatedPerRecord));
            WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));
        }
    }

    /// <summary>Records per second and bytes allocated per record, from the mean and the allocations of one pass.</summary>
    internal sealed class PerRecordColumn : IColumn
    {
        private readonly Kind _kind;

        public PerRecordColumn(Kind kind) => _kind = kind;

        public enum Kind
        {
            RecordsPerSecond,
            AllocatedPerRecord,
        }

        public string Id => nameof(PerRecordColumn) + "." + _kind;
        public string ColumnName => _kind == Kind.RecordsPerSecond ? "Records/s" : "Alloc/record";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => (int)_kind;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => _kind == Kind.RecordsPerSecond
            ? "Records processed per second (records in the file / mean time of one pass)"
            : "Bytes allocated on the managed heap per record (allocated per pass / records in the file)";

        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var records = (double)BenchmarkSettings.Records;
            if (report is null) return "?";
            if (_kind == Kind.RecordsPerSecond)
            {
                var meanNs = report.ResultStatistics?.Mean;
                return meanNs is null or 0 ? "?" : (records / (meanNs.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
            }
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return allocated is null ? "?" : (allocated.Value / records).ToString("N0", CultureInfo.InvariantCulture) + " B";
        }

        public override string ToString() => ColumnName;
    }
}
