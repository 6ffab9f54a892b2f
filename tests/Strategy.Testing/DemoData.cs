using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Strategy.Infrastructure.Persistence;
using Strategy.Domain.Strategies;

namespace Strategy.Testing;

/// <summary>Ids of one demo gmina's records, read inside that gmina.</summary>
public sealed record DemoData(Guid TenantId, Guid StrategyId, Guid ElementId, Guid IndicatorId, Guid MembershipId, Guid? ApiClientId, Guid? RoundId, Guid? EntryId, Guid? TaskReportId, Guid InstitutionId, Guid? InvitationId = null)
{
    public static Task<DemoData> ReadAsync(StrategyAppFactory app, string tenant) =>
        app.InTenantAsync(tenant, async db =>
        {
            // The seeded strategy is the gmina's first (ids are time-ordered); tests may import more.
            var strategy = await db.Strategies.OrderBy(s => s.Id).FirstAsync();
            var element = await db.Elements.Where(e => e.StrategyId == strategy.Id && e.Depth == 2).OrderBy(e => e.Code).FirstAsync();
            var indicators = db.Indicators.Where(i => db.Elements.Any(e => e.Id == i.ElementId && e.StrategyId == strategy.Id));
            var indicator = await indicators.Where(i => i.Measurements.Any()).OrderBy(i => i.Name).FirstOrDefaultAsync()
                ?? await indicators.OrderBy(i => i.Name).FirstAsync();
            var membership = await db.Memberships.Where(m => m.Role == Strategy.Domain.Access.TenantRole.Viewer).OrderBy(m => m.Id).FirstAsync();
            var apiClient = await db.ApiClients.OrderBy(c => c.Id).Select(c => (Guid?)c.Id).FirstOrDefaultAsync();
            var round = await db.ReportingRounds.Where(r => r.StrategyId == strategy.Id).OrderBy(r => r.Id).Select(r => (Guid?)r.Id).FirstOrDefaultAsync();
            var entry = await db.MeasurementEntries.Where(x => x.RoundId == round).OrderBy(x => x.Id).Select(x => (Guid?)x.Id).FirstOrDefaultAsync();
            var taskReport = await db.TaskReports.Where(x => x.RoundId == round).OrderBy(x => x.Id).Select(x => (Guid?)x.Id).FirstOrDefaultAsync();
            var institution = await db.Institutions.OrderBy(i => i.Name).Select(i => i.Id).FirstAsync();
            var invitation = await db.Invitations.Where(i => i.TenantId == strategy.TenantId && i.AcceptedAt == null).OrderBy(i => i.Id).Select(i => (Guid?)i.Id).FirstOrDefaultAsync();
            return new DemoData(strategy.TenantId, strategy.Id, element.Id, indicator.Id, membership.Id, apiClient, round, entry, taskReport, institution, invitation);
        });

    /// <summary>
    /// A reporting round in each demo gmina (Chrzanów has one from seeding; Krasnystaw's strategy ended
    /// in 2020, so its round is opened as it would have been then) with one reported value, and a pending invitation.
    /// </summary>
    public static async Task EnsureMonitoringAsync(StrategyAppFactory app)
    {
        foreach (var tenant in new[] { "chrzanow", "krasnystaw" })
        {
            await app.InTenantAsync(tenant, async db =>
            {
                var strategy = await db.Strategies.OrderBy(s => s.Id).FirstAsync();
                var round = await db.ReportingRounds.Where(r => r.StrategyId == strategy.Id).OrderBy(r => r.Id).FirstOrDefaultAsync();
                if (round is null)
                {
                    var opened = new DateTimeOffset(2020, 12, 1, 0, 0, 0, TimeSpan.Zero);
                    round = new Strategy.Domain.Monitoring.ReportingRound(strategy, strategy.PeriodEnd ?? 2025, new DateOnly(2021, 1, 31), opened);
                    db.ReportingRounds.Add(round);
                }

                if (!await db.MeasurementEntries.AnyAsync(x => x.RoundId == round.Id))
                {
                    var indicator = await db.Indicators.Where(i => db.Elements.Any(e => e.Id == i.ElementId && e.StrategyId == strategy.Id)).OrderBy(i => i.Id).FirstAsync();
                    db.MeasurementEntries.Add(new Strategy.Domain.Monitoring.MeasurementEntry(indicator.Id, round, new Strategy.Domain.Indicators.MeasurementValue(1, null, false, null, null), "Test", DateTimeOffset.UtcNow));
                    db.IndicatorChanges.Add(new Strategy.Domain.Monitoring.IndicatorChange(indicator.Id, round.Year, Strategy.Domain.Monitoring.ChangeKind.Entered, null, new Strategy.Domain.Indicators.MeasurementValue(1, null, false, null, null), null, null, DateTimeOffset.UtcNow));
                }

                if (!await db.LegalCalendars.AnyAsync())
                {
                    db.LegalCalendars.Add(Strategy.Domain.Monitoring.LegalCalendar.Default());
                }

                if (!await db.RoundReminders.AnyAsync(r => r.RoundId == round.Id))
                {
                    db.RoundReminders.Add(new Strategy.Domain.Monitoring.RoundReminder(round.Id, 14, round.Deadline, 1, DateTimeOffset.UtcNow));
                }

                if (!await db.Invitations.AnyAsync(i => i.TenantId == strategy.TenantId && i.AcceptedAt == null))
                {
                    db.Invitations.Add(Strategy.Domain.Access.Invitation.Create(strategy.TenantId, $"zaproszona@{tenant}.demo", Strategy.Domain.Access.TenantRole.Viewer, null, null, DateTimeOffset.UtcNow).Invitation);
                }

                if (!await db.TaskReports.AnyAsync(x => x.RoundId == round.Id))
                {
                    var deepest = await db.StrategyLevels.Where(l => l.StrategyId == strategy.Id).MaxAsync(l => l.Depth);
                    var task = await db.Elements.Where(e => e.StrategyId == strategy.Id && e.Depth == deepest).OrderBy(e => e.Id).FirstAsync();
                    db.TaskReports.Add(new Strategy.Domain.Monitoring.TaskReport(task.Id, round, Strategy.Domain.Monitoring.TaskProgress.Ongoing, "Test", null, null, "Test", DateTimeOffset.UtcNow));
                }

                await db.SaveChangesAsync();
            });
        }
    }

