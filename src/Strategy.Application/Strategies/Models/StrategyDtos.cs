using Strategy.Domain.Indicators;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Models;

public sealed record StrategyLevelDto(int Depth, string Name);

/// <summary>An element with everything the strategy names on it, and its subtree.</summary>
public sealed record ElementDto(
    Guid Id,
    string Code,
    string Title,
    string? Statement,
    int Depth,
    string LevelName,
    IReadOnlyList<string> Coordinators,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Implementers,
    IReadOnlyList<IndicatorDto> Indicators,
    IReadOnlyList<ElementDto> Children,
    string? Funding,
    string? TimeFrame);

public sealed record IndicatorDto(
    Guid Id,
    string Name,
    string? Unit,
    string? DataSource,
    string? Supplier,
    IndicatorDirection Direction,
    YearValueDto? Baseline,
    YearValueDto? Target,
    IReadOnlyList<MeasurementDto> Measurements);

public sealed record YearValueDto(int Year, decimal Value);

public sealed record MeasurementDto(int Year, decimal? Value, string? Unit, bool NoData, string? NoDataReason, string? Note, IReadOnlyList<MeasurementPartDto> Parts);

public sealed record MeasurementPartDto(string Label, decimal Value, string? Unit);

/// <summary>A value as reported (a number with its unit, or "no data" with a reason; a note; parts), for a history line.</summary>
public sealed record ReportedValueDto(decimal? Value, string? Unit, bool NoData, string? NoDataReason, string? Note, IReadOnlyList<MeasurementPartDto> Parts);

/// <summary>A reference to an element, for breadcrumbs and back links.</summary>
public sealed record ElementRefDto(Guid Id, string Code, string Title, string LevelName);

public static class InstitutionRoleNames
{
    public static IReadOnlyList<string> Of(IEnumerable<(InstitutionRole Role, string Name)> links, InstitutionRole role) =>
        links.Where(l => l.Role == role).Select(l => l.Name).ToList();
}
