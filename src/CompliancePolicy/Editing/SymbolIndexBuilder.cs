using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>
    /// Finds every name of a policy's files and what it refers to. It follows the binder's rules of scope (loop variables,
    /// then <c>as_of</c>, then declarations, then schema fields, then types) but works from the syntax, so it still answers
    /// inside a declaration whose types are wrong.
    /// </summary>
    internal sealed partial class SymbolIndexBuilder
    {
        private readonly DeclarationTable _table = new DeclarationTable();
        private readonly List<SymbolOccurrence> _occurrences = new List<SymbolOccurrence>();
        private readonly HashSet<EditorSymbol> _inferring = new HashSet<EditorSymbol>();
        private readonly List<VariableScope> _scopes = new List<VariableScope>();
        private readonly Dictionary<(string Path, int Start), MemberTarget> _memberTargets = new Dictionary<(string, int), MemberTarget>();
        private readonly Dictionary<(string Path, int Start), ExpressionSyntax> _lookupArguments = new Dictionary<(string, int), ExpressionSyntax>();
        private SourceText _source = null!;

        /// <summary>
        /// Indexes the files. With a focus, only the declaration at that place is visited (the declarations are all
        /// known): what completion needs, at a fraction of the cost, while the user types.
        /// </summary>
        public static SymbolIndex Build(IReadOnlyList<PolicyFileSyntax> files, (string Path, int Offset)? focus = null)
        {
            var builder = new SymbolIndexBuilder();
            foreach (var file in files)
            {
                builder._source = file.Source;
                foreach (var declaration in file.Declarations) builder.Declare(declaration);
            }
            foreach (var file in files)
            {
                builder._source = file.Source;
                foreach (var declaration in file.Declarations)
                {
                    if (focus is null || (focus.Value.Path == file.Source.Path && declaration.Span.Start <= focus.Value.Offset && focus.Value.Offset <= declaration.Span.End))
                        builder.Visit(declaration);
                }
            }
            builder._occurrences.AddRange(builder._table.Declarations);
            // Types are inferred lazily while visiting; settle them all now, so the finished index is only read (from any thread).
            foreach (var occurrence in builder._occurrences) _ = occurrence.Symbol.Type;
            foreach (var scope in builder._scopes) _ = scope.Variable.Type;
            return new SymbolIndex(builder._table, builder._occurrences, builder._scopes, builder._memberTargets, builder._lookupArguments);
        }

        private EditorSymbol Symbol(EditorSymbolKind kind, NameSyntax name, string? container, SyntaxNode syntax, System.Func<EditorType?>? type = null) =>
            new EditorSymbol(kind, name.Text, container, _source, name, syntax, type);

        private void Declare(DeclarationSyntax declaration)
        {
            switch (declaration)
            {
                case PolicyHeaderSyntax _:
                    break;
                case EnumDeclarationSyntax @enum:
                    _table.AddType(_source, Symbol(EditorSymbolKind.Enum, @enum.Name, null, @enum));
                    foreach (var member in @enum.Members)
                        _table.AddMember(_source, Symbol(EditorSymbolKind.EnumMember, member, @enum.Name.Text, member, () => new EditorType(@enum.Name.Text)));
                    break;
                case RecordDeclarationSyntax record:
                    _table.AddType(_source, Symbol(record.IsSchema ? EditorSymbolKind.Schema : EditorSymbolKind.Record, record.Name, null, record));
                    DeclareFields(record.Name.Text, record.Fields);
                    break;
                case EventDeclarationSyntax @event:
                    _table.AddType(_source, Symbol(EditorSymbolKind.Event, @event.Name, null, @event));
                    DeclareFields(@event.Name.Text, @event.Fields);
                    break;
                case ParameterDeclarationSyntax parameter:
                    var parameterType = EditorType.FromSyntax(parameter.Type);
                    _table.AddValue(_source, Symbol(EditorSymbolKind.Parameter, parameter.Name, null, parameter, () => parameterType));
                    break;
                case LetDeclarationSyntax let:
                    DeclareComputed(EditorSymbolKind.Let, let, let.Name, let.Type, let.Value);
                    break;
                case DecisionDeclarationSyntax decision:
                    DeclareComputed(EditorSymbolKind.Decision, decision, decision.Name, decision.Type, decision.Value);
                    break;
                case TableDeclarationSyntax table:
                    DeclareLookup(EditorSymbolKind.Table, table, table.Name, table.KeyName, table.KeyType, table.ResultType);
                    break;
                case TiersDeclarationSyntax tiers:
                    DeclareLookup(EditorSymbolKind.Tiers, tiers, tiers.Name, tiers.KeyName, tiers.KeyType, tiers.ResultType);
                    break;
                case ClauseDeclarationSyntax clause:
                    _table.AddClause(_source, Symbol(EditorSymbolKind.Clause, clause.Id, null, clause, () => EditorType.Bool));
                    break;
                case LifecycleDeclarationSyntax lifecycle:
                    DeclareLifecycle(lifecycle);
                    break;
                default:
                    throw new System.InvalidOperationException($"Unexpected declaration {declaration.GetType().Name}");
            }
        }

        private void DeclareFields(string container, ImmutableArray<FieldSyntax> fields)
        {
            foreach (var field in fields)
            {
                var type = EditorType.FromSyntax(field.Type);
                _table.AddMember(_source, Symbol(EditorSymbolKind.Field, field.Name, container, field, () => type));
            }
        }

        private void DeclareComputed(EditorSymbolKind kind, DeclarationSyntax syntax, NameSyntax name, TypeSyntax? declared, ExpressionSyntax value)
        {
            EditorSymbol symbol = null!;
            symbol = Symbol(kind, name, null, syntax, () => declared is null ? InferValue(symbol, value) : EditorType.FromSyntax(declared));
            _table.AddValue(_source, symbol);
        }

        private EditorType? InferValue(EditorSymbol symbol, ExpressionSyntax value)
        {
            _inferring.Add(symbol);
            try
            {
                return TypeOf(value, Scope.Empty);
            }
            finally
            {
                _inferring.Remove(symbol);
            }
        }

        private void DeclareLookup(EditorSymbolKind kind, DeclarationSyntax syntax, NameSyntax name, NameSyntax keyName, TypeSyntax keyType, TypeSyntax resultType)
        {
            var result = EditorType.FromSyntax(resultType);
            _table.AddValue(_source, Symbol(kind, name, null, syntax, () => result));
            var key = EditorType.FromSyntax(keyType);
            _table.AddMember(_source, Symbol(EditorSymbolKind.LookupKey, keyName, name.Text, syntax, () => key));
        }

        private void DeclareLifecycle(LifecycleDeclarationSyntax lifecycle)
        {
            var name = lifecycle.Name.Text;
            _table.AddValue(_source, Symbol(EditorSymbolKind.Lifecycle, lifecycle.Name, null, lifecycle));
            var stateType = new EditorType(name);
            foreach (var state in lifecycle.States) _table.AddMember(_source, Symbol(EditorSymbolKind.State, state.Name, name, state, () => stateType));
            foreach (var transition in lifecycle.Transitions) _table.AddMember(_source, Symbol(EditorSymbolKind.Transition, transition.Id, name, transition));
            foreach (var deadline in lifecycle.Deadlines) _table.AddMember(_source, Symbol(EditorSymbolKind.Deadline, deadline.Id, name, deadline));
        }

        private void Reference(TextSpan span, EditorSymbol? symbol)
        {
            if (symbol != null) _occurrences.Add(new SymbolOccurrence(_source, span, symbol, isDeclaration: false));
        }

        private void Reference(NameSyntax name, EditorSymbol? symbol) => Reference(name.Span, symbol);

        /// <summary>Remembers where a variable is visible, for completion.</summary>
        private Scope Visible(Scope scope, string name, EditorSymbol variable, SyntaxNode? region)
        {
            if (region != null) _scopes.Add(new VariableScope(_source.Path, region.Span, variable));
            return scope.With(name, variable);
        }
    }
}
