using System;
using System.Linq;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;
using StreamJsonRpc;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary>Formatting shared by the whole-document and range requests.</summary>
    internal static class FormattingEdits
    {
        /// <summary>The edits, or an error naming the first syntax error when the file does not parse (the file is left as it is).</summary>
        public static TextEdit[]? Compute(RequestContext context, string uri, LspRange? range)
        {
            if (!(context.Find(uri) is var (document, _))) return null;
            var source = document.Source;
            FormattingChanges changes;
            try
            {
                changes = FormattingChanges.Compute(source, range is null ? (Text.TextSpan?)null : Positions.ToSpan(source, range));
            }
            catch (InvalidOperationException e)
            {
                throw new LocalRpcException(e.Message) { ErrorCode = RequestFailed };
            }
            if (changes.Errors.FirstOrDefault(d => d.IsError) is { } error)
                throw new LocalRpcException($"The file was not formatted: {error}") { ErrorCode = RequestFailed };
            return changes.Changes.Select(c => Conversions.ToLsp(c, source)).ToArray();
        }

        /// <summary>The protocol's error for a request that was valid but could not be carried out.</summary>
        public const int RequestFailed = -32803;
    }
}
