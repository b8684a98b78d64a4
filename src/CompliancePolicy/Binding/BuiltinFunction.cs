namespace CompliancePolicy.Binding
{
    /// <summary>The built-in functions; their signatures are checked in ExpressionBinder.Calls.</summary>
    internal enum BuiltinFunction
    {
        Count,
        Sum,
        Min,
        Max,
        MinOfList,
        MaxOfList,
        Earliest,
        Latest,
        Round,
        Abs,
        DaysBetween,
        Elapsed,
        Contains,
        Length,
    }

    /// <summary>How <c>round(x, places, mode)</c> treats the discarded digits.</summary>
    internal enum RoundingMode
    {
        HalfUp,
        HalfEven,
        AwayFromZero,
        TowardZero,
        Ceiling,
        Floor,
    }
}
