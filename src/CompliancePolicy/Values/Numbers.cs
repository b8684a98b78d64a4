namespace CompliancePolicy.Values
{
    /// <summary>The range of the language's numbers (decimals), in the words every reader of numbers uses.</summary>
    internal static class Numbers
    {
        /// <summary>Why a number is refused as too large, after "too large: ".</summary>
        public const string Limit = "no number is larger than 79,228,162,514,264,337,593,543,950,335";
    }
}
