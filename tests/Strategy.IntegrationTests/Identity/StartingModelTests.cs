using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Strategies;

namespace Strategy.IntegrationTests.Identity;

/// <summary>A built-in model gives a new gmina a structure to fill in, never another gmina's strategy.</summary>
public sealed class StartingModelTests(StrategyAppFactory app) : IClassFixture<StrategyAppFactory>
{
    [Theory]
    [InlineData("1218013", "chrzanow", "Strategia Rozwiązywania Problemów Społecznych Gminy Andrychów", "chrzan")]
    [InlineData("1201011", "krasnystaw", "Strategia Rozwiązywania Problemów Społecznych Miasta Bochnia", "krasnyst")]
    public async Task A_gmina_started_from_a_model_gets_its_structure_as_a_draft_of_its_own(string teryt, string model, string title, string modelPlace)
    {
        var admin = await SignIn.AsAsync(app, "admin@strategia.demo");

        var created = await admin.PostAsJsonAsync("/api/v1/admin/tenants", new { terytCode = teryt, startingModel = model, firstAdminEmail = $"sekretarz@{teryt}.pl", publicPages = true });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var identifier = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("identifier").GetString()!;
        var strategy = await app.InTenantAsync(identifier, db => db.Strategies.SingleAsync());
        Assert.Equal(title, strategy.Title);
        Assert.Equal(StrategyStatus.Draft, strategy.Status);
        Assert.Null(strategy.AdoptionResolution);
        Assert.Null(strategy.PeriodStart);

        // The model's whole tree and every indicator definition: same counts as the model's own gmina.
        var elements = await app.InTenantAsync(identifier, db => db.Elements.ToListAsync());
        var indicators = await app.InTenantAsync(identifier, db => db.Indicators.ToListAsync());
        Assert.Equal(await app.InTenantAsync(model, db => db.Elements.CountAsync()), elements.Count);
        Assert.Equal(await app.InTenantAsync(model, db => db.Indicators.CountAsync()), indicators.Count);

        // Nothing of the model's gmina: no institutions, data sources, values, narrative, funding or its name.
        Assert.Equal(0, await app.InTenantAsync(identifier, db => db.Institutions.CountAsync()));
        Assert.Equal(0, await app.InTenantAsync(identifier, db => db.Measurements.CountAsync()));
        Assert.All(indicators, i => Assert.Null(i.DataSource));
        Assert.All(indicators, i => Assert.Null(i.TargetValue));
        Assert.All(elements, e => Assert.Null(e.Narrative));
        Assert.All(elements, e => Assert.Null(e.Funding));
        var words = string.Join("\n", new[] { strategy.Title, strategy.Source ?? "" }.Concat(elements.SelectMany(e => new[] { e.Title, e.Statement ?? "" })).Concat(indicators.Select(i => i.Name)));
        Assert.DoesNotContain(modelPlace, words, StringComparison.OrdinalIgnoreCase);

        // Not public until the gmina adopts it: the public sees no strategy even with public pages on.
        using var visitor = SignIn.NewClient(app);
        var listed = await visitor.GetFromJsonAsync<JsonElement>($"/api/v1/{identifier}/strategies");
        Assert.Equal(0, listed.GetArrayLength());
    }

    [Fact]
    public async Task The_models_own_gmina_still_gets_its_strategy_whole()
    {
        var strategy = await app.InTenantAsync("chrzanow", db => db.Strategies.SingleAsync());

        Assert.Equal(StrategyStatus.Adopted, strategy.Status);
        Assert.Contains("Gminy Chrzanów", strategy.Title, StringComparison.Ordinal);
        Assert.True(await app.InTenantAsync("chrzanow", db => db.Institutions.CountAsync()) > 0);
    }
}
