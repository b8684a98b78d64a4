using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy
{
    /// <summary>
    /// A compiled policy: immutable and thread-safe. Evaluate it against as many records as you like;
    /// each evaluation is deterministic for a record, an as-of date and a set of parameter values.
    /// </summary>
    public sealed class Policy
    {
        private readonly BoundPolicy _bound;

        // Compiled on first evaluation: hosts that only check policies (the analyzers, `compliance lint`) never
        // evaluate one, and compiling costs them the JIT of the whole evaluator in every fresh process.
        private readonly Lazy<PolicyProgram> _program;
        private readonly Lazy<ParameterValues> _defaultParameters;

        internal Policy(BoundPolicy bound)
        {
            _bound = bound;
            _program = new Lazy<PolicyProgram>(() => PolicyProgram.Compile(bound));
            _defaultParameters = new Lazy<ParameterValues>(() =>
                new ParameterValues(bound.Parameters, _program.Value.DefaultParameters, Array.Empty<string>()));
        }

        public string Name => _bound.Title;
        public string? Version => _bound.Version;

        /// <summary>The source documents the policy encodes, as its header lists them.</summary>
        public ImmutableArray<string> Sources => _bound.Sources;

        /// <summary>The paths of the files the policy was compiled from.</summary>
        public ImmutableArray<string> Files => _bound.Files;

        /// <summary>The record type this policy evaluates.</summary>
        public RecordType Schema => _bound.Schema!;

        public ImmutableArray<ParameterSymbol> Parameters => _bound.Parameters;
        public ImmutableArray<ClauseSymbol> Clauses => _bound.Clauses;
        public ImmutableArray<DecisionSymbol> Decisions => _bound.Decisions;
        public ImmutableArray<LifecycleSymbol> Lifecycles => _bound.Lifecycles;
        public ParameterValues DefaultParameters => _defaultParameters.Value;

        /// <summary>
        /// The defaults with some parameters overridden from text (<c>cure_period=45 days</c>). Unknown names and
        /// values that do not fit a parameter's type are reported, and those overrides are not applied.
        /// </summary>
        public ParameterValues WithParameters(IEnumerable<KeyValuePair<string, string>> overrides, out IReadOnlyList<Diagnostic> diagnostics)
        {
            var bag = new DiagnosticBag();
            var values = (object?[])_program.Value.DefaultParameters.Clone();
            var overridden = new List<string>();
            foreach (var pair in overrides)
            {
                var parameter = Parameters.FirstOrDefault(p => p.Name == pair.Key);
                if (parameter is null)
                {
                    bag.Report(DiagnosticMessages.UnknownParameter(Name, Suggestions.For(pair.Key, Parameters.Select(p => p.Name))));
                    continue;
                }
                var parsed = ParameterParser.TryParse(parameter.Type, pair.Value, out var value, out var problem);
                if (parsed && _bound.RefusedOverride(parameter, value) is { } refused) (parsed, problem) = (false, refused);
                if (!parsed)
                {
                    bag.Report(DiagnosticMessages.InvalidParameterValue(parameter.Name, parameter.Type.Describe(), DisplayText.Shorten(pair.Value), problem));
                    continue;
                }
                values[parameter.Index] = value;
                overridden.Add(parameter.Name);
            }
            diagnostics = bag.ToSortedList();
            return new ParameterValues(Parameters, values, overridden);
        }

        /// <summary>Evaluates every clause and decision for one record as of a date. Never throws for data problems:
        /// a clause that cannot be evaluated has the outcome <see cref="ClauseOutcome.Error"/>.</summary>
        public RecordEvaluation Evaluate(RecordValue record, CalendarDate asOf, ParameterValues? parameters = null)
        {
            if (record is null) throw new ArgumentNullException(nameof(record));
            if (record.Type != Schema) throw new ArgumentException($"The record is a {record.Type.Name}, but policy '{Name}' evaluates {Schema.Name} records.", nameof(record));
            parameters ??= DefaultParameters;
            if (!ReferenceEquals(parameters.Parameters, DefaultParameters.Parameters) && !parameters.Parameters.SequenceEqual(Parameters))
                throw new ArgumentException("The parameter values belong to another policy.", nameof(parameters));
            var frame = new Frame(_program.Value, record, asOf, parameters.Values);
            return new RecordEvaluation(this, frame, parameters);
        }

        public override string ToString() => Version is null ? Name : $"{Name} {Version}";
    }
}
