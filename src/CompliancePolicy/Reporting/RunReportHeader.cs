using System.Collections.Generic;
using CompliancePolicy.Values;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// What the top of a <c>check</c> or <c>due</c> report says about the run in the same words: the tool, the as-of
    /// date, the parameter overrides, the policies and the policy files by content. Each verb's header adds its own terms.
    /// </summary>
    internal abstract class RunReportHeader
    {
        protected RunReportHeader(string toolName, string toolVersion, CalendarDate asOf,
            IReadOnlyList<KeyValuePair<string, string>> parameterOverrides, IReadOnlyList<PolicyInfo> policies, IReadOnlyList<InputFile> policyFiles)
        {
            ToolName = toolName;
            ToolVersion = toolVersion;
            AsOf = asOf;
            ParameterOverrides = parameterOverrides;
            Policies = policies;
            PolicyFiles = policyFiles;
        }

        public string ToolName { get; }
        public string ToolVersion { get; }

        /// <summary>The evaluation date; with the same inputs it reproduces the run.</summary>
        public CalendarDate AsOf { get; }

        /// <summary>The <c>NAME=VALUE</c> overrides as given, in order.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> ParameterOverrides { get; }

        /// <summary>The policies evaluated; empty when the policies or the overrides had errors and nothing was evaluated.</summary>
        public IReadOnlyList<PolicyInfo> Policies { get; }

        /// <summary>Every policy file read, with its SHA-256 (also when it did not compile).</summary>
        public IReadOnlyList<InputFile> PolicyFiles { get; }
    }
}
