using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CompliancePolicy.Syntax;
using static CompliancePolicy.Tests.Formatting.FormattingAssert;

namespace CompliancePolicy.Tests.Formatting
{
    /// <summary>
    /// The policies of dsl-samples/ (the six of them, and any added later): formatting keeps their meaning and their
    /// comments and is idempotent. Whether they are already formatted is not checked here.
    /// </summary>
    public class PolicyFormatterSampleTests
    {
        private static readonly string[] Expected =
        {
            "after-sales-certification.policy", "audit-report-access.policy", "consultancy-termination.policy",
            "iso20000-certificate-status.policy", "iso20000-eligibility.policy", "subsidies.policy",
        };

        public static IEnumerable<object[]> Samples() =>
            Directory.GetFiles(SamplesFolder(), "*.policy").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).Select(n => new object[] { n! });

        [Fact]
        public void The_six_samples_are_found()
        {
            var found = Samples().Select(s => (string)s[0]).ToArray();

            Assert.All(Expected, name => Assert.Contains(name, found));
        }

        [Theory]
        [MemberData(nameof(Samples))]
        public void A_sample_keeps_its_meaning_and_its_comments_and_formats_once(string name)
        {
            AssertKeepsMeaningAndFormatsOnce(Read(name));
        }

        [Theory]
        [MemberData(nameof(Samples))]
        public void A_sample_with_a_comment_in_every_gap_keeps_its_meaning_and_formats_once(string name)
        {
            AssertKeepsMeaningAndFormatsOnce(FormattingCorpus.WithCommentsInEveryGap(Read(name)));
        }

        [Fact]
        public void The_lifecycle_samples_are_laid_out_and_not_kept_as_written()
        {
            // Written with blank lines inside the lifecycle and its transitions on few lines, to show it is laid out.
            var text = Read("iso20000-certificate-status.policy");
            var messy = text.Replace("\n  state rectifying", "\n\n  state rectifying")
                .Replace("active -> suspended\n    after", "active->suspended after");

            Assert.NotEqual(text, messy);
            Assert.Equal(Format(text).Text, Format(messy).Text);
        }

        private static void AssertKeepsMeaningAndFormatsOnce(string text)
        {
            var original = Parse(text);
            Assert.True(original.Diagnostics.IsEmpty, string.Join("\n", original.Diagnostics));

            var formatted = Format(text);

            Assert.Empty(formatted.Diagnostics);
            AssertCanonicalText(formatted.Text);
            var reparsed = Parse(formatted.Text);
            Assert.True(reparsed.Diagnostics.IsEmpty, string.Join("\n", reparsed.Diagnostics) + "\n" + formatted.Text);
            var difference = SyntaxTreeComparer.FindDifference(original, reparsed);
            Assert.True(difference is null, difference + "\n--- output\n" + formatted.Text);
            Assert.Equal(CommentTexts(original), CommentTexts(reparsed));
            var again = Format(formatted.Text);
            Assert.Equal(formatted.Text, again.Text);
            Assert.False(again.Changed);
        }

        private static string[] CommentTexts(PolicyFileSyntax file) =>
            file.Comments.Select(c => c.Text.TrimEnd()).OrderBy(t => t, StringComparer.Ordinal).ToArray();

        private static string Read(string name) => File.ReadAllText(Path.Combine(SamplesFolder(), name));

        /// <summary>dsl-samples/ beside CompliancePolicy.sln, found by walking up from the test assembly.</summary>
        private static string SamplesFolder()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CompliancePolicy.sln"))) return Path.Combine(directory.FullName, "dsl-samples");
            }
            throw new InvalidOperationException("CompliancePolicy.sln was not found above " + AppContext.BaseDirectory);
        }
    }
}
