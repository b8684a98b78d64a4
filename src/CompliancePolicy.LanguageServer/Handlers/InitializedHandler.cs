using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>initialized</c>: the client has read the capabilities; nothing more to do.</summary>
    internal sealed class InitializedHandler : NotificationHandler<object>
    {
        public override string Method => "initialized";

        public override void Handle(object notification, ServerSession session)
        {
        }
    }
}
