using System;
using System.Threading;
using System.Threading.Tasks;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Server;
using StreamJsonRpc;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary>One LSP method: knows its name and how to register itself on a session's connection.</summary>
    internal interface ILspHandler
    {
        string Method { get; }
        void Register(ServerSession session);
    }

    /// <summary>What a request sees: the documents as they were when it arrived, and the session.</summary>
    internal sealed class RequestContext
    {
        public RequestContext(DocumentStore store, ServerSession session)
        {
            Store = store;
            Session = session;
        }

        public DocumentStore Store { get; }
        public ServerSession Session { get; }

        /// <summary>A document of the workspace and the analysis of its policy, or null for a URI the server does not know.</summary>
        public (PolicyDocument Document, PolicyAnalysis Analysis)? Find(string uri)
        {
            var path = DocumentUris.ToPath(uri);
            var document = Store.Workspace.Find(path);
            var analysis = Store.Workspace.AnalysisOf(path);
            return document is null || analysis is null ? ((PolicyDocument, PolicyAnalysis)?)null : (document, analysis);
        }
    }

    /// <summary>
    /// A request that only reads the documents. It is refused before <c>initialize</c> (-32002) and after <c>shutdown</c>,
    /// and answered on a snapshot taken on arrival, off the dispatching thread; <c>$/cancelRequest</c> cancels its token.
    /// </summary>
    internal abstract class RequestHandler<TParams, TResult> : ILspHandler
        where TResult : class
    {
        public abstract string Method { get; }

        public abstract TResult? Handle(TParams request, RequestContext context, CancellationToken cancellationToken);

        public void Register(ServerSession session) =>
            Rpc.Add(session, Method, new Func<TParams, CancellationToken, Task<TResult?>>((request, cancellationToken) =>
            {
                session.EnsureAcceptsRequests();
                return session.Queue.ReadAsync((store, token) =>
                {
                    var result = Handle(request, new RequestContext(store, session), token);
                    // A cancel that arrived while the answer was computed still wins: the client no longer wants it.
                    token.ThrowIfCancellationRequested();
                    return result;
                }, cancellationToken);
            }));
    }

    /// <summary>A notification that changes the documents: applied at once, in order; dropped before <c>initialize</c>.</summary>
    internal abstract class NotificationHandler<TParams> : ILspHandler
    {
        public abstract string Method { get; }

        public abstract void Handle(TParams notification, ServerSession session);

        public void Register(ServerSession session) =>
            Rpc.Add(session, Method, new Action<TParams>(notification =>
            {
                if (session.State == SessionState.Initialized) Handle(notification, session);
            }));
    }

    /// <summary>How every method is registered.</summary>
    internal static class Rpc
    {
        /// <summary>A params object is one argument, not named arguments (vs-streamjsonrpc 985).</summary>
        public static void Add(ServerSession session, string method, Delegate handler) =>
            session.Rpc.AddLocalRpcMethod(handler.Method, handler.Target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });
    }
}
