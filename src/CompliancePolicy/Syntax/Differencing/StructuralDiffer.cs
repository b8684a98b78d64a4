using System.Collections.Generic;
using System.Linq;

namespace CompliancePolicy.Syntax.Differencing
{
    /// <summary>
    /// Compares two versions of a set of policies declaration by declaration: policies by title, declarations by kind and
    /// name, a lifecycle's transitions and deadlines by ID, and each declaration's parts by what they are (a band by its
    /// bounds, an <c>unless</c> by its text). Layout and comments are not changes; reordering is not one either, except
    /// where order means something (an enumeration's members).
    /// </summary>
    internal static class StructuralDiffer
    {
        /// <summary>The policies of both versions, in the old version's order, then the policies only the new one has.</summary>
        public static IReadOnlyList<PolicyStructureDiff> Compare(IEnumerable<PolicyFileSyntax> oldFiles, IEnumerable<PolicyFileSyntax> newFiles)
        {
            var olds = PolicyOutline.Of(oldFiles);
            var news = PolicyOutline.Of(newFiles).ToDictionary(p => p.Title);
            var diffs = new List<PolicyStructureDiff>();
            foreach (var old in olds)
            {
                if (news.TryGetValue(old.Title, out var @new))
                {
                    diffs.Add(new PolicyStructureDiff(old.Title, null, Declarations(old.Declarations, @new.Declarations)));
                    news.Remove(old.Title);
                }
                else
                {
                    diffs.Add(new PolicyStructureDiff(old.Title, ChangeKind.Removed, Declarations(old.Declarations, new OutlineDeclaration[0])));
                }
            }
            foreach (var added in PolicyOutline.Of(newFiles).Where(p => news.ContainsKey(p.Title)))
                diffs.Add(new PolicyStructureDiff(added.Title, ChangeKind.Added, Declarations(new OutlineDeclaration[0], added.Declarations)));
            return diffs;
        }

        private static List<StructuralChange> Declarations(IReadOnlyList<OutlineDeclaration> olds, IReadOnlyList<OutlineDeclaration> news)
        {
            var changes = new List<StructuralChange>();
            var remaining = news.ToList();
            foreach (var old in olds)
            {
                var match = remaining.FirstOrDefault(n => n.Kind == old.Kind && n.Name == old.Name);
                if (match is null)
                {
                    // The policy header is the policy itself: a policy removed is said once, not as a removed header.
                    if (old.Kind != "policy" || news.Count > 0) changes.Add(new StructuralChange(ChangeKind.Removed, old.Kind, old.Name, null, null, old.Text, null));
                    continue;
                }
                remaining.Remove(match);
                changes.AddRange(Parts(old, match));
            }
            changes.AddRange(remaining.Where(n => n.Kind != "policy" || olds.Count > 0)
                .Select(n => new StructuralChange(ChangeKind.Added, n.Kind, n.Name, null, null, null, n.Text)));
            return changes;
        }

        /// <summary>The parts of one declaration in both versions: members (a lifecycle's transitions and deadlines) as wholes
        /// when added or removed, otherwise part by part.</summary>
        private static IEnumerable<StructuralChange> Parts(OutlineDeclaration old, OutlineDeclaration @new)
        {
            var members = old.Parts.Select(p => p.Member).Concat(@new.Parts.Select(p => p.Member)).Distinct().ToList();
            foreach (var member in members)
            {
                var before = old.Parts.Where(p => p.Member == member).ToList();
                var after = @new.Parts.Where(p => p.Member == member).ToList();
                if (member != null && (before.Count == 0 || after.Count == 0))
                {
                    var removed = after.Count == 0;
                    var text = MemberText(removed ? before : after);
                    yield return new StructuralChange(removed ? ChangeKind.Removed : ChangeKind.Added, old.Kind, old.Name, member, null,
                        removed ? text : null, removed ? null : text);
                    continue;
                }
                foreach (var part in before)
                {
                    var match = after.FirstOrDefault(p => p.Key == part.Key);
                    if (match is null) yield return new StructuralChange(ChangeKind.Removed, old.Kind, old.Name, member, part.Key, part.Text, null);
                    else if (match.Text != part.Text) yield return new StructuralChange(ChangeKind.Changed, old.Kind, old.Name, member, part.Key, part.Text, match.Text);
                }
                foreach (var part in after.Where(a => !before.Any(b => b.Key == a.Key)))
                    yield return new StructuralChange(ChangeKind.Added, old.Kind, old.Name, member, part.Key, null, part.Text);
            }
        }

        /// <summary>A transition or deadline as written: its head, then its parts indented under it.</summary>
        private static string MemberText(IReadOnlyList<OutlinePart> parts) =>
            string.Join("\n", parts.Select((p, i) => i == 0 ? p.Text : "  " + p.Text));
    }
}
