using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Strategies.Format;
using Strategy.Infrastructure.Seeding;

namespace Strategy.IntegrationTests.Api;

/// <summary>Export a strategy as a document and import it again: nothing lost, nothing half-saved.</summary>
public sealed class ImportExportTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Theory]
    [InlineData("chrzanow", BuiltInModels.Chrzanow)]
    [InlineData("krasnystaw", BuiltInModels.Krasnystaw)]
    public async Task The_export_of_a_seeded_strategy_is_the_built_in_model_it_came_from(string tenant, string model)
    {
        using var client = app.CreateClient();
        var id = (await DemoData.ReadAsync(app, tenant)).StrategyId;

        var response = await client.GetAsync($"/api/v1/{tenant}/strategies/{id}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"strategia-{tenant}.json", response.Content.Headers.ContentDisposition?.FileName);
        var exported = StrategyModelJson.Parse(await response.Content.ReadAsStringAsync());

        // The demo names the partner's institution as the supplier of some indicators; the model names none.
        var suppliers = Indicators(exported).Select(i => i.Supplier).OfType<string>().Distinct().ToList();
        Assert.Equal([DemoTenants.All.Single(d => d.Identifier == tenant).PartnerInstitution], suppliers);
        Assert.Equal(StrategyModelJson.Write(Registered(BuiltInModels.Default.Load(model))), StrategyModelJson.Write(WithoutSuppliers(exported)));
    }

    /// <summary>
    /// The model with its institutions as the registry keeps them (InstitutionNames): each body under the spelling
    /// first met in the document, names glued at a line break split, a body named twice on one element once.
    /// </summary>
    private static StrategyModel Registered(StrategyModel model)
    {
        static IEnumerable<string> NamesIn(IEnumerable<ElementModel> elements) =>
            elements.SelectMany(e => (e.Coordinators ?? []).Concat(e.Partners ?? []).Concat(e.Implementers ?? []).Concat(NamesIn(e.Children ?? [])));
        var keys = NamesIn(model.Elements).Select(InstitutionNames.Key).ToHashSet(StringComparer.Ordinal);
        var spelling = new Dictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<string>? Names(IReadOnlyList<string>? names) => names?
            .SelectMany(n => InstitutionNames.Split(n, keys))
            .Select(n => spelling.TryAdd(InstitutionNames.Key(n), n.Trim()) ? n.Trim() : spelling[InstitutionNames.Key(n)])
            .Distinct().ToList();
        ElementModel Element(ElementModel e)
        {
            var (coordinators, partners, implementers) = (Names(e.Coordinators), Names(e.Partners), Names(e.Implementers));
            return e with { Coordinators = coordinators, Partners = partners, Implementers = implementers, Children = e.Children?.Select(Element).ToList() };
        }

        return model with { Elements = model.Elements.Select(Element).ToList() };
    }

    [Fact]
    public async Task A_strategy_exported_from_one_gmina_imports_into_another_unchanged()
    {
        using var reader = app.CreateClient();
        var chrzanowId = (await DemoData.ReadAsync(app, "chrzanow")).StrategyId;
        var document = await reader.GetStringAsync($"/api/v1/chrzanow/strategies/{chrzanowId}/export");
        var coordinator = await SignIn.AsAsync(app, "koordynator@krasnystaw.demo");
        var before = await app.InTenantAsync("krasnystaw", db => db.Strategies.CountAsync());

        var preview = await coordinator.PostAsync("/api/v1/krasnystaw/strategies/import", Json(document));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var p = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([6, 13, 85], p.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("elements").GetInt32()));
        Assert.Equal(46, p.GetProperty("indicators").GetInt32());
        Assert.Equal(JsonValueKind.Null, p.GetProperty("strategyId").ValueKind);
        Assert.Contains("Szkoly i placowki oswiatowe", p.GetProperty("newInstitutions").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(before, await app.InTenantAsync("krasnystaw", db => db.Strategies.CountAsync())); // a preview saves nothing

        var committed = await coordinator.PostAsync("/api/v1/krasnystaw/strategies/import?commit=true", Json(document));
        Assert.Equal(HttpStatusCode.OK, committed.StatusCode);
        var newId = (await committed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("strategyId").GetGuid();

        var again = await coordinator.GetStringAsync($"/api/v1/krasnystaw/strategies/{newId}/export");
        Assert.Equal(document, again);
        Assert.Equal(before + 1, await app.InTenantAsync("krasnystaw", db => db.Strategies.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/v1/chrzanow/strategies/{newId}/export")).StatusCode);
    }

    [Theory]
    [InlineData("{ \"formatVersion\": 1, \"title\": \"X\",\n \"levels\": [\"Cel\"] \n \"elements\": [] }", "w wierszu 3")]
    [InlineData("{ \"formatVersion\": 1, \"title\": \"X\", \"elements\": [] }", "levels")]
    [InlineData("{ \"formatVersion\": 2, \"title\": \"X\", \"levels\": [\"Cel\"], \"elements\": [] }", "Nieobsługiwana wersja formatu")]
    [InlineData("{ \"formatVersion\": 1, \"title\": \"X\", \"levels\": [\"Cel\"], \"elements\": [ { \"code\": \"1\", \"title\": \"A\", \"children\": [ { \"code\": \"1.1\", \"title\": \"Za głęboko\" } ] } ] }", "nie można dodać elementu na poziomie 2")]
    [InlineData("{ \"formatVersion\": 1, \"title\": \"X\", \"levels\": [\"Cel\"], \"elements\": [ { \"code\": \"1\", \"title\": \" \" } ] }", "Element 1 musi mieć tytuł")]
    public async Task A_broken_document_is_refused_with_the_reason_and_nothing_is_saved(string document, string reason)
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var before = await app.InTenantAsync("chrzanow", db => db.Strategies.CountAsync());

        var response = await coordinator.PostAsync("/api/v1/chrzanow/strategies/import?commit=true", Json(document));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.InTenantAsync("chrzanow", db => db.Strategies.CountAsync()));
    }

    [Fact]
    public async Task An_empty_upload_is_a_validation_problem()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");

        var response = await coordinator.PostAsync("/api/v1/chrzanow/strategies/import", Json(""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Wybierz plik strategii (PDF, DOCX, TXT, JSON, XLSX albo CSV).", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var coordinator = await SignIn.AsAsync(app, "koordynator@chrzanow.demo");
        var content = new ByteArrayContent(new byte[(5 * 1024 * 1024) + 1]);
        content.Headers.ContentType = new("text/csv");

        var response = await coordinator.PostAsync("/api/v1/chrzanow/strategies/import?commit=true", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Plik jest za duży: dopuszczalne jest 5 MB.", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("obserwator@chrzanow.demo", HttpStatusCode.Forbidden)]
    [InlineData("partner@chrzanow.demo", HttpStatusCode.Forbidden)]
    [InlineData("admin@krasnystaw.demo", HttpStatusCode.NotFound)]
    public async Task Only_those_who_manage_the_strategy_may_import(string? email, HttpStatusCode expected)
    {
        var client = email is null ? SignIn.NewClient(app) : await SignIn.AsAsync(app, email);

        var response = await client.PostAsync("/api/v1/chrzanow/strategies/import", Json("{}"));

        Assert.Equal(expected, response.StatusCode);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static IEnumerable<IndicatorModel> Indicators(StrategyModel model)
    {
        IEnumerable<ElementModel> All(IEnumerable<ElementModel>? elements) => (elements ?? []).SelectMany(e => All(e.Children).Prepend(e));
        return All(model.Elements).SelectMany(e => e.Indicators ?? []);
    }

    private static StrategyModel WithoutSuppliers(StrategyModel model)
    {
        IReadOnlyList<ElementModel>? Strip(IReadOnlyList<ElementModel>? elements) => elements?.Select(e => e with
        {
            Indicators = e.Indicators?.Select(i => i with { Supplier = null }).ToList(),
            Children = Strip(e.Children),
        }).ToList();

        return model with { Elements = Strip(model.Elements)! };
    }
}
