using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Strategies;

namespace Strategy.IntegrationTests.Api;

/// <summary>The institution registry: merging duplicates and naming institutions on elements.</summary>
public sealed class InstitutionTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private const string Ops = "Ośrodek Pomocy Społecznej";

    [Fact]
    public async Task Merging_a_duplicate_moves_its_links_supplied_indicators_and_partners_then_removes_it()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var element = await DemoData.ElementIdAsync(app, "chrzanow", "2.1.1");
        var (ops, duplicate, indicator) = await app.InTenantAsync("chrzanow", async db =>
        {
            var kept = await db.Institutions.SingleAsync(i => i.Name == Ops);
            var copy = new Institution("OPS w Chrzanowie");
            db.Institutions.Add(copy);
            var e = await db.Elements.Include(x => x.Institutions).SingleAsync(x => x.Id == element);
            e.LinkInstitution(copy, InstitutionRole.Partner);
            var supplied = await db.Indicators.Where(i => i.SupplierInstitutionId == null).FirstAsync();
            supplied.AssignSupplier(copy);
            await db.SaveChangesAsync();
            return (kept.Id, copy.Id, supplied.Id);
        });
        // The partner of the kept institution keeps its to-do list; a partner of the duplicate moves over.
        await app.InTenantAsync("chrzanow", async db =>
        {
            var partner = await db.Memberships.SingleAsync(m => m.InstitutionId == ops);
            partner.ReassignInstitution(duplicate);
            await db.SaveChangesAsync();
        });

        // Moving a partner's account is user management: the coordinator is refused, the gmina's admin may.
        var refused = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/institutions/{duplicate}/merge", new { intoId = ops });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("wykonuje je administrator gminy", await refused.Content.ReadAsStringAsync());
        Assert.True(await app.InTenantAsync("chrzanow", db => db.Institutions.AnyAsync(i => i.Id == duplicate)));
        var admin = await SignIn.AsAsync(app, "admin@chrzanow.demo");

        var response = await admin.PostAsJsonAsync($"/api/v1/chrzanow/institutions/{duplicate}/merge", new { intoId = ops });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var merged = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, 1, 1), (merged.GetProperty("linksMoved").GetInt32(), merged.GetProperty("indicatorsMoved").GetInt32(), merged.GetProperty("peopleMoved").GetInt32()));
        Assert.False(await app.InTenantAsync("chrzanow", db => db.Institutions.AnyAsync(i => i.Id == duplicate)));
        Assert.Equal(ops, await app.InTenantAsync("chrzanow", db => db.Indicators.Where(i => i.Id == indicator).Select(i => i.SupplierInstitutionId).SingleAsync()));
        Assert.True(await app.InTenantAsync("chrzanow", db => db.ElementInstitutions.AnyAsync(l => l.ElementId == element && l.InstitutionId == ops && l.Role == InstitutionRole.Partner)));
        Assert.Equal(ops, await app.InTenantAsync("chrzanow", db => db.Memberships.Where(m => m.Role == Strategy.Domain.Access.TenantRole.Partner).Select(m => m.InstitutionId).SingleAsync()));
    }

    [Fact]
    public async Task A_task_naming_a_duplicate_reaches_the_partners_to_do_list_once_merged()
    {
        var admin = await SignIn.AsAsync(app, "admin@chrzanow.demo");
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var (ops, duplicate, task) = await app.InTenantAsync("chrzanow", async db =>
        {
            var kept = await db.Institutions.SingleAsync(i => i.Name == Ops);
            var copy = new Institution("Ośrodek Pomocy Społecznej w Chrzanowie (OPS)");
            db.Institutions.Add(copy);
            var linked = await db.ElementInstitutions.Where(l => l.InstitutionId == kept.Id).Select(l => l.ElementId).ToListAsync();
            var e = await db.Elements.Include(x => x.Institutions).Where(x => x.Depth == 3 && !linked.Contains(x.Id)).OrderBy(x => x.Code).FirstAsync();
            e.LinkInstitution(copy, InstitutionRole.Implementer);
            await db.SaveChangesAsync();
            return (kept.Id, copy.Id, e.Id);
        });
        var round = (await partner.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/rounds")).EnumerateArray().First(r => r.GetProperty("isOpen").GetBoolean()).GetProperty("id").GetGuid();
        async Task<bool> ListedAsync() => (await partner.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/task-reports")).EnumerateArray().Any(t => t.GetProperty("elementId").GetGuid() == task);
        Assert.False(await ListedAsync());

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/chrzanow/institutions/{duplicate}/merge", new { intoId = ops })).StatusCode);

        Assert.True(await ListedAsync());
    }

    [Fact]
    public async Task An_institution_is_renamed_but_not_to_a_name_another_record_has()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var (id, other) = await app.InTenantAsync("chrzanow", async db =>
        {
            var typo = new Institution("policja");
            db.Institutions.Add(typo);
            await db.SaveChangesAsync();
            return (typo.Id, await db.Institutions.Where(i => i.Name == Ops).Select(i => i.Id).SingleAsync());
        });

        var renamed = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/institutions/{id}", new { name = "Komenda Powiatowa Policji" });
        var duplicate = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/institutions/{id}", new { name = "ośrodek pomocy spolecznej" });
        var empty = await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/institutions/{id}", new { name = " " });

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains($"W rejestrze jest już „{Ops}”", await duplicate.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Komenda Powiatowa Policji", await app.InTenantAsync("chrzanow", db => db.Institutions.Where(i => i.Id == id).Select(i => i.Name).SingleAsync()));
        Assert.Equal(Ops, await app.InTenantAsync("chrzanow", db => db.Institutions.Where(i => i.Id == other).Select(i => i.Name).SingleAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await SignIn.AsAsync(app, "partner@chrzanow.demo")).PutAsJsonAsync($"/api/v1/chrzanow/institutions/{id}", new { name = "X" })).StatusCode);
    }

    [Fact]
    public async Task Merging_an_institution_into_itself_or_into_another_gminas_is_refused_and_nothing_changes()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var ops = await app.InTenantAsync("chrzanow", db => db.Institutions.Where(i => i.Name == Ops).Select(i => i.Id).SingleAsync());
        var foreign = (await DemoData.ReadAsync(app, "krasnystaw")).InstitutionId;

        var itself = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/institutions/{ops}/merge", new { intoId = ops });
        var into = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/institutions/{ops}/merge", new { intoId = foreign });

        Assert.Equal(HttpStatusCode.BadRequest, itself.StatusCode);
        Assert.Contains("Wybierz dwie różne instytucje", await itself.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, into.StatusCode);
        Assert.True(await app.InTenantAsync("chrzanow", db => db.Institutions.AnyAsync(i => i.Id == ops)));
    }

    [Fact]
    public async Task An_institution_is_named_on_an_element_in_a_role_once_and_taken_off_again()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var element = await DemoData.ElementIdAsync(app, "chrzanow", "3.1.1");
        var institution = await app.InTenantAsync("chrzanow", db => db.Institutions.OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).FirstAsync());

        var linked = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{element}/institutions", new { institutionId = institution.Id, role = "implementer" });
        var again = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{element}/institutions", new { institutionId = institution.Id, role = "implementer" });

        Assert.True((await linked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetBoolean());
        Assert.False((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetBoolean());
        var shown = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{element}");
        Assert.Contains(shown.GetProperty("element").GetProperty("implementers").EnumerateArray(), n => n.GetString() == institution.Name);

        var removed = await coordinator.DeleteAsync($"/api/v1/chrzanow/elements/{element}/institutions/{institution.Id}?role=implementer");
        Assert.True(removed.StatusCode == HttpStatusCode.OK, await removed.Content.ReadAsStringAsync());

        Assert.True((await removed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetBoolean());
        Assert.DoesNotContain((await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{element}")).GetProperty("element").GetProperty("implementers").EnumerateArray(), n => n.GetString() == institution.Name);
        Assert.True(await app.InTenantAsync("chrzanow", db => db.Institutions.AnyAsync(i => i.Id == institution.Id))); // still in the registry
    }

    [Theory]
    [InlineData("obserwator@chrzanow.demo")]
    [InlineData("partner@chrzanow.demo")]
    public async Task Only_those_who_manage_the_strategy_change_the_registry(string email)
    {
        var client = await SignIn.AsAsync(app, email);
        var element = await DemoData.ElementIdAsync(app, "chrzanow", "3.1.2");
        var institution = (await DemoData.ReadAsync(app, "chrzanow")).InstitutionId;

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/chrzanow/elements/{element}/institutions", new { institutionId = institution, role = "partner" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/chrzanow/institutions/{institution}/merge", new { intoId = Guid.NewGuid() })).StatusCode);
    }

    [Fact]
    public async Task The_registry_page_asks_before_merging_naming_both_and_names_a_refused_merge_in_Polish()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var ops = await app.InTenantAsync("chrzanow", db => db.Institutions.Where(i => i.Name == Ops).Select(i => i.Id).SingleAsync());
        var copy = await app.InTenantAsync("chrzanow", async db =>
        {
            var duplicate = new Institution("Ośrodek Pomocy Społecznej w Chrzanowie (duplikat)");
            db.Institutions.Add(duplicate);
            await db.SaveChangesAsync();
            return duplicate.Id;
        });

        var refused = await SignIn.PostFormAsync(coordinator, "/chrzanow/instytucje?handler=Merge", new() { ["duplikat"] = ops.ToString(), ["zostaje"] = ops.ToString() }, pageForToken: "/chrzanow/instytucje");
        var asked = await SignIn.PostFormAsync(coordinator, "/chrzanow/instytucje?handler=Merge", new() { ["duplikat"] = copy.ToString(), ["zostaje"] = ops.ToString() }, pageForToken: "/chrzanow/instytucje");

        Assert.Contains("Wybierz dwie różne instytucje", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var question = await asked.Content.ReadAsStringAsync();
        Assert.Contains("Czy scalić te instytucje?", question);
        Assert.Contains("Tak, scal „Ośrodek Pomocy Społecznej w Chrzanowie (duplikat)” z „Ośrodek Pomocy Społecznej”", question);
        Assert.True(await app.InTenantAsync("chrzanow", db => db.Institutions.AnyAsync(i => i.Id == copy))); // nothing merged yet

        var merged = await SignIn.PostFormAsync(coordinator, "/chrzanow/instytucje?handler=Merge", new() { ["duplikat"] = copy.ToString(), ["zostaje"] = ops.ToString(), ["potwierdzone"] = "true" }, pageForToken: "/chrzanow/instytucje");
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.False(await app.InTenantAsync("chrzanow", db => db.Institutions.AnyAsync(i => i.Id == copy)));
        Assert.Contains("„Ośrodek Pomocy Społecznej w Chrzanowie (duplikat)” zniknęła z rejestru", await coordinator.GetStringAsync("/chrzanow/instytucje"));
    }

    [Fact]
    public async Task The_element_page_takes_an_institution_off_in_the_role_posted_and_refuses_a_role_it_does_not_know_changing_nothing()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var link = await app.InTenantAsync("chrzanow", db => db.ElementInstitutions.OrderBy(l => l.ElementId).ThenBy(l => l.Order).FirstAsync());
        var path = $"/chrzanow/elementy/{link.ElementId}";
        Task<int> LinksAsync() => app.InTenantAsync("chrzanow", db => db.ElementInstitutions.CountAsync(l => l.ElementId == link.ElementId));
        var before = await LinksAsync();

        var refused = await SignIn.PostFormAsync(coordinator, path + "?handler=Odlacz", new() { ["institutionId"] = link.InstitutionId.ToString(), ["role"] = "szef" }, path);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("„szef”", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(before, await LinksAsync());

        var removed = await SignIn.PostFormAsync(coordinator, path + "?handler=Odlacz", new() { ["institutionId"] = link.InstitutionId.ToString(), ["role"] = link.Role.ToString() }, path);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(before - 1, await LinksAsync());
    }
}
