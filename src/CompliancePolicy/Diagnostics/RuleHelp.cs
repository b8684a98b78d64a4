using System.Collections.Generic;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>
    /// The help line of every rule: what the rule protects and the usual way out, in one or two sentences. Shown
    /// under a diagnostic by <c>compliance lint</c>, as the description in the IDE and in the language server's hover.
    /// The rule's page (docs/rules) says the rest.
    /// </summary>
    internal static class RuleHelp
    {
        // Kept beside the catalog rather than in each descriptor so that DiagnosticRules.cs stays one rule per entry;
        // RuleCatalogTests checks that every rule has a line here.
        private static readonly Dictionary<string, string> ById = new Dictionary<string, string>(System.StringComparer.Ordinal)
        {
            ["CP0001"] = "The text does not fit the grammar; only the broken declaration is lost. Look just before the position given: something is often missing after the last token.",
            ["CP0002"] = "Brackets, expressions, chains of operators and chains of definitions nested too deeply are refused so that no input can exhaust the stack. Name parts of the expression with 'let'.",
            ["CP0003"] = "A literal has the right shape but no value: a date that does not exist, a fractional duration, a duration longer than the calendar, a number too large. Write a value that exists.",
            ["CP0004"] = "Keywords cannot name anything, so a field named like one could never be read. Rename the field, and the key in the records with it.",
            ["CP1001"] = "Every name must be a schema field, parameter, let, decision, loop variable or enumeration of the policy. Check the spelling, or declare it.",
            ["CP1002"] = "A record has only the fields its type declares. Check the spelling against the record type, or add the field to it.",
            ["CP1003"] = "A type is built in (bool int decimal text date duration) or declared with enum, record or schema. Check the spelling, or declare it.",
            ["CP1004"] = "An enumeration has only the members it lists, case included. Check the spelling, or add the member.",
            ["CP1005"] = "An operator accepts only some operand types; values are never converted. Convert explicitly or compare values of one type.",
            ["CP1006"] = "A value stands where another type is required. Use a value of the expected type.",
            ["CP1007"] = "A call names a built-in function or a table or tiers of the policy. Check the spelling, or declare the lookup.",
            ["CP1008"] = "A function, table or tiers is called with the wrong number of arguments. Pass exactly what it takes ('round' takes three).",
            ["CP1009"] = "Parameters, lets, decisions, tables, tiers and schema fields share one namespace per policy. Rename one of the two, or remove the duplicate.",
            ["CP1010"] = "Clause IDs identify verdicts in reports and in passed(ID), so they are unique in a policy. Give one clause another ID.",
            ["CP1011"] = "A type lists a member or field twice. Remove the repetition.",
            ["CP1012"] = "A definition that reaches itself has no value. Break the cycle.",
            ["CP1013"] = "A policy evaluates records of its schema, so it needs one. Declare 'schema Name key field { ... }'.",
            ["CP1014"] = "A policy evaluates one record type. Declare the other types with 'record'.",
            ["CP1015"] = "passed(ID) and failed(ID) name clauses of the same policy. Check the ID.",
            ["CP1016"] = "Files with the same 'policy \"Title\"' header form one policy; a file without one belongs to none. Start the file with its policy's header.",
            ["CP1017"] = "A policy's title, version and sources are stated once, in one file. Remove the repetition.",
            ["CP1018"] = "The key names each record in reports, so it must be a required text or int field. Choose such a field.",
            ["CP1019"] = "Only optional values (T?) can be missing, so this test always has the same answer. Make the field optional, or drop the test.",
            ["CP1020"] = "A T? may be missing, so it can stand where a T is needed only where a condition proves it present. Guard it (applies when x is present, x is present and ..., if x is present then ... else ...) or give a fallback with ??.",
            ["CP1021"] = "Months and days have no fixed ratio, so durations in both cannot be ordered. Add both to the same date and compare the dates: start + a <= start + b.",
            ["CP1101"] = "A citation lets a reader go from a verdict back to the written rule it enforces. Add 'cites \"RD-x.y\"'.",
            ["CP1102"] = "Overriding a parameter nothing reads changes no verdict. Use it where its literal is written, or remove it.",
            ["CP1103"] = "A definition nothing reads is dead text that readers still have to check. Use it, or remove it.",
            ["CP1104"] = "With overlapping bands the result would depend on their order. Make each key fall in exactly one band.",
            ["CP1105"] = "Keys between two bands fall to 'otherwise', which is more often a typo in a bound than intended. Close the gap, or suppress it if it is intended.",
            ["CP1106"] = "A band whose low bound is above its high bound holds no key. Swap or correct the bounds.",
            ["CP1107"] = "Tiers are tried from the top and the first reached wins, so a lower threshold listed first shadows the ones after it. List tiers from the highest threshold down.",
            ["CP1108"] = "Band tables look up whole numbers, so that bands meet exactly. Use an int key, or 'tiers' for decimal thresholds.",
            ["CP1109"] = "A key outside every band or tier needs a written outcome. Add 'otherwise => result' or 'otherwise => error \"...\"'.",
            ["CP1110"] = "A condition whose comparisons contradict each other fails or skips every record. Correct the bound or the 'and' meant as 'or'.",
            ["CP1111"] = "A clause that can never apply checks nothing. Correct its 'applies when' condition.",
            ["CP1120"] = "A suppression names the rules it silences by ID (CPnnnn). Correct the ID, or remove it.",
            ["CP1121"] = "A suppression is a decision a reviewer must be able to check. Give the reason after ' -- '.",
            ["CP1122"] = "A suppression that silences nothing hides the next real problem. Remove it.",
            ["CP1123"] = "Suppressions apply to the code after them, so they stand on their own line. Move the comment above the code.",
            ["CP1124"] = "Errors stop a policy from compiling, and diagnostics about suppressions cannot silence themselves. Fix the cause, or set the severity in compliance.json.",
            ["CP1125"] = "Only two directives exist: 'compliance-disable-next-line' and 'compliance-disable-file'. Correct the spelling.",
            ["CP1126"] = "A suppression silences the rules it lists by ID, never every rule. List the IDs.",
            ["CP2001"] = "The record input is not well-formed JSON. Correct it at the position given.",
            ["CP2002"] = "Every required field must be present; fields records may leave out are declared optional (T?). Add the field, or make it optional.",
            ["CP2003"] = "Values are never converted: \"3\" is not the number 3. Write the value as the field's type.",
            ["CP2004"] = "A misspelt optional field looks exactly like a missing one. Correct the property's name, or add the field to the schema.",
            ["CP2005"] = "A string names a member of the field's enumeration, exactly. Correct the value.",
            ["CP2006"] = "The value has the right JSON kind but is not a value of its type. Correct it.",
            ["CP2007"] = "The record input cannot be read at all. Check the path, the permissions and that the file is UTF-8.",
            ["CP2008"] = "A record lists its first 100 errors and 100 warnings and counts the rest, so that a million problems do not fill memory and reports. Fix the ones listed first.",
            ["CP3001"] = "An override must name a parameter the policy declares. Check the name.",
            ["CP3002"] = "An override's text must be a value of the parameter's type. Write it in one of the accepted forms.",
            ["CP3003"] = "A gate that checked no record must not say compliant. Give the records, or allow an empty run with --allow-empty.",
            ["CP3004"] = "Every policy input must be read whole: a run never goes on with part of a policy. Check the path, its encoding (UTF-8) and its size (4 MiB at most).",
            ["CP3100"] = "A policy test file that cannot be read runs none of its tests. Check the path, its encoding (UTF-8) and its size.",
            ["CP3101"] = "A policy test file must be JSON; its tests do not run until it is. Correct it at the position given.",
            ["CP3102"] = "Each field of a policy test has one JSON type (docs/policy-tests.md). Write the value with that type.",
            ["CP3103"] = "A policy test needs its required fields to mean anything. Add the field.",
            ["CP3104"] = "A misspelt field of a policy test looks exactly like an absent one. Correct or remove it.",
            ["CP3105"] = "JSON readers keep one of two values of a field silently. Give the field once.",
            ["CP3106"] = "Test dates are written yyyy-MM-dd and must exist. Correct the date.",
            ["CP3107"] = "A clause's outcome is pass, fail, not-applicable or error. Write one of them.",
            ["CP3108"] = "The policy under test must be readable and compile. Correct its path or fix the policy.",
            ["CP3109"] = "A test evaluates records: exactly one of 'record' and 'records'. Give one.",
            ["CP3110"] = "A records reference names an existing file, and a record in it by ID. Correct the path or the ID.",
            ["CP3111"] = "An expectation that checks nothing passes whatever the policy does. Say what the test expects.",
            ["CP3112"] = "A test file without tests looks like coverage but checks nothing. Add a test, or remove the file.",
            ["CP3113"] = "An expectation names a clause, decision or lifecycle of the policy under test. Check the name.",
            ["CP3114"] = "A lifecycle expectation names a state of that lifecycle. Check the name.",
            ["CP4001"] = "A state no transition leads to never appears in a timeline. Add the missing transition, or correct its target.",
            ["CP4002"] = "A record that enters a state without a way out stays there forever. Add the transition out, or mark the state 'final'.",
            ["CP4003"] = "A transition that can never fire is dead text. Correct its source state or condition, or remove it.",
            ["CP4004"] = "Competing transitions without priorities fire in declaration order, which nobody decided. Give them different priorities.",
            ["CP4005"] = "Triggers, anchors and history(E) name event types the policy declares with 'event'. Check the name, or declare it.",
            ["CP4006"] = "Transitions, deadlines and 'initial' name states the lifecycle declares. Check the name, or declare the state.",
            ["CP4007"] = "Lifecycles and history(E) read the schema's field of type 'history'. Name that field, or add one.",
            ["CP4008"] = "A lifecycle has the members state, since and started, and its states by name. Check the spelling.",
            ["CP6001"] = "compliance.json must be UTF-8 JSON holding one object. Correct it at the position given.",
            ["CP6002"] = "Every key of compliance.json means something; an unknown one is usually a typo. Correct or remove it.",
            ["CP6003"] = "Each setting has one JSON type (see docs/compliance.schema.json). Write the value with that type.",
            ["CP6004"] = "Severities are set per rule ID (CPnnnn) of the policy language. Correct the ID, or remove the entry.",
            ["CP6005"] = "A severity is one of error, warning, info or none. Correct the value.",
            ["CP6006"] = "A policy with an error is not compiled, so an error rule cannot be lowered or turned off. Fix the cause instead.",
            ["CP6007"] = "A setting given twice leaves a reader guessing which one counts. Keep one.",
            ["CP6008"] = "Analyzer rules about C# (CP5xxx) are configured where C# is: .editorconfig, or the MSBuild property. Move the setting there.",
        };

        /// <summary>The help line of a rule, or its title if none is written (RuleCatalogTests fails then).</summary>
        public static string For(DiagnosticRule rule) => ById.TryGetValue(rule.Id, out var help) ? help : rule.Title;
    }
}
