using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Tests.Symbols
{
    /// <summary>Symbols are finished values: made whole, never changed afterwards, and free of bound expressions.</summary>
    public class SymbolTests
    {
        private const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;

        private static readonly Type[] SymbolTypes = typeof(TypeSymbol).Assembly.GetTypes()
            .Where(t => t.Namespace == "CompliancePolicy.Symbols" && !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .ToArray();

        [Fact]
        public void No_symbol_has_a_setter_or_a_writable_field()
        {
            var writable = SymbolTypes
                .SelectMany(t => t.GetProperties(Members).Where(p => p.SetMethod != null).Select(p => $"{t.Name}.{p.Name} has a setter")
                    .Concat(t.GetFields(Members).Where(f => !f.IsInitOnly && !f.IsLiteral).Select(f => $"{t.Name}.{f.Name} is writable")));

            Assert.Empty(writable);
        }

        [Fact]
        public void No_symbol_holds_or_takes_a_binding_type()
        {
            var binding = SymbolTypes
                .SelectMany(t => t.GetProperties(Members).Select(p => (t, p.Name, p.PropertyType))
                    .Concat(t.GetFields(Members).Select(f => (t, f.Name, f.FieldType)))
                    .Concat(t.GetConstructors(Members).SelectMany(c => c.GetParameters()).Select(p => (t, p.Name!, p.ParameterType))))
                .Where(m => Mentions(m.Item3, "CompliancePolicy.Binding"))
                .Select(m => $"{m.t.Name}.{m.Item2}: {m.Item3.Name}");

            Assert.Empty(binding);
        }

        [Fact]
        public void A_compiled_schema_keeps_its_key_only_when_it_is_a_text_or_int_field()
        {
            var withKey = new RecordType("Organisation", isSchema: true, new (string, TypeSymbol)[] { ("id", TypeSymbol.Text) }, key: "id");
            var withDecimalKey = new RecordType("Measure", isSchema: true, new (string, TypeSymbol)[] { ("value", TypeSymbol.Decimal) }, key: "value");

            Assert.Equal("id", withKey.Key?.Name);
            Assert.Null(withDecimalKey.Key);
        }

        [Fact]
        public void A_record_type_may_refer_to_itself_through_its_fields()
        {
            var unit = new RecordType("Unit", isSchema: false, self => new (string, TypeSymbol)[] { ("parent", new OptionalType(self)) });

            Assert.Same(unit, ((OptionalType)unit.Fields.Single().Type).Inner);
        }

        private static bool Mentions(Type type, string ns) =>
            type.Namespace == ns || (type.IsGenericType && type.GetGenericArguments().Any(a => Mentions(a, ns))) || (type.HasElementType && Mentions(type.GetElementType()!, ns));
    }
}
