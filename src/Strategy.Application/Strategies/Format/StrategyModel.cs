namespace Strategy.Application.Strategies.Format;

// The strategy model file format (formatVersion 1): the built-in models are written in it, and a
// strategy import/export speaks it too. Keys are camelCase; absent keys mean null or empty.

public sealed record StrategyModel(
    int FormatVersion,
    string Title,
    IReadOnlyList<string> Levels,
    IReadOnlyList<ElementModel> Elements,
    int? PeriodStart = null,
    int? PeriodEnd = null,
    string? AdoptionResolution = null,
    string? Status = null,
    string? Source = null,
    IReadOnlyList<ChapterModel>? Chapters = null);

/// <summary>A chapter of the adopted document naming a part art. 16b ust. 2 requires, and where it is ("Strona 5").</summary>
public sealed record ChapterModel(string Heading, string Place);

public sealed record ElementModel(
    string Code,
    string Title,
    string? Statement = null,
    string? Narrative = null,
    IReadOnlyList<string>? Coordinators = null,
    IReadOnlyList<string>? Partners = null,
    IReadOnlyList<string>? Implementers = null,
    IReadOnlyList<IndicatorModel>? Indicators = null,
    IReadOnlyList<ElementModel>? Children = null,
    string? Funding = null,
    string? TimeFrame = null);

public sealed record IndicatorModel(
    string Name,
    string? Unit = null,
    string? DataSource = null,
    string? Supplier = null,
    string? Direction = null,
    YearValueModel? Baseline = null,
    YearValueModel? Target = null,
    IReadOnlyList<MeasurementModel>? Measurements = null);

public sealed record YearValueModel(int Year, decimal Value);

public sealed record MeasurementModel(
    int Year,
    decimal? Value = null,
    string? Unit = null,
    bool NoData = false,
    string? NoDataReason = null,
    string? Note = null,
    IReadOnlyList<PartModel>? Parts = null);

public sealed record PartModel(string Label, decimal Value, string? Unit = null);
