using CompliancePolicy.Symbols;

namespace CompliancePolicy.Binding
{
    /// <summary>Which types convert to which, and the common type of two branches or list items.</summary>
    internal static class TypeRules
    {
        public static bool IsAssignable(TypeSymbol from, TypeSymbol to)
        {
            if (from == to || from == TypeSymbol.Error || to == TypeSymbol.Error) return true;
            if (from == TypeSymbol.Int && to == TypeSymbol.Decimal) return true;
            if (to is OptionalType optionalTarget) return IsAssignable(from.NonOptional, optionalTarget.Inner);
            if (from is ListType fromList && to is ListType toList)
                return fromList.Element == TypeSymbol.Nothing || IsAssignable(fromList.Element, toList.Element);
            return false;
        }

        /// <summary>The type both values can take, or null when there is none.</summary>
        public static TypeSymbol? Unify(TypeSymbol a, TypeSymbol b)
        {
            if (a == TypeSymbol.Error) return b;
            if (b == TypeSymbol.Error) return a;
            if (a.IsOptional || b.IsOptional)
            {
                var inner = Unify(a.NonOptional, b.NonOptional);
                return inner is null ? null : new OptionalType(inner);
            }
            if (a.IsNumeric && b.IsNumeric) return a == TypeSymbol.Int && b == TypeSymbol.Int ? TypeSymbol.Int : TypeSymbol.Decimal;
            if (a is ListType listA && b is ListType listB)
            {
                if (listA.Element == TypeSymbol.Nothing) return b;
                if (listB.Element == TypeSymbol.Nothing) return a;
                var element = Unify(listA.Element, listB.Element);
                return element is null ? null : new ListType(element);
            }
            return a == b ? a : null;
        }

        public static bool IsOrdered(TypeSymbol type) =>
            type.IsNumeric || type == TypeSymbol.Date || type == TypeSymbol.Duration || type == TypeSymbol.Text || type is EnumType;
    }
}
