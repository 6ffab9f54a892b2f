using Strategy.Domain.Common;
using Strategy.Domain.Strategies;

namespace Strategy.UnitTests.Domain;

/// <summary>The coordinator's changes to a strategy's tree: adding, archiving and restoring elements.</summary>
public sealed class StrategyStructureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static MunicipalStrategy ThreeLevels() => new("Strategia", 2021, 2030, null, ["Obszar", "Cel operacyjny", "Zadanie"]);

    [Fact]
    public void A_new_element_takes_its_level_from_its_parent_and_goes_last_among_its_siblings()
    {
        var strategy = ThreeLevels();
        var area = strategy.AddNewElement(null, "1", "Rodzina");
        strategy.AddNewElement(area, "1.1", "Wsparcie");

        var added = strategy.AddNewElement(area, "1.2", "Profilaktyka", "Mniej kryzysów");

        Assert.Equal((2, 2, area.Id), (added.Depth, added.Order, added.ParentId!.Value));
        Assert.Equal("Mniej kryzysów", added.Statement);
    }

    [Fact]
    public void A_code_used_by_an_active_element_is_refused_but_an_archived_elements_code_is_free()
    {
        var strategy = ThreeLevels();
        var area = strategy.AddNewElement(null, "1", "Rodzina");

        var error = Assert.Throws<DomainException>(() => strategy.AddNewElement(null, " 1 ", "Inny obszar"));
        Assert.Contains("Kod 1 ma już element „Rodzina”", error.Message);

        strategy.ArchiveElement(area, Now);
        Assert.Equal("1", strategy.AddNewElement(null, "1", "Nowa rodzina").Code);
    }

    [Fact]
    public void Text_from_a_browser_is_stored_with_LF_line_ends_so_its_paragraphs_survive()
    {
        var element = ThreeLevels().AddNewElement(null, "1", "Rodzina");

        element.Describe("Rodzina\r\nbezpieczna", null, "Pierwszy akapit.\r\n\r\nDrugi akapit.\rTrzeci wiersz.");

        Assert.Equal("Rodzina\nbezpieczna", element.Title);
        Assert.Equal(["Pierwszy akapit.", "Drugi akapit.\nTrzeci wiersz."], element.Narrative!.Split("\n\n"));
    }

    [Fact]
    public void Code_and_title_are_required()
    {
        var strategy = ThreeLevels();

        Assert.Contains("Kod elementu", Assert.Throws<DomainException>(() => strategy.AddNewElement(null, " ", "Tytuł")).Message);
        Assert.Contains("musi mieć tytuł", Assert.Throws<DomainException>(() => strategy.AddNewElement(null, "1", "")).Message);
    }

    [Fact]
    public void Archiving_takes_the_subtree_out_of_the_strategy_and_keeps_the_indicators()
    {
        var strategy = ThreeLevels();
        var area = strategy.AddNewElement(null, "1", "Rodzina");
        var goal = strategy.AddNewElement(area, "1.1", "Wsparcie");
        var task = strategy.AddNewElement(goal, "1.1.1", "Asystent rodziny");
        goal.AddIndicator("Liczba rodzin", "rodziny", null);

        strategy.ArchiveElement(goal, Now);

        Assert.Equal(Now, goal.ArchivedAt);
        Assert.True(strategy.IsActive(area));
        Assert.False(strategy.IsActive(goal));
        Assert.False(strategy.IsActive(task));
        Assert.Null(task.ArchivedAt); // it comes back with its parent
        Assert.Single(goal.Indicators);
        Assert.Contains("już zarchiwizowany", Assert.Throws<DomainException>(() => strategy.ArchiveElement(goal, Now)).Message);
    }

    [Fact]
    public void Nothing_is_added_under_an_archived_element()
    {
        var strategy = ThreeLevels();
        var area = strategy.AddNewElement(null, "1", "Rodzina");
        strategy.ArchiveElement(area, Now);

        Assert.Contains("jest zarchiwizowany", Assert.Throws<DomainException>(() => strategy.AddNewElement(area, "1.1", "Wsparcie")).Message);
    }

    [Fact]
    public void Restoring_brings_the_subtree_back_unless_its_codes_were_taken_meanwhile()
    {
        var strategy = ThreeLevels();
        var area = strategy.AddNewElement(null, "1", "Rodzina");
        var goal = strategy.AddNewElement(area, "1.1", "Wsparcie");
        strategy.ArchiveElement(area, Now);
        var other = strategy.AddNewElement(null, "2", "Seniorzy");
        var taken = strategy.AddNewElement(other, "1.1", "Zajęło kod");

        var error = Assert.Throws<DomainException>(() => strategy.RestoreElement(area));
        Assert.Contains("kod 1.1 ma teraz aktywny element „Zajęło kod”", error.Message);
        Assert.NotNull(area.ArchivedAt);

        strategy.ArchiveElement(taken, Now);
        strategy.RestoreElement(area);

        Assert.Null(area.ArchivedAt);
        Assert.True(strategy.IsActive(goal));
        Assert.Contains("nie jest zarchiwizowany", Assert.Throws<DomainException>(() => strategy.RestoreElement(area)).Message);
    }

    [Fact]
    public void An_element_under_an_archived_parent_is_restored_after_its_parent()
    {
        var strategy = ThreeLevels();
        var area = strategy.AddNewElement(null, "1", "Rodzina");
        var goal = strategy.AddNewElement(area, "1.1", "Wsparcie");
        strategy.ArchiveElement(goal, Now);
        strategy.ArchiveElement(area, Now);

        Assert.Contains("przywróć najpierw", Assert.Throws<DomainException>(() => strategy.RestoreElement(goal)).Message);
    }

    [Fact]
    public void Active_ids_leave_out_archived_elements_and_everything_below_them()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid(), d = Guid.NewGuid();

        var active = ElementActivity.ActiveIds([(a, null, false), (b, a, true), (c, b, false), (d, a, false)]);

        Assert.Equal(new HashSet<Guid> { a, d }, active);
    }
}

