using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CompliancePolicy.Reporting;
using CompliancePolicy.Values;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// Holds the items of a <c>compliance due</c> run until they can be written in date order, in flat memory: items are
    /// kept per day, in the order they came (the file order), as compact bytes; when those pass a few megabytes, every
    /// day's bytes go to a temporary file as a block of that day, which is deleted when the spool is.
    /// </summary>
    internal sealed class DueSpool : IDisposable
    {
        private const int MaxPendingBytes = 8 * 1024 * 1024;
        private static readonly CalendarDate DayZero = new CalendarDate(1, 1, 1);

        private readonly SortedDictionary<int, Day> _days = new SortedDictionary<int, Day>();
        private FileStream? _file;
        private long _pending;

        public int Count { get; private set; }

        public void Add(DueItem item)
        {
            if (!_days.TryGetValue(item.Date.DayNumber, out var day)) _days.Add(item.Date.DayNumber, day = new Day());
            var before = day.Pending.Length;
            Write(day.Writer, item);
            _pending += day.Pending.Length - before;
            Count++;
            if (_pending > MaxPendingBytes) Spill();
        }

        /// <summary>Every item, earliest day first; items of one day in the order they were added.</summary>
        public IEnumerable<DueItem> InDateOrder()
        {
            foreach (var day in _days.Values)
            {
                foreach (var (offset, length) in day.Blocks)
                {
                    var block = new byte[length];
                    _file!.Seek(offset, SeekOrigin.Begin);
                    var read = 0;
                    while (read < length) read += _file.Read(block, read, length - read);
                    foreach (var item in ReadAll(block)) yield return item;
                }
                day.Writer.Flush();
                foreach (var item in ReadAll(day.Pending.ToArray())) yield return item;
            }
        }

        public void Dispose() => _file?.Dispose();

        private void Spill()
        {
            _file ??= new FileStream(Path.Combine(Path.GetTempPath(), "compliance-due-" + Guid.NewGuid().ToString("N") + ".tmp"),
                FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            _file.Seek(0, SeekOrigin.End);
            foreach (var day in _days.Values)
            {
                day.Writer.Flush();
                if (day.Pending.Length == 0) continue;
                day.Blocks.Add((_file.Position, (int)day.Pending.Length));
                day.Pending.WriteTo(_file);
                day.Pending.SetLength(0);
            }
            _pending = 0;
        }

        private static IEnumerable<DueItem> ReadAll(byte[] bytes)
        {
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            while (reader.BaseStream.Position < bytes.Length) yield return Read(reader);
        }

        private static void Write(BinaryWriter w, DueItem item)
        {
            w.Write(item.Date.DayNumber);
            w.Write((byte)item.Kind);
            w.Write(item.RecordId);
            w.Write(item.File);
            w.Write(item.Line);
            w.Write(item.Policy);
            w.Write(item.Lifecycle);
            Text(w, item.State);
            Date(w, item.Since);
            Text(w, item.Id);
            Text(w, item.Title);
            Text(w, item.From);
            Text(w, item.Enters);
            Date(w, item.LastDay);
            Text(w, item.MeasuredFrom);
            w.Write(item.Citations.Count);
            foreach (var citation in item.Citations) w.Write(citation);
            w.Write(item.Overdue);
            Text(w, item.Message);
        }

        private static DueItem Read(BinaryReader r)
        {
            var date = DayZero.AddDays(r.ReadInt32());
            var kind = (DueKind)r.ReadByte();
            var recordId = r.ReadString();
            var file = r.ReadString();
            var line = r.ReadInt32();
            var policy = r.ReadString();
            var lifecycle = r.ReadString();
            var state = Text(r);
            var since = Date(r);
            var id = Text(r);
            var title = Text(r);
            var from = Text(r);
            var enters = Text(r);
            var lastDay = Date(r);
            var measuredFrom = Text(r);
            var citations = new string[r.ReadInt32()];
            for (var i = 0; i < citations.Length; i++) citations[i] = r.ReadString();
            var overdue = r.ReadBoolean();
            var message = Text(r);
            return new DueItem(date, kind, recordId, file, line, policy, lifecycle, state, since, id, title, from, enters, lastDay, measuredFrom, citations, overdue, message);
        }

        private static void Text(BinaryWriter w, string? text)
        {
            w.Write(text != null);
            if (text != null) w.Write(text);
        }

        private static string? Text(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

        private static void Date(BinaryWriter w, CalendarDate? date) => w.Write(date?.DayNumber ?? -1);

        private static CalendarDate? Date(BinaryReader r)
        {
            var day = r.ReadInt32();
            return day < 0 ? null : DayZero.AddDays(day);
        }

        /// <summary>One day's items: blocks in the temporary file, then the bytes not yet spilled.</summary>
        private sealed class Day
        {
            public Day() => Writer = new BinaryWriter(Pending, Encoding.UTF8, leaveOpen: true);

            public MemoryStream Pending { get; } = new MemoryStream();
            public BinaryWriter Writer { get; }
            public List<(long Offset, int Length)> Blocks { get; } = new List<(long, int)>();
        }
    }
}
