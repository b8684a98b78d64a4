using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax.Parsing;
using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax
{
    /// <summary>
    /// Bounds the depth of whole chains of definitions before binding. Each expression is at most
    /// <see cref="NestingLimit.Operators"/> deep, but the binder, the compiler and the evaluator follow a name into the
    /// let, decision, table, clause or lifecycle it names while they are inside the expression that names it: 20,000
    /// lets that each read the one before nest 20,000 deep. The depth of a definition is the depth of its own tree with,
    /// at each name, the depth of what the name leads to; a policy that goes deeper than
    /// <see cref="NestingLimit.Definitions"/> is reported (CP0002) and not bound. Names are matched without binding (a
    /// loop variable that hides a let counts as the let), which can only overestimate.
    /// </summary>
    internal static class DefinitionDepth
    {
        /// <summary>Reports each policy whose definitions chain too deeply; returns the sources of those policies' files,
        /// which are not to be bound.</summary>
        public static ISet<SourceText> Check(ImmutableArray<PolicyFileSyntax> files, DiagnosticBag diagnostics)
        {
            var refused = new HashSet<SourceText>();
            foreach (var policy in files.GroupBy(f => f.Declarations.OfType<PolicyHeaderSyntax>().FirstOrDefault()?.Title.Value))
            {
                if (policy.Key is null) continue;
                if (!(new Graph(policy).FindTooDeep() is { } place)) continue;
                diagnostics.Report(place.Source, place.Span, NestingLimit.Definitions.Exceeded());
                refused.UnionWith(policy.Select(f => f.Source));
            }
            return refused;
        }

        /// <summary>A definition that evaluation enters: its expressions, and the definitions they name.</summary>
        private sealed class Definition
        {
            public Definition(SourceText? source, IEnumerable<ExpressionSyntax?> roots)
            {
                Source = source;
                Roots = roots.Where(r => r != null).ToArray()!;
            }

            /// <summary>Null only for the node that stands for every clause.</summary>
            public SourceText? Source { get; }
            public ExpressionSyntax[] Roots { get; }

            /// <summary>The depth of its own deepest tree.</summary>
            public int Height { get; set; }

            /// <summary>Each name that leads to another definition, at the depth where it is written.</summary>
            public List<(int Depth, TextSpan Span, Definition Target)> References { get; } = new List<(int, TextSpan, Definition)>();

            /// <summary>The depth with the definitions it leads to; known once they are.</summary>
            public int Depth { get; set; }

            public byte State { get; set; } // 0 not visited, 1 on the path being measured, 2 measured
        }

        private sealed class Graph
        {
            private readonly List<Definition> _definitions = new List<Definition>();
            private readonly Dictionary<string, Definition> _values = new Dictionary<string, Definition>();
            private readonly Dictionary<string, Definition> _lookups = new Dictionary<string, Definition>();
            private readonly Dictionary<string, Definition> _clauses = new Dictionary<string, Definition>();
            private readonly Dictionary<string, Definition> _lifecycles = new Dictionary<string, Definition>();
            private readonly Definition _allClauses;

            public Graph(IEnumerable<PolicyFileSyntax> files)
            {
                foreach (var file in files)
                {
                    foreach (var declaration in file.Declarations) Add(file.Source, declaration);
                }
                // failures(severity) reads the outcome of every clause: one node stands for them all.
                _allClauses = new Definition(null, Enumerable.Empty<ExpressionSyntax>());
                foreach (var clause in _clauses.Values) _allClauses.References.Add((0, default, clause));
                foreach (var definition in _definitions) Measure(definition);
            }

            /// <summary>Where the first definition found too deep names the definition that takes it past the limit.</summary>
            public (SourceText Source, TextSpan Span)? FindTooDeep()
            {
                var limit = NestingLimit.Definitions.Max;
                var path = new Stack<(Definition Definition, int Next)>();
                foreach (var start in _definitions.Append(_allClauses))
                {
                    if (start.State != 0) continue;
                    start.State = 1;
                    path.Push((start, 0));
                    while (path.Count > 0)
                    {
                        var (definition, next) = path.Pop();
                        if (next < definition.References.Count)
                        {
                            path.Push((definition, next + 1));
                            var target = definition.References[next].Target;
                            if (target.State != 0) continue;
                            target.State = 1;
                            path.Push((target, 0));
                            continue;
                        }
                        definition.State = 2;
                        definition.Depth = definition.Height;
                        foreach (var (depth, span, target) in definition.References)
                        {
                            // A target still on the path is a cycle, which the binder reports (CP1012): it adds nothing here.
                            if (target.State != 2) continue;
                            definition.Depth = System.Math.Max(definition.Depth, depth + target.Depth);
                            if (definition.Depth > limit && definition.Source != null) return (definition.Source, span);
                        }
                    }
                }
                return null;
            }

            private void Add(SourceText source, DeclarationSyntax declaration)
            {
                switch (declaration)
                {
                    case LetDeclarationSyntax let:
                        Name(_values, let.Name.Text, new Definition(source, new[] { let.Value }));
                        break;
                    case DecisionDeclarationSyntax decision:
                        Name(_values, decision.Name.Text, new Definition(source, new[] { decision.Value }));
                        break;
                    case TableDeclarationSyntax table:
                        Name(_lookups, table.Name.Text, new Definition(source, Arms(table.Bands.Select(b => b.Result).Append(table.Otherwise))));
                        break;
                    case TiersDeclarationSyntax tiers:
                        Name(_lookups, tiers.Name.Text, new Definition(source, Arms(tiers.Tiers.Select(t => t.Result).Append(tiers.Otherwise))));
                        break;
                    case ClauseDeclarationSyntax clause:
                        Name(_clauses, clause.Id.Text, new Definition(source,
                            new[] { clause.AppliesWhen, clause.Requirement, clause.Message }.Concat(clause.Exceptions)));
                        break;
                    case LifecycleDeclarationSyntax lifecycle:
                        Name(_lifecycles, lifecycle.Name.Text, new Definition(source, new[] { lifecycle.StartDate }
                            .Concat(lifecycle.Transitions.Select(t => t.Condition))
                            .Concat(lifecycle.Transitions.Select(t => (t.Trigger as DeadlineTriggerSyntax)?.Duration))
                            .Concat(lifecycle.Deadlines.Select(d => d.Duration))));
                        break;
                }
            }

            private static IEnumerable<ExpressionSyntax?> Arms(IEnumerable<ArmResultSyntax?> arms) => arms.Select(arm => arm switch
            {
                ValueArmSyntax value => value.Value,
                ErrorArmSyntax error => error.Message,
                _ => null,
            });

            private void Name(Dictionary<string, Definition> names, string name, Definition definition)
            {
                _definitions.Add(definition);
                // A duplicate name is CP1009; the first declaration is the one names lead to.
                if (!names.ContainsKey(name)) names.Add(name, definition);
            }

            /// <summary>Finds the height of a definition's trees and the names in them, without recursion.</summary>
            private void Measure(Definition definition)
            {
                var pending = new Stack<(ExpressionSyntax Node, int Depth)>();
                foreach (var root in definition.Roots) pending.Push((root, 1));
                while (pending.Count > 0)
                {
                    var (node, depth) = pending.Pop();
                    definition.Height = System.Math.Max(definition.Height, depth);
                    if (Target(node) is { } target) definition.References.Add((depth, ReferenceSpan(node), target));
                    foreach (var child in ExpressionTree.Children(node)) pending.Push((child, depth + 1));
                }
            }

            private Definition? Target(ExpressionSyntax node)
            {
                switch (node)
                {
                    case NameExpressionSyntax name:
                        return _values.TryGetValue(name.Name.Text, out var value) ? value
                            : _lifecycles.TryGetValue(name.Name.Text, out var lifecycle) ? lifecycle : null;
                    case CallExpressionSyntax call:
                        return _lookups.TryGetValue(call.Function.Text, out var lookup) ? lookup : null;
                    case ClauseOutcomeExpressionSyntax outcome:
                        return _clauses.TryGetValue(outcome.ClauseId.Text, out var clause) ? clause : null;
                    case FailureCountExpressionSyntax _:
                        return _allClauses;
                    default:
                        return null;
                }
            }

            private static TextSpan ReferenceSpan(ExpressionSyntax node) => node switch
            {
                NameExpressionSyntax name => name.Name.Span,
                CallExpressionSyntax call => call.Function.Span,
                ClauseOutcomeExpressionSyntax outcome => outcome.ClauseId.Span,
                _ => node.Span,
            };
        }
    }
}
