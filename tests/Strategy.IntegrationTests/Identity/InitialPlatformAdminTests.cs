using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Strategy.Infrastructure.Seeding;

namespace Strategy.IntegrationTests.Identity;

/// <summary>A platform without demo accounts gets its first platform admin from a setting, once.</summary>
public sealed class InitialPlatformAdminTests(InitialPlatformAdminTests.WithoutDemoAccounts app) : IClassFixture<InitialPlatformAdminTests.WithoutDemoAccounts>
{
    public const string Operator = "operator@example.pl";

    [Fact]
    public async Task The_first_platform_admin_sets_a_password_from_the_emailed_link_and_administers_the_platform()
    {
        var client = SignIn.NewClient(app);
        var link = await Mail.LinkSentToAsync(app, Operator, "/account/nowe-haslo");

        var reset = await SignIn.PostFormAsync(client, link, new() { ["Password"] = "Pierwsze-Haslo-2026!" }, pageForToken: link);
        Assert.Contains("Hasło zostało zmienione.", await reset.Content.ReadAsStringAsync());
        using var admin = await SignIn.AsAsync(app, Operator, "Pierwsze-Haslo-2026!");

        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.GetAsync("/api/v1/admin/tenants")).StatusCode);
        Assert.Equal(1, await app.InTenantAsync(null, db => db.AuditEvents.CountAsync(a => a.Action == "platform-admin.initial" && a.Detail!.Contains(Operator))));
    }

    [Fact]
    public async Task A_later_start_with_a_platform_admin_in_place_creates_and_sends_nothing()
    {
        await app.Services.GetRequiredService<DatabaseInitialiser>().InitialiseAsync();

        Assert.Equal(1, await app.InTenantAsync(null, db => db.Users.CountAsync(u => u.IsPlatformAdmin)));
        Assert.Equal(1, await app.InTenantAsync(null, db => db.OutboxMessages.CountAsync(m => m.To == Operator)));
    }

    public sealed class WithoutDemoAccounts : StrategyAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Database:SeedDemoAccounts"] = "false",
            ["Platform:InitialAdminEmail"] = Operator,
        };
    }
}
