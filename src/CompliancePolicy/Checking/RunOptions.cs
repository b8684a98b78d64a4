using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// What a run is asked to do, decided once by the host and passed down to every step: the as-of date, the
    /// parameter overrides, the fail-on level, whether a run that checks no record may pass, and who runs it.
    /// </summary>
    public sealed class RunOptions
    {
        /// <param name="asOf">The evaluation date; a run never reads the clock.</param>
        /// <param name="parameterOverrides"><c>NAME=VALUE</c> overrides in the order given, each name at most once
        /// (check user input with <see cref="ParameterOverrides.FindRepeated"/> first).</param>
        /// <param name="failOn">The lowest severity whose failure fails the run; null for <c>never</c>.</param>
        /// <param name="allowEmpty">A run that checks no record passes instead of being an input error.</param>
        /// <param name="toolName">The tool named in reports.</param>
        /// <param name="toolVersion">Its version, named in reports.</param>
        /// <param name="jobs">How many threads read and evaluate records; null for one per processor. The output is the same for any number.</param>
        public RunOptions(
            CalendarDate asOf,
            IReadOnlyList<KeyValuePair<string, string>>? parameterOverrides = null,
            Severity? failOn = Severity.Blocker,
            bool allowEmpty = false,
            string toolName = "CompliancePolicy",
            string? toolVersion = null,
            int? jobs = null)
        {
            if (jobs < 1) throw new ArgumentOutOfRangeException(nameof(jobs), jobs, "At least one job reads and evaluates the records.");
            var overrides = parameterOverrides ?? Array.Empty<KeyValuePair<string, string>>();
            if (Checking.ParameterOverrides.FindRepeated(overrides) is { } repeated)
                throw new ArgumentException("Each parameter can be overridden once: " + repeated, nameof(parameterOverrides));
            AsOf = asOf;
            ParameterOverrides = overrides.ToArray();
            FailOn = failOn;
            AllowEmpty = allowEmpty;
            ToolName = toolName ?? throw new ArgumentNullException(nameof(toolName));
            ToolVersion = toolVersion ?? LibraryVersion;
            Jobs = jobs ?? Environment.ProcessorCount;
        }

        /// <summary>The evaluation date; with the same inputs it reproduces the run.</summary>
        public CalendarDate AsOf { get; }

        /// <summary>The <c>NAME=VALUE</c> overrides as given, in order; each name once.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> ParameterOverrides { get; }

        /// <summary>The lowest severity whose failure makes a record non-compliant; null for <c>never</c>.</summary>
        public Severity? FailOn { get; }

        /// <summary>A run that checks no record passes; without it, checking nothing is an input error (CP3003).</summary>
        public bool AllowEmpty { get; }

        /// <summary>How many threads read and evaluate records (at least 1); reports are the same byte for byte for any number.</summary>
        public int Jobs { get; }

        public string ToolName { get; }
        public string ToolVersion { get; }

        /// <summary>The version of this library, without build metadata: what reports name when the host gives none.</summary>
        public static string LibraryVersion { get; } = ReadLibraryVersion();

        private static string ReadLibraryVersion()
        {
            var assembly = typeof(RunOptions).Assembly;
            var informational = (System.Reflection.AssemblyInformationalVersionAttribute?)Attribute.GetCustomAttribute(
                assembly, typeof(System.Reflection.AssemblyInformationalVersionAttribute));
            var version = informational?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "0.0.0";
            var plus = version.IndexOf('+');
            return plus >= 0 ? version.Substring(0, plus) : version;
        }
    }
}
