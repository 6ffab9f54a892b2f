using Strategy.Domain.Common;

namespace Strategy.Domain.Indicators;

/// <summary>One part of a measurement's breakdown, e.g. "ubóstwa: 331".</summary>
public sealed class MeasurementPart : TenantOwnedEntity
{
    private MeasurementPart()
    {
    }

    internal MeasurementPart(Guid measurementId, int order, string label, decimal value, string? unit)
    {
        MeasurementId = measurementId;
        Order = order;
        Label = MunicipalStrategyText.Required(label, "Składowa wartości musi mieć nazwę.", TextLimits.PartLabel, "Nazwa składowej wartości");
        Value = value;
        Unit = MunicipalStrategyText.Optional(unit, TextLimits.Unit, "Jednostka składowej");
    }

    public Guid MeasurementId { get; private set; }

    public int Order { get; private set; }

    public string Label { get; private set; } = "";

    public decimal Value { get; private set; }

    public string? Unit { get; private set; }
}
