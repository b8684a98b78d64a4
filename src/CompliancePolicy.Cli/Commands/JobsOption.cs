using System;
using System.CommandLine;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary><c>--jobs N</c>, shared by the verbs that read whole record files (<c>check</c>, <c>due</c>).</summary>
    internal static class JobsOption
    {
        public static Option<int?> Create()
        {
            var option = new Option<int?>("--jobs", "-j")
            {
                HelpName = "N",
                Description = $"How many threads read and evaluate records (default: one per processor, {Environment.ProcessorCount} here). " +
                    "The report is the same byte for byte for any N; --jobs 1 reads and writes record after record.",
            };
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int?>() is { } jobs && jobs < 1) result.AddError($"--jobs: {jobs} is not a number of threads; give 1 or more.");
            });
            return option;
        }
    }
}
