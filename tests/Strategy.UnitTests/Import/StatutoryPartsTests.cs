using Strategy.Application.Strategies.Completeness;
using Strategy.Application.Strategies.Import.Blocks;
using Strategy.Application.Strategies.Queries.GetCompleteness;

namespace Strategy.UnitTests.Import;

/// <summary>Which part of art. 16b ust. 2 a chapter names, which blocks are chapters, and when a strategy's period is said to be ending.</summary>
public sealed class StatutoryPartsTests
{
    [Theory]
    [InlineData("2. Diagnoza sytuacji społecznej", new[] { StatutoryPart.Diagnosis })]
    [InlineData("ROZDZIAŁ III. DIAGNOZA I PROGNOZA ZMIAN", new[] { StatutoryPart.Diagnosis, StatutoryPart.Forecast })]
    [InlineData("Cele strategiczne i kierunki działań", new[] { StatutoryPart.StrategicGoals, StatutoryPart.Directions })]
    [InlineData("VI. Sposób realizacji strategii i ramy finansowe", new[] { StatutoryPart.ImplementationAndFinance })]
    [InlineData("Źródła finansowania", new[] { StatutoryPart.ImplementationAndFinance })]
    [InlineData("5. Monitoring i ewaluacja", new[] { StatutoryPart.Indicators })]
    [InlineData("4. Wskaźniki monitorowania", new[] { StatutoryPart.Indicators })]
    [InlineData("1. Wprowadzenie", new StatutoryPart[0])]
    public void A_heading_names_the_parts_it_says(string heading, StatutoryPart[] parts) =>
        Assert.Equal(parts.Order(), StatutoryParts.Named(heading).Order());

    [Fact]
    public void Chapters_are_headings_and_short_lines_never_sentences_tables_or_the_strategys_own_elements()
    {
        var document = new DocumentBlocks(
        [
            new(BlockKind.Heading, "2. Diagnoza sytuacji społecznej", 3, Level: 1),
            new(BlockKind.Paragraph, "Diagnoza wykazała, że liczba rodzin korzystających z pomocy maleje, choć ubóstwo pozostaje głównym problemem gminy.", 3),
            new(BlockKind.Paragraph, "PROGNOZA ZMIAN", 4),
            DocumentBlock.Row(["Wskaźnik", "Jednostka"], 5),
            new(BlockKind.Heading, "Cel strategiczny 1. Wzmocnienie rodziny w wypełnianiu jej funkcji", 6, Level: 2),
            new(BlockKind.Heading, "2. Diagnoza sytuacji społecznej", 9, Level: 1),
        ], PlaceUnit.Page);

        var chapters = StatutoryParts.ChaptersOf(document, ["Wzmocnienie rodziny w wypełnianiu jej funkcji"]);

        Assert.Equal([("2. Diagnoza sytuacji społecznej", "Strona 3"), ("PROGNOZA ZMIAN", "Strona 4")], chapters.Select(c => (c.Heading, c.Place)));
    }

    [Theory]
    [InlineData(2027, "2026-12-07", "Okres strategii kończy się 31 grudnia 2027 r. (za 389\u00A0dni)", false)]
    [InlineData(2026, "2026-12-07", "Okres strategii kończy się 31 grudnia 2026 r. (za 24\u00A0dni)", true)]
    [InlineData(2020, "2026-12-07", "Okres strategii zakończył się 31 grudnia 2020 r.", true)]
    [InlineData(2027, "2027-01-02", "Okres strategii kończy się 31 grudnia 2027 r. (za 363\u00A0dni)", true)]
    public void A_period_ending_within_a_year_is_said_with_what_the_next_strategy_must_contain(int end, string today, string sentence, bool said)
    {
        var ending = GetCompletenessHandler.Ending(end, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(said, ending is not null);
        if (ending is not null)
        {
            Assert.StartsWith(sentence, ending.Sentence, StringComparison.Ordinal);
            Assert.Equal(6, ending.NextMustContain.Count);
            Assert.Equal("diagnoza sytuacji społecznej", ending.NextMustContain[0]);
        }
    }

    [Fact]
    public void A_strategy_without_a_period_has_nothing_to_say_of_its_end() =>
        Assert.Null(GetCompletenessHandler.Ending(null, new DateOnly(2026, 12, 7)));
}
