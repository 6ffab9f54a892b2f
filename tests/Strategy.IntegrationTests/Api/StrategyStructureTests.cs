using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Strategy.IntegrationTests.Api;

/// <summary>
/// The coordinator keeps the strategy's structure: adds elements, archives and restores them —
/// through the API and the pages — and archiving never deletes data.
/// </summary>
public sealed class StrategyStructureTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    private const string Ops = "Ośrodek Pomocy Społecznej";

    [Fact]
    public async Task A_coordinator_adds_an_element_under_a_parent_one_level_below_it_and_at_the_top()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var strategy = (await DemoData.ReadAsync(app, "chrzanow")).StrategyId;
        var parent = await DemoData.ElementIdAsync(app, "chrzanow", "1.1");

        var response = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/strategies/{strategy}/elements", new { parentId = parent, code = "1.1.90", title = "Nowe zadanie dodane przez koordynatora" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var added = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = added.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/chrzanow/elements/{id}", response.Headers.Location?.OriginalString);
        var parentDepth = await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == parent).Select(e => e.Depth).SingleAsync());
        Assert.Equal(parentDepth + 1, added.GetProperty("depth").GetInt32());
        var element = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{id}");
        Assert.Equal("1.1", element.GetProperty("ancestors").EnumerateArray().Last().GetProperty("code").GetString());
        var siblings = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{parent}")).GetProperty("element").GetProperty("children");
        Assert.Equal("1.1.90", siblings.EnumerateArray().Last().GetProperty("code").GetString());
        Assert.Equal(1, await app.InTenantAsync("chrzanow", db => db.AuditEvents.CountAsync(a => a.Action == "element.added" && a.Detail!.Contains("1.1.90"))));

        var top = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/strategies/{strategy}/elements", new { code = "90", title = "Nowy obszar" });
        Assert.Equal(HttpStatusCode.Created, top.StatusCode);
        Assert.Equal(1, (await top.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("depth").GetInt32());
    }

    [Fact]
    public async Task A_missing_code_or_a_code_in_use_is_refused_in_polish_and_nothing_is_saved()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var strategy = (await DemoData.ReadAsync(app, "chrzanow")).StrategyId;
        var before = await app.InTenantAsync("chrzanow", db => db.Elements.CountAsync());

        var empty = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/strategies/{strategy}/elements", new { code = " ", title = "" });
        var taken = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/strategies/{strategy}/elements", new { code = "1.1", title = "Drugi 1.1" });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var errors = (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Podaj kod elementu (np. 1.2).", errors.GetProperty("code")[0].GetString());
        Assert.Equal("Podaj tytuł elementu.", errors.GetProperty("title")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.StartsWith("Kod 1.1 ma już element", (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(before, await app.InTenantAsync("chrzanow", db => db.Elements.CountAsync()));
    }

    [Fact]
    public async Task An_archived_element_leaves_every_view_keeps_its_data_and_comes_back_on_restore()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var partner = await SignIn.AsAsync(app, "partner@chrzanow.demo");
        var strategy = (await DemoData.ReadAsync(app, "chrzanow")).StrategyId;
        var round = (await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/rounds")).EnumerateArray().First(r => r.GetProperty("isOpen").GetBoolean()).GetProperty("id").GetGuid();
        var (elementId, code, indicatorId) = await app.InTenantAsync("chrzanow", async db => await (
            from i in db.Indicators
            join e in db.Elements on i.ElementId equals e.Id
            where i.SupplierInstitution!.Name == Ops && e.Depth > 1
            orderby e.Code
            select new { e.Id, e.Code, IndicatorId = i.Id }).FirstAsync() is var x ? (x.Id, x.Code, x.IndicatorId) : default);
        var measurements = await app.InTenantAsync("chrzanow", db => db.Measurements.CountAsync(m => m.IndicatorId == indicatorId));
        var roundIndicators = RoundIndicators(await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/rounds"), round);
        Assert.Contains(indicatorId, await TaskIds(partner, round));
        var version = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{elementId}")).GetProperty("version").GetInt32();

        var archived = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{elementId}/archive", new { version });

        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        var state = await archived.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.String, state.GetProperty("archivedAt").ValueKind);
        var detail = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{strategy}");
        Assert.DoesNotContain(Codes(detail.GetProperty("elements")), c => c == code);
        var listed = detail.GetProperty("archived").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == elementId);
        Assert.True(listed.GetProperty("indicators").GetInt32() >= 1);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/v1/chrzanow/elements/{elementId}")).StatusCode);
        Assert.DoesNotContain(indicatorId, await TaskIds(partner, round));
        Assert.DoesNotContain(indicatorId, await TaskIds(coordinator, round));
        Assert.True(RoundIndicators(await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/rounds"), round) < roundIndicators);
        var dashboard = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{strategy}/dashboard");
        Assert.DoesNotContain(dashboard.GetProperty("goals").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray()), i => i.GetProperty("id").GetGuid() == indicatorId);
        var export = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{strategy}/export");
        Assert.DoesNotContain(Codes(export.GetProperty("elements")), c => c == code);
        var refused = await partner.PutAsJsonAsync($"/api/v1/chrzanow/rounds/{round}/indicators/{indicatorId}", new { value = 5m });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("zarchiwizowanego elementu", await refused.Content.ReadAsStringAsync());

        // nothing was deleted
        Assert.Equal(measurements, await app.InTenantAsync("chrzanow", db => db.Measurements.CountAsync(m => m.IndicatorId == indicatorId)));
        Assert.True(await app.InTenantAsync("chrzanow", db => db.Indicators.AnyAsync(i => i.Id == indicatorId)));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/chrzanow/indicators/{indicatorId}")).StatusCode);
        Assert.Equal(1, await app.InTenantAsync("chrzanow", db => db.AuditEvents.CountAsync(a => a.Action == "element.archived" && a.Detail!.Contains(code))));

        var restored = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{elementId}/restore", new { version = listed.GetProperty("version").GetInt32() });

        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Contains(Codes((await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{strategy}")).GetProperty("elements")), c => c == code);
        Assert.Contains(indicatorId, await TaskIds(partner, round));
        Assert.Equal(1, await app.InTenantAsync("chrzanow", db => db.AuditEvents.CountAsync(a => a.Action == "element.restored" && a.Detail!.Contains(code))));
    }

    [Fact]
    public async Task Archiving_from_a_stale_version_is_a_409_and_changes_nothing()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await DemoData.ElementIdAsync(app, "chrzanow", "1.2");
        var version = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{id}")).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/v1/chrzanow/elements/{id}", new { title = "Zmienione w międzyczasie", version })).StatusCode);

        var stale = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{id}/archive", new { version });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("„Zmienione w międzyczasie”", problem.GetProperty("detail").GetString());
        Assert.Equal(version + 1, problem.GetProperty("currentVersion").GetInt32());
        Assert.Null(await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == id).Select(e => e.ArchivedAt).SingleAsync()));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("obserwator@chrzanow.demo", HttpStatusCode.Forbidden)]
    [InlineData("partner@chrzanow.demo", HttpStatusCode.Forbidden)]
    public async Task Only_those_who_manage_the_strategy_change_its_structure(string? email, HttpStatusCode expected)
    {
        var client = email is null ? SignIn.NewClient(app) : await SignIn.AsAsync(app, email);
        var strategy = (await DemoData.ReadAsync(app, "chrzanow")).StrategyId;
        var id = await DemoData.ElementIdAsync(app, "chrzanow", "3.1");

        Assert.Equal(expected, (await client.PostAsJsonAsync($"/api/v1/chrzanow/strategies/{strategy}/elements", new { code = "77", title = "Nie wolno" })).StatusCode);
        Assert.Equal(expected, (await client.PostAsJsonAsync("/api/v1/chrzanow/strategies", new { title = "Nie wolno", levelNames = new[] { "Cel" } })).StatusCode);
        Assert.False(await app.InTenantAsync("chrzanow", db => db.Strategies.AnyAsync(s => s.Title == "Nie wolno")));
        Assert.Equal(expected, (await client.PostAsJsonAsync($"/api/v1/chrzanow/elements/{id}/archive", new { version = 0 })).StatusCode);
        Assert.Equal(expected, (await client.PostAsJsonAsync($"/api/v1/chrzanow/elements/{id}/restore", new { version = 0 })).StatusCode);
        Assert.Equal(expected, (await client.PostAsJsonAsync($"/api/v1/chrzanow/elements/{id}/reorder", new { direction = "down", version = 0 })).StatusCode);
        Assert.Equal(expected, (await client.PostAsJsonAsync($"/api/v1/chrzanow/elements/{id}/move", new { parentId = await DemoData.ElementIdAsync(app, "chrzanow", "4"), version = 0 })).StatusCode);
        Assert.Equal("3", await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == id).Select(e => db.Elements.Single(p => p.Id == e.ParentId).Code).SingleAsync()));
        Assert.False(await app.InTenantAsync("chrzanow", db => db.Elements.AnyAsync(e => e.Code == "77")));
        Assert.Null(await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == id).Select(e => e.ArchivedAt).SingleAsync()));
        if (email is not null)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/chrzanow/strategie/{strategy}/nowy-element")).StatusCode);
            Assert.DoesNotContain("Dodaj element strategii", await client.GetStringAsync($"/chrzanow/strategie/{strategy}"));
            Assert.DoesNotContain("Zarchiwizuj element", await client.GetStringAsync($"/chrzanow/elementy/{id}"));
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/chrzanow/elementy/{id}/przenies")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/chrzanow/strategie/nowa")).StatusCode);
            Assert.DoesNotContain("Nowa strategia", await client.GetStringAsync("/chrzanow"));
        }
    }

    [Fact]
    public async Task Another_gminas_strategy_or_element_is_not_found_and_stays_as_it_was()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var foreign = await DemoData.ReadAsync(app, "krasnystaw");

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/strategies/{foreign.StrategyId}/elements", new { code = "88", title = "Obca" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{foreign.ElementId}/archive", new { version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/chrzanow/strategie/{foreign.StrategyId}/nowy-element")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{foreign.ElementId}/reorder", new { direction = "up", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{foreign.ElementId}/move", new { version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/chrzanow/elementy/{foreign.ElementId}/przenies")).StatusCode);
        var own = await DemoData.ElementIdAsync(app, "chrzanow", "6.2");
        var ownVersion = await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == own).Select(e => e.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{own}/move", new { parentId = foreign.ElementId, version = ownVersion })).StatusCode);
        var chrzanowStrategy = (await DemoData.ReadAsync(app, "chrzanow")).StrategyId;
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/strategies/{chrzanowStrategy}/elements", new { parentId = foreign.ElementId, code = "89", title = "Pod obcym" })).StatusCode);
        Assert.Null(await app.InTenantAsync("krasnystaw", db => db.Elements.Where(e => e.Id == foreign.ElementId).Select(e => e.ArchivedAt).SingleAsync()));
        Assert.False(await app.InTenantAsync("chrzanow", db => db.Elements.AnyAsync(e => e.Code == "88" || e.Code == "89")));
    }

    [Fact]
    public async Task The_pages_add_archive_and_restore_an_element()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var strategy = (await DemoData.ReadAsync(app, "chrzanow")).StrategyId;
        var parent = await DemoData.ElementIdAsync(app, "chrzanow", "2.1");
        var form = $"/chrzanow/strategie/{strategy}/nowy-element";
        Assert.Contains("Dodaj element strategii", await coordinator.GetStringAsync($"/chrzanow/strategie/{strategy}"));
        var preselected = await coordinator.GetStringAsync($"{form}?rodzic={parent}");
        Assert.Matches($"<option (selected=\"selected\" value=\"{parent}\"|value=\"{parent}\" selected=\"selected\")", preselected);

        var invalid = await SignIn.PostFormAsync(coordinator, form, new() { ["Input.ParentId"] = parent.ToString(), ["Input.Code"] = "2.1.95", ["Input.Title"] = " " });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Popraw błędy w formularzu", html);
        Assert.Contains("<a href=\"#Input_Title\">Podaj tytuł elementu.</a>", html);
        Assert.False(await app.InTenantAsync("chrzanow", db => db.Elements.AnyAsync(e => e.Code == "2.1.95")));

        var added = await SignIn.PostFormAsync(coordinator, form, new() { ["Input.ParentId"] = parent.ToString(), ["Input.Code"] = "2.1.95", ["Input.Title"] = "Zadanie ze strony" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await DemoData.ElementIdAsync(app, "chrzanow", "2.1.95");
        Assert.Equal($"/chrzanow/elementy/{id}", added.Headers.Location?.OriginalString);

        var elementPage = $"/chrzanow/elementy/{id}";
        var version = await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == id).Select(e => e.Version).SingleAsync());
        var archived = await SignIn.PostFormAsync(coordinator, $"{elementPage}?handler=Archiwizuj", new() { ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, elementPage);
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        var strategyPage = await coordinator.GetStringAsync($"/chrzanow/strategie/{strategy}");
        Assert.Contains("Zarchiwizowane elementy", strategyPage);
        Assert.Contains("Przywróć<span class=\"visually-hidden\"> element 2.1.95</span>", strategyPage);

        var again = await SignIn.PostFormAsync(coordinator, $"/chrzanow/strategie/{strategy}?handler=Przywroc", new() { ["elementId"] = id.ToString(), ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/chrzanow/strategie/{strategy}");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode); // a stale version: refused with the reason, nothing restored
        Assert.Contains("Ktoś inny zmienił element 2.1.95", await again.Content.ReadAsStringAsync());

        var restored = await SignIn.PostFormAsync(coordinator, $"/chrzanow/strategie/{strategy}?handler=Przywroc", new() { ["elementId"] = id.ToString(), ["version"] = (version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/chrzanow/strategie/{strategy}");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Null(await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == id).Select(e => e.ArchivedAt).SingleAsync()));
    }

    [Fact]
    public async Task Up_and_down_reorder_an_element_among_its_siblings()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var parent = await DemoData.ElementIdAsync(app, "chrzanow", "4.2");
        var id = await DemoData.ElementIdAsync(app, "chrzanow", "4.2.3");
        var version = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{id}")).GetProperty("version").GetInt32();

        var up = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{id}/reorder", new { direction = "up", version });

        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        Assert.Equal(["4.2.1", "4.2.3", "4.2.2", "4.2.4", "4.2.5", "4.2.6"], await ChildCodes(coordinator, parent));
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{id}/reorder", new { direction = "down", version })).StatusCode);
        var wrong = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{id}/reorder", new { direction = "sideways", version = version + 1 });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("Podaj kierunek: up (wyżej) albo down (niżej).", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("direction")[0].GetString());
        var first = await DemoData.ElementIdAsync(app, "chrzanow", "4.2.1");
        var firstVersion = await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == first).Select(e => e.Version).SingleAsync());
        var edge = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{first}/reorder", new { direction = "up", version = firstVersion });
        Assert.Equal(HttpStatusCode.BadRequest, edge.StatusCode);
        Assert.Equal("Element 4.2.1 jest już pierwszy na swojej liście.", (await edge.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(1, await app.InTenantAsync("chrzanow", db => db.AuditEvents.CountAsync(a => a.Action == "element.moved" && a.Detail!.Contains("4.2.3"))));
    }

    [Fact]
    public async Task A_move_keeps_the_level_and_one_that_would_change_it_is_refused_in_polish()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var task = await DemoData.ElementIdAsync(app, "chrzanow", "5.1.8");
        var newParent = await DemoData.ElementIdAsync(app, "chrzanow", "5.2");
        var area = await DemoData.ElementIdAsync(app, "chrzanow", "5");
        var version = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{task}")).GetProperty("version").GetInt32();

        var refused = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{task}/move", new { parentId = area, version });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("przeniesienie nie może zmienić poziomu elementu", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var taken = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{task}/move", new { parentId = newParent, code = "5.2.1", version });
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);

        var moved = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{task}/move", new { parentId = newParent, code = "5.2.8", version });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var dto = await moved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((3, "5.2.8", newParent), (dto.GetProperty("depth").GetInt32(), dto.GetProperty("code").GetString(), dto.GetProperty("parentId").GetGuid()));
        Assert.Equal("5.2.8", (await ChildCodes(coordinator, newParent)).Last());
        Assert.DoesNotContain("5.1.8", await ChildCodes(coordinator, await DemoData.ElementIdAsync(app, "chrzanow", "5.1")));
        var stale = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/elements/{task}/move", new { parentId = area, version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(1, await app.InTenantAsync("chrzanow", db => db.AuditEvents.CountAsync(a => a.Action == "element.moved" && a.Detail!.Contains("5.1.8 → 5.2.8"))));
    }

    [Fact]
    public async Task The_pages_move_and_reorder_an_element()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var id = await DemoData.ElementIdAsync(app, "chrzanow", "6.1.4");
        var target = await DemoData.ElementIdAsync(app, "chrzanow", "6.2");
        var page = $"/chrzanow/elementy/{id}/przenies";
        var version = await app.InTenantAsync("chrzanow", db => db.Elements.Where(e => e.Id == id).Select(e => e.Version).SingleAsync());
        var form = await coordinator.GetStringAsync(page);
        Assert.Contains("Nowy element nadrzędny (Cel operacyjny)", form);
        Assert.DoesNotContain(">5:", form); // only elements one level above

        var moved = await SignIn.PostFormAsync(coordinator, page, new() { ["Input.ParentId"] = target.ToString(), ["Input.Code"] = "6.2.9", ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(("6.2.9", target), await app.InTenantAsync("chrzanow", async db => (await db.Elements.Where(e => e.Id == id).Select(e => new { e.Code, e.ParentId }).SingleAsync()) is var x ? (x.Code, x.ParentId!.Value) : default));

        var stale = await SignIn.PostFormAsync(coordinator, page, new() { ["Input.ParentId"] = target.ToString(), ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Ktoś inny zmienił element 6.2.9", html);
        Assert.Contains($"value=\"{version + 1}\"", html);

        var elementPage = $"/chrzanow/elementy/{id}";
        var up = await SignIn.PostFormAsync(coordinator, $"{elementPage}?handler=Wyzej", new() { ["version"] = (version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }, elementPage);
        Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        Assert.Equal($"/chrzanow/elementy/{target}#el-{id}", up.Headers.Location?.OriginalString);
        var codes = await ChildCodes(coordinator, target);
        Assert.Equal("6.2.9", codes[^2]);

        var top = await DemoData.ElementIdAsync(app, "chrzanow", "6");
        Assert.Contains("nie może trafić pod inny element", await coordinator.GetStringAsync($"/chrzanow/elementy/{top}/przenies"));
    }

    [Fact]
    public async Task A_coordinator_creates_an_empty_strategy_with_its_levels_and_adds_to_it()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");

        var response = await coordinator.PostAsJsonAsync("/api/v1/chrzanow/strategies", new { title = "Strategia 2031–2040", periodStart = 2031, periodEnd = 2040, adoptionResolution = "Uchwała nr XX/1/2030", levelNames = new[] { "Obszar", " ", "Cel", "Działanie" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/chrzanow/strategies/{id}", response.Headers.Location?.OriginalString);
        var strategy = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/strategies/{id}");
        Assert.Equal(["Obszar", "Cel", "Działanie"], strategy.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
        Assert.Equal("Uchwała nr XX/1/2030", strategy.GetProperty("adoptionResolution").GetString());
        Assert.Empty(strategy.GetProperty("elements").EnumerateArray());
        var added = await coordinator.PostAsJsonAsync($"/api/v1/chrzanow/strategies/{id}/elements", new { code = "1", title = "Rodzina" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Contains(await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/chrzanow/strategies").ContinueWith(t => t.Result.EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList()), s => s == id);
        Assert.Equal(1, await app.InTenantAsync("chrzanow", db => db.AuditEvents.CountAsync(a => a.Action == "strategy.created" && a.Detail!.Contains("Obszar → Cel → Działanie"))));
    }

    [Fact]
    public async Task A_strategy_without_a_title_or_levels_or_with_a_reversed_period_is_refused_naming_the_fields()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var before = await app.InTenantAsync("chrzanow", db => db.Strategies.CountAsync());

        var response = await coordinator.PostAsJsonAsync("/api/v1/chrzanow/strategies", new { title = "", periodStart = 2030, periodEnd = 2021, levelNames = new[] { "  " } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Podaj tytuł strategii.", errors.GetProperty("title")[0].GetString());
        Assert.Equal("Rok końcowy okresu nie może być wcześniejszy niż początkowy.", errors.GetProperty("periodEnd")[0].GetString());
        Assert.StartsWith("Podaj nazwy poziomów strategii", errors.GetProperty("levelNames")[0].GetString());
        Assert.Equal(before, await app.InTenantAsync("chrzanow", db => db.Strategies.CountAsync()));
    }

    [Fact]
    public async Task The_new_strategy_page_starts_from_the_gminas_levels_and_creates_the_strategy()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        Assert.Contains("Nowa strategia", await coordinator.GetStringAsync("/chrzanow"));
        var form = await coordinator.GetStringAsync("/chrzanow/strategie/nowa");
        Assert.Contains("Obszar&#xA;Cel", form); // the newest strategy's levels, one per line

        var invalid = await SignIn.PostFormAsync(coordinator, "/chrzanow/strategie/nowa", new() { ["Input.Title"] = "", ["Input.PeriodStart"] = "dwa tysiące", ["Input.LevelNames"] = "Cel" });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Popraw błędy w formularzu", html);
        Assert.Contains("#Input_PeriodStart", html);

        var created = await SignIn.PostFormAsync(coordinator, "/chrzanow/strategie/nowa", new() { ["Input.Title"] = "Strategia ze strony", ["Input.PeriodStart"] = "2031", ["Input.PeriodEnd"] = "2035", ["Input.LevelNames"] = "Cel strategiczny\r\nZadanie\r\n" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await app.InTenantAsync("chrzanow", db => db.Strategies.Where(s => s.Title == "Strategia ze strony").Select(s => s.Id).SingleAsync());
        Assert.Equal($"/chrzanow/strategie/{id}", created.Headers.Location?.OriginalString);
        var page = await coordinator.GetStringAsync($"/chrzanow/strategie/{id}");
        Assert.Contains("Cel strategiczny", page);
        Assert.Contains("Dodaj element strategii", page);
    }

    private static async Task<List<string>> ChildCodes(HttpClient client, Guid parent) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/elements/{parent}")).GetProperty("element").GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();

    private static async Task<List<Guid>> TaskIds(HttpClient client, Guid round) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/chrzanow/rounds/{round}/tasks")).EnumerateArray().Select(t => t.GetProperty("indicatorId").GetGuid()).ToList();

    private static int RoundIndicators(JsonElement rounds, Guid round) =>
        rounds.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == round).GetProperty("indicators").GetInt32();

    private static IEnumerable<string> Codes(JsonElement elements) =>
        elements.EnumerateArray().SelectMany(e => (e.TryGetProperty("children", out var c) && c.ValueKind == JsonValueKind.Array ? Codes(c) : []).Prepend(e.GetProperty("code").GetString()!));
}
