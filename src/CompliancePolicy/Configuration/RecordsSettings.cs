using System;
using System.Collections.Generic;
using CompliancePolicy.Values;

namespace CompliancePolicy.Configuration
{
    /// <summary>
    /// The <c>records</c> section of compliance.json: the record files the editor's "Evaluate" code lens runs a policy
    /// against, the date to evaluate as of, and parameter overrides (also shown in the editor's hovers).
    /// </summary>
    internal sealed class RecordsSettings
    {
        internal RecordsSettings(IReadOnlyList<string> files, CalendarDate? asOf, IReadOnlyDictionary<string, string> parameters)
        {
            Files = files;
            AsOf = asOf;
            Parameters = parameters;
        }

        /// <summary>No section: no records named, no date, no overrides.</summary>
        public static RecordsSettings None { get; } = new RecordsSettings(Array.Empty<string>(), null, new Dictionary<string, string>());

        /// <summary>The record files (JSON or JSON Lines), as full paths: the section names them relative to its file.</summary>
        public IReadOnlyList<string> Files { get; }

        /// <summary>The date to evaluate as of; null means today.</summary>
        public CalendarDate? AsOf { get; }

        /// <summary>Parameter overrides by name, as text, as <c>--param NAME=VALUE</c> takes them.</summary>
        public IReadOnlyDictionary<string, string> Parameters { get; }
    }
}