    /// <summary>The year of the report <see cref="EnsurePublishedReportsAsync"/> publishes.</summary>
    public const int ReportYear = 2020;

    /// <summary>A published report (and so the coordinator's working copy) in each demo gmina, published through the API as its coordinator would.</summary>
    public static async Task EnsurePublishedReportsAsync(StrategyAppFactory app)
    {
        foreach (var tenant in new[] { "chrzanow", "krasnystaw" })
        {
            var strategy = (await ReadAsync(app, tenant)).StrategyId;
            if (await app.InTenantAsync(tenant, db => db.PublishedReports.AnyAsync(r => r.StrategyId == strategy && r.Year == ReportYear)))
            {
                continue;
            }

            using var coordinator = await SignIn.AsAsync(app, $"koordynator@{tenant}.demo");
            var reports = $"/api/v1/{tenant}/strategies/{strategy}/reports/{ReportYear}";
            var version = (await coordinator.GetFromJsonAsync<System.Text.Json.JsonElement>(reports)).GetProperty("version").GetInt32();
            var published = await coordinator.PostAsJsonAsync($"{reports}/publish", new { version });
            if (published.StatusCode != System.Net.HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"Publishing {tenant}'s {ReportYear} report failed: {published.StatusCode} {await published.Content.ReadAsStringAsync()}");
            }
        }
    }

    /// <summary>The demo data has no API clients; gives each demo gmina an active one.</summary>
    public static async Task EnsureApiClientsAsync(StrategyAppFactory app)
    {
        foreach (var tenant in new[] { "chrzanow", "krasnystaw" })
        {
            await app.InTenantAsync(tenant, async db =>
            {
                if (!await db.ApiClients.AnyAsync(c => c.RevokedAt == null))
                {
                    db.ApiClients.Add(new Strategy.Domain.Access.ApiClient($"{tenant}-test", "Klient testowy", ["strategy.read"], null, DateTimeOffset.UtcNow));
                    await db.SaveChangesAsync();
                }
            });
        }
    }

    /// <summary>Gives an element a new title through the unit of work, as an edit saved elsewhere would.</summary>
    public static Task RenameElementAsync(StrategyAppFactory app, string tenant, Guid elementId, string title) =>
        app.InTenantAsync(tenant, db => RenameElementAsync(db, elementId, title));

    public static async Task RenameElementAsync(AppDbContext db, Guid elementId, string title)
    {
        var element = await db.Elements.SingleAsync(e => e.Id == elementId);
        element.Describe(title, element.Statement, element.Narrative);
        await db.SaveChangesAsync();
    }

    public static Task<Guid> ElementIdAsync(StrategyAppFactory app, string tenant, string code) =>
        app.InTenantAsync(tenant, async db => (await db.Elements.SingleAsync(e => e.Code == code)).Id);

    public static Task<Guid> IndicatorIdAsync(StrategyAppFactory app, string tenant, string name) =>
        app.InTenantAsync(tenant, async db => (await db.Indicators.SingleAsync(i => i.Name == name)).Id);

    /// <summary>The id this data has for the entity a route's <c>{id}</c> stands for.</summary>
    public Guid IdFor(string entity) => entity switch
    {
        nameof(MunicipalStrategy) => StrategyId,
        nameof(StrategyElement) => ElementId,
        "Indicator" => IndicatorId,
        "Membership" => MembershipId,
        "ApiClient" => ApiClientId ?? throw new InvalidOperationException("This gmina has no API client yet."),
        "ReportingRound" => RoundId ?? throw new InvalidOperationException("This gmina has no reporting round yet."),
        "MeasurementEntry" => EntryId ?? throw new InvalidOperationException("This gmina has no reported value yet."),
        "TaskReport" => TaskReportId ?? throw new InvalidOperationException("This gmina has no task report yet."),
        "Institution" => InstitutionId,
        "Invitation" => InvitationId ?? throw new InvalidOperationException("This gmina has no pending invitation yet."),
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, "Unknown entity kind"),
    };
}
