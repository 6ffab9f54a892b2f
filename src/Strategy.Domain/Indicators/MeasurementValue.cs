using Strategy.Domain.Common;

namespace Strategy.Domain.Indicators;

/// <summary>
/// What was reported for one year: a number with its unit, or "no data" with a reason; a note;
/// and optional breakdown parts ("bezrobocia 300, ubóstwa 331, bezdomności 6").
/// </summary>
public sealed record MeasurementValue
{
    public MeasurementValue(decimal? value, string? unit, bool noData, string? noDataReason, string? note, IReadOnlyList<MeasurementPartValue>? parts = null)
    {
        Parts = parts ?? [];
        if (noData && value is not null)
        {
            throw new DomainException("Wartość i „brak danych” wykluczają się: podaj jedno albo drugie.");
        }

        if (!noData && value is null && Parts.Count == 0)
        {
            throw new DomainException("Podaj wartość, jej składowe albo zaznacz „brak danych”.");
        }

        if (Parts.Select(p => p.Label).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Parts.Count)
        {
            throw new DomainException("Składowe wartości muszą mieć różne nazwy.");
        }

        Value = value;
        Unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        NoData = noData;
        NoDataReason = noData && !string.IsNullOrWhiteSpace(noDataReason) ? noDataReason.Trim() : null;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public decimal? Value { get; }

    public string? Unit { get; }

    public bool NoData { get; }

    public string? NoDataReason { get; }

    public string? Note { get; }

    public IReadOnlyList<MeasurementPartValue> Parts { get; }
}

public sealed record MeasurementPartValue(string Label, decimal Value, string? Unit = null);