/// <summary>Reordering among siblings and moving under another parent of the level above.</summary>
public sealed class StrategyMoveTests
{
    private static MunicipalStrategy ThreeLevels() => new("Strategia", 2021, 2030, null, ["Obszar", "Cel operacyjny", "Zadanie"]);

    [Fact]
    public void Up_and_down_swap_an_element_with_its_active_neighbour()
    {
        var strategy = ThreeLevels();
        var first = strategy.AddNewElement(null, "1", "Pierwszy");
        var archived = strategy.AddNewElement(null, "2", "Zarchiwizowany");
        var third = strategy.AddNewElement(null, "3", "Trzeci");
        strategy.ArchiveElement(archived, DateTimeOffset.UnixEpoch);

        strategy.ReorderElement(third, up: true);

        Assert.True(third.Order < first.Order);
        Assert.Contains("już pierwszy", Assert.Throws<DomainException>(() => strategy.ReorderElement(third, up: true)).Message);
        Assert.Contains("już ostatni", Assert.Throws<DomainException>(() => strategy.ReorderElement(first, up: false)).Message);
    }

    [Fact]
    public void A_move_keeps_the_level_goes_last_under_the_new_parent_and_closes_the_gap()
    {
        var strategy = ThreeLevels();
        var area1 = strategy.AddNewElement(null, "1", "Rodzina");
        var area2 = strategy.AddNewElement(null, "2", "Seniorzy");
        var moving = strategy.AddNewElement(area1, "1.1", "Wsparcie");
        var staying = strategy.AddNewElement(area1, "1.2", "Profilaktyka");
        var existing = strategy.AddNewElement(area2, "2.1", "Opieka");
        var task = strategy.AddNewElement(moving, "1.1.1", "Asystent");

        strategy.MoveElement(moving, area2, "2.2");

        Assert.Equal((area2.Id, 2, 2, "2.2"), (moving.ParentId!.Value, moving.Depth, moving.Order, moving.Code));
        Assert.Equal(1, staying.Order);
        Assert.Equal(1, existing.Order);
        Assert.Equal(moving.Id, task.ParentId);
    }

    [Fact]
    public void A_move_that_would_change_the_level_is_refused_in_polish()
    {
        var strategy = ThreeLevels();
        var area = strategy.AddNewElement(null, "1", "Rodzina");
        var goal = strategy.AddNewElement(area, "1.1", "Wsparcie");
        var other = strategy.AddNewElement(area, "1.2", "Profilaktyka");
        var task = strategy.AddNewElement(goal, "1.1.1", "Asystent");

        var error = Assert.Throws<DomainException>(() => strategy.MoveElement(task, area));
        Assert.Equal("Element 1.1.1 (poziom „Zadanie”) może trafić tylko pod element poziomu „Cel operacyjny”, a 1 jest na poziomie „Obszar”: przeniesienie nie może zmienić poziomu elementu.", error.Message);
        Assert.Contains("nie może zmienić poziomu", Assert.Throws<DomainException>(() => strategy.MoveElement(goal, null)).Message);
        Assert.Contains("nie może trafić pod inny element", Assert.Throws<DomainException>(() => strategy.MoveElement(area, other)).Message);
        Assert.Contains("już jest pod elementem 1", Assert.Throws<DomainException>(() => strategy.MoveElement(other, area)).Message);
        Assert.Equal(goal.Id, task.ParentId);
    }

    [Fact]
    public void A_new_code_on_a_move_must_be_free()
    {
        var strategy = ThreeLevels();
        var area1 = strategy.AddNewElement(null, "1", "Rodzina");
        var area2 = strategy.AddNewElement(null, "2", "Seniorzy");
        var goal = strategy.AddNewElement(area1, "1.1", "Wsparcie");
        strategy.AddNewElement(area2, "2.1", "Opieka");

        Assert.Contains("Kod 2.1 ma już element „Opieka”", Assert.Throws<DomainException>(() => strategy.MoveElement(goal, area2, "2.1")).Message);
        Assert.Equal((area1.Id, "1.1"), (goal.ParentId!.Value, goal.Code));
    }
}
