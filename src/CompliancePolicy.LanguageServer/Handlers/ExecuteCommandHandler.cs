using System;
using System.IO;
using System.Threading;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;
using CompliancePolicy.Values;
using StreamJsonRpc;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary>
    /// <c>workspace/executeCommand</c> for the code lenses: runs the policy's tests or evaluates its records, shows the
    /// results as information diagnostics on each clause and lifecycle (and in their hovers), and answers with the summary,
    /// which it also shows as a message.
    /// </summary>
    internal sealed class ExecuteCommandHandler : RequestHandler<ExecuteCommandParams, string>
    {
        public override string Method => "workspace/executeCommand";

        public override string? Handle(ExecuteCommandParams request, RequestContext context, CancellationToken cancellationToken)
        {
            var uri = request.Arguments is { Length: > 0 } arguments && arguments[0].ValueKind == System.Text.Json.JsonValueKind.String ? arguments[0].GetString()! : null;
            if (uri is null || !(context.Find(uri) is var (document, analysis)))
                throw new LocalRpcException($"'{request.Command}' needs the URI of an open policy document as its first argument.") { ErrorCode = FormattingEdits.RequestFailed };
            var folder = context.Session.RootPath ?? Path.GetDirectoryName(document.Path) ?? ".";
            var outcome = request.Command switch
            {
                Capabilities.RunTestsCommand => LensRunner.RunTests(analysis, folder, cancellationToken),
                Capabilities.EvaluateCommand => LensRunner.Evaluate(analysis, context.Store.Workspace.RecordsFor(document.Path), CalendarDate.FromDateTime(DateTime.Now), cancellationToken),
                _ => throw new LocalRpcException($"Unknown command '{request.Command}'.") { ErrorCode = ServerSession.InvalidRequest },
            };
            var source = request.Command == Capabilities.RunTestsCommand ? LensRunner.TestsSource : LensRunner.EvaluateSource;
            context.Session.Queue.Mutate(store => store.WithNotes(source, outcome.Notes));
            _ = context.Session.Rpc.NotifyWithParameterObjectAsync("window/showMessage", new ShowMessageParams(3, outcome.Summary));
            return outcome.Summary;
        }
    }
}
