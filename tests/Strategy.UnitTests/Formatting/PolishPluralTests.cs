using Strategy.Application.Common.Text;
using Strategy.Web.Formatting;

namespace Strategy.UnitTests.Formatting;

public sealed class PolishPluralTests
{
    [Theory]
    [InlineData("1", "wskaźnik")]
    [InlineData("2", "wskaźniki")]
    [InlineData("4", "wskaźniki")]
    [InlineData("5", "wskaźników")]
    [InlineData("12", "wskaźników")]
    [InlineData("13", "wskaźników")]
    [InlineData("14", "wskaźników")]
    [InlineData("22", "wskaźniki")]
    [InlineData("46", "wskaźników")]
    [InlineData("0", "wskaźników")]
    [InlineData("112", "wskaźników")]
    [InlineData("1.5", "wskaźnika")]
    public void Follows_the_CLDR_Polish_rules(string count, string expected) =>
        Assert.Equal(expected, PolishPlural.Indicator.For(decimal.Parse(count, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Counts_are_formatted_with_their_noun() =>
        Assert.Equal("4\u00A0791\u00A0wskaźników", PolishPlural.Indicator.Count(4791));
}
