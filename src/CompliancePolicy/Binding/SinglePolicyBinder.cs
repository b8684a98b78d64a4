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
    /// <summary>Binds the declarations of one policy, in dependency order: types, then values, then clauses.</summary>
    internal sealed class SinglePolicyBinder
    {
        private readonly string _title;
        private readonly List<SourcedDeclaration> _declarationsWithSource;
        private readonly DiagnosticBag _diagnostics;
        private readonly DiagnosticBag _policyDiagnostics = new DiagnosticBag();
        private readonly PolicyDeclarations _symbols = new PolicyDeclarations();
        private readonly Dictionary<object, HashSet<object>> _dependencies = new Dictionary<object, HashSet<object>>();
        private readonly HashSet<ValueSymbol> _binding = new HashSet<ValueSymbol>();
        private readonly HashSet<ValueSymbol> _bound = new HashSet<ValueSymbol>();
        private readonly ExpressionBinder.SlotCounter _slots = new ExpressionBinder.SlotCounter();

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
            foreach (var lookup in _symbols.Lookups) LookupBinder.BindSignature(lookup, _symbols, _policyDiagnostics, lookup.Source);
            foreach (var parameter in _symbols.Parameters) EnsureBound(parameter);
            foreach (var lookup in _symbols.Lookups) BindLookup(lookup);
            foreach (var let in _symbols.Lets) EnsureBound(let);
            foreach (var lifecycle in _symbols.LifecycleList) new LifecycleBinder(_symbols, _policyDiagnostics, CreateBinder(lifecycle)).Bind(lifecycle);
            foreach (var clause in _symbols.ClauseList) BindClause(clause);
            foreach (var decision in _symbols.Decisions) EnsureBound(decision);
            new DependencyChecker(_symbols, _dependencies, _policyDiagnostics).Check();
            new Quality.ContradictionChecker(_symbols, _policyDiagnostics).Check();

            _diagnostics.AddRange(_policyDiagnostics);
            return new BoundPolicy(
                _title,
                version,
                sources,
                _declarationsWithSource.Select(d => d.Source.Path).Distinct().ToImmutableArray(),
                _symbols.Schema,
                _symbols.Parameters.ToImmutableArray(),
                _symbols.Lets.ToImmutableArray(),
                _symbols.Lookups.ToImmutableArray(),
                _symbols.ClauseList.ToImmutableArray(),
                _symbols.Decisions.ToImmutableArray(),
                _symbols.LifecycleList.ToImmutableArray(),
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
            _policyDiagnostics.Report(DiagnosticRules.ConflictingPolicyHeader, source, duplicate.Span, _title, what, firstSource.GetLocation(first.Span));

        private void BindSchemaPresence()
        {
            if (_symbols.Schema != null) return;
            var header = _declarationsWithSource.First(d => d.Declaration is PolicyHeaderSyntax);
            _policyDiagnostics.Report(DiagnosticRules.MissingSchema, header.Source, ((PolicyHeaderSyntax)header.Declaration).Title.Span, _title);
        }

        private void DeclareValues()
        {
            foreach (var item in _declarationsWithSource)
            {
                var source = item.Source;
                switch (item.Declaration)
                {
                    case ParameterDeclarationSyntax parameter:
                        Declare(new ParameterSymbol(parameter.Name.Text, source.GetLocation(parameter.Name.Span), _symbols.Parameters.Count, parameter),
                            parameter.Name, source, s => _symbols.Parameters.Add(s));
                        break;
                    case LetDeclarationSyntax let:
                        Declare(new LetSymbol(let.Name.Text, source.GetLocation(let.Name.Span), _symbols.Lets.Count, let), let.Name, source, s => _symbols.Lets.Add(s));
                        break;
                    case DecisionDeclarationSyntax decision:
                        Declare(new DecisionSymbol(decision.Name.Text, source.GetLocation(decision.Name.Span), _symbols.Decisions.Count, decision),
                            decision.Name, source, s => _symbols.Decisions.Add(s));
                        break;
                    case TableDeclarationSyntax table:
                        Declare(new LookupSymbol(table.Name.Text, source.GetLocation(table.Name.Span), false, table), table.Name, source, AddLookup);
                        break;
                    case TiersDeclarationSyntax tiers:
                        Declare(new LookupSymbol(tiers.Name.Text, source.GetLocation(tiers.Name.Span), true, tiers), tiers.Name, source, AddLookup);
                        break;
                    case ClauseDeclarationSyntax clause:
                        DeclareClause(clause, source);
                        break;
                    case LifecycleDeclarationSyntax lifecycle:
                        Declare(new LifecycleSymbol(lifecycle, source.GetLocation(lifecycle.Name.Span), _symbols.LifecycleList.Count), lifecycle.Name, source, AddLifecycle);
                        break;
                }
            }
        }

        private void AddLifecycle(LifecycleSymbol lifecycle)
        {
            _symbols.Lifecycles.Add(lifecycle.Name, lifecycle);
            _symbols.LifecycleList.Add(lifecycle);
        }

        private void AddLookup(LookupSymbol lookup)
        {
            lookup.Index = _symbols.Lookups.Count;
            _symbols.Lookups.Add(lookup);
        }

        private void Declare<T>(T symbol, NameSyntax name, SourceText source, Action<T> add)
            where T : DeclarationSymbol
        {
            symbol.Source = source;
            if (_symbols.Values.TryGetValue(name.Text, out var existing))
            {
                _policyDiagnostics.Report(DiagnosticRules.DuplicateDeclaration, source, name.Span, name.Text, existing.Location);
                return;
            }
            if (_symbols.Schema?.Find(name.Text) != null || _symbols.Types.ContainsKey(name.Text) || name.Text == "as_of")
            {
                var where = _symbols.Types.ContainsKey(name.Text) ? _symbols.TypeLocations[name.Text].ToString()
                    : name.Text == "as_of" ? "the built-in evaluation date" : "the schema " + _symbols.Schema!.Name;
                _policyDiagnostics.Report(DiagnosticRules.DuplicateDeclaration, source, name.Span, name.Text, where);
                return;
            }
            _symbols.Values.Add(name.Text, symbol);
            add(symbol);
        }

        private void DeclareClause(ClauseDeclarationSyntax syntax, SourceText source)
        {
            var clause = new ClauseSymbol(syntax, source.GetLocation(syntax.Id.Span), _symbols.ClauseList.Count);
            if (_symbols.Clauses.TryGetValue(clause.Id, out var existing))
            {
                _policyDiagnostics.Report(DiagnosticRules.DuplicateClauseId, source, syntax.Id.Span, clause.Id, existing.Location);
                return;
            }
            clause.Source = source;
            _symbols.Clauses.Add(clause.Id, clause);
            _symbols.ClauseList.Add(clause);
            if (syntax.Citations.Length == 0)
                _policyDiagnostics.Report(DiagnosticRules.MissingCitation, source, syntax.Id.Span, clause.Id);
        }

        private ExpressionBinder CreateBinder(object owner, bool constantOnly = false)
        {
            var source = ((DeclarationSymbol)owner).Source;
            var binder = new ExpressionBinder(_symbols, _policyDiagnostics, source, EnsureBound, _slots, constantOnly);
            _dependencies[owner] = binder.Dependencies;
            return binder;
        }

        /// <summary>Binds a parameter, let or decision on first use, so that names may be used before they are declared.</summary>
        private TypeSymbol EnsureBound(ValueSymbol symbol)
        {
            if (_bound.Contains(symbol)) return symbol.Type;
            if (!_binding.Add(symbol))
            {
                // Reported once, by the dependency checker, with the whole cycle.
                return TypeSymbol.Error;
            }

            switch (symbol)
            {
                case ParameterSymbol parameter: BindParameter(parameter); break;
                case LetSymbol let: BindComputed(let, let.Syntax.Type, let.Syntax.Value, v => let.Value = v); break;
                case DecisionSymbol decision: BindComputed(decision, decision.Syntax.Type, decision.Syntax.Value, v => decision.Value = v); break;
            }
            _binding.Remove(symbol);
            _bound.Add(symbol);
            return symbol.Type;
        }

        private void BindParameter(ParameterSymbol parameter)
        {
            var syntax = parameter.Syntax;
            var types = new TypeDeclarationBinder(_symbols, _policyDiagnostics);
            parameter.Type = types.BindType(syntax.Type, parameter.Source);
            var binder = CreateBinder(parameter, constantOnly: true);
            parameter.DefaultValue = binder.BindExpecting(syntax.Default, parameter.Type);
        }

        private void BindComputed(ValueSymbol symbol, TypeSyntax? declaredType, ExpressionSyntax value, Action<BoundExpression> store)
        {
            var binder = CreateBinder(symbol);
            var bound = binder.Bind(value);
            if (declaredType != null)
            {
                var type = new TypeDeclarationBinder(_symbols, _policyDiagnostics).BindType(declaredType, symbol.Source);
                bound = binder.Convert(bound, type);
                symbol.Type = type;
            }
            else
            {
                symbol.Type = bound.Type;
            }
            store(bound);
        }

        private void BindLookup(LookupSymbol lookup) =>
            new LookupBinder(_symbols, _policyDiagnostics, lookup.Source, CreateBinder(lookup)).Bind(lookup);

        private void BindClause(ClauseSymbol clause)
        {
            var binder = CreateBinder(clause);
            var syntax = clause.Syntax;
            if (syntax.AppliesWhen != null) clause.AppliesWhen = binder.BindExpecting(syntax.AppliesWhen, TypeSymbol.Bool);
            clause.Requirement = binder.BindExpecting(syntax.Requirement, TypeSymbol.Bool);
            clause.Exceptions = syntax.Exceptions.Select(e => binder.BindExpecting(e, TypeSymbol.Bool)).ToImmutableArray();
            if (syntax.Message != null) clause.Message = binder.BindInterpolatedString(syntax.Message);
        }
    }
}
