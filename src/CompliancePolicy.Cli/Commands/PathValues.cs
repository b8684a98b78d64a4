using System.CommandLine;
using System.CommandLine.Parsing;
using System.IO;

namespace CompliancePolicy.Cli.Commands
{
    /// <summary>
    /// Options and arguments that take several paths would otherwise swallow a mistyped option ("--records a.json
    /// --bogus"): a value that looks like an option and names no file is reported as the unknown option it is.
    /// </summary>
    internal static class PathValues
    {
        public static T RejectOptionLikeValues<T>(this T option)
            where T : Option
        {
            option.Validators.Add(Check);
            return option;
        }

        public static Argument<string[]> RejectOptionLikeValues(this Argument<string[]> argument)
        {
            argument.Validators.Add(Check);
            return argument;
        }

        private static void Check(SymbolResult result)
        {
            foreach (var token in result.Tokens)
            {
                var value = token.Value;
                if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
                    result.AddError($"Unrecognized command or argument '{value}'.");
            }
        }
    }
}
