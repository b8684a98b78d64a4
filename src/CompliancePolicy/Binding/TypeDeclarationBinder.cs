using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Binding
{
    /// <summary>Declares enums and record types (records may refer to each other), then resolves their field types.</summary>
    internal sealed class TypeDeclarationBinder
    {
        private readonly PolicyDeclarations _symbols;
        private readonly DiagnosticBag _diagnostics;

        public TypeDeclarationBinder(PolicyDeclarations symbols, DiagnosticBag diagnostics)
        {
            _symbols = symbols;
            _diagnostics = diagnostics;
        }

        /// <summary>Declares and binds every enum and record type; <paramref name="policyTitle"/> names the policy in messages.</summary>
        public void Bind(IReadOnlyList<SourcedDeclaration> declarations, string policyTitle)
        {
            var records = new List<(RecordType Type, RecordDeclarationSyntax Syntax, SourceText Source)>();
            var events = new List<RecordType>();
            foreach (var item in declarations)
            {
                switch (item.Declaration)
                {
                    case EventDeclarationSyntax eventSyntax:
                        var eventType = new RecordType(eventSyntax.Name.Text, isSchema: false,
                            _ => EventFields.Concat(BindFields(eventSyntax.Name, eventSyntax.Fields, EventFields.Select(f => f.Name), item.Source)), isEvent: true);
                        if (DeclareType(eventType, eventSyntax.Name, item.Source)) events.Add(eventType);
                        break;
                    case EnumDeclarationSyntax enumSyntax:
                        DeclareEnum(enumSyntax, item.Source);
                        break;
                    case RecordDeclarationSyntax recordSyntax:
                        var record = new RecordType(recordSyntax.Name.Text, recordSyntax.IsSchema,
                            _ => BindFields(recordSyntax.Name, recordSyntax.Fields, Enumerable.Empty<string>(), item.Source), recordSyntax.Key?.Text);
                        if (DeclareType(record, recordSyntax.Name, item.Source)) records.Add((record, recordSyntax, item.Source));
                        break;
                }
            }

            // Every type is declared now, so field types can be bound: each type's fields are made here, in order.
            _symbols.History = new HistoryType(events);
            foreach (var eventType in events) _ = eventType.Fields;
            foreach (var (type, syntax, source) in records)
            {
                _ = type.Fields;
                if (!syntax.IsSchema) continue;
                if (_symbols.Schema != null)
                {
                    _diagnostics.Report(source, syntax.Name.Span, DiagnosticMessages.DuplicateSchema(policyTitle, _symbols.Schema.Name));
                    continue;
                }
                _symbols.Schema = type;
                CheckKey(type, syntax, source);
            }
        }

        /// <summary>The fields every event has before its own.</summary>
        private static readonly (string Name, TypeSymbol Type)[] EventFields = { ("type", TypeSymbol.Text), ("date", TypeSymbol.Date) };

        public TypeSymbol BindType(TypeSyntax syntax, SourceText source)
        {
            switch (syntax)
            {
                case OptionalTypeSyntax optional:
                    var inner = BindType(optional.Inner, source);
                    return inner == TypeSymbol.Error ? inner : new OptionalType(inner.NonOptional);
                case ListTypeSyntax list:
                    var element = BindType(list.Element, source);
                    return element == TypeSymbol.Error ? element : new ListType(element);
                default:
                    var name = ((NamedTypeSyntax)syntax).Name;
                    var builtIn = TypeSymbol.BuiltIns.FirstOrDefault(t => t.Name == name.Text);
                    if (builtIn != null) return builtIn;
                    if (name.Text == "history" && _symbols.History != null) return _symbols.History;
                    if (_symbols.Types.TryGetValue(name.Text, out var declared)) return declared;
                    _diagnostics.Report(source, name.Span, DiagnosticMessages.UnknownType(Suggestions.For(name.Text, _symbols.TypeNames)));
                    return TypeSymbol.Error;
            }
        }

        private void DeclareEnum(EnumDeclarationSyntax syntax, SourceText source)
        {
            var seen = new HashSet<string>();
            foreach (var member in syntax.Members.Where(m => !seen.Add(m.Text)))
                _diagnostics.Report(source, member.Span, DiagnosticMessages.DuplicateMember(syntax.Name.Text, member.Text));
            DeclareType(new EnumType(syntax.Name.Text, syntax.Members.Select(m => m.Text)), syntax.Name, source);
        }

        private bool DeclareType(TypeSymbol type, NameSyntax name, SourceText source)
        {
            if (TypeSymbol.BuiltIns.Any(t => t.Name == name.Text) || name.Text == "history")
            {
                _diagnostics.Report(source, name.Span, DiagnosticMessages.NameTaken(name.Text, "the built-in type " + name.Text));
                return false;
            }
            if (_symbols.TypeLocations.TryGetValue(name.Text, out var existing))
            {
                _diagnostics.Report(source, name.Span, DiagnosticMessages.DuplicateDeclaration(name.Text, existing));
                return false;
            }
            _symbols.Types.Add(name.Text, type);
            _symbols.TypeLocations.Add(name.Text, source.GetLocation(name.Span));
            return true;
        }

        /// <summary>The declared fields with their bound types, less any repeated name (reported); <paramref name="taken"/> are names the type has already.</summary>
        private List<(string Name, TypeSymbol Type)> BindFields(NameSyntax type, IEnumerable<FieldSyntax> fields, IEnumerable<string> taken, SourceText source)
        {
            var names = new HashSet<string>(taken);
            var bound = new List<(string Name, TypeSymbol Type)>();
            foreach (var field in fields)
            {
                if (!names.Add(field.Name.Text))
                {
                    _diagnostics.Report(source, field.Name.Span, DiagnosticMessages.DuplicateMember(type.Text, field.Name.Text));
                    continue;
                }
                bound.Add((field.Name.Text, BindType(field.Type, source)));
            }
            return bound;
        }

        /// <summary>Reports a key that names no field or a field that cannot identify a record; the schema then has no key.</summary>
        private void CheckKey(RecordType schema, RecordDeclarationSyntax syntax, SourceText source)
        {
            if (syntax.Key is null) return;
            var field = schema.Find(syntax.Key.Text);
            if (field is null)
            {
                _diagnostics.Report(source, syntax.Key.Span,
                    DiagnosticMessages.UnknownField(schema.Name, Suggestions.For(syntax.Key.Text, schema.Fields.Select(f => f.Name))));
                return;
            }
            // A field of an unknown type is reported there (CP1003); calling it "a ?" here would only repeat that.
            if (field.Type == TypeSymbol.Error || RecordType.IsKeyType(field.Type)) return;
            _diagnostics.Report(source, syntax.Key.Span, DiagnosticMessages.InvalidKey(schema.Name, field.Name, field.Type.Describe()));
        }
    }
}
