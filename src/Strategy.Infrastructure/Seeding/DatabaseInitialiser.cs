using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Strategy.Application.Common.Security;
using Permissions = OpenIddict.Abstractions.OpenIddictConstants.Permissions;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Access;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Monitoring;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Identity;
using Strategy.Infrastructure.Persistence;
using Strategy.Infrastructure.Tenancy;

namespace Strategy.Infrastructure.Seeding;

/// <summary>
/// Brings the database up to date on start-up (when configured), seeds the demo gminy once and, in
/// Development only, the demo accounts. Runs before the host accepts requests, so a broken model
/// file or a forbidden setting stops the start with its name.
/// </summary>
public sealed partial class DatabaseInitialiser(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    IHostEnvironment environment,
    InitialPlatformAdmin initialAdmin,
    TimeProvider clock,
    ILogger<DatabaseInitialiser> logger)
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes when the first <see cref="InitialiseAsync"/> has, or fails with its error. The host starts while the
    /// database is brought up (ADR 0023); requests, the background senders and the end of the host's start wait for this.
    /// </summary>
    public Task Ready => ready.Task;

    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        try
        {
            await BringUpAsync(ct);
            ready.TrySetResult();
        }
        catch (Exception e)
        {
            ready.TrySetException(e);
            throw;
        }
    }

    private async Task BringUpAsync(CancellationToken ct)
    {
        var settings = options.Value;
        if (settings.SeedDemoAccounts && !environment.IsDevelopment())
        {
            throw new InvalidOperationException($"Database:SeedDemoAccounts is refused in the '{environment.EnvironmentName}' environment: demo accounts with a published password exist only in Development.");
        }

        initialAdmin.Email(); // a malformed address stops the start before anything is written

        if (settings.MigrateOnStartup ?? settings.Provider == DatabaseProvider.Sqlite)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // MigrateAsync first compares the model with the last migration's snapshot (about a second of
            // every start, bench/README.md); the history table alone says whether anything is to apply.
            // Model drift is caught by MigrationsTests, not here.
            if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
            {
                await db.Database.MigrateAsync(ct);
            }

            await RefuseDemoAccountsAsync(db, ct);

            // Whoever brings the schema up brings what the product needs in it. Without migrating, the
            // host starts without touching the database (readiness then reports it).
            await SeedBenchmarkCatalogueAsync(ct);
            await initialAdmin.EnsureAsync(ct);
        }

        if (settings.SeedDemoTenants)
        {
            foreach (var demo in DemoTenants.All)
            {
                await SeedTenantAsync(demo, ct);
            }
        }

        if (settings.SeedDemoAccounts)
        {
            await SeedAccountsAsync(ct);
            await SeedInteractiveClientAsync(ct);
        }
    }

    /// <summary>
    /// A database that came from a Development run (a copy, a restored backup) still holds the demo
    /// accounts, whose password is in the README: outside Development that stops the start.
    /// </summary>
    private async Task RefuseDemoAccountsAsync(AppDbContext db, CancellationToken ct)
    {
        if (environment.IsDevelopment())
        {
            return;
        }

        var demo = await db.Users.Where(u => u.NormalizedEmail!.EndsWith(".DEMO")).OrderBy(u => u.NormalizedEmail).Select(u => u.Email).Take(3).ToListAsync(ct);
        if (demo.Count > 0)
        {
            throw new InvalidOperationException($"The database holds demo accounts with the published password ({string.Join(", ", demo)}, …): they are refused in the '{environment.EnvironmentName}' environment. Use a database that never ran in Development, or delete those accounts.");
        }
    }

    /// <summary>Adds the metrics of <see cref="BenchmarkCatalogue"/> whose code is missing; edited ones stay as edited.</summary>
    private async Task SeedBenchmarkCatalogueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var existing = await db.BenchmarkMetrics.Select(m => m.Code).ToListAsync(ct);
        var missing = BenchmarkCatalogue.Initial().Where(m => !existing.Contains(m.Code)).ToList();
        if (missing.Count > 0)
        {
            db.BenchmarkMetrics.AddRange(missing);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (ConflictException)
            {
                // Another replica starting at the same moment added them: the unique code refused ours.
            }
        }
    }

    /// <summary>A public client for trying the authorization code + PKCE flow locally (e.g. from a CLI).</summary>
    private async Task SeedInteractiveClientAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = DemoTenants.InteractiveClientId,
            ClientType = OpenIddictConstants.ClientTypes.Public,
            // A third-party application: the person is asked to consent to its scopes.
            ConsentType = OpenIddictConstants.ConsentTypes.Explicit,
            DisplayName = "Demo: klient interaktywny",
            RedirectUris = { new Uri(DemoTenants.InteractiveRedirectUri) },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Prefixes.Scope + OpenIddictConstants.Scopes.OfflineAccess,
            },
            Requirements = { OpenIddictConstants.Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var apiScope in ApiScopes.All)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + apiScope);
        }

        // A database seeded by an earlier version gets the current definition.
        if (await applications.FindByClientIdAsync(DemoTenants.InteractiveClientId, ct) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor, ct);
            return;
        }

        await applications.CreateAsync(descriptor, ct);
    }

    private async Task SeedTenantAsync(DemoTenants.Definition demo, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Tenants.AnyAsync(t => t.Identifier == demo.Identifier, ct))
        {
            return;
        }

        var municipality = scope.ServiceProvider.GetRequiredService<IMunicipalityRegister>().Find(TerytCode.Parse(demo.TerytCode))
            ?? throw new InvalidOperationException($"Demo gmina {demo.TerytCode} is not in the TERC register.");
        var tenant = await scope.ServiceProvider.GetRequiredService<ITenantProvisioner>().ProvisionAsync(municipality, demo.Identifier, demo.Model, publicPages: true, document: null, ct);
        await SeedDemoBenchmarkingAsync(demo, tenant.Id, ct);
        LogSeeded(logger, tenant.Name, demo.Model.ToString());
    }

    /// <summary>The demo gminy share their values for comparison, have a population for every demo year and map their indicators that count a catalogue metric.</summary>
    private async Task SeedDemoBenchmarkingAsync(DemoTenants.Definition demo, Guid tenantId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = await db.Tenants.SingleAsync(t => t.Id == tenantId, ct);
        scope.ServiceProvider.GetRequiredService<TenantContextAccessor>().Current = TenantStore.ToInfo(tenant);
        tenant.SetBenchmarkSharing(true);
        db.PopulationFigures.AddRange(demo.Population().Select(p => PopulationFigure.Entered(p.Year, p.Residents)));

        var mappings = DemoTenants.MetricMappings[demo.Identifier];
        var metrics = await db.BenchmarkMetrics.Where(m => mappings.Values.Contains(m.Code)).ToDictionaryAsync(m => m.Code, ct);
        var indicators = await db.Indicators.Where(i => mappings.Keys.Contains(i.Name)).OrderBy(i => i.Order).ToListAsync(ct);
        foreach (var (name, code) in mappings)
        {
            indicators.First(i => i.Name == name).MapToMetric(metrics[code]);
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task SeedAccountsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        await EnsureUserAsync(users, DemoTenants.PlatformAdminEmail, "Administrator platformy", platformAdmin: true);
        var sharedViewer = await EnsureUserAsync(users, DemoTenants.SharedViewerEmail, "Radny (dwie gminy)", platformAdmin: false);

        foreach (var demo in DemoTenants.All)
        {
            await using var tenantScope = scopes.CreateAsyncScope();
            var db = tenantScope.ServiceProvider.GetRequiredService<AppDbContext>();
            var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Identifier == demo.Identifier, ct);
            if (tenant is null)
            {
                continue;
            }

            tenantScope.ServiceProvider.GetRequiredService<TenantContextAccessor>().Current = TenantStore.ToInfo(tenant);
            var institution = await db.Institutions.SingleAsync(i => i.Name == demo.PartnerInstitution, ct);
            var firstTime = !await db.Memberships.AnyAsync(ct);
            var accounts = DemoTenants.Accounts(demo).Select(a => (a.Email, a.DisplayName, a.Role))
                .Append((DemoTenants.SharedViewerEmail, "Radny (dwie gminy)", TenantRole.Viewer));
            foreach (var (email, name, role) in accounts)
            {
                var user = email == DemoTenants.SharedViewerEmail ? sharedViewer : await EnsureUserAsync(users, email, name, platformAdmin: false);
                if (!await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.Role == role, ct))
                {
                    db.Memberships.Add(new Membership(user.Id, role, role == TenantRole.Partner ? institution.Id : null));
                }
            }

            // Once, with the accounts: later the coordinator decides who supplies what.
            var unassigned = !firstTime ? [] : await db.Indicators.Where(i => i.SupplierInstitutionId == null)
                .Join(db.Elements, i => i.ElementId, e => e.Id, (i, e) => new { Indicator = i, e.Code })
                .ToListAsync(ct);
            foreach (var x in unassigned.Where(x => demo.PartnerSupplies(x.Code, x.Indicator.DataSource)))
            {
                x.Indicator.AssignSupplier(institution);
            }

            if (firstTime && demo.OpenRoundYear is { } year)
            {
                var strategy = await db.Strategies.OrderBy(s => s.Id).FirstAsync(ct);
                var now = clock.GetUtcNow();
                db.ReportingRounds.Add(new ReportingRound(strategy, year, DateOnly.FromDateTime(now.UtcDateTime.AddDays(30)), now));
            }

            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The account with the demo password, created when missing (Development data only).</summary>
    internal static async Task<ApplicationUser> EnsureUserAsync(UserManager<ApplicationUser> users, string email, string displayName, bool platformAdmin)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }

        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, IsPlatformAdmin = platformAdmin };
        var result = await users.CreateAsync(user, DemoTenants.Password);
        return result.Succeeded ? user : throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo tenant {Tenant} from the built-in model {Model}")]
    private static partial void LogSeeded(ILogger logger, string tenant, string model);
}
