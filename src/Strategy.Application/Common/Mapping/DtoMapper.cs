using Riok.Mapperly.Abstractions;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Indicators;
using Strategy.Domain.Strategies;
using Strategy.Domain.Tenancy;
using Strategy.Application.Tenants;

namespace Strategy.Application.Common.Mapping;

/// <summary>
/// Entity → DTO mappings, generated at compile time. Only target members must be mapped:
/// entities carry more than any DTO shows.
/// </summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class DtoMapper
{
    [MapProperty([nameof(Tenant.TerytCode), nameof(TerytCode.Value)], nameof(TenantSummaryDto.TerytCode))]
    public static partial TenantSummaryDto ToSummary(Tenant tenant);

    public static partial IQueryable<StrategySummaryDto> ProjectToSummary(this IQueryable<MunicipalStrategy> strategies);

    public static partial MeasurementDto ToDto(Measurement measurement);

    private static partial MeasurementPartDto ToDto(MeasurementPart part);
}
