using Strategy.Web.Formatting;

namespace Strategy.UnitTests.Formatting;

public sealed class PolishFormatTests
{
    private const string Nbsp = "\u00A0";

    [Theory]
    [InlineData("11.6", "11,6")]
    [InlineData("4791", "4" + Nbsp + "791")]
    [InlineData("1234567.5", "1" + Nbsp + "234" + Nbsp + "567,5")]
    [InlineData("836.0", "836")]
    [InlineData("25.51", "25,51")]
    [InlineData("0", "0")]
    [InlineData("-1500", "-1" + Nbsp + "500")]
    public void Numbers_use_a_decimal_comma_and_non_breaking_thousands(string value, string expected) =>
        Assert.Equal(expected, PolishFormat.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_unit_follows_after_a_non_breaking_space() =>
        Assert.Equal("11,6" + Nbsp + "%", PolishFormat.Number(11.6m, "%"));

    [Theory]
    [InlineData(1, "osoby", "1\u00A0osoba")]
    [InlineData(3, "osób", "3\u00A0osoby")]
    [InlineData(4791, "osoby", "4\u00A0791\u00A0osób")]
    [InlineData(120, "osoby", "120\u00A0osób")]
    [InlineData(22, "rodziny", "22\u00A0rodziny")]
    [InlineData(12, "rodziny", "12\u00A0rodzin")]
    [InlineData(2.5, "osoby", "2,5\u00A0osoby")]
    [InlineData(5, "dzieci", "5\u00A0dzieci")]
    [InlineData(11.6, "%", "11,6\u00A0%")]
    [InlineData(40, "tys. zł", "40\u00A0tys. zł")]
    public void A_unit_that_is_a_noun_is_declined_by_its_number(double value, string unit, string expected) =>
        Assert.Equal(expected, PolishFormat.Number((decimal)value, unit));

    [Theory]
    [InlineData(98450.2, "98\u00A0450,20\u00A0zł")]
    [InlineData(1250000, "1\u00A0250\u00A0000,00\u00A0zł")]
    [InlineData(0.005, "0,01\u00A0zł")]
    public void Money_has_two_decimals(double value, string expected) =>
        Assert.Equal(expected, PolishFormat.Money((decimal)value));

    [Fact]
    public void Dates_are_day_month_year_with_leading_zeros_whatever_the_culture_says() =>
        Assert.Equal("05.03.2021", PolishFormat.Date(new DateTimeOffset(2021, 3, 5, 12, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("2026-12-07T01:40:00Z", "07.12.2026 02:40")] // winter: UTC+1
    [InlineData("2026-07-01T22:30:00Z", "02.07.2026 00:30")] // summer: UTC+2, the next day already
    [InlineData("2026-03-29T01:30:00Z", "29.03.2026 03:30")] // just after the spring change
    public void Moments_are_shown_in_polish_time_to_the_minute(string utc, string expected) =>
        Assert.Equal(expected, PolishFormat.DateTime(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_moment_late_in_the_utc_evening_is_dated_by_the_polish_day() =>
        Assert.Equal("08.12.2026", PolishFormat.Date(new DateTimeOffset(2026, 12, 7, 23, 30, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData(2014, 2020, "2014–2020")]
    [InlineData(null, null, "nie podano")]
    [InlineData(2021, null, "od 2021")]
    public void Periods_read_naturally(int? start, int? end, string expected) =>
        Assert.Equal(expected, PolishFormat.Period(start, end));
}
