using System.CommandLine;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary>
    /// The options several verbs take under one name: <c>--as-of</c>, <c>--param</c>, <c>--format</c>, <c>--output</c>.
    /// Each verb says in its own words what the option means for it; the name, alias, placeholder and default are here.
    /// </summary>
    internal static class CommonOptions
    {
        public static Option<string?> AsOf(string description) =>
            new Option<string?>("--as-of") { HelpName = "DATE", Description = description };

        public static Option<string[]> Parameters(string description) =>
            new Option<string[]>("--param", "-p") { HelpName = "NAME=VALUE", Description = description };

        /// <summary><c>--format</c>, <c>text</c> by default, accepting only <paramref name="formats"/>.</summary>
        public static Option<string> Format(string description, params string[] formats)
        {
            var option = new Option<string>("--format", "-f") { Description = description, DefaultValueFactory = _ => "text" };
            option.AcceptOnlyFromAmong(formats);
            return option;
        }

        public static Option<string?> Output(string description) =>
            new Option<string?>("--output", "-o") { HelpName = "FILE", Description = description };
    }
}
