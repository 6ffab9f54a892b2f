using Strategy.Application.Strategies.Format;
using Strategy.Domain.Common;
using Strategy.Application.Strategies.Import;

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

    // A document read with one goal too high and a funding source taken for an institution.
    // Positions: 0 = 1, 1 = 1.1, 2 = 1.1.1, 3 = 1.2, 4 = 1.3 (read as a goal, is a task of 1.2).
    private static readonly StrategyModel Misread = new(1, "Strategia", ["Cel strategiczny", "Cel operacyjny", "Zadanie"],
    [
        new ElementModel("1", "Rodzina", Children:
        [
            new ElementModel("1.1", "Wsparcie", Implementers: ["MOPS", "budżet gminy"], Indicators:
            [
                new IndicatorModel("Liczba rodzin objętych wsparciem Realizatorzy: MOPS", "rodziny", "MOPS", Supplier: "MOPS"),
                new IndicatorModel("Źródła finansowania: budżet gminy"),
            ], Children: [new ElementModel("1.1.1", "Asystent rodziny", Partners: ["MOPS"])]),
            new ElementModel("1.2", "Piecza"),
            new ElementModel("1.3", "Rodziny zastępcze"),
        ]),
    ]);

    [Fact]
    public void A_level_changed_moves_the_element_under_the_nearest_element_above_one_level_up_with_its_subtree()
    {
        var corrected = new ImportCorrections(ElementLevels: new Dictionary<int, int> { [4] = 3, [1] = 1 }).Arrange(Misread);

        // 1.3 goes under 1.2 as its task; 1.1 rises to the top with its task.
        Assert.Equal(["1", "1.1"], corrected.Model.Elements.Select(e => e.Code));
        Assert.Equal(["1.2"], corrected.Model.Elements[0].Children!.Select(e => e.Code));
        Assert.Equal(["1.3"], corrected.Model.Elements[0].Children![0].Children!.Select(e => e.Code));
        Assert.Equal(["1.1.1"], corrected.Model.Elements[1].Children!.Select(e => e.Code));
        Assert.Equal([0, 3, 4, 1, 2], corrected.Nodes.Select(n => n.Position));
        Assert.Equal([1, 2, 3, 1, 2], corrected.Nodes.Select(n => n.Depth));
    }

    [Fact]
    public void An_element_moves_under_another_parent_and_a_level_deeper_than_the_strategy_has_is_added()
    {
        var moved = new ImportCorrections(Parents: new Dictionary<int, int> { [2] = 3 }).Apply(Misread);
        var deeper = new ImportCorrections(ElementLevels: new Dictionary<int, int> { [3] = 3 }).Apply(Misread);

        Assert.Empty(moved.Elements[0].Children![0].Children!);
        Assert.Equal(["1.1.1"], moved.Elements[0].Children![1].Children!.Select(e => e.Code));
        Assert.Equal(["1.1", "1.3"], deeper.Elements[0].Children!.Select(e => e.Code));
        Assert.Equal(["1.1.1", "1.2"], deeper.Elements[0].Children![0].Children!.Select(e => e.Code));
        Assert.Equal(["Cel strategiczny", "Cel operacyjny", "Zadanie"], deeper.Levels);
        var fourth = new ImportCorrections(Parents: new Dictionary<int, int> { [3] = 2 }).Apply(Misread);
        Assert.Equal(["Cel strategiczny", "Cel operacyjny", "Zadanie", "Poziom 4"], fourth.Levels);
    }

    [Theory]
    [InlineData(1, 2, "Element 1.1 nie może trafić pod element, który sam jest pod nim.")]
    [InlineData(0, 4, "Element 1 nie może trafić pod element, który sam jest pod nim.")]
    [InlineData(3, 99, "Element 1.2 nie może trafić pod element, którego nie ma w podglądzie.")]
    public void A_move_under_its_own_subtree_or_nowhere_is_refused(int position, int parent, string message)
    {
        var error = Assert.Throws<DomainException>(() => new ImportCorrections(Parents: new Dictionary<int, int> { [position] = parent }).Apply(Misread));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_level_with_nothing_above_it_to_go_under_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => new ImportCorrections(ElementLevels: new Dictionary<int, int> { [0] = 2 }).Apply(Misread));

        Assert.Equal("Element 1 nie może być na poziomie 2: nad nim nie ma elementu poziomu 1.", error.Message);
    }

    [Fact]
    public void Indicators_are_renamed_given_a_unit_and_source_or_left_out()
    {
        var corrected = new ImportCorrections(Indicators: new Dictionary<string, IndicatorCorrection>
        {
            ["1-0"] = new(" Liczba rodzin objętych wsparciem ", "rodziny", ""),
            ["1-1"] = new(Excluded: true),
        }).Apply(Misread);

        var indicator = Assert.Single(corrected.Elements[0].Children![0].Indicators!);
        Assert.Equal(("Liczba rodzin objętych wsparciem", "rodziny", (string?)null), (indicator.Name, indicator.Unit, indicator.DataSource));
        var unnamed = Assert.Throws<DomainException>(() => new ImportCorrections(Indicators: new Dictionary<string, IndicatorCorrection> { ["1-0"] = new(" ") }).Apply(Misread));
        Assert.Equal("Wskaźnik 1 elementu 1.1 musi mieć nazwę; aby go nie importować, zaznacz „Pomiń”.", unnamed.Message);
    }

    [Fact]
    public void An_institution_renamed_or_dropped_changes_on_every_element_and_as_a_supplier()
    {
        var corrected = new ImportCorrections(Institutions: new Dictionary<string, string>
        {
            ["MOPS"] = "Miejski Ośrodek Pomocy Społecznej",
            ["budżet gminy"] = "",
        }).Apply(Misread);

        var goal = corrected.Elements[0].Children![0];
        Assert.Equal(["Miejski Ośrodek Pomocy Społecznej"], goal.Implementers);
        Assert.Equal("Miejski Ośrodek Pomocy Społecznej", goal.Indicators![0].Supplier);
        Assert.Equal(["Miejski Ośrodek Pomocy Społecznej"], goal.Children![0].Partners);
    }

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
