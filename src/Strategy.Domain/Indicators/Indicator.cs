using Strategy.Domain.Common;
using Strategy.Domain.Strategies;

namespace Strategy.Domain.Indicators;

/// <summary>
/// A measure (miernik, wskaźnik) hung on any element: what is counted, where the number comes from,
/// which way it should go, and its values year by year.
/// </summary>
public sealed class Indicator : TenantOwnedEntity
{
    private readonly List<Measurement> _measurements = [];

    private Indicator()
    {
    }

    internal Indicator(Guid elementId, int order, string name, string? unit, string? dataSource, Guid? supplierInstitutionId, IndicatorDirection direction)
    {
        ElementId = elementId;
        Order = order;
        Name = MunicipalStrategyText.Required(name, "Nazwa wskaźnika jest wymagana.");
        Unit = MunicipalStrategyText.Optional(unit);
        DataSource = MunicipalStrategyText.Optional(dataSource);
        SupplierInstitutionId = supplierInstitutionId;
        Direction = direction;
    }

    public Guid ElementId { get; private set; }

    public int Order { get; private set; }

    public string Name { get; private set; } = "";

    public string? Unit { get; private set; }

    /// <summary>The data source as the document words it ("dane Ośrodka Pomocy Społecznej").</summary>
    public string? DataSource { get; private set; }

    /// <summary>The institution that supplies the values, when known.</summary>
    public Guid? SupplierInstitutionId { get; private set; }

    public Institution? SupplierInstitution { get; private set; }

    public IndicatorDirection Direction { get; private set; }

    public int? BaselineYear { get; private set; }

    public decimal? BaselineValue { get; private set; }

    public int? TargetYear { get; private set; }

    public decimal? TargetValue { get; private set; }

    public IReadOnlyList<Measurement> Measurements => _measurements;

    public void SetBaseline(int year, decimal value) => (BaselineYear, BaselineValue) = (year, value);

    public void SetTarget(int year, decimal value) => (TargetYear, TargetValue) = (year, value);

    /// <summary>Records the value for a year; one measurement per indicator and year.</summary>
    public Measurement Record(int year, MeasurementValue value)
    {
        if (_measurements.Any(m => m.Year == year))
        {
            throw new DomainException($"Wskaźnik „{Name}” ma już wartość za rok {year}.");
        }

        var measurement = new Measurement(Id, year, value);
        _measurements.Add(measurement);
        return measurement;
    }
}
