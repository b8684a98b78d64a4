using System;
using System.Collections.Generic;
using CompliancePolicy.Checking;
using CompliancePolicy.Values;

namespace CompliancePolicy.Tests.Checking
{
    /// <summary>What a person types for a run: dates that do not exist and parameters given twice are said as such.</summary>
    public class RunInputTests
    {
        [Theory]
        [InlineData("2026-02-30", "February 2026 has 28 days")]
        [InlineData("2024-02-30", "February 2024 has 29 days")]
        [InlineData("2026-04-31", "April 2026 has 30 days")]
        [InlineData("2026-13-01", "there is no month 13")]
        [InlineData("2026-00-10", "there is no month 0")]
        [InlineData("2026-05-00", "there is no day 0")]
        [InlineData("0000-01-01", "there is no year 0000")]
        public void A_date_written_right_that_does_not_exist_says_why(string text, string why)
        {
            Assert.False(DateInput.TryParse(text, out _, out var noSuchDate));
            Assert.Equal(why, noSuchDate);
        }

        [Theory]
        [InlineData("23.11.2026")]
        [InlineData("2026-1-1")]
        [InlineData("2026-11-23T00:00")]
        [InlineData("")]
        public void Text_of_another_form_is_not_a_date_and_has_no_such_date_reason(string text)
        {
            Assert.False(DateInput.TryParse(text, out _, out var noSuchDate));
            Assert.Null(noSuchDate);
        }

        [Fact]
        public void A_real_date_is_read()
        {
            Assert.True(DateInput.TryParse("2024-02-29", out var date, out _));
            Assert.Equal(new CalendarDate(2024, 2, 29), date);
        }

        [Fact]
        public void A_parameter_given_twice_is_named_with_both_values()
        {
            var overrides = new[] { KeyValuePair.Create("grace", "3 months"), KeyValuePair.Create("rate", "5%"), KeyValuePair.Create("grace", "4 months") };

            Assert.Equal("'grace' is given twice: '3 months' and '4 months'; give each parameter once", ParameterOverrides.FindRepeated(overrides));
            Assert.Null(ParameterOverrides.FindRepeated(new[] { KeyValuePair.Create("grace", "3 months") }));
        }

        [Fact]
        public void Run_options_refuse_a_parameter_given_twice()
        {
            var overrides = new[] { KeyValuePair.Create("grace", "3 months"), KeyValuePair.Create("grace", "4 months") };

            var refused = Assert.Throws<ArgumentException>(() => new RunOptions(new CalendarDate(2026, 11, 23), overrides));
            Assert.Contains("'grace' is given twice", refused.Message);
        }
    }
}
