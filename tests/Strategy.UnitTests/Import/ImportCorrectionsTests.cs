using Strategy.Application.Strategies.Commands.ImportStrategy;
using Strategy.Application.Strategies.Format;

namespace Strategy.UnitTests.Import;

public sealed class ImportCorrectionsTests
{
    // Positions in preview order: 0 = 1, 1 = 1.1, 2 = 1.1.1, 3 = 1.2, 4 = 2, 5 = 2.1.
    private static readonly StrategyModel Read = new(1, "Strategia", ["Obszar", "Cel", "Zadanie"],
    [
        new ElementModel("1", "Rodzina", Children:
        [
            new ElementModel("1.1", "Wsparcie", Children: [new ElementModel("1.1.1", "")]),
            new ElementModel("1.2", "Piecza"),
        ]),
        new ElementModel("2", "Seniorzy", Children: [new ElementModel("2.1", "Opieka")]),
    ], 2021, 2027);

    [Fact]
    public void Nothing_given_changes_nothing()
    {
        Assert.Equal(StrategyModelJson.Write(Read), StrategyModelJson.Write(new ImportCorrections().Apply(Read)));
    }

    [Fact]
    public void Titles_are_corrected_by_position_and_excluded_elements_leave_with_their_children()
    {
        var corrected = new ImportCorrections(
            ElementTitles: new Dictionary<int, string> { [2] = " Poradnictwo rodzinne ", [5] = "Usługi opiekuńcze" },
            Excluded: [3, 4]).Apply(Read);

        var one = Assert.Single(corrected.Elements);
        Assert.Equal("Poradnictwo rodzinne", one.Children![0].Children![0].Title);
        Assert.Equal(["1.1"], one.Children.Select(c => c.Code));
    }

    [Fact]
    public void The_strategy_data_and_level_names_are_corrected()
    {
        var corrected = new ImportCorrections("Nowy tytuł", 2022, 2030, "Uchwała nr XX/1/2021", Adopted: true, Levels: ["Obszar", "", "Działanie"]).Apply(Read);

        Assert.Equal(("Nowy tytuł", 2022, 2030, "Uchwała nr XX/1/2021", "adopted"), (corrected.Title, corrected.PeriodStart, corrected.PeriodEnd, corrected.AdoptionResolution, corrected.Status));
        Assert.Equal(["Obszar", "Cel", "Działanie"], corrected.Levels);
        Assert.Null(new ImportCorrections(Adopted: false, AdoptionResolution: " ").Apply(corrected with { }).Status);
    }
}
