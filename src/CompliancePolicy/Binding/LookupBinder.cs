using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Binding
{
    /// <summary>Binds a band table or tiers, and checks that its bands neither overlap nor leave gaps and its tiers descend.</summary>
    internal sealed class LookupBinder
    {
        private readonly DiagnosticBag _diagnostics;
        private readonly SourceText _source;
        private readonly ExpressionBinder _binder;

        /// <summary>The lookup's signature is bound with its symbol, so that any arm may call any lookup.</summary>
        public LookupBinder(DiagnosticBag diagnostics, ExpressionBinder binder)
        {
            _diagnostics = diagnostics;
            _source = binder.Source;
            _binder = binder;
        }

        public BoundLookupBody Bind(LookupSymbol lookup) =>
            lookup.Syntax is TableDeclarationSyntax table ? BindTable(lookup, table) : BindTiers(lookup, (TiersDeclarationSyntax)lookup.Syntax);

        private BoundLookupBody BindTable(LookupSymbol lookup, TableDeclarationSyntax syntax)
        {
            var key = _binder.DeclareVariable(syntax.KeyName.Text, lookup.KeyType);
            if (lookup.KeyType != TypeSymbol.Error && lookup.KeyType != TypeSymbol.Int)
                Report(syntax.KeyType.Span, DiagnosticMessages.TableKeyNotInteger(lookup.Name, lookup.KeyType.Describe()));

            var arms = ImmutableArray.CreateBuilder<BoundLookupArm>();
            for (var i = 0; i < syntax.Bands.Length; i++)
            {
                var band = syntax.Bands[i];
                foreach (var bound in new[] { band.Low, band.High })
                {
                    if (bound != null && bound.Value != decimal.Truncate(bound.Value))
                        Report(bound.Span, DiagnosticMessages.TypeMismatch("an int", "a decimal"));
                }
                if (band.Low != null && band.High != null && band.Low.Value > band.High.Value)
                    Report(band.Span, DiagnosticMessages.TableBandInverted(i + 1, lookup.Name, Format(band.Low.Value), Format(band.High.Value)));
                arms.Add(new BoundLookupArm(band.Low?.Value, band.High?.Value, BindArm(lookup, band.Result)));
            }
            CheckBands(lookup, syntax);
            var otherwise = BindOtherwise(lookup, syntax.Otherwise, syntax.Name, "band");
            _binder.RemoveVariable(key);
            return new BoundLookupBody(key, arms.ToImmutable(), otherwise);
        }

        private BoundLookupBody BindTiers(LookupSymbol lookup, TiersDeclarationSyntax syntax)
        {
            var key = _binder.DeclareVariable(syntax.KeyName.Text, lookup.KeyType);
            if (lookup.KeyType != TypeSymbol.Error && !lookup.KeyType.IsNumeric)
                Report(syntax.KeyType.Span, DiagnosticMessages.TypeMismatch("an int or a decimal", lookup.KeyType.Describe()));

            var arms = ImmutableArray.CreateBuilder<BoundLookupArm>();
            TierSyntax? previous = null;
            foreach (var tier in syntax.Tiers)
            {
                if (previous != null && tier.Threshold.Value >= previous.Threshold.Value)
                {
                    Report(tier.Threshold.Span, DiagnosticMessages.TiersOutOfOrder(Format(tier.Threshold.Value), lookup.Name, Format(previous.Threshold.Value)));
                }
                else
                {
                    previous = tier;
                }
                arms.Add(new BoundLookupArm(tier.Threshold.Value, null, BindArm(lookup, tier.Result)));
            }
            var otherwise = BindOtherwise(lookup, syntax.Otherwise, syntax.Name, "tier");
            _binder.RemoveVariable(key);
            return new BoundLookupBody(key, arms.ToImmutable(), otherwise);
        }

        private BoundArmResult BindArm(LookupSymbol lookup, ArmResultSyntax arm)
        {
            if (arm is ErrorArmSyntax error) return new BoundArmResult(null, _binder.BindInterpolatedString(error.Message));
            var value = _binder.BindExpecting(((ValueArmSyntax)arm).Value, lookup.ResultType);
            return new BoundArmResult(value, null);
        }

        private BoundArmResult? BindOtherwise(LookupSymbol lookup, ArmResultSyntax? otherwise, NameSyntax name, string armKind)
        {
            if (otherwise is null)
            {
                Report(name.Span, DiagnosticMessages.MissingOtherwise(lookup.IsTiers ? "Tiers" : "Table", lookup.Name, armKind));
                return null;
            }
            return BindArm(lookup, otherwise);
        }

        /// <summary>
        /// Sorted by their lower bound, integer bands must meet exactly: no overlap, no gap. Each band is compared with
        /// the band that reaches highest so far, not just the one before it: in <c>1 to 100, 10 to 20, 30 to 40</c>
        /// both later bands overlap the first, and 21 to 29 is no gap.
        /// </summary>
        private void CheckBands(LookupSymbol lookup, TableDeclarationSyntax syntax)
        {
            var ordered = syntax.Bands
                .Select((band, index) => (Band: band, Number: index + 1, Low: band.Low?.Value ?? decimal.MinValue, High: band.High?.Value ?? decimal.MaxValue))
                .Where(b => b.Low <= b.High)
                .OrderBy(b => b.Low)
                .ToList();
            if (ordered.Count == 0) return;
            var reach = ordered[0];
            for (var i = 1; i < ordered.Count; i++)
            {
                var band = ordered[i];
                if (band.Low <= reach.High)
                {
                    // Two 'up to' bands share every value up to the lower of their highs.
                    var shared = band.Low == decimal.MinValue ? System.Math.Min(band.High, reach.High) : band.Low;
                    var (later, earlier) = band.Number > reach.Number ? (band, reach) : (reach, band);
                    Report(later.Band.Span, DiagnosticMessages.TableBandsOverlap(later.Number, lookup.Name, earlier.Number, Format(shared)));
                }
                else if (band.Low > reach.High + 1)
                {
                    var gap = reach.High + 1 == band.Low - 1
                        ? Format(reach.High + 1)
                        : $"{Format(reach.High + 1)} to {Format(band.Low - 1)}";
                    Report(band.Band.Span, DiagnosticMessages.TableBandsGap(lookup.Name, gap));
                }
                if (band.High > reach.High) reach = band;
            }
        }

        private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        private void Report(TextSpan span, DiagnosticMessage message) => _diagnostics.Report(_source, span, message);
    }
}
