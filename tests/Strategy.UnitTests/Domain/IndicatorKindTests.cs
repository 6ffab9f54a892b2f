using Strategy.Application.Monitoring;
using Strategy.Domain.Indicators;

namespace Strategy.UnitTests.Domain;

/// <summary>An indicator's kind, read from its unit or name, and the values each kind refuses or asks about.</summary>
public sealed class IndicatorKindTests
{
    [Theory]
    [InlineData("Liczba rodzin objętych wsparciem asystenta rodziny", null, IndicatorKind.Count)]
    [InlineData("Liczba uczniów korzystających z dożywiania", "uczniowie", IndicatorKind.Count)]
    [InlineData("Rodziny objęte pracą socjalną", "rodziny", IndicatorKind.Count)]
    [InlineData("Osoby bezrobotne", "osób", IndicatorKind.Count)]
    [InlineData("Odsetek osób w wieku poprodukcyjnym", null, IndicatorKind.Percentage)]
    [InlineData("Udział bezrobotnych kobiet", "%", IndicatorKind.Percentage)]
    [InlineData("Przestępstwa", "na 1000 mieszkańców", IndicatorKind.Rate)]
    [InlineData("Wydatki na pomoc społeczną", null, IndicatorKind.Money)]
    [InlineData("Środki na profilaktykę", "tys. zł", IndicatorKind.Money)]
    [InlineData("Liczba osób na 1000 mieszkańców", "‰", IndicatorKind.Rate)]
    [InlineData("Wskaźnik deprywacji", null, IndicatorKind.Other)]
    [InlineData("Średni czas oczekiwania", "dni", IndicatorKind.Other)] // an average may have a fraction
    public void The_kind_comes_from_the_unit_or_else_the_name(string name, string? unit, IndicatorKind expected) =>
        Assert.Equal(expected, IndicatorKinds.Infer(name, unit));

    [Theory]
    [InlineData("-5", "nie może być ujemna")]
    [InlineData("1 234,5", "musi być całkowita")]
    public void A_count_refuses_negatives_and_fractions(string typed, string reason)
    {
        Assert.Null(ReportedValueText.Number(typed, IndicatorKind.Count, "Liczba rodzin", out var error));
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData(IndicatorKind.Count, "1.234", 1234)]
    [InlineData(IndicatorKind.Money, "98.450", 98450)]
    [InlineData(IndicatorKind.Count, "1 234", 1234)]
    [InlineData(IndicatorKind.Other, "1.5", 1.5)]
    [InlineData(IndicatorKind.Percentage, "11,6", 11.6)]
    [InlineData(IndicatorKind.Other, "1.234.567", 1234567)]
    public void A_number_is_read_by_the_kind(IndicatorKind kind, string typed, double expected)
    {
        Assert.Equal((decimal)expected, ReportedValueText.Number(typed, kind, "Wskaźnik", out var error));
        Assert.Null(error);
    }

    [Fact]
    public void One_dot_before_three_digits_of_another_kind_is_asked_about()
    {
        Assert.Null(ReportedValueText.Number("1.234", IndicatorKind.Percentage, "Odsetek", out var error));
        Assert.Equal("„1.234” może znaczyć 1\u00A0234 albo 1,234: wpisz bez kropki, np. 1234 albo 1,234.", error);
    }

    [Fact]
    public void Money_keeps_grosze_at_most() =>
        Assert.Contains("najwyżej dwa miejsca", IndicatorKinds.Refusal(IndicatorKind.Money, 10.255m, "Wydatki"));

    [Theory]
    [InlineData(3200, false)] // more than 10 × 312
    [InlineData(31, false)]   // less than a tenth
    [InlineData(0, false)]
    [InlineData(3000, true)]
    [InlineData(32, true)]
    public void A_value_far_from_the_last_approved_one_needs_a_confirmation(int value, bool plausible)
    {
        var failures = ValuePlausibility.Check(value, "rodziny", (2024, 312m), confirmed: false, note: null);

        Assert.Equal(plausible, failures.Count == 0);
        if (!plausible)
        {
            Assert.Equal("Confirmed", Assert.Single(failures).PropertyName);
            Assert.Contains("ostatnia zatwierdzona (312\u00A0rodzin za 2024)", failures[0].ErrorMessage);
        }
    }

    [Fact]
    public void A_confirmed_far_value_still_needs_a_note_and_then_goes_through()
    {
        Assert.Equal("Note", Assert.Single(ValuePlausibility.Check(5000m, null, (2024, 312m), confirmed: true, note: " ")).PropertyName);
        Assert.Empty(ValuePlausibility.Check(5000m, null, (2024, 312m), confirmed: true, note: "Nowy program od stycznia."));
        Assert.Empty(ValuePlausibility.Check(5000m, null, null, confirmed: false, note: null));
    }
}
