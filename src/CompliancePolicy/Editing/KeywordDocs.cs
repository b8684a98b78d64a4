using System;
using System.Collections.Generic;

namespace CompliancePolicy.Editing
{
    /// <summary>
    /// A one-line meaning for every word the grammar gives a role: the reserved keywords of the lexer, and the words that
    /// are keywords only where the grammar expects them (inside a lifecycle, severities, quantifiers, clause outcomes).
    /// Hover shows the line; the classifier colours these words as keywords when they name nothing declared.
    /// </summary>
    internal static class KeywordDocs
    {
        private static readonly Dictionary<string, string> Meanings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["policy"] = "Starts a file: names the policy it belongs to (files naming the same title are one policy).",
            ["version"] = "The policy's version, reported with every result.",
            ["sources"] = "The source documents the policy encodes.",
            ["enum"] = "Declares an enumeration: a closed, ordered set of names.",
            ["record"] = "Declares a record type used by the schema's fields.",
            ["schema"] = "Declares the record type the policy evaluates; its fields are in scope by bare name.",
            ["key"] = "The schema field that identifies a record in reports.",
            ["param"] = "Declares a parameter: a named input with a default, overridable per run (--param NAME=VALUE).",
            ["let"] = "Declares a value computed once per record.",
            ["table"] = "Declares a band table: integer bands (1 to 25 => 2) with a required 'otherwise'.",
            ["tiers"] = "Declares ordered thresholds (at least 95 => ...): the first reached wins.",
            ["clause"] = "Declares a clause: an ID, a title, citations, a severity and a requirement checked for every record.",
            ["decision"] = "Declares a named result reported for every record.",
            ["event"] = "Declares a kind of dated event a record's history may hold.",
            ["lifecycle"] = "Declares states and transitions replayed over a record's event history up to the as-of date.",
            ["cites"] = "The rules a clause or transition encodes (RD-x.y); CP1101 asks every clause for one.",
            ["severity"] = "How serious a failure of the clause is: blocker, major (the default), minor or advisory.",
            ["blocker"] = "The most serious severity: a failure blocks the outcome.",
            ["major"] = "A serious failure (the default severity).",
            ["minor"] = "A failure of minor importance.",
            ["advisory"] = "The least serious severity: a failure is advice.",
            ["applies"] = "'applies when C': the clause is only checked for records where C holds (otherwise: not applicable).",
            ["when"] = "A condition: when a clause applies, or when a transition may fire.",
            ["require"] = "The condition a record must meet to pass the clause.",
            ["unless"] = "An exception: the clause passes when this holds, whatever the requirement says.",
            ["message"] = "The clause's message, with {expression} holes filled from the record.",
            ["to"] = "A band's upper bound: '1 to 25' includes both ends.",
            ["or"] = "Logical or; in a band, 'N or more' has no upper bound.",
            ["more"] = "'N or more': a band with no upper bound.",
            ["up"] = "'up to N': a band with no lower bound.",
            ["at"] = "'at least N': a tier's threshold.",
            ["least"] = "'at least N': a tier's threshold.",
            ["otherwise"] = "The arm for values outside every band or below every tier (required, CP1109).",
            ["error"] = "An arm that fails the lookup with a message: the clause using it is in error.",
            ["and"] = "Logical and.",
            ["not"] = "Logical not; 'x not in list' tests absence.",
            ["is"] = "'x is present' / 'x is missing' test an optional value.",
            ["present"] = "'x is present': the optional value is given.",
            ["missing"] = "'x is missing': the optional value is absent or null.",
            ["in"] = "Membership ('x in [a, b]'); in a quantifier or comprehension, the list it runs over.",
            ["for"] = "'[e for x in xs where p]': maps and filters a list.",
            ["where"] = "The condition items must meet in a quantifier or comprehension.",
            ["within"] = "'d within D before|after|of a': d lies in the window around a (both ends included).",
            ["before"] = "A 'within' window that ends at its anchor.",
            ["after"] = "A 'within' window that starts at its anchor; in a lifecycle, a deadline trigger ('after D since anchor').",
            ["of"] = "A 'within' window on both sides of its anchor; 'list of T' is a list type.",
            ["if"] = "'if c then a else b'.",
            ["then"] = "The value of an 'if' when its condition holds.",
            ["else"] = "The value of an 'if' when its condition does not hold.",
            ["true"] = "The boolean true.",
            ["false"] = "The boolean false.",
            ["list"] = "'list of T': a list type.",
            ["any"] = "'any x in xs where p': at least one item meets p (without 'where': the list is not empty). In a lifecycle, 'any -> S' leaves every non-final state but S.",
            ["all"] = "'all x in xs where p': every item meets p.",
            ["none"] = "'none x in xs where p': no item meets p.",
            ["count"] = "'count x in xs where p': how many items meet p; count(list) is the list's length.",
            ["passed"] = "'passed(ID)': whether another clause passed for this record.",
            ["failed"] = "'failed(ID)': whether another clause failed for this record.",
            ["failures"] = "'failures(severity)': how many clauses of that severity or worse failed.",
            ["history"] = "In a lifecycle: the schema field holding the record's events; as a type, a list of dated events.",
            ["initial"] = "'initial S on DATE': the state a lifecycle starts in, and when.",
            ["on"] = "'on E': a transition fired by an event of type E; 'initial S on DATE' gives the start date.",
            ["state"] = "Declares a state of the lifecycle; 'lifecycle.state' reads the current state.",
            ["final"] = "'final state S': a state with no way out, on purpose (no CP4002).",
            ["transition"] = "Declares a transition: an ID, a title, 'from -> to' (from: a state, 'a, b', or 'any [except a, b]'), and what fires it.",
            ["except"] = "'any except a, b': every non-final state but those listed.",
            ["ignore"] = "'ignore E in S \"why\"': events of type E (or a deadline transition) are meant to change nothing in state S; replays list them as ignored with the reason.",
            ["deadline"] = "Declares a date to meet while in a state, reported among pending deadlines.",
            ["since"] = "What a lifecycle deadline is measured from: 'entering', 'start' or 'last E'.",
            ["entering"] = "'since entering': the day the current state was entered.",
            ["start"] = "'since start': the day the lifecycle started.",
            ["last"] = "'since last E': the day of the last E event so far (or of entering the state, with none).",
            ["priority"] = "'priority N': when transitions compete, the lower number fires first.",
        };

        /// <summary>The words with a documented meaning.</summary>
        public static IEnumerable<string> Words => Meanings.Keys;

        /// <summary>The meaning of a keyword, or null for any other word.</summary>
        public static string? Meaning(string word) => Meanings.TryGetValue(word, out var meaning) ? meaning : null;
    }
}
