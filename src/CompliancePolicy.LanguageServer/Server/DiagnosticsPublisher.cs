using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CompliancePolicy.LanguageServer.Protocol;

namespace CompliancePolicy.LanguageServer.Server
{
    /// <summary>
    /// Publishes the diagnostics of the open documents while the user types: each change restarts a short delay, so a
    /// burst of keystrokes is analysed once, after the last. A document's diagnostics are sent again only when they
    /// change; a closed document's are cleared.
    /// </summary>
    internal sealed class DiagnosticsPublisher
    {
        private readonly ServerSession _session;
        private readonly object _gate = new object();
        private readonly SemaphoreSlim _publishing = new SemaphoreSlim(1, 1);
        private readonly Dictionary<string, string> _published = new Dictionary<string, string>(StringComparer.Ordinal);
        private CancellationTokenSource? _pending;
        private Task _latest = Task.CompletedTask;

        public DiagnosticsPublisher(ServerSession session) => _session = session;

        /// <summary>Raised after a round of publishing, with the URIs whose diagnostics were sent (for tests and benchmarks).</summary>
        public event Action<IReadOnlyList<string>>? Published;

        /// <summary>The last scheduled round; completes when it has published (or was superseded).</summary>
        public Task Latest
        {
            get
            {
                lock (_gate) return _latest;
            }
        }

        public void Schedule()
        {
            CancellationToken token;
            lock (_gate)
            {
                _pending?.Cancel();
                _pending = new CancellationTokenSource();
                token = _pending.Token;
                _latest = Task.Run(() => PublishAfterDelayAsync(token));
            }
        }

        private async Task PublishAfterDelayAsync(CancellationToken token)
        {
            try
            {
                await Task.Delay(_session.Options.DiagnosticsDelay, token).ConfigureAwait(false);
                await _publishing.WaitAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                var store = _session.Queue.Current;
                var sent = new List<string>();
                foreach (var document in store.Open.Values)
                {
                    if (token.IsCancellationRequested) return;
                    var diagnostics = DiagnosticsOf(store, document, token);
                    if (diagnostics is null) return;
                    await SendIfChangedAsync(document.Uri, document.Version, diagnostics, sent).ConfigureAwait(false);
                }
                foreach (var closed in _published.Keys.Where(uri => !store.Open.ContainsKey(uri)).ToArray())
                {
                    _published.Remove(closed);
                    await SendAsync(closed, null, Array.Empty<LspDiagnostic>()).ConfigureAwait(false);
                    sent.Add(closed);
                }
                Published?.Invoke(sent);
            }
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                _session.Log($"Diagnostics could not be computed: {e.Message}", type: 1);
            }
            finally
            {
                _publishing.Release();
            }
        }

        /// <summary>The library's diagnostics of a document (null when cancelled on the way).</summary>
        private IReadOnlyList<LspDiagnostic>? DiagnosticsOf(DocumentStore store, OpenDocument document, CancellationToken token)
        {
            var analysis = store.Workspace.AnalysisOf(document.Path);
            if (analysis is null || token.IsCancellationRequested) return null;
            var notes = store.NotesIn(document.Path).Select(Conversions.ToLsp);
            return analysis.DiagnosticsIn(document.Path).Select(Conversions.ToLsp).Concat(notes).ToArray();
        }

        private async Task SendIfChangedAsync(string uri, int version, IReadOnlyList<LspDiagnostic> diagnostics, List<string> sent)
        {
            var payload = JsonSerializer.Serialize(diagnostics, ProtocolJson.Options);
            if (_published.TryGetValue(uri, out var previous) && previous == payload) return;
            _published[uri] = payload;
            await SendAsync(uri, version, diagnostics).ConfigureAwait(false);
            sent.Add(uri);
        }

        private Task SendAsync(string uri, int? version, IReadOnlyList<LspDiagnostic> diagnostics) =>
            _session.Rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, version, diagnostics));
    }
}
