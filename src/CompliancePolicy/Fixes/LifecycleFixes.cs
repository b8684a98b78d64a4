using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Fixes
{
    /// <summary>
    /// Fixes for the lifecycle checks, none preferred (each changes what the lifecycle does, or needs the author's
    /// reason): CP4009 lets a transition on the event fire in the state too, or declares the event ignored there;
    /// CP4010 removes the state from the transition's list; CP4011 lets the validity end in the state too, or declares
    /// it not meant to. The event or transition a message names is its diagnostic's related location.
    /// </summary>
    internal static class LifecycleFixes
    {
        /// <summary>The reason an inserted <c>ignore</c> declaration starts with, for the author to write.</summary>
        public const string ReasonPlaceholder = "TODO: why this changes nothing";

        /// <summary>CP4009, at the state's declaration; the related location is the event's.</summary>
        public static ImmutableArray<DiagnosticFix> ForIgnoredEvent(PolicyFileSyntax file, Diagnostic diagnostic, IReadOnlyDictionary<string, PolicyFileSyntax> files)
        {
            if (!(StateAt(file, diagnostic.Location!.Span) is var (lifecycle, state)) || !(RelatedName(diagnostic, files) is { } eventType))
                return ImmutableArray<DiagnosticFix>.Empty;
            var fixes = lifecycle.Transitions
                .Where(t => t.Trigger is EventTriggerSyntax on && on.EventType.Text == eventType && !t.Sources.IsAny)
                .Select(t => AddSource(file.Source, t, state, $"Let {t.Id.Text} fire in {state} too"))
                .ToList();
            fixes.Add(DeclareIgnored(file.Source, lifecycle, eventType, state));
            return fixes.ToImmutableArray();
        }

        /// <summary>CP4010, at the state's name in the transition's list (no fix when the state comes from <c>any</c>).</summary>
        public static ImmutableArray<DiagnosticFix> ForPreemptedDeadline(PolicyFileSyntax file, Diagnostic diagnostic, IReadOnlyDictionary<string, PolicyFileSyntax> files)
        {
            var span = diagnostic.Location!.Span;
            var transition = Lifecycles(file).SelectMany(l => l.Transitions).FirstOrDefault(t => t.Sources.States.Any(n => n.Span.Equals(span)));
            if (transition is null || transition.Sources.States.Length < 2) return ImmutableArray<DiagnosticFix>.Empty;
            var names = transition.Sources.States;
            var index = names.IndexOf(names.First(n => n.Span.Equals(span)));
            // The name and the comma that joins it to its neighbour.
            var removed = index > 0 ? TextSpan.FromBounds(names[index - 1].Span.End, span.End) : TextSpan.FromBounds(span.Start, names[1].Span.Start);
            return ImmutableArray.Create(DiagnosticFix.Replace($"Remove {names[index].Text} from the states of {transition.Id.Text}", file.Source.Path, removed,
                string.Empty, isPreferred: false));
        }

        /// <summary>CP4011, at the state's declaration; the related location is the validity's transition ID.</summary>
        public static ImmutableArray<DiagnosticFix> ForOutlivedValidity(PolicyFileSyntax file, Diagnostic diagnostic, IReadOnlyDictionary<string, PolicyFileSyntax> files)
        {
            if (!(StateAt(file, diagnostic.Location!.Span) is var (lifecycle, state)) || !(RelatedName(diagnostic, files) is { } id))
                return ImmutableArray<DiagnosticFix>.Empty;
            var fixes = lifecycle.Transitions
                .Where(t => t.Id.Text == id && !t.Sources.IsAny)
                .Select(t => AddSource(file.Source, t, state, $"Let {id} end the validity in {state} too"))
                .ToList();
            fixes.Add(DeclareIgnored(file.Source, lifecycle, id, state));
            return fixes.ToImmutableArray();
        }

        private static DiagnosticFix AddSource(SourceText text, TransitionSyntax transition, string state, string title) =>
            DiagnosticFix.Replace(title, text.Path, new TextSpan(transition.Sources.Span.End, 0), ", " + state, isPreferred: false);

        /// <summary><c>ignore SUBJECT in STATE "TODO..."</c> on a line of its own after the lifecycle's last line.</summary>
        private static DiagnosticFix DeclareIgnored(SourceText text, LifecycleDeclarationSyntax lifecycle, string subject, string state)
        {
            var stateLine = text.GetLineText(text.GetPosition(lifecycle.States.First(s => s.Name.Text == state).Span.Start).Line);
            var indentation = new string(stateLine.TakeWhile(c => c == ' ' || c == '\t').ToArray());
            var lastLine = text.GetPosition(lifecycle.Span.End).Line;
            var at = text.GetLineStart(lastLine) + text.GetLineText(lastLine).Length;
            var declaration = $"{SourceLines.LineBreak(text)}{indentation}ignore {subject} in {state} \"{ReasonPlaceholder}\"";
            return DiagnosticFix.Replace($"Declare {subject} ignored in {state}", text.Path, new TextSpan(at, 0), declaration, isPreferred: false);
        }

        private static (LifecycleDeclarationSyntax Lifecycle, string State)? StateAt(PolicyFileSyntax file, TextSpan span)
        {
            foreach (var lifecycle in Lifecycles(file))
            {
                var state = lifecycle.States.FirstOrDefault(s => s.Name.Span.Equals(span));
                if (state != null) return (lifecycle, state.Name.Text);
            }
            return null;
        }

        private static string? RelatedName(Diagnostic diagnostic, IReadOnlyDictionary<string, PolicyFileSyntax> files)
        {
            var related = diagnostic.RelatedLocations.FirstOrDefault()?.Location;
            return related != null && files.TryGetValue(related.Path, out var file) ? file.Source.ToString(related.Span) : null;
        }

        private static IEnumerable<LifecycleDeclarationSyntax> Lifecycles(PolicyFileSyntax file) => file.Declarations.OfType<LifecycleDeclarationSyntax>();
    }
}
