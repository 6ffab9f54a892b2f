using Microsoft.EntityFrameworkCore;
using Strategy.Domain.Indicators;
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

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
