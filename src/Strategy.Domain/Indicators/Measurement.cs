using Strategy.Domain.Benchmarking;
using Strategy.Domain.Common;

namespace Strategy.Domain.Indicators;

/// <summary>The value of one indicator for one year (period).</summary>
public sealed class Measurement : TenantOwnedEntity, IBenchmarkInput
{
    private readonly List<MeasurementPart> _parts = [];

    private Measurement()
    {
    }

    internal Measurement(Guid indicatorId, int year, MeasurementValue value)
    {
        if (year is < 1990 or > 2100)
        {
            throw new DomainException($"Rok {year} jest poza dopuszczalnym zakresem 1990–2100.");
        }

        IndicatorId = indicatorId;
        Year = year;
        Replace(value);
    }

    public Guid IndicatorId { get; private set; }

    public int Year { get; private set; }

    public decimal? Value { get; private set; }

    public string? Unit { get; private set; }

    public bool NoData { get; private set; }

    public string? NoDataReason { get; private set; }

    public string? Note { get; private set; }

    /// <summary>A person's value (entered, approved) or an official statistic; a person's is never overwritten by a fetch.</summary>
    public ValueSource Source { get; private set; }

    /// <summary>BDL's <c>attrId</c> for an official value (1: no remarks); null for a person's.</summary>
    public int? QualityFlag { get; private set; }

    public IReadOnlyList<MeasurementPart> Parts => _parts;

    public MeasurementValue Current => new(Value, Unit, NoData, NoDataReason, Note, _parts.Select(p => new MeasurementPartValue(p.Label, p.Value, p.Unit)).ToList());

    /// <summary>Replaces the value with a person's: what people enter and approve is theirs from then on.</summary>
    internal void Replace(MeasurementValue value)
    {
        (Value, Unit, NoData, NoDataReason, Note) = (value.Value, value.Unit, value.NoData, value.NoDataReason, value.Note);
        (Source, QualityFlag) = (ValueSource.Person, null);
        _parts.Clear();
        var order = 0;
        foreach (var part in value.Parts)
        {
            _parts.Add(new MeasurementPart(Id, ++order, part.Label, part.Value, part.Unit));
        }
    }

    internal void MarkOfficial(int? qualityFlag) => (Source, QualityFlag) = (ValueSource.Bdl, qualityFlag);
}
