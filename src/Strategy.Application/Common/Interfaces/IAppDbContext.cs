using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Access;
using Strategy.Domain.Audit;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;
using Strategy.Domain.Messaging;
using Strategy.Domain.Monitoring;
using Strategy.Domain.Reports;
using Strategy.Domain.Strategies;
using Strategy.Domain.Tenancy;

namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// The use cases' view of the database. Tenant-owned sets are already filtered to the current
/// tenant; <see cref="Tenants"/> is the global catalogue.
/// </summary>
public interface IAppDbContext
{
    DbSet<Tenant> Tenants { get; }

    DbSet<MunicipalStrategy> Strategies { get; }

    DbSet<StrategyLevel> StrategyLevels { get; }

    DbSet<StrategyElement> Elements { get; }

    DbSet<Institution> Institutions { get; }

    DbSet<ElementInstitution> ElementInstitutions { get; }

    DbSet<Indicator> Indicators { get; }

    DbSet<Measurement> Measurements { get; }

    DbSet<MeasurementPart> MeasurementParts { get; }

    DbSet<ReportingRound> ReportingRounds { get; }

    DbSet<LegalCalendar> LegalCalendars { get; }

    DbSet<RoundReminder> RoundReminders { get; }

    DbSet<MeasurementEntry> MeasurementEntries { get; }

    /// <summary>An indicator's history: appended with each change, never edited.</summary>
    DbSet<IndicatorChange> IndicatorChanges { get; }

    DbSet<TaskReport> TaskReports { get; }

    DbSet<AnnualReport> AnnualReports { get; }

    DbSet<PublishedReport> PublishedReports { get; }

    /// <summary>Global: the platform's catalogue of metrics gminy are compared on.</summary>
    DbSet<BenchmarkMetric> BenchmarkMetrics { get; }

    DbSet<PopulationFigure> PopulationFigures { get; }

    DbSet<Membership> Memberships { get; }

    /// <summary>Global: always filter on the tenant explicitly.</summary>
    DbSet<Invitation> Invitations { get; }

    DbSet<ApiClient> ApiClients { get; }

    /// <summary>Global: always filter on the tenant explicitly.</summary>
    DbSet<SupportSession> SupportSessions { get; }

    DbSet<SignUpRequest> SignUpRequests { get; }

    /// <summary>Global: always filter on the tenant explicitly.</summary>
    DbSet<AuditEvent> AuditEvents { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    /// <summary>Throws <c>ConflictException</c> when a record changed since the version expected.</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
