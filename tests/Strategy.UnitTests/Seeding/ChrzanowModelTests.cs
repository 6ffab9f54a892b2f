using Strategy.Application.Strategies.Format;
using Strategy.Infrastructure.Seeding;

namespace Strategy.UnitTests.Seeding;

/// <summary>The built-in Chrzanów model reproduces seed 000 faithfully.</summary>
public sealed class ChrzanowModelTests
{
    private static readonly StrategyModel Model = BuiltInModels.Default.Load(BuiltInModels.Chrzanow);

    [Fact]
    public void Has_6_areas_13_operational_goals_85_tasks_and_46_indicators()
    {
        var all = ModelWalk.All(Model).ToList();

        Assert.Equal(["Obszar", "Cel operacyjny", "Zadanie"], Model.Levels);
        Assert.Equal(6, all.Count(x => x.Depth == 1));
        Assert.Equal(13, all.Count(x => x.Depth == 2));
        Assert.Equal(85, all.Count(x => x.Depth == 3));
        Assert.Equal(46, all.Sum(x => x.Element.Indicators?.Count ?? 0));
        Assert.All(all.Where(x => x.Element.Indicators is { Count: > 0 }), x => Assert.Equal(2, x.Depth));
    }

    [Fact]
    public void Areas_carry_their_strategic_goals()
    {
        Assert.Equal(
            ["RODZINA", "OSOBY STARSZE", "OSOBY DOTKNIĘTE I ZAGROŻONE NIEPEŁNOSPRAWNOŚCIAMI", "OSOBY ZAGROŻONE WYKLUCZENIEM SPOŁECZNYM", "WSPÓLNOTA LOKALNA", "WSPÓŁPRACA INSTYTUCJONALNA"],
            Model.Elements.Select(e => e.Title));
        Assert.Equal("Skuteczny system wsparcia dziecka i rodziny.", Model.Elements[0].Statement);
        Assert.Equal("Partnerska współpraca w obszarze polityki społecznej", Model.Elements[5].Statement);
    }

    [Fact]
    public void Operational_goals_keep_their_titles_narratives_and_indicators()
    {
        var goal = ModelWalk.Find(Model, "1", "1.1");

        Assert.Equal("Wsparcie rodzin oraz efektywne przeciwdziałanie i zwalczanie kryzysów w rodzinie.", goal.Title);
        Assert.StartsWith("Gmina Chrzanów wyludnia się, co jest trendem niekorzystnym na tle całego regionu.", goal.Narrative);
        Assert.Contains("\n\nNaturalnym kierunkiem działania jest zatem wzmocnienie polityki prorodzinnej", goal.Narrative);
        Assert.Equal(7, goal.Indicators!.Count);
        var socialWork = goal.Indicators.Single(i => i.Name == "Liczba rodzin objętych pracą socjalną");
        Assert.Equal("dane Ośrodka Pomocy Społecznej w Chrzanowie", socialWork.DataSource);
        Assert.Equal("dane Urzędu Miejskiego w Chrzanowie i/lub BDL GUS", goal.Indicators[0].DataSource);

        // The detailed section's wording, not the overview table's.
        Assert.Equal("Profesjonalizacja i integracja działań w ramach pomocy społecznej.", ModelWalk.Find(Model, "6", "6.1").Title);
    }

    [Fact]
    public void Tasks_name_their_coordinators_and_partners_as_the_source_spells_them()
    {
        var task = ModelWalk.Find(Model, "1", "1.1", "1.1.1");

        Assert.StartsWith("Podejmowanie działań promocyjnych, profilaktycznych i edukacyjnych na rzecz właściwych relacji rodzinnych", task.Title);
        Assert.Equal(["Szkoly i placowki oswiatowe", "Organizacje pozarządowe", "Kościoły i związki wyznaniowe"], task.Coordinators);
        Assert.Equal(
            ["Powiatowe Centrum Pomocy Rodzinie", "Powiatowy Ośrodek Wsparcia Dziecka i Rodziny", "Ośrodek Pomocy Społecznej i inne instytucje polityki społecznej", "Instytucje kultury", "Rodzice", "rady rodziców", "Media"],
            task.Partners);

        Assert.StartsWith("Wdrożenie Gminnego Programu Przeciwdziałania Przemocy w Rodzinie", ModelWalk.Find(Model, "1", "1.1", "1.1.5").Title);
        Assert.Equal(["Ośrodek Pomocy Społecznej"], ModelWalk.Find(Model, "1", "1.1", "1.1.2").Coordinators);
        Assert.EndsWith("kształtowania kariery zawodowej młodych ludzi.", ModelWalk.Find(Model, "5", "5.2", "5.2.7").Title);
        Assert.All(ModelWalk.All(Model).Where(x => x.Depth == 3), x => Assert.NotEmpty(x.Element.Coordinators ?? []));
    }

    [Fact]
    public void Task_codes_follow_their_goal()
    {
        foreach (var (goal, _) in ModelWalk.All(Model).Where(x => x.Depth == 2))
        {
            Assert.All(goal.Children!, t => Assert.StartsWith(goal.Code + ".", t.Code));
        }
    }

    [Fact]
    public void No_html_survives_in_any_text() => Assert.All(ModelWalk.Texts(Model), SeedText.AssertClean);

    [Fact]
    public void The_source_has_no_measured_values() =>
        Assert.All(ModelWalk.All(Model).SelectMany(x => x.Element.Indicators ?? []), i => Assert.Null(i.Measurements));
}
