using System;
using System.Threading;
using System.Threading.Tasks;

namespace CompliancePolicy.LanguageServer.Server
{
    /// <summary>
    /// Keeps messages in order. JSON-RPC dispatches each message in arrival order, but a handler keeps that order only
    /// until its first <c>await</c>. So changes (open, change, close) are applied at once on the dispatching thread, and a
    /// request takes the store as it is when it arrives, then works on that snapshot elsewhere: it sees every edit sent
    /// before it and none sent after.
    /// </summary>
    internal sealed class RequestQueue
    {
        private readonly object _gate = new object();
        private DocumentStore _store = DocumentStore.Empty;

        /// <summary>Raised after every change, outside the lock.</summary>
        public event Action? Changed;

        public DocumentStore Current
        {
            get
            {
                lock (_gate) return _store;
            }
        }

        /// <summary>Applies a change now, before any later message is dispatched.</summary>
        public void Mutate(Func<DocumentStore, DocumentStore> change)
        {
            lock (_gate) _store = change(_store);
            Changed?.Invoke();
        }

        /// <summary>Runs a read on the store as it is now, off the dispatching thread.</summary>
        public Task<T> ReadAsync<T>(Func<DocumentStore, CancellationToken, T> read, CancellationToken cancellationToken)
        {
            var snapshot = Current;
            return Task.Run(() => read(snapshot, cancellationToken), cancellationToken);
        }
    }
}
