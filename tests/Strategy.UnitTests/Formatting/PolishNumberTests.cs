using Strategy.Application.Common.Text;

namespace Strategy.UnitTests.Formatting;

public sealed class PolishNumberTests
{
    [Theory]
    [InlineData("11,6", 11.6)]
    [InlineData("1 234,5", 1234.5)]
    [InlineData("1\u00a0234,5", 1234.5)]
    [InlineData("1\u202f234\u202f567", 1234567)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("1234.5", 1234.5)]
    [InlineData("0", 0)]
    [InlineData("-3,25", -3.25)]
    [InlineData("\u22123,25", -3.25)]
    [InlineData(" 836 ", 836)]
    public void Reads_numbers_typed_the_Polish_way_and_the_program_way(string text, double expected)
    {
        Assert.True(PolishNumber.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("12,3,4")]
    [InlineData("1,234.5")]
    [InlineData("12.34.5")]
    [InlineData("11,6%")]
    [InlineData("abc")]
    [InlineData("1e5")]
    [InlineData("12 34")]
    public void Refuses_what_is_not_one_number(string? text)
    {
        Assert.False(PolishNumber.TryParse(text, out _));
    }
}
