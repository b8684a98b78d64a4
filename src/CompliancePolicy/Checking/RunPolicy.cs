using CompliancePolicy.Evaluation;

namespace CompliancePolicy.Checking
{
    /// <summary>A policy as a run evaluates it: the compiled policy and its parameter values (defaults with the run's overrides).</summary>
    internal sealed class RunPolicy
    {
        public RunPolicy(Policy policy, ParameterValues parameters)
        {
            Policy = policy;
            Parameters = parameters;
        }

        public Policy Policy { get; }
        public ParameterValues Parameters { get; }
    }
}
