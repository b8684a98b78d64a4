using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Records;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// Reads one record file against every policy of a run and does the work of each record (evaluating it, projecting
    /// its lifecycles) on several threads, handing the results back in file order on the calling thread, so the output
    /// of a run is the same whatever the number of threads.
    /// </summary>
    /// <remarks>
    /// <para>With one job everything happens on the calling thread, record after record: the reference behaviour.</para>
    /// <para>With more, a producer thread cuts a JSON Lines file into pieces of whole records (<see cref="FileChunks"/>),
    /// and the workers read and evaluate the pieces. A piece is read by a reader of its own that starts at the piece's
    /// offset, line and record, which reads exactly as the reader of the whole file does as long as every record of the
    /// piece is well-formed JSON: a broken record's report depends on what follows it (where the reader can resume), so a
    /// piece holding one is not trusted. From the first such piece on, the file is read in one stream by the producer,
    /// which hands batches of records to the workers; so does a file that is not a sequence of objects (an array of
    /// records), or one that cannot be cut. Memory stays flat: at most <see cref="Capacity"/> pieces or batches are in
    /// flight, and results wait for their turn only as long as an earlier piece is being worked on.</para>
    /// </remarks>
    internal sealed class RecordPipeline<T>
    {
        private const int BatchSize = 256;

        private readonly IReadOnlyList<Policy> _policies;
        private readonly int _jobs;
        private readonly int _chunkSize;
        private readonly Func<RecordReadResult[], PieceBytes, T> _work;
        private readonly object _gate = new object();
        private readonly Dictionary<long, Item> _done = new Dictionary<long, Item>();
        private readonly BlockingCollection<Item> _queue = new BlockingCollection<Item>();
        private readonly List<Item> _retained = new List<Item>();

        /// <summary>The bytes of consumed pieces, kept for the next pieces (under their own lock): a piece's buffer has grown to
        /// a piece's size once, so the next piece need not grow one again from 4 KB through the shared pool. (It did not
        /// change the gen2 collections of two jobs: those came from the records in flight; see <see cref="Capacity"/>.)</summary>
        private readonly Stack<PieceBytes> _spareBytes = new Stack<PieceBytes>();
        private long _produced;
        private long _consumedThrough;
        private int _consumedRecords;
        private int _inFlight;
        private bool _producerFinished;
        private bool _readToEnd;
        private bool _aborted;
        private Exception? _producerFailure;
        private long? _restartAt;
        private int _restartIndex;
        private long? _restartLastVoid;

        /// <summary><paramref name="work"/> is done on any thread, record after record of a piece, and may write what it
        /// formats into the piece's bytes; the consumer reads them back, in the same order, from the bytes it is given.</summary>
        public RecordPipeline(IReadOnlyList<Policy> policies, int jobs, int chunkSize, Func<RecordReadResult[], PieceBytes, T> work)
        {
            _policies = policies;
            _jobs = Math.Max(1, jobs);
            _chunkSize = chunkSize;
            _work = work;
        }

        /// <summary>
        /// How many pieces or batches may be in flight. Few, because the records in flight outlive gen0: with
        /// <c>8 x jobs + 2</c>, 1M records in JSON Lines with two jobs took 128 gen2 collections against 35 now, and 8 to
        /// 10% more time. Enough that a thread the scheduler leaves waiting on a busy machine does not stall the others:
        /// with <c>jobs + 2</c> two jobs once ran 1.6 times slower than one at a load average of 20; with this, at a load
        /// of 18, no slower than with 18 in flight (docs/performance.md).
        /// </summary>
        private int Capacity => 2 * _jobs + 1;

        /// <summary>
        /// Works through the source and calls <paramref name="consume"/> with each result, the amount to add to the
        /// record's index (pieces number their records from 0) and the bytes of its piece. Returns false when cancellation stopped the reading before
        /// the end; the records read by then are still worked on and consumed.
        /// </summary>
        public bool Run(RecordSource source, Action<T, int, PieceBytes> consume, CancellationToken cancellationToken)
        {
            if (_jobs == 1) return RunInline(source, consume, cancellationToken);
            using var wake = cancellationToken.Register(() => Signal(() => { }));
            var producer = new Thread(() => Produce(source, cancellationToken)) { IsBackground = true, Name = "records: read" };
            var workers = Enumerable.Range(0, _jobs).Select(i => new Thread(Work) { IsBackground = true, Name = "records: work " + i }).ToArray();
            producer.Start();
            foreach (var worker in workers) worker.Start();
            try
            {
                Consume(consume);
            }
            finally
            {
                Signal(() => _aborted = true);
                producer.Join();
                foreach (var worker in workers) worker.Join();
                lock (_spareBytes)
                {
                    while (_spareBytes.Count > 0) _spareBytes.Pop().Dispose();
                }
            }
            if (_producerFailure != null) ExceptionDispatchInfo.Capture(_producerFailure).Throw();
            return _readToEnd;
        }

        private bool RunInline(RecordSource source, Action<T, int, PieceBytes> consume, CancellationToken cancellationToken)
        {
            var readers = source.ReadAll(_policies).Select(r => r.GetEnumerator()).ToArray();
            var bytes = new PieceBytes();
            try
            {
                var results = new RecordReadResult[readers.Length];
                while (true)
                {
                    if (cancellationToken.IsCancellationRequested) return false;
                    if (!RecordFileReading.NextInStep(readers, results)) return true;
                    consume(_work(results, bytes), 0, bytes);
                    bytes.Clear();
                }
            }
            finally
            {
                foreach (var reader in readers) reader.Dispose();
                bytes.Dispose();
            }
        }

        private void Consume(Action<T, int, PieceBytes> consume)
        {
            long next = 0;
            var records = 0;
            while (true)
            {
                Item? item = null;
                lock (_gate)
                {
                    while (!_aborted)
                    {
                        DropVoid(next);
                        if (_done.TryGetValue(next, out item))
                        {
                            _done.Remove(next);
                            break;
                        }
                        if (_producerFinished && next >= _produced) break;
                        Monitor.Wait(_gate);
                    }
                }
                if (item is null) return;
                if (item.Failure != null) ExceptionDispatchInfo.Capture(item.Failure).Throw();
                if (!item.Clean)
                {
                    // From this piece on, the producer reads the file in one stream; the pieces it had cut are void.
                    GiveBack(item.Bytes);
                    var last = Restart(next, records);
                    Release(next, records, null);
                    next = last + 1;
                    continue;
                }
                var offset = item.Chunk is null ? 0 : records;
                foreach (var result in item.Results!) consume(result, offset, item.Bytes);
                GiveBack(item.Bytes);
                records += item.Results!.Length;
                Release(next, records, item.Chunk);
                next++;
            }
        }

        /// <summary>Drops the pieces made void by a restart as they come back (their bytes are the producer's now).</summary>
        private void DropVoid(long next)
        {
            var dropped = false;
            foreach (var seq in _done.Keys.Where(s => s < next).ToArray())
            {
                GiveBack(_done[seq].Bytes);
                _done.Remove(seq);
                _inFlight--;
                dropped = true;
            }
            if (dropped) Monitor.PulseAll(_gate);
        }

        private long Restart(long at, int records)
        {
            lock (_gate)
            {
                _restartAt = at;
                _restartIndex = records;
                Monitor.PulseAll(_gate);
                while (_restartLastVoid is null && !_producerFinished) Monitor.Wait(_gate);
                return _restartLastVoid ?? _produced - 1;
            }
        }

        /// <summary>A buffer for the next piece's bytes: one given back, or a new one.</summary>
        private PieceBytes TakeBytes()
        {
            lock (_spareBytes) return _spareBytes.Count > 0 ? _spareBytes.Pop() : new PieceBytes();
        }

        /// <summary>Keeps a consumed piece's buffer for a later piece; no more than the pieces that can be in flight.</summary>
        private void GiveBack(PieceBytes bytes)
        {
            bytes.Clear();
            lock (_spareBytes)
            {
                if (_spareBytes.Count < Capacity)
                {
                    _spareBytes.Push(bytes);
                    return;
                }
            }
            bytes.Dispose();
        }

        private void Release(long seq, int records, FileChunk? chunk)
        {
            if (chunk != null) ArrayPool<byte>.Shared.Return(chunk.Bytes);
            Signal(() =>
            {
                _inFlight--;
                _consumedThrough = seq + 1;
                _consumedRecords = records;
            });
        }

        private void Signal(Action change)
        {
            lock (_gate)
            {
                change();
                Monitor.PulseAll(_gate);
            }
        }

        private void Work()
        {
            foreach (var item in _queue.GetConsumingEnumerable())
            {
                try
                {
                    item.Results = item.Chunk is null ? item.Batch!.Select(r => _work(r, item.Bytes)).ToArray() : ReadPiece(item);
                }
                catch (Exception e)
                {
                    item.Failure = e;
                }
                Signal(() => _done.Add(item.Seq, item));
            }
        }

        private T[] ReadPiece(Item item)
        {
            var chunk = item.Chunk!;
            var readers = _policies.Select(p => chunk.Read(item.Path, p.Schema).GetEnumerator()).ToArray();
            try
            {
                var output = new List<T>();
                var results = new RecordReadResult[readers.Length];
                while (RecordFileReading.NextInStep(readers, results))
                {
                    if (!ReadsAsInWholeFile(results[0]))
                    {
                        item.Clean = false;
                        return Array.Empty<T>();
                    }
                    output.Add(_work(results, item.Bytes));
                }
                return output.ToArray();
            }
            finally
            {
                foreach (var reader in readers) reader.Dispose();
            }
        }

        /// <summary>Only a broken record (malformed JSON, a failed read) is reported differently at the end of a piece than in the whole file.</summary>
        private static bool ReadsAsInWholeFile(RecordReadResult result)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                if (diagnostic.Rule == DiagnosticRules.MalformedJson || diagnostic.Rule == DiagnosticRules.RecordFileUnreadable) return false;
            }
            return true;
        }

        private void Produce(RecordSource source, CancellationToken cancellationToken)
        {
            try
            {
                if (source.Stream is null)
                {
                    _readToEnd = ProduceBatches(source.Path, source.ReadAll(_policies), cancellationToken);
                    return;
                }
                using var chunks = new FileChunks(source.Stream, _chunkSize);
                while (!cancellationToken.IsCancellationRequested)
                {
                    if (!WaitForSlot(cancellationToken)) break;
                    if (RestartRequested(chunks, source, cancellationToken)) return;
                    var chunk = chunks.Next(out var readInOneStream);
                    if (chunk != null)
                    {
                        var item = new Item(_produced, source.Path, chunk, null, TakeBytes());
                        var consumed = Volatile.Read(ref _consumedThrough);
                        _retained.RemoveAll(i => i.Seq < consumed);
                        _retained.Add(item);
                        Emit(item);
                        continue;
                    }
                    // The pieces cut so far may still turn out broken: the rest is read in one stream only once they are all read.
                    if (WaitUntilAllConsumed() && RestartRequested(chunks, source, cancellationToken)) return;
                    if (!readInOneStream)
                    {
                        _readToEnd = true;
                        return;
                    }
                    var start = new RecordPosition(chunks.Offset, chunks.Line, _consumedRecords);
                    _readToEnd = ProduceBatches(source.Path, source.ReadFrom(_policies, chunks.Rest(), start), cancellationToken);
                    return;
                }
                // Cancelled: a piece found broken now is not read again.
                WaitUntilAllConsumed();
                Signal(() => _restartLastVoid = _produced - 1);
            }
            catch (Exception e)
            {
                _producerFailure = e;
            }
            finally
            {
                _queue.CompleteAdding();
                Signal(() => _producerFinished = true);
            }
        }

        /// <summary>Waits until every piece handed out has been consumed; true when the consumer asked for a restart instead.</summary>
        private bool WaitUntilAllConsumed()
        {
            lock (_gate)
            {
                while (_consumedThrough < _produced && _restartAt is null && !_aborted) Monitor.Wait(_gate);
                return _restartAt != null;
            }
        }

        private bool RestartRequested(FileChunks chunks, RecordSource source, CancellationToken cancellationToken)
        {
            long at;
            int index;
            lock (_gate)
            {
                if (_restartAt is null) return false;
                at = _restartAt.Value;
                index = _restartIndex;
            }
            var first = _retained.First(i => i.Seq == at).Chunk!;
            var segments = _retained.Where(i => i.Seq >= at).Select(i => i.Chunk!.Segment).ToArray();
            var rest = new ConcatenatedStream(segments, chunks.Rest());
            Signal(() => _restartLastVoid = _produced - 1);
            var start = new RecordPosition(first.Offset, first.Line, index);
            _readToEnd = !cancellationToken.IsCancellationRequested && ProduceBatches(source.Path, source.ReadFrom(_policies, rest, start), cancellationToken);
            return true;
        }

        private bool ProduceBatches(string path, IReadOnlyList<IEnumerable<RecordReadResult>> readings, CancellationToken cancellationToken)
        {
            var readers = readings.Select(r => r.GetEnumerator()).ToArray();
            try
            {
                while (true)
                {
                    var batch = new List<RecordReadResult[]>(BatchSize);
                    while (batch.Count < BatchSize && !cancellationToken.IsCancellationRequested)
                    {
                        var results = new RecordReadResult[readers.Length];
                        if (!RecordFileReading.NextInStep(readers, results)) break;
                        batch.Add(results);
                    }
                    if (batch.Count > 0)
                    {
                        if (!WaitForSlot(CancellationToken.None)) return false;
                        Emit(new Item(_produced, path, null, batch.ToArray(), TakeBytes()));
                    }
                    if (cancellationToken.IsCancellationRequested) return false;
                    if (batch.Count < BatchSize) return true;
                }
            }
            finally
            {
                foreach (var reader in readers) reader.Dispose();
            }
        }

        /// <summary>Waits for room in the pipeline; false when the run is cancelled or aborted first.</summary>
        private bool WaitForSlot(CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                while (_inFlight >= Capacity && _restartAt is null && !_aborted && !cancellationToken.IsCancellationRequested) Monitor.Wait(_gate);
                return !_aborted && !cancellationToken.IsCancellationRequested;
            }
        }

        private void Emit(Item item)
        {
            // No pulse: more pieces in flight is nothing any waiter waits for (the consumer waits for a piece done, the
            // producer for room), and waking the consumer for every piece cut was a context switch per piece.
            lock (_gate)
            {
                _produced++;
                _inFlight++;
            }
            _queue.Add(item);
        }

        /// <summary>A piece of the file to read and work on, or a batch of records read already; then its results.</summary>
        private sealed class Item
        {
            public Item(long seq, string path, FileChunk? chunk, RecordReadResult[][]? batch, PieceBytes bytes)
            {
                Bytes = bytes;
                Seq = seq;
                Path = path;
                Chunk = chunk;
                Batch = batch;
            }

            public long Seq { get; }
            public string Path { get; }
            public FileChunk? Chunk { get; }
            public RecordReadResult[][]? Batch { get; }
            public bool IsBatch => Batch != null;
            public T[]? Results { get; set; }
            public bool Clean { get; set; } = true;

            /// <summary>What the work wrote for the piece's records, given back for another piece once they are consumed.</summary>
            public PieceBytes Bytes { get; }
            public Exception? Failure { get; set; }
        }
    }
}
