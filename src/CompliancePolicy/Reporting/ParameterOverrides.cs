using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// Applies <c>NAME=VALUE</c> overrides to the policies of a run: each override goes to every policy that declares
    /// the parameter; a name that no policy declares, or a value that does not fit, is reported and not applied.
    /// </summary>
    public static class ParameterOverrides
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

        /// <summary>The parameter values for each policy, in the order given, with every refused override reported.</summary>
        public static IReadOnlyList<PolicyInfo> Apply(IReadOnlyList<Policy> policies, IReadOnlyList<KeyValuePair<string, string>> overrides, out IReadOnlyList<Diagnostic> diagnostics)
        {
            var problems = new List<Diagnostic>();
            var bag = new DiagnosticBag();
            foreach (var pair in overrides)
            {
                if (policies.Count == 0 || policies.Any(p => p.Parameters.Any(x => x.Name == pair.Key))) continue;
                var names = string.Join("', '", policies.Select(p => p.Name).Distinct());
                var suggestion = Suggestions.DidYouMean(pair.Key, policies.SelectMany(p => p.Parameters).Select(p => p.Name));
                bag.Report(DiagnosticRules.UnknownParameter, null, names, pair.Key, suggestion);
            }
            problems.AddRange(bag);

            var infos = new List<PolicyInfo>();
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
                infos.Add(new PolicyInfo(policy, values));
            }
            diagnostics = problems;
            return infos;
        }
    }
}
