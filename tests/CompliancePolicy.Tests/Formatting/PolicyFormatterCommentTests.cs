using System.Collections.Generic;
using System.Linq;
using static CompliancePolicy.Tests.Formatting.FormattingAssert;

namespace CompliancePolicy.Tests.Formatting
{
    /// <summary>Every comment survives formatting, placed next to the code it was written beside.</summary>
    public class PolicyFormatterCommentTests
    {
        [Fact]
        public void Comments_in_every_position_are_kept_beside_their_code()
        {
            const string expected = @"
# File header
# spans two lines

# Section: the policy
policy ""P"" # trailing on the header
  # before version
  version ""1""
  sources ""a"" # after sources

enum E {
  a # after a
  b
}

schema S key id { # after the brace
  # before id
  id: text
  score: decimal # after score
  # before the closing brace
}

# inside a multi-line expression
# also inside
let total = a + b + c # after the expression
let other = 2

table t(k: int) -> int { # open
  # before the first band
  1 to 5 => 1 # band one
  otherwise => 0
  # before close
} # after close

clause C-1 ""T"" # after the title
  # before cites
  cites ""x""
  severity blocker # after severity
  # in the requirement
  require a and b
  # before unless
  unless c
  message ""m"" # after message

# before the decision
decision d = 1

event Opened # no fields

event Closed { # fields
  on_day: date # when
}

lifecycle ticket ""Ticket"" # after the title
  # before history
  history events
  initial open on created # start
  state open
  # the end
  final state closed # final
  # before the last state
  state archived # written last

  # Closing
  transition T-1 open -> closed # header
    # before the trigger
    on Closed
    when event.on_day >= created # condition
    cites ""a""
  deadline D-1 ""Answer"" in open
    # inside the duration
    within 2 weeks since start
# before the end of the lifecycle

# At the end of the file

# after a blank line
";

            AssertFormats(FormattingCorpus.Policies["comments"], expected.TrimStart('\n'));
        }

        [Fact]
        public void A_comment_inside_an_expression_moves_above_its_line_and_one_after_it_stays_at_the_end()
        {
            AssertFormats(
                "clause C \"T\"\n  require a # first\n    and b\n    # between\n    and c # last\n",
                "clause C \"T\"\n  # first\n  # between\n  require a and b and c # last\n");
            AssertFormats("let d = 1 year # which year?\n  6 months\n", "# which year?\nlet d = 1 year 6 months\n");
        }

        [Fact]
        public void A_comment_on_a_part_written_on_the_header_line_stays_on_that_part()
        {
            AssertFormats(
                "clause C \"T\" cites \"x\" severity blocker # why blocker\n  require a\n",
                "clause C \"T\"\n  cites \"x\"\n  severity blocker # why blocker\n  require a\n");
        }

        [Fact]
        public void A_comment_after_a_keyword_moves_with_the_keywords_line()
        {
            AssertFormats(
                "clause C \"T\" cites \"x\" require # why\n    a\n",
                "clause C \"T\"\n  cites \"x\"\n  # why\n  require a\n");
            AssertFormats(
                "table t(k: int) -> int { 1 to 5 => 1 otherwise # else\n => 0 }",
                "table t(k: int) -> int {\n  1 to 5 => 1\n  # else\n  otherwise => 0\n}\n");
        }

        [Fact]
        public void A_comment_after_a_comma_stays_with_the_item_before_it()
        {
            AssertFormats("record R { a: int, # after a\n b: int }", "record R {\n  a: int # after a\n  b: int\n}\n");
            AssertFormats("enum E { a, b, # after b\n}", "enum E {\n  a\n  b # after b\n}\n");
        }

        [Fact]
        public void A_comment_inside_braces_unfolds_a_one_line_enumeration()
        {
            AssertFormats("enum E { a, b # b is new\n}\n", "enum E {\n  a\n  b # b is new\n}\n");
            AssertFormats("enum E { # none yet\n}\n", "enum E { # none yet\n}\n");
            AssertFormats("record R { # none yet\n}\n", "record R { # none yet\n}\n");
        }

        [Fact]
        public void Comments_between_grouped_declarations_keep_the_group()
        {
            AssertFormats("let a = 1 # one\n# about b\nlet b = 2\n", "let a = 1 # one\n# about b\nlet b = 2\n");
        }

        [Fact]
        public void Blank_lines_around_comments_are_kept_between_declarations_and_dropped_inside_them()
        {
            AssertFormats(
                "let a = 1\n\n\n# Section B\n\n\n# about b\n\nlet b = 2\n",
                "let a = 1\n\n# Section B\n\n# about b\n\nlet b = 2\n");
            AssertFormats(
                "schema S {\n  a: int\n\n  # about b\n\n  b: int\n}\n",
                "schema S {\n  a: int\n  # about b\n  b: int\n}\n");
        }

        [Fact]
        public void A_file_of_comments_keeps_them_all()
        {
            AssertFormats("\n\n# one   \n\n\n# two\n# three", "# one\n\n# two\n# three\n");
        }

        [Fact]
        public void Comment_characters_inside_strings_are_not_comments()
        {
            AssertFormats(
                "policy \"P # not a comment\" # a comment\nlet m = \"# neither\"",
                "policy \"P # not a comment\" # a comment\n\nlet m = \"# neither\"\n");
        }

        [Theory]
        [MemberData(nameof(FormattingCorpus.Names), MemberType = typeof(FormattingCorpus))]
        public void A_comment_in_every_gap_between_tokens_survives_formatting(string name)
        {
            AssertSameComments(FormattingCorpus.WithCommentsInEveryGap(FormattingCorpus.Policies[name]));
        }

        [Theory]
        [InlineData(3)]
        [InlineData(11)]
        [InlineData(42)]
        public void Every_comment_of_a_generated_policy_survives_formatting(int seed)
        {
            AssertSameComments(PolicyGenerator.Generate(seed));
        }

        /// <summary>The multiset of comment texts (trailing white space aside) is the same before and after.</summary>
        private static void AssertSameComments(string text)
        {
            var before = CommentTexts(text);

            var after = CommentTexts(Format(text).Text);

            Assert.NotEmpty(before);
            Assert.Equal(before, after);
        }

        private static IEnumerable<string> CommentTexts(string text) =>
            Parse(text).Comments.Select(c => c.Text.TrimEnd()).OrderBy(t => t, System.StringComparer.Ordinal).ToArray();
    }
}
