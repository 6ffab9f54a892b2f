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
        Unit = MunicipalStrategyText.Optional(unit, TextLimits.Unit, "Jednostka wartości");
        NoData = noData;
        NoDataReason = noData ? MunicipalStrategyText.Optional(noDataReason, TextLimits.NoDataReason, "Powód braku danych") : null;
        Note = MunicipalStrategyText.Optional(note, TextLimits.Note, "Uwaga do wartości");
    }

    public decimal? Value { get; }

    public string? Unit { get; }

    public bool NoData { get; }

    public string? NoDataReason { get; }

    public string? Note { get; }

    public IReadOnlyList<MeasurementPartValue> Parts { get; }

    /// <summary>The value as one line of Polish text, for histories and messages: "11,6 %", "brak danych (powód)".</summary>
    public string Describe()
    {
        if (NoData)
        {
            return NoDataReason is null ? "brak danych" : $"brak danych ({NoDataReason})";
        }

        var polish = System.Globalization.CultureInfo.GetCultureInfo("pl-PL");
        string Number(decimal v, string? unit) => v.ToString("#,0.##########", polish).Replace('\u00a0', ' ') + (unit is null ? "" : " " + unit);
        var text = string.Join("; ", new[] { Value is { } v ? Number(v, Unit) : null }
            .Concat(Parts.Select(p => $"{p.Label}: {Number(p.Value, p.Unit)}"))
            .OfType<string>());
        return Note is null ? text : $"{text} ({Note})";
    }
}

public sealed record MeasurementPartValue(string Label, decimal Value, string? Unit = null);
