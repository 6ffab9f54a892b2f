using Strategy.Domain.Common;
using Strategy.Domain.Strategies;

namespace Strategy.UnitTests.Domain;

public sealed class MunicipalStrategyTests
{
    private static MunicipalStrategy TwoLevels() => new("Strategia", 2021, 2030, "Uchwała nr 1", ["Cel strategiczny", "Cel operacyjny"]);

    [Fact]
    public void Elements_take_their_depth_from_their_parent_and_their_order_among_siblings()
    {
        var strategy = TwoLevels();

        var goal = strategy.AddElement(null, "1", "Cel pierwszy");
        var first = strategy.AddElement(goal, "1", "Pierwszy");
        var second = strategy.AddElement(goal, "2", "Drugi");
        var goal2 = strategy.AddElement(null, "2", "Cel drugi");

        Assert.Equal((1, 1), (goal.Depth, goal.Order));
        Assert.Equal((2, 1, goal.Id), (first.Depth, first.Order, first.ParentId!.Value));
        Assert.Equal((2, 2), (second.Depth, second.Order));
        Assert.Equal((1, 2), (goal2.Depth, goal2.Order));
        Assert.Equal(["Cel strategiczny", "Cel operacyjny"], strategy.Levels.Select(l => l.Name));
        Assert.Equal([1, 2], strategy.Levels.Select(l => l.Depth));
    }

    [Fact]
    public void An_element_cannot_go_deeper_than_the_strategy_has_levels()
    {
        var strategy = TwoLevels();
        var goal = strategy.AddElement(null, "1", "Cel");
        var operational = strategy.AddElement(goal, "1.1", "Cel operacyjny");

        var error = Assert.Throws<DomainException>(() => strategy.AddElement(operational, "1.1.1", "Zadanie"));
        Assert.Contains("2 poziomy", error.Message);
    }

    [Fact]
    public void A_parent_from_another_strategy_is_refused()
    {
        var other = TwoLevels();
        var foreignParent = other.AddElement(null, "1", "Cel");

        Assert.Throws<DomainException>(() => TwoLevels().AddElement(foreignParent, "1.1", "Cel operacyjny"));
    }

    [Theory]
    [InlineData("", 2021, 2030, "Tytuł")]
    [InlineData("Strategia", 2030, 2021, "rok początkowy")]
    public void Title_and_period_are_checked(string title, int start, int end, string expected)
    {
        var error = Assert.Throws<DomainException>(() => new MunicipalStrategy(title, start, end, null, ["Cel"]));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_strategy_needs_at_least_one_level()
    {
        Assert.Throws<DomainException>(() => new MunicipalStrategy("Strategia", null, null, null, []));
    }

    [Fact]
    public void An_element_needs_a_title()
    {
        var error = Assert.Throws<DomainException>(() => TwoLevels().AddElement(null, "3", "  "));
        Assert.Contains("Element 3", error.Message);
    }

    [Fact]
    public void The_same_institution_in_the_same_role_is_linked_once_but_may_hold_two_roles()
    {
        var strategy = TwoLevels();
        var goal = strategy.AddElement(null, "1", "Cel");
        var ops = new Institution("Ośrodek Pomocy Społecznej");
        var ngo = new Institution("Organizacje pozarządowe");

        goal.LinkInstitution(ops, InstitutionRole.Coordinator);
        goal.LinkInstitution(ops, InstitutionRole.Coordinator);
        goal.LinkInstitution(ngo, InstitutionRole.Coordinator);
        goal.LinkInstitution(ops, InstitutionRole.Partner);

        Assert.Equal(3, goal.Institutions.Count);
        Assert.Equal([1, 2], goal.Institutions.Where(l => l.Role == InstitutionRole.Coordinator).Select(l => l.Order));
    }

    [Fact]
    public void Text_longer_than_its_field_is_refused_with_the_field_and_the_limit()
    {
        var strategy = new MunicipalStrategy("Strategia", 2021, 2027, null, ["Obszar"]);

        var e = Assert.Throws<DomainException>(() => strategy.AddElement(null, "1", new string('a', 2001)));

        Assert.Equal("Tytuł elementu 1 może mieć najwyżej 2000 znaków (ma 2001).", e.Message);
        Assert.Throws<DomainException>(() => new MunicipalStrategy(new string('t', 501), null, null, null, ["Obszar"]));
        Assert.Throws<DomainException>(() => strategy.AddElement(null, "1.2.3.4.5.6.7.8.9.10.11", "Za długi kod"));
    }
}
