using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Configuration;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Checking.Coverage
{
    /// <summary>
    /// Measures policy files against a rule index: each rule is encoded (cited by a clause, transition or deadline),
    /// declared not encoded in compliance.json, or missing (CP8001); citations and declarations that name no rule of the
    /// index, and rules both declared and cited, are reported too (CP8002-CP8005). Works on syntax, so a policy with
    /// binding errors is still measured by what it cites.
    /// </summary>
    internal static class SourceCoverage
    {
        public static IndexCoverage Measure(RuleIndex index, ComplianceSettings settings, IReadOnlyList<PolicyFileSyntax> files, List<Diagnostic> diagnostics)
        {
            var known = index.Rules.ToDictionary(r => r.Id, System.StringComparer.Ordinal);
            var indexName = Display(index.Source.Path);
            var citing = new Dictionary<string, List<CitingDeclaration>>(System.StringComparer.Ordinal);
            foreach (var (declaration, citation, source) in Citations(files))
            {
                foreach (var id in index.IdsIn(citation.Value))
                {
                    if (known.ContainsKey(id.Value))
                    {
                        if (!citing.TryGetValue(id.Value, out var list)) citing.Add(id.Value, list = new List<CitingDeclaration>());
                        if (!list.Contains(declaration)) list.Add(declaration);
                        continue;
                    }
                    var bag = new DiagnosticBag();
                    bag.Report(source, SpanOf(source, citation, id), DiagnosticMessages.CitationNotInIndex(Suggestions.For(id.Value, known.Keys), indexName));
                    diagnostics.AddRange(bag);
                }
            }

            var declared = new Dictionary<string, NotEncodedRule>(System.StringComparer.Ordinal);
            foreach (var declaration in settings.Coverage.NotEncoded)
            {
                if (!known.ContainsKey(declaration.RuleId))
                {
                    var unnamed = known.Keys.Where(k => settings.Coverage.NotEncoded.All(d => d.RuleId != k));
                    diagnostics.Add(AtSetting(settings, declaration.Location, DiagnosticMessages.NotEncodedUnknownRule(Suggestions.For(declaration.RuleId, unnamed), indexName)));
                }
                else if (citing.TryGetValue(declaration.RuleId, out var citers))
                {
                    var named = citers.Select(c => (c.ToString(), c.Location)).ToList();
                    diagnostics.Add(AtSetting(settings, declaration.Location, DiagnosticMessages.NotEncodedButCited(declaration.RuleId, named)));
                }
                declared[declaration.RuleId] = declaration;
            }

            var rules = ImmutableArray.CreateBuilder<RuleCoverage>();
            foreach (var rule in index.Rules)
            {
                if (citing.TryGetValue(rule.Id, out var citers))
                {
                    rules.Add(new RuleCoverage(rule, RuleStatus.Encoded, citers.OrderBy(c => c.Location.Path, System.StringComparer.Ordinal).ThenBy(c => c.Location.Span.Start).ToImmutableArray(), null));
                }
                else if (declared.TryGetValue(rule.Id, out var declaration))
                {
                    rules.Add(new RuleCoverage(rule, RuleStatus.NotEncoded, ImmutableArray<CitingDeclaration>.Empty, declaration.Reason));
                }
                else
                {
                    rules.Add(new RuleCoverage(rule, RuleStatus.Missing, ImmutableArray<CitingDeclaration>.Empty, null));
                    diagnostics.Add(DiagnosticMessages.RuleMissing(rule.Id, Display(settings.Path!)).At(rule.Location));
                }
            }
            return new IndexCoverage(settings.Path!, index.Source.Path, settings.Coverage.IndexText!, index, files.Select(f => f.Source.Path).ToImmutableArray(), rules.ToImmutable());
        }

        /// <summary>Every citation of every clause, transition and deadline, with the declaration that makes it.</summary>
        private static IEnumerable<(CitingDeclaration Declaration, StringLiteralSyntax Citation, SourceText Source)> Citations(IEnumerable<PolicyFileSyntax> files)
        {
            foreach (var file in files)
            {
                var source = file.Source;
                var policy = file.Declarations.OfType<PolicyHeaderSyntax>().FirstOrDefault()?.Title.Value;
                foreach (var declaration in file.Declarations)
                {
                    switch (declaration)
                    {
                        case ClauseDeclarationSyntax clause:
                            var cited = new CitingDeclaration(CitingKind.Clause, clause.Id.Text, clause.Title.Value, policy, source.GetLocation(clause.Id.Span));
                            foreach (var citation in clause.Citations) yield return (cited, citation, source);
                            break;
                        case LifecycleDeclarationSyntax lifecycle:
                            foreach (var transition in lifecycle.Transitions)
                            {
                                var by = new CitingDeclaration(CitingKind.Transition, transition.Id.Text, transition.Title?.Value, policy, source.GetLocation(transition.Id.Span));
                                foreach (var citation in transition.Citations) yield return (by, citation, source);
                            }
                            foreach (var deadline in lifecycle.Deadlines)
                            {
                                var by = new CitingDeclaration(CitingKind.Deadline, deadline.Id.Text, deadline.Title.Value, policy, source.GetLocation(deadline.Id.Span));
                                foreach (var citation in deadline.Citations) yield return (by, citation, source);
                            }
                            break;
                    }
                }
            }
        }

        /// <summary>The ID inside the citation's quotes when the literal is written without escapes (so a fix can replace
        /// exactly it); otherwise the whole literal.</summary>
        private static TextSpan SpanOf(SourceText source, StringLiteralSyntax citation, System.Text.RegularExpressions.Match id)
        {
            var written = source.ToString(citation.Span);
            return written == "\"" + citation.Value + "\"" ? new TextSpan(citation.Span.Start + 1 + id.Index, id.Length) : citation.Span;
        }

        /// <summary>A diagnostic at a place in compliance.json, with its JSON path (and a rename fix for a suggestion).</summary>
        private static Diagnostic AtSetting(ComplianceSettings settings, SourceLocation location, DiagnosticMessage message)
        {
            var bag = new DiagnosticBag();
            if (settings.Source is { } source) bag.Report(source, location.Span, message);
            else bag.Report(location, message);
            var diagnostic = bag.Single();
            return location.JsonPath is null ? diagnostic : diagnostic.WithJsonPath(location.JsonPath);
        }

        private static string Display(string path) => System.IO.Path.GetFileName(path);
    }
}
