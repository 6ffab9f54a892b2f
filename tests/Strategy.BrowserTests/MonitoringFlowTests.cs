using Microsoft.EntityFrameworkCore;

namespace Strategy.BrowserTests;

/// <summary>A partner reports a value, the coordinator approves it and sees it on the dashboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MonitoringFlowTests(BrowserFixture browser)
{
    private const string Indicator = "Liczba rodzin objętych wsparciem asystenta rodziny";
    private const string Families = "Liczba rodzin objętych procedurą Niebieskiej Karty";

    [Fact]
    public async Task A_partner_submits_a_value_and_the_coordinator_approves_it_and_sees_it_on_the_dashboard()
    {
        var partner = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(partner, "partner@chrzanow.demo");
        await partner.GotoAsync("/chrzanow");
        await partner.GetByRole(AriaRole.Link, new() { Name = "Monitoring" }).ClickAsync();
        await partner.GetByRole(AriaRole.Link, new() { Name = "2025" }).ClickAsync();
        await partner.GetByRole(AriaRole.Link, new() { Name = Indicator }).ClickAsync();
        await partner.GetByLabel("Wartość").First.FillAsync("1 234");
        await partner.GetByLabel("Uwaga (opcjonalnie)").FillAsync("stan na 31 grudnia");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Prześlij do zatwierdzenia" }).ClickAsync();

        var row = partner.GetByRole(AriaRole.Row).Filter(new() { HasText = Indicator });
        await Assertions.Expect(row).ToContainTextAsync("czeka na zatwierdzenie");

        var coordinator = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(coordinator, "koordynator@chrzanow.demo");
        await coordinator.GotoAsync("/chrzanow/monitoring");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "2025" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Przejdź do zatwierdzania" }).ClickAsync();
        var item = coordinator.GetByRole(AriaRole.Article).Filter(new() { HasText = Indicator });
        await Assertions.Expect(item).ToContainTextAsync("1 234 (stan na 31 grudnia)");
        await item.GetByRole(AriaRole.Button, new() { Name = $"Zatwierdź: {Indicator}" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Wartość zatwierdzona.");

        await coordinator.GotoAsync("/chrzanow");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Strategia Rozwiązywania Problemów Społecznych Gminy Chrzanów" }).First.ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Pulpit: postęp i trendy wskaźników" }).ClickAsync();
        var values = coordinator.GetByRole(AriaRole.Table, new() { Name = $"Wartości: {Indicator}" });
        await Assertions.Expect(values.GetByRole(AriaRole.Row).Filter(new() { HasText = "2025" })).ToContainTextAsync("1\u00A0234");
        await Assertions.Expect(coordinator.Locator("svg.chart title").Filter(new() { HasText = Indicator }).First).ToBeAttachedAsync();
    }

    [Fact]
    public async Task A_partner_reports_a_tasks_progress_and_the_coordinator_approves_it()
    {
        var partner = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(partner, "partner@chrzanow.demo");
        await partner.GotoAsync("/chrzanow/monitoring");
        await partner.GetByRole(AriaRole.Link, new() { Name = "2025" }).ClickAsync();
        var tasks = partner.GetByRole(AriaRole.Table, new() { Name = "Zadania, o których postępie w 2025 sprawozdajesz" });
        await tasks.GetByRole(AriaRole.Row).Filter(new() { HasText = "1.1.3" }).GetByRole(AriaRole.Link).ClickAsync();
        await partner.GetByLabel("realizowane na bieżąco").CheckAsync();
        await partner.GetByLabel("Co zrobiono (opis realizacji)").FillAsync("Wypłacono zasiłki 412 rodzinom.");
        await partner.GetByLabel("Kwota wydana (zł, opcjonalnie)").FillAsync("1 250 000,00");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Prześlij do zatwierdzenia" }).ClickAsync();
        await Assertions.Expect(tasks.GetByRole(AriaRole.Row).Filter(new() { HasText = "1.1.3" })).ToContainTextAsync("czeka na zatwierdzenie");

        var coordinator = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(coordinator, "koordynator@chrzanow.demo");
        await coordinator.GotoAsync("/chrzanow/monitoring");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "2025" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Przejdź do zatwierdzania" }).ClickAsync();
        var item = coordinator.GetByRole(AriaRole.Article).Filter(new() { HasText = "Wypłacono zasiłki 412 rodzinom." });
        await Assertions.Expect(item).ToContainTextAsync("Wydano: 1\u00A0250\u00A0000,00\u00A0zł.");
        await item.GetByRole(AriaRole.Button, new() { Name = "Zatwierdź postęp" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Postęp zadania zatwierdzony.");
    }

    [Fact]
    public async Task An_untouched_task_form_preselects_nothing_and_sends_nothing()
    {
        var partner = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(partner, "partner@chrzanow.demo");
        await partner.GotoAsync("/chrzanow/monitoring");
        await partner.GetByRole(AriaRole.Link, new() { Name = "2025" }).ClickAsync();
        var tasks = partner.GetByRole(AriaRole.Table, new() { Name = "Zadania, o których postępie w 2025 sprawozdajesz" });
        await tasks.GetByRole(AriaRole.Row).Last.GetByRole(AriaRole.Link).ClickAsync();
        var stored = await browser.App.InTenantAsync("chrzanow", db => db.TaskReports.CountAsync());

        await Assertions.Expect(partner.GetByRole(AriaRole.Radio, new() { Checked = true })).ToHaveCountAsync(0);
        await partner.GetByRole(AriaRole.Button, new() { Name = "Prześlij do zatwierdzenia" }).ClickAsync();

        await Assertions.Expect(partner.Locator("#Input_Progress")).ToContainTextAsync("Wybierz stan realizacji zadania.");
        await Assertions.Expect(partner.Locator("span.text-danger").Filter(new() { HasText = "Opisz, co zrobiono" })).ToHaveCountAsync(0);
        Assert.Equal(stored, await browser.App.InTenantAsync("chrzanow", db => db.TaskReports.CountAsync()));

        await partner.GetByLabel("realizowane na bieżąco").CheckAsync();
        await partner.GetByRole(AriaRole.Button, new() { Name = "Prześlij do zatwierdzenia" }).ClickAsync();
        await Assertions.Expect(partner.GetByText("Opisz, co zrobiono: sprawozdanie przesyłane do zatwierdzenia musi mówić, jak zadanie realizowano.").First).ToBeVisibleAsync();
        Assert.Equal(stored, await browser.App.InTenantAsync("chrzanow", db => db.TaskReports.CountAsync()));
    }

    [Fact]
    public async Task Enter_saves_a_draft_a_fraction_of_a_family_is_refused_and_a_sent_value_is_withdrawn()
    {
        var partner = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(partner, "partner@chrzanow.demo");
        await partner.GotoAsync("/chrzanow/monitoring");
        await partner.GetByRole(AriaRole.Link, new() { Name = "2025" }).ClickAsync();
        await partner.GetByRole(AriaRole.Link, new() { Name = Families }).ClickAsync();
        var value = partner.GetByLabel("Wartość").First;

        await value.FillAsync("12,5");
        await value.PressAsync("Enter");
        await Assertions.Expect(partner.Locator("span.text-danger").Filter(new() { HasText = "musi być całkowita" })).ToBeVisibleAsync();
        var indicator = await DemoData.IndicatorIdAsync(browser.App, "chrzanow", Families);
        Assert.Equal(0, await browser.App.InTenantAsync("chrzanow", db => db.MeasurementEntries.CountAsync(e => e.IndicatorId == indicator)));

        await partner.GetByLabel("Wartość").First.FillAsync("12");
        await partner.GetByLabel("Wartość").First.PressAsync("Enter");
        var row = partner.GetByRole(AriaRole.Row).Filter(new() { HasText = Families });
        await Assertions.Expect(row).ToContainTextAsync("szkic");

        await row.GetByRole(AriaRole.Link, new() { Name = Families }).ClickAsync();
        await partner.GetByRole(AriaRole.Button, new() { Name = "Prześlij do zatwierdzenia" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("czeka na zatwierdzenie");
        await row.GetByRole(AriaRole.Link, new() { Name = Families }).ClickAsync();
        await partner.GetByRole(AriaRole.Button, new() { Name = "Wycofaj do poprawy" }).ClickAsync();

        await Assertions.Expect(partner.GetByRole(AriaRole.Status)).ToContainTextAsync("Wartość wycofana");
        await Assertions.Expect(partner.GetByLabel("Wartość").First).ToHaveValueAsync("12");
        Assert.Equal("Draft", await browser.App.InTenantAsync("chrzanow", db => db.MeasurementEntries.Where(e => e.IndicatorId == indicator).Select(e => e.Status.ToString()).SingleAsync()));
    }

    [Fact]
    public async Task The_coordinator_reviews_on_its_own_page_with_context_and_comes_back_at_the_next_card()
    {
        // Three values of one institution sent for approval, as a partner would have sent them; never the
        // indicators the other tests of this class report, whichever order the runner takes.
        var round = (await DemoData.ReadAsync(browser.App, "chrzanow")).RoundId;
        var (ops, mine) = await browser.App.InTenantAsync("chrzanow", async db =>
        {
            var open = await db.ReportingRounds.SingleAsync(r => r.Id == round);
            var reported = await db.MeasurementEntries.Where(e => e.RoundId == round).Select(e => e.IndicatorId).ToListAsync();
            var free = await db.Indicators.Where(i => i.SupplierInstitutionId != null && !reported.Contains(i.Id) && i.Name != Indicator && i.Name != Families)
                .Select(i => new { i.Id, i.Name, Supplier = i.SupplierInstitution!.Name }).ToListAsync();
            var chosen = free.GroupBy(i => i.Supplier).First(g => g.Count() >= 3);
            var now = DateTimeOffset.UtcNow;
            foreach (var i in chosen.Take(3))
            {
                var entry = new Strategy.Domain.Monitoring.MeasurementEntry(i.Id, open, new Strategy.Domain.Indicators.MeasurementValue(25, null, false, null, "z rejestru"), "Partner (ośrodek pomocy)", now);
                entry.Submit(open, "Partner (ośrodek pomocy)", now);
                db.MeasurementEntries.Add(entry);
            }

            await db.SaveChangesAsync();
            return (chosen.Key, chosen.Take(3).Select(i => (i.Id, i.Name)).ToList());
        });

        var coordinator = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(coordinator, "koordynator@chrzanow.demo");
        await coordinator.GotoAsync($"/chrzanow/rundy/{round}/zatwierdzanie");
        await coordinator.GetByLabel("Instytucja").SelectOptionAsync(new SelectOptionValue { Label = ops });
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Pokaż" }).ClickAsync();

        var cards = coordinator.GetByRole(AriaRole.Article);
        var first = cards.Filter(new() { HasText = mine[0].Name });
        await Assertions.Expect(first).ToContainTextAsync("Ostatnie zatwierdzone");
        await Assertions.Expect(first.GetByRole(AriaRole.Link, new() { Name = mine[0].Name })).ToHaveAttributeAsync("href", $"/chrzanow/wskazniki/{mine[0].Id}");
        var names = await cards.Locator("h2").AllInnerTextsAsync();
        var at = names.ToList().FindIndex(n => n.Contains(mine[0].Name, StringComparison.Ordinal));
        var nextId = await cards.Nth(at + 1).GetAttributeAsync("id");

        await first.GetByRole(AriaRole.Button, new() { Name = $"Zatwierdź: {mine[0].Name}" }).ClickAsync();

        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Wartość zatwierdzona.");
        Assert.EndsWith($"#{nextId}", coordinator.Url, StringComparison.Ordinal);
        Assert.Contains($"instytucja=", coordinator.Url, StringComparison.Ordinal);
        await Assertions.Expect(coordinator.Locator($"#{nextId}")).ToBeInViewportAsync();
        Assert.True(await coordinator.EvaluateAsync<double>("window.scrollY") > 0, "the page came back at the next card, not at the top");
    }

    [Fact]
    public async Task A_partner_finds_their_to_do_list_from_the_gminas_home_page()
    {
        var partner = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(partner, "partner@chrzanow.demo");
        await partner.GotoAsync("/chrzanow");

        var pointer = partner.GetByRole(AriaRole.Region, new() { NameRegex = new("^Do przekazania za 2025") });
        await Assertions.Expect(pointer).ToContainTextAsync("wskaźników");
        await pointer.GetByRole(AriaRole.Link, new() { Name = "Przejdź do swojej listy" }).ClickAsync();

        await Assertions.Expect(partner.GetByRole(AriaRole.Heading, new() { Name = "Do uzupełnienia" })).ToBeVisibleAsync();

        var viewer = await browser.NewPageAsync();
        await BrowserFixture.SignInAsync(viewer, "obserwator@chrzanow.demo");
        await viewer.GotoAsync("/chrzanow");
        await Assertions.Expect(viewer.GetByRole(AriaRole.Link, new() { Name = "Przejdź do swojej listy" })).ToHaveCountAsync(0);
    }
}
