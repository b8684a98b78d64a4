using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// Reads <c>NAME=VALUE</c> overrides and applies them to the policies of a run: each override goes to every policy
    /// that declares the parameter; a name that no policy declares, or a value that does not fit, is reported and not applied.
    /// </summary>
    internal static class ParameterOverrides
    {
        /// <summary>Splits <c>NAME=VALUE</c> at the first '='; false when there is no '=' or no name.</summary>
        public static bool TryParse(string text, out KeyValuePair<string, string> pair)
        {
            var equals = text.IndexOf('=');
            pair = default;
            if (equals <= 0) return false;
            var name = text.Substring(0, equals).Trim();
            if (name.Length == 0) return false;
            pair = new KeyValuePair<string, string>(name, text.Substring(equals + 1));
            return true;
        }

        /// <summary>
        /// The first name given more than once, said with both values ("'grace' is given twice: '3 months' and '4 months'");
        /// null when every name is given once. A gate that silently kept one of two values would decide on a value the
        /// user may not have meant.
        /// </summary>
        public static string? FindRepeated(IReadOnlyList<KeyValuePair<string, string>> overrides)
        {
            var seen = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var pair in overrides)
            {
                if (seen.TryGetValue(pair.Key, out var first))
                    return $"'{pair.Key}' is given twice: '{first}' and '{pair.Value}'; give each parameter once";
                seen.Add(pair.Key, pair.Value);
            }
            return null;
        }

        /// <summary>Each policy with the values a run evaluates it with, in the order given, and every refused override.</summary>
        public static IReadOnlyList<RunPolicy> Apply(IReadOnlyList<Policy> policies, IReadOnlyList<KeyValuePair<string, string>> overrides, out IReadOnlyList<Diagnostic> diagnostics)
        {
            var problems = new List<Diagnostic>();
            var bag = new DiagnosticBag();
            foreach (var pair in overrides)
            {
                if (policies.Count == 0 || policies.Any(p => p.Parameters.Any(x => x.Name == pair.Key))) continue;
                var names = string.Join("', '", policies.Select(p => p.Name).Distinct());
                var suggestion = Suggestions.For(pair.Key, policies.SelectMany(p => p.Parameters).Select(p => p.Name));
                bag.Report(DiagnosticMessages.UnknownParameter(names, suggestion));
            }
            problems.AddRange(bag);

            var runPolicies = new List<RunPolicy>();
            foreach (var policy in policies)
            {
                var own = overrides.Where(pair => policy.Parameters.Any(p => p.Name == pair.Key)).ToArray();
                var values = policy.DefaultParameters;
                if (own.Length > 0)
                {
                    values = policy.WithParameters(own, out var refused);
                    // The same refused value is reported once even when several policies declare the parameter.
                    foreach (var diagnostic in refused)
                    {
                        if (!problems.Any(d => d.ToString() == diagnostic.ToString())) problems.Add(diagnostic);
                    }
                }
                runPolicies.Add(new RunPolicy(policy, values));
            }
            diagnostics = problems;
            return runPolicies;
        }
    }
}
