using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Access;
using Strategy.Domain.Common;
using Strategy.Domain.Monitoring;
using Strategy.Domain.Strategies;
using Strategy.Infrastructure.Identity;
using Strategy.Infrastructure.Persistence;

namespace Strategy.Infrastructure.Seeding.National;

/// <summary>
/// <c>seed-bench-partners [--count N]</c>, Development only: the write path's load (bench/run.sh (e)). For the
/// first N synthetic gminy (by identifier; 50 without --count), an open reporting round for the strategy's last
/// year and a partner account <c>partner@{gmina}.bench.demo</c> (the demo password, so refused outside
/// Development like every .demo account) of an institution that supplies every indicator. Idempotent.
/// </summary>
public static class BenchPartners
{
    public const string Name = "seed-bench-partners";

    public const string Institution = "Partner testu obciążenia";

    public static string Email(string gmina) => $"partner@{gmina}.bench.demo";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct = default)
    {
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            await output.WriteLineAsync($"{Name}: tylko w środowisku Development (konta z opublikowanym hasłem).");
            return 2;
        }

        if (!NationalSeedCommand.TryParse(arguments, out var count))
        {
            await output.WriteLineAsync($"Użycie: {Name} [--count N]");
            return 2;
        }

        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        List<string> gminy;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var demo = DemoTenants.All.Select(d => d.Identifier).ToList();
            gminy = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.AsNoTracking()
                .Where(t => !demo.Contains(t.Identifier)).OrderBy(t => t.Identifier).Select(t => t.Identifier)
                .Take(count ?? 50).ToListAsync(ct);
        }

        foreach (var gmina in gminy)
        {
            await SeedAsync(scopes, gmina, ct);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{Name}: {gminy.Count} gmin z rundą i partnerem (partner@{{gmina}}.bench.demo)."));
        return 0;
    }

    private static async Task SeedAsync(IServiceScopeFactory scopes, string identifier, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var gmina = await services.GetRequiredService<ITenantStore>().FindByIdentifierAsync(identifier, ct)
            ?? throw new InvalidOperationException($"Gmina {identifier} zniknęła.");
        using var entered = services.GetRequiredService<ITenantScope>().Enter(gmina);
        var db = services.GetRequiredService<AppDbContext>();
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();

        var user = await DatabaseInitialiser.EnsureUserAsync(users, Email(identifier), Institution, platformAdmin: false);

        var institution = await db.Institutions.SingleOrDefaultAsync(i => i.Name == Institution, ct);
        if (institution is null)
        {
            institution = new Institution(Institution);
            db.Institutions.Add(institution);
        }

        if (!await db.Memberships.AnyAsync(m => m.UserId == user.Id, ct))
        {
            db.Memberships.Add(new Membership(user.Id, TenantRole.Partner, institution.Id));
        }

        var strategy = await db.Strategies.OrderBy(s => s.Id).FirstAsync(ct);
        foreach (var indicator in await db.Indicators.Where(i => db.Elements.Any(e => e.Id == i.ElementId && e.StrategyId == strategy.Id)).ToListAsync(ct))
        {
            indicator.AssignSupplier(institution);
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var year = strategy.PeriodEnd ?? now.Year - 1;
        if (!await db.ReportingRounds.AnyAsync(r => r.StrategyId == strategy.Id && r.Year == year && r.ClosedAt == null, ct))
        {
            db.ReportingRounds.Add(new ReportingRound(strategy, year, PolishTime.Day(now).AddDays(30), now));
        }

        await db.SaveChangesAsync(ct);
    }
}
