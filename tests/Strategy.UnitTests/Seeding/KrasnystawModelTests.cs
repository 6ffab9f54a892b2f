using Strategy.Application.Strategies.Format;
using Strategy.Infrastructure.Seeding;

namespace Strategy.UnitTests.Seeding;

/// <summary>The built-in Krasnystaw model reproduces seed 003 (the 2020 report) faithfully.</summary>
public sealed class KrasnystawModelTests
{
    private static readonly StrategyModel Model = BuiltInModels.Default.Load(BuiltInModels.Krasnystaw);

    [Fact]
    public void Has_8_strategic_goals_and_32_operational_goals()
    {
        Assert.Equal(["Cel strategiczny", "Cel operacyjny"], Model.Levels);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], Model.Elements.Select(e => e.Code));
        Assert.Equal([5, 5, 4, 6, 5, 3, 2, 2], Model.Elements.Select(e => e.Children!.Count));

        // Numbering restarts within each goal, as the report writes it.
        Assert.All(Model.Elements, g => Assert.Equal(Enumerable.Range(1, g.Children!.Count).Select(n => n.ToString()), g.Children!.Select(c => c.Code)));
    }

    [Fact]
    public void Keeps_period_resolution_and_titles()
    {
        Assert.Equal((2014, 2020), (Model.PeriodStart, Model.PeriodEnd));
        Assert.Equal("Uchwała nr IV/13/2014 Rady Miasta Krasnostaw", Model.AdoptionResolution);
        Assert.Equal("Zapobieganie niepewności mieszkaniowej i przeciwdziałanie bezdomności", Model.Elements[6].Title);
        Assert.Equal("Rozwój mieszkalnictwa i budownictwa socjalnego.", Model.Elements[6].Children![0].Title);
        Assert.Equal("Wspieranie rodzin z dziećmi w prawidłowym funkcjonowaniu w środowisku.", Model.Elements[0].Children![0].Title);
    }

    [Fact]
    public void Every_goal_names_its_implementers()
    {
        Assert.All(Model.Elements, g => Assert.Contains("Miejski Ośrodek Pomocy Społecznej", string.Join(", ", g.Implementers!)));
        Assert.Equal(["Burmistrz Krasnegostawu", "Rada Miasta Krasnystaw", "Urząd Miasta Krasnystaw", "Miejski Ośrodek Pomocy Społecznej"], Model.Elements[6].Implementers);
        Assert.Equal(11, Model.Elements[5].Implementers!.Count);
    }

    [Fact]
    public void Every_2020_value_is_as_the_report_gives_it()
    {
        var goal2 = Indicators("2");
        AssertValue(goal2[0], 11.6m, "%");
        AssertValue(goal2[1], 836m, null);
        AssertValue(goal2[2], 64m, null);
        Assert.Equal(("liczba kontraktów", 64m), Part(goal2[2], 0));
        var beneficiaries = goal2[3].Measurements!.Single();
        Assert.Null(beneficiaries.Value);
        Assert.Equal([("bezrobocia", 300m), ("ubóstwa", 331m), ("bezdomności", 6m)], beneficiaries.Parts!.Select(p => (p.Label, p.Value)));
        Assert.True(goal2[4].Measurements!.Single().NoData);
        Assert.True(goal2[5].Measurements!.Single().NoData);
        Assert.Equal("Przyrost nowych inwestorów", goal2[4].Name);
        AssertValue(goal2[6], 6m, "programów");

        var goal4 = Indicators("4");
        AssertValue(goal4[0], 4791m, "osoby");
        Assert.Equal(("udział w ogóle mieszkańców", 25.51m), Part(goal4[0], 0));
        AssertValue(goal4[1], 314m, null);
        AssertValue(goal4[2], 26m, null);
        AssertValue(goal4[3], 69m, null);
        var university = goal4[4].Measurements!.Single();
        Assert.True(university.NoData);
        Assert.Equal("zajęcia zawieszono z powodu pandemii", university.Note);
        AssertValue(goal4[5], 2m, "programy");

        var goal5 = Indicators("5");
        AssertValue(goal5[0], 331m, null);
        AssertValue(goal5[1], 331m, "rodziny");
        Assert.Equal(("osób w rodzinach", 635m), Part(goal5[1], 0));
        AssertValue(goal5[2], 49m, null);
        AssertValue(goal5[3], 60m, null);

        var goal7 = Indicators("7");
        Assert.Equal([0m, 3m, 0m], goal7.Select(i => i.Measurements!.Single().Value!.Value));
        Assert.Equal("Liczba osób bezdomnych, którym zapewniono schronienie", goal7[1].Name);

        Assert.Equal(20, ModelWalk.All(Model).Sum(x => x.Element.Indicators?.Sum(i => i.Measurements?.Count ?? 0) ?? 0));
        Assert.All(ModelWalk.All(Model).SelectMany(x => x.Element.Indicators ?? []).SelectMany(i => i.Measurements ?? []), m => Assert.Equal(2020, m.Year));
    }

    [Fact]
    public void Goals_without_values_refer_to_the_municipal_programmes()
    {
        Assert.Equal(2, Indicators("1").Count);
        Assert.Equal("Gminnym Programie Wspierania Rodziny dla Miasta Krasnostaw na lata 2019 - 2021", Indicators("1")[0].DataSource);
        Assert.Equal(2, Indicators("3").Count);
        Assert.Single(Indicators("6"));
        Assert.Single(Indicators("8"));
        Assert.All(new[] { "1", "3", "6", "8" }.SelectMany(Indicators), i => Assert.Null(i.Measurements));
    }

    [Fact]
    public void No_html_survives_in_any_text() => Assert.All(ModelWalk.Texts(Model), SeedText.AssertClean);

    private static IReadOnlyList<IndicatorModel> Indicators(string goal) => ModelWalk.Find(Model, goal).Indicators!;

    private static void AssertValue(IndicatorModel indicator, decimal value, string? unit)
    {
        var m = indicator.Measurements!.Single();
        Assert.Equal(2020, m.Year);
        Assert.False(m.NoData);
        Assert.Equal(value, m.Value);
        Assert.Equal(unit, m.Unit);
    }

    private static (string, decimal) Part(IndicatorModel indicator, int index)
    {
        var p = indicator.Measurements!.Single().Parts![index];
        return (p.Label, p.Value);
    }
}
