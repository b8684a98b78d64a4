using CompliancePolicy.Diagnostics;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// The limits on how deeply a policy may nest, one place for all (docs/language.md, "Limits"). The parser enforces
    /// them and reports CP0002, so every pass after it (binder, checkers, compiler, evaluator, formatter, explainer,
    /// analyzers) may recurse over a tree without running out of stack, whatever the input.
    /// </summary>
    internal sealed class NestingLimit
    {
        /// <summary>Open brackets (<c>( [ {</c>) in one declaration, counted before parsing.</summary>
        public static readonly NestingLimit Brackets = new NestingLimit("Brackets", 64, SplitWithLet);

        /// <summary>Rules that nest by recursion: brackets, <c>not</c>, unary <c>-</c>, <c>if</c>, quantifiers, calls.</summary>
        public static readonly NestingLimit Expressions = new NestingLimit("Expressions", 100, SplitWithLet);

        /// <summary>The depth of an expression's whole tree: every operator of a chain counts, so <c>a and b and c</c> is
        /// two levels of <c>and</c> (plus one for its terms), and so do member accesses such as <c>a.b.c</c>.</summary>
        public static readonly NestingLimit Operators = new NestingLimit("Operators", 256,
            "split the chain with 'let' definitions: 'let first_half = a and b', then 'first_half and c'");

        /// <summary>A definition's depth with, at each name it reads, the depth of the let, decision, table, clause or
        /// lifecycle named (see <see cref="DefinitionDepth"/>): what the binder and the evaluator nest through.</summary>
        public static readonly NestingLimit Definitions = new NestingLimit("Definitions and their operators", 256,
            "each let, decision, table, clause or lifecycle read by another adds its own depth: shorten the chain of definitions, " +
            "or compute its parts side by side");

        /// <summary><c>list of list of ...</c> in one type.</summary>
        public static readonly NestingLimit ListTypes = new NestingLimit("List types", 64,
            "give the inner lists' items a record type of their own");

        private const string SplitWithLet = "split the expression with 'let' definitions";

        private NestingLimit(string what, int max, string advice)
        {
            What = what;
            Max = max;
            Advice = advice;
        }

        /// <summary>What nests, as the message's subject: "Brackets", "Operators"...</summary>
        public string What { get; }

        public int Max { get; }

        /// <summary>How to stay within the limit, the end of the message.</summary>
        public string Advice { get; }

        /// <summary>CP0002, at whatever nests past this limit.</summary>
        public DiagnosticMessage Exceeded() => DiagnosticMessages.NestingTooDeep(What, Max, Advice);
    }
}
