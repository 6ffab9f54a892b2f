using Strategy.Application.Strategies.Models;
using Strategy.Domain.Indicators;

namespace Strategy.Application.Indicators;

/// <summary>The indicator's definition as saved, with the version to edit from next.</summary>
public sealed record EditedIndicatorDto(
    Guid Id,
    string Name,
    string? Unit,
    string? DataSource,
    IndicatorDirection Direction,
    YearValueDto? Baseline,
    YearValueDto? Target,
    Guid? SupplierInstitutionId,
    string? Supplier,
    int Version,
    IndicatorKind Kind);
