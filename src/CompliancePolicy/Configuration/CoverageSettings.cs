using System.Collections.Generic;
using CompliancePolicy.Text;

namespace CompliancePolicy.Configuration
{
    /// <summary>
    /// The <c>coverage</c> section of compliance.json: the rule index the policies under it are measured against, and
    /// the rules of that index they deliberately do not encode, each with its reason (<c>compliance coverage</c>).
    /// </summary>
    internal sealed class CoverageSettings
    {
        internal CoverageSettings(string? indexPath, string? indexText, SourceLocation? indexLocation, IReadOnlyList<NotEncodedRule> notEncoded)
        {
            IndexPath = indexPath;
            IndexText = indexText;
            IndexLocation = indexLocation;
            NotEncoded = notEncoded;
        }

        /// <summary>No coverage section.</summary>
        public static CoverageSettings None { get; } = new CoverageSettings(null, null, null, new NotEncodedRule[0]);

        /// <summary>The rule index's path (the settings file's folder joined with the path written), or null when none is named.</summary>
        public string? IndexPath { get; }

        /// <summary>The index's path as written in the settings file.</summary>
        public string? IndexText { get; }

        /// <summary>Where the path is written, for reporting an index that cannot be used.</summary>
        public SourceLocation? IndexLocation { get; }

        /// <summary>The rules declared not encoded, in the order written.</summary>
        public IReadOnlyList<NotEncodedRule> NotEncoded { get; }
    }

    /// <summary>One rule a project declares it does not encode (<c>"RD-2.6": "why"</c>), with where the declaration is written.</summary>
    internal sealed class NotEncodedRule
    {
        internal NotEncodedRule(string ruleId, string reason, SourceLocation location)
        {
            RuleId = ruleId;
            Reason = reason;
            Location = location;
        }

        public string RuleId { get; }

        public string Reason { get; }

        /// <summary>The rule ID as written (the property name).</summary>
        public SourceLocation Location { get; }
    }
}
