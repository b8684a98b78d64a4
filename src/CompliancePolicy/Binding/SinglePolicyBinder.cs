using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Binding
{
    /// <summary>
    /// Binds the declarations of one policy in two passes: first what each declaration is (types, signatures,
    /// lifecycle shapes), so its symbol is finished when made; then what each computes, kept beside the symbols.
    /// </summary>
    internal sealed class SinglePolicyBinder
    {
        private readonly string _title;
        private readonly List<SourcedDeclaration> _declarationsWithSource;
        private readonly DiagnosticBag _diagnostics;
        private readonly DiagnosticBag _policyDiagnostics = new DiagnosticBag();
        private readonly PolicyDeclarations _symbols = new PolicyDeclarations();
        private readonly Dictionary<object, HashSet<object>> _dependencies = new Dictionary<object, HashSet<object>>();
        private readonly HashSet<PendingValue> _binding = new HashSet<PendingValue>();
        private readonly ExpressionBinder.SlotCounter _slots = new ExpressionBinder.SlotCounter();
        private readonly ImmutableDictionary<ParameterSymbol, BoundExpression>.Builder _defaults = ImmutableDictionary.CreateBuilder<ParameterSymbol, BoundExpression>();
        private readonly ImmutableDictionary<ValueSymbol, BoundExpression>.Builder _values = ImmutableDictionary.CreateBuilder<ValueSymbol, BoundExpression>();
        private readonly ImmutableDictionary<LookupSymbol, BoundLookupBody>.Builder _lookups = ImmutableDictionary.CreateBuilder<LookupSymbol, BoundLookupBody>();
        private readonly ImmutableDictionary<ClauseSymbol, BoundClauseBody>.Builder _clauses = ImmutableDictionary.CreateBuilder<ClauseSymbol, BoundClauseBody>();
        private readonly ImmutableDictionary<LifecycleSymbol, BoundLifecycleBody>.Builder _lifecycles = ImmutableDictionary.CreateBuilder<LifecycleSymbol, BoundLifecycleBody>();

        public SinglePolicyBinder(string title, List<SourcedDeclaration> declarations, DiagnosticBag diagnostics)
        {
            _title = title;
            _declarationsWithSource = declarations;
            _diagnostics = diagnostics;
        }

        public BoundPolicy Bind()
        {
            var (version, sources) = BindHeader();
            new TypeDeclarationBinder(_symbols, _policyDiagnostics).Bind(_declarationsWithSource, _title);
            BindSchemaPresence();
            DeclareValues();
            foreach (var parameter in _symbols.Parameters) BindDefault(parameter);
            foreach (var lookup in _symbols.Lookups) _lookups.Add(lookup, new LookupBinder(_policyDiagnostics, CreateBinder(lookup, lookup.Source)).Bind(lookup));
            foreach (var let in _symbols.Lets) EnsureBound(let);
            foreach (var lifecycle in _symbols.LifecycleList)
                _lifecycles.Add(lifecycle, new LifecycleBinder(_symbols, _policyDiagnostics, lifecycle.Source).BindBody(lifecycle, CreateBinder(lifecycle, lifecycle.Source)));
            foreach (var clause in _symbols.ClauseList) BindClause(clause);
            foreach (var decision in _symbols.Decisions) EnsureBound(decision);

            var declarations = new BoundDeclarations(
                _symbols.Parameters.ToImmutableArray(),
                _symbols.Lets.Select(l => (LetSymbol)l.Symbol!).ToImmutableArray(),
                _symbols.Lookups.ToImmutableArray(),
                _symbols.ClauseList.ToImmutableArray(),
                _symbols.Decisions.Select(d => (DecisionSymbol)d.Symbol!).ToImmutableArray(),
                _symbols.LifecycleList.ToImmutableArray(),
                _defaults.ToImmutable(),
                _values.ToImmutable(),
                _lookups.ToImmutable(),
                _clauses.ToImmutable(),
                _lifecycles.ToImmutable());
            new DependencyChecker(_symbols, _dependencies, _policyDiagnostics).Check();
            var orderedDurations = new DurationOrderChecker(declarations, _policyDiagnostics).Check();
            new Quality.ContradictionChecker(declarations, _policyDiagnostics).Check();

            _diagnostics.AddRange(_policyDiagnostics);
            return new BoundPolicy(
                _title,
                version,
                sources,
                _declarationsWithSource.Select(d => d.Source.Path).Distinct().ToImmutableArray(),
                _symbols.Schema,
                declarations,
                orderedDurations,
                _slots.Count,
                _policyDiagnostics.HasErrors);
        }

        private (string? Version, ImmutableArray<string> Sources) BindHeader()
        {
            StringLiteralSyntax? version = null;
            SourceText? versionSource = null;
            StringLiteralSyntax? firstSources = null;
            SourceText? sourcesSource = null;
            var sources = ImmutableArray.CreateBuilder<string>();
            foreach (var item in _declarationsWithSource)
            {
                if (!(item.Declaration is PolicyHeaderSyntax header)) continue;
                if (header.Version != null)
                {
                    if (version is null) (version, versionSource) = (header.Version, item.Source);
                    else ReportConflict(item.Source, header.Version, "version", versionSource!, version);
                }
                if (header.Sources.Length > 0)
                {
                    if (firstSources is null)
                    {
                        (firstSources, sourcesSource) = (header.Sources[0], item.Source);
                        sources.AddRange(header.Sources.Select(s => s.Value));
                    }
                    else
                    {
                        ReportConflict(item.Source, header.Sources[0], "sources", sourcesSource!, firstSources);
                    }
                }
            }
            return (version?.Value, sources.ToImmutable());
        }

        private void ReportConflict(SourceText source, StringLiteralSyntax duplicate, string what, SourceText firstSource, StringLiteralSyntax first) =>
            _policyDiagnostics.Report(source, duplicate.Span, DiagnosticMessages.ConflictingPolicyHeader(_title, what, firstSource.GetLocation(first.Span)));

        private void BindSchemaPresence()
        {
            if (_symbols.Schema != null) return;
            var header = _declarationsWithSource.First(d => d.Declaration is PolicyHeaderSyntax);
            _policyDiagnostics.Report(header.Source, ((PolicyHeaderSyntax)header.Declaration).Title.Span, DiagnosticMessages.MissingSchema(_title));
        }

        /// <summary>The first pass: a symbol for every named declaration, with its types (a let's may wait for its value).</summary>
        private void DeclareValues()
        {
            foreach (var item in _declarationsWithSource)
            {
                var source = item.Source;
                switch (item.Declaration)
                {
                    case ParameterDeclarationSyntax parameter:
                        if (!IsNew(parameter.Name, source)) break;
                        var type = new TypeDeclarationBinder(_symbols, _policyDiagnostics).BindType(parameter.Type, source);
                        Add(new ParameterSymbol(parameter, source.GetLocation(parameter.Name.Span), source, _symbols.Parameters.Count, type), _symbols.Parameters);
                        break;
                    case LetDeclarationSyntax let:
                        if (IsNew(let.Name, source))
                            Add(new PendingValue(let.Name, let.Type, let.Value, source, _symbols.Lets.Count, isDecision: false), _symbols.Lets);
                        break;
                    case DecisionDeclarationSyntax decision:
                        if (IsNew(decision.Name, source))
                            Add(new PendingValue(decision.Name, decision.Type, decision.Value, source, _symbols.Decisions.Count, isDecision: true), _symbols.Decisions);
                        break;
                    case TableDeclarationSyntax table:
                        DeclareLookup(table, table.Name, table.KeyType, table.ResultType, source);
                        break;
                    case TiersDeclarationSyntax tiers:
                        DeclareLookup(tiers, tiers.Name, tiers.KeyType, tiers.ResultType, source);
                        break;
                    case ClauseDeclarationSyntax clause:
                        DeclareClause(clause, source);
                        break;
                    case LifecycleDeclarationSyntax lifecycle:
                        if (!IsNew(lifecycle.Name, source)) break;
                        var symbol = new LifecycleBinder(_symbols, _policyDiagnostics, source).Declare(lifecycle, _symbols.LifecycleList.Count);
                        _symbols.Lifecycles.Add(symbol.Name, symbol);
                        Add(symbol, _symbols.LifecycleList);
                        break;
                }
            }
        }

        private void DeclareLookup(DeclarationSyntax syntax, NameSyntax name, TypeSyntax keyType, TypeSyntax resultType, SourceText source)
        {
            if (!IsNew(name, source)) return;
            var types = new TypeDeclarationBinder(_symbols, _policyDiagnostics);
            var lookup = new LookupSymbol(syntax, name.Text, source.GetLocation(name.Span), source, _symbols.Lookups.Count,
                types.BindType(keyType, source), types.BindType(resultType, source));
            Add(lookup, _symbols.Lookups);
        }

        private void Add<T>(T declaration, List<T> list)
            where T : class
        {
            _symbols.Values.Add(PolicyDeclarations.Describe(declaration).Name, declaration);
            list.Add(declaration);
        }

        /// <summary>False, after reporting it, when the name is taken by another declaration, a type, the schema or <c>as_of</c>.</summary>
        private bool IsNew(NameSyntax name, SourceText source)
        {
            if (_symbols.Values.TryGetValue(name.Text, out var existing))
            {
                _policyDiagnostics.Report(source, name.Span, DiagnosticMessages.DuplicateDeclaration(name.Text, PolicyDeclarations.Describe(existing).Location));
                return false;
            }
            if (_symbols.Schema?.Find(name.Text) != null || _symbols.Types.ContainsKey(name.Text) || name.Text == "as_of")
            {
                var message = _symbols.TypeLocations.TryGetValue(name.Text, out var type) ? DiagnosticMessages.DuplicateDeclaration(name.Text, type)
                    : DiagnosticMessages.NameTaken(name.Text, name.Text == "as_of" ? "the built-in evaluation date" : "the schema " + _symbols.Schema!.Name);
                _policyDiagnostics.Report(source, name.Span, message);
                return false;
            }
            return true;
        }

        private void DeclareClause(ClauseDeclarationSyntax syntax, SourceText source)
        {
            if (_symbols.Clauses.TryGetValue(syntax.Id.Text, out var existing))
            {
                _policyDiagnostics.Report(source, syntax.Id.Span, DiagnosticMessages.DuplicateClauseId(syntax.Id.Text, existing.Location));
                return;
            }
            var clause = new ClauseSymbol(syntax, source.GetLocation(syntax.Id.Span), source, _symbols.ClauseList.Count);
            _symbols.Clauses.Add(clause.Id, clause);
            _symbols.ClauseList.Add(clause);
            if (syntax.Citations.Length == 0)
                _policyDiagnostics.Report(source, syntax.Id.Span, DiagnosticMessages.MissingCitation(clause.Id));
        }

        /// <summary>A binder for the expressions of one declaration; what they refer to becomes the declaration's dependencies.</summary>
        private ExpressionBinder CreateBinder(object owner, SourceText source, bool constantOnly = false)
        {
            var binder = new ExpressionBinder(_symbols, _policyDiagnostics, source, EnsureBound, _slots, constantOnly);
            _dependencies[owner] = binder.Dependencies;
            return binder;
        }

        /// <summary>Binds a let or decision on first use, so that names may be used before they are declared; null inside a cycle.</summary>
        private ValueSymbol? EnsureBound(PendingValue pending)
        {
            if (pending.Symbol != null) return pending.Symbol;
            // Reported once, by the dependency checker, with the whole cycle.
            if (!_binding.Add(pending)) return null;

            var binder = CreateBinder(pending, pending.Source);
            var value = binder.Bind(pending.ValueSyntax);
            var type = value.Type;
            if (pending.TypeSyntax != null)
            {
                type = new TypeDeclarationBinder(_symbols, _policyDiagnostics).BindType(pending.TypeSyntax, pending.Source);
                value = binder.Convert(value, type);
            }
            ValueSymbol symbol = pending.IsDecision
                ? new DecisionSymbol(pending.Name, pending.Location, pending.Source, pending.Index, type)
                : new LetSymbol(pending.Name, pending.Location, pending.Source, pending.Index, type);
            _values.Add(symbol, value);
            _binding.Remove(pending);
            pending.Symbol = symbol;
            return symbol;
        }

        private void BindDefault(ParameterSymbol parameter)
        {
            var binder = CreateBinder(parameter, parameter.Source, constantOnly: true);
            _defaults.Add(parameter, binder.BindExpecting(parameter.Syntax.Default, parameter.Type));
        }

        /// <summary>
        /// Binds a clause's parts in the order they are evaluated, each with what the parts before prove present: the
        /// requirement and message are read only when the clause applies; an exception only when the requirement
        /// failed and no exception before it held.
        /// </summary>
        private void BindClause(ClauseSymbol clause)
        {
            var binder = CreateBinder(clause, clause.Source);
            var syntax = clause.Syntax;
            var appliesWhen = syntax.AppliesWhen is null ? null : binder.BindExpecting(syntax.AppliesWhen, TypeSymbol.Bool);
            var applies = appliesWhen is null ? ImmutableHashSet<string>.Empty : binder.WhenTrue(appliesWhen);
            var requirement = binder.WithPresent(applies, () => binder.BindExpecting(syntax.Requirement, TypeSymbol.Bool));
            var exceptions = ImmutableArray.CreateBuilder<BoundExpression>(syntax.Exceptions.Length);
            var excused = applies.Union(binder.WhenFalse(requirement));
            foreach (var exceptionSyntax in syntax.Exceptions)
            {
                var exception = binder.WithPresent(excused, () => binder.BindExpecting(exceptionSyntax, TypeSymbol.Bool));
                exceptions.Add(exception);
                excused = excused.Union(binder.WhenFalse(exception));
            }
            var message = syntax.Message is null ? null : binder.WithPresent(applies, () => binder.BindInterpolatedString(syntax.Message));
            _clauses.Add(clause, new BoundClauseBody(appliesWhen, requirement, exceptions.MoveToImmutable(), message));
        }
    }
}
