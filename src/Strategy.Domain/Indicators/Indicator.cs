using Strategy.Domain.Benchmarking;
using Strategy.Domain.Common;
using Strategy.Domain.Strategies;

namespace Strategy.Domain.Indicators;

/// <summary>
/// A measure (miernik, wskaźnik) hung on any element: what is counted, where the number comes from,
/// which way it should go, and its values year by year.
/// </summary>
public sealed class Indicator : TenantOwnedEntity, IBenchmarkInput
{
    private readonly List<Measurement> _measurements = [];

    private Indicator()
    {
    }

    internal Indicator(Guid elementId, int order, string name, string? unit, string? dataSource, Guid? supplierInstitutionId, IndicatorDirection direction)
    {
        ElementId = elementId;
        Order = order;
        Name = MunicipalStrategyText.Required(name, "Nazwa wskaźnika jest wymagana.", TextLimits.IndicatorName, "Nazwa wskaźnika");
        Unit = MunicipalStrategyText.Optional(unit, TextLimits.Unit, $"Jednostka wskaźnika „{Name}”");
        DataSource = MunicipalStrategyText.Optional(dataSource, TextLimits.DataSource, $"Źródło danych wskaźnika „{Name}”");
        SupplierInstitutionId = supplierInstitutionId;
        Direction = direction;
        Kind = IndicatorKinds.Infer(Name, Unit);
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

    /// <summary>What sort of number it is (inferred when created, the coordinator may change it): decides which values are plausible.</summary>
    public IndicatorKind Kind { get; private set; }

    public int? BaselineYear { get; private set; }

    public decimal? BaselineValue { get; private set; }

    public int? TargetYear { get; private set; }

    public decimal? TargetValue { get; private set; }

    /// <summary>The catalogue metric this indicator counts, when the coordinator has mapped it.</summary>
    public Guid? BenchmarkMetricId { get; private set; }

    public IReadOnlyList<Measurement> Measurements => _measurements;

    /// <summary>The earliest year a baseline or target may be for.</summary>
    public const int EarliestYear = 1990;

    /// <summary>The latest year a baseline or target may be for.</summary>
    public const int LatestYear = 2100;

    /// <summary>
    /// Replaces what the indicator is: its name, unit, data source, desired direction, baseline and
    /// target (null clears one) and the institution that supplies its values (null: the coordinator).
    /// When a rule is broken nothing changes. The values by year stay.
    /// </summary>
    public void Define(string name, string? unit, string? dataSource, IndicatorDirection direction, (int Year, decimal Value)? baseline, (int Year, decimal Value)? target, Institution? supplier)
    {
        var newName = MunicipalStrategyText.Required(name, "Nazwa wskaźnika jest wymagana.", TextLimits.IndicatorName, "Nazwa wskaźnika");
        var newUnit = MunicipalStrategyText.Optional(unit, TextLimits.Unit, $"Jednostka wskaźnika „{newName}”");
        var newDataSource = MunicipalStrategyText.Optional(dataSource, TextLimits.DataSource, $"Źródło danych wskaźnika „{newName}”");
        if (!Enum.IsDefined(direction))
        {
            throw new DomainException($"Pożądany kierunek wskaźnika „{newName}” może być nieokreślony, wzrost albo spadek.");
        }

        CheckYear(baseline?.Year, "bazowej", newName);
        CheckYear(target?.Year, "docelowej", newName);
        if (baseline is { } b && target is { } t && b.Year > t.Year)
        {
            throw new DomainException($"Rok wartości bazowej wskaźnika „{newName}” ({b.Year}) nie może być późniejszy niż rok wartości docelowej ({t.Year}).");
        }

        (Name, Unit, DataSource, Direction) = (newName, newUnit, newDataSource, direction);
        (BaselineYear, BaselineValue) = (baseline?.Year, baseline?.Value);
        (TargetYear, TargetValue) = (target?.Year, target?.Value);
        AssignSupplier(supplier);
    }

    public void Classify(IndicatorKind kind) =>
        Kind = Enum.IsDefined(kind) ? kind : throw new DomainException($"Rodzaj wskaźnika „{Name}” może być: liczba, odsetek, wskaźnik na 1000 mieszkańców, kwota albo inny.");

    /// <summary>Names the institution that reports this indicator's values (null: the coordinator does).</summary>
    public void AssignSupplier(Institution? supplier) => SupplierInstitutionId = supplier?.Id;

    /// <summary>Says which catalogue metric this indicator counts (null: none), for comparing gminy.</summary>
    public void MapToMetric(BenchmarkMetric? metric) => BenchmarkMetricId = metric?.Id;

    /// <summary>
    /// Takes an official statistic for the year (GUS BDL), unless a person's value is there: a value a
    /// person entered or approved is never overwritten. Returns the value replaced (for the history), or
    /// null, and whether it was taken.
    /// </summary>
    public (bool Taken, MeasurementValue? Replaced) TakeOfficial(int year, MeasurementValue value, int? qualityFlag)
    {
        var existing = _measurements.FirstOrDefault(m => m.Year == year);
        if (existing is null)
        {
            Record(year, value).MarkOfficial(qualityFlag);
            return (true, null);
        }

        if (existing.Source == ValueSource.Person)
        {
            return (false, null);
        }

        var before = existing.Current;
        existing.Replace(value);
        existing.MarkOfficial(qualityFlag);
        return (true, before);
    }

    public void SetBaseline(int year, decimal value) => (BaselineYear, BaselineValue) = (year, value);

    public void SetTarget(int year, decimal value) => (TargetYear, TargetValue) = (year, value);

    /// <summary>
    /// Makes an approved value the indicator's value for the year, replacing the one there was.
    /// Returns the value it replaced, for the history.
    /// </summary>
    public MeasurementValue? Approve(int year, MeasurementValue value)
    {
        var existing = _measurements.FirstOrDefault(m => m.Year == year);
        if (existing is null)
        {
            Record(year, value);
            return null;
        }

        var before = existing.Current;
        existing.Replace(value);
        return before;
    }

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

    private static void CheckYear(int? year, string which, string name)
    {
        if (year is < EarliestYear or > LatestYear)
        {
            throw new DomainException($"Rok wartości {which} wskaźnika „{name}” musi mieścić się w latach {EarliestYear}–{LatestYear} (podano {year}).");
        }
    }
}
