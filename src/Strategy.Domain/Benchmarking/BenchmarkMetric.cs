using System.Text.RegularExpressions;
using Strategy.Domain.Common;
using Strategy.Domain.Indicators;

namespace Strategy.Domain.Benchmarking;

/// <summary>
/// A measure of the platform-wide catalogue on which gminy are compared: what it counts, how it is made
/// comparable and which way is better. Platform admins keep the catalogue; gminy map their indicators to it.
/// </summary>
public sealed partial class BenchmarkMetric : Entity, IGlobalEntity, IBenchmarkInput
{
    public const int CodeLength = 40;
    public const int NameLength = 300;
    public const int DefinitionLength = 2000;

    /// <summary>The metric whose values are the gmina's population figures themselves, not an indicator's.</summary>
    public const string PopulationCode = "ludnosc";

    private BenchmarkMetric()
    {
    }

    public BenchmarkMetric(string code, string namePl, string nameEn, string? unit, string definition, MetricNormalisation normalisation, IndicatorDirection direction, int? bdlVariableId)
    {
        Code = IsValidCode(code)
            ? code
            : throw new DomainException($"Kod miernika „{code}” jest nieprawidłowy: dozwolone są małe litery a–z, cyfry i łączniki (2–{CodeLength} znaków).");
        Define(namePl, nameEn, unit, definition, normalisation, direction, bdlVariableId);
    }

    /// <summary>Stable identifier in URLs and the API (<c>bezrobotni-zarejestrowani</c>); never changes.</summary>
    public string Code { get; private set; } = "";

    public string NamePl { get; private set; } = "";

    public string NameEn { get; private set; } = "";

    public string? Unit { get; private set; }

    /// <summary>What exactly is counted, so that two gminy mapping to it mean the same thing.</summary>
    public string Definition { get; private set; } = "";

    public MetricNormalisation Normalisation { get; private set; }

    public IndicatorDirection Direction { get; private set; }

    /// <summary>The GUS Bank Danych Lokalnych variable (<c>/variables/{id}</c>) that publishes it, when one does.</summary>
    public int? BdlVariableId { get; private set; }

    /// <summary>Replaces the description of the metric; the code stays. When a rule is broken nothing changes.</summary>
    public void Define(string namePl, string nameEn, string? unit, string definition, MetricNormalisation normalisation, IndicatorDirection direction, int? bdlVariableId)
    {
        var pl = MunicipalStrategyText.Required(namePl, "Nazwa miernika po polsku jest wymagana.", NameLength, "Nazwa miernika po polsku");
        // The English name serves only the catalogue's export for foreign partners: optional, empty when not given.
        var en = MunicipalStrategyText.Optional(nameEn, NameLength, "Nazwa miernika po angielsku") ?? "";
        var u = MunicipalStrategyText.Optional(unit, TextLimits.Unit, $"Jednostka miernika „{pl}”");
        var d = MunicipalStrategyText.Required(definition, $"Definicja miernika „{pl}” jest wymagana.", DefinitionLength, $"Definicja miernika „{pl}”");
        if (!Enum.IsDefined(normalisation))
        {
            throw new DomainException($"Sposób porównania miernika „{pl}” może być: wartość bezwzględna, na 1000 mieszkańców albo odsetek.");
        }

        if (!Enum.IsDefined(direction))
        {
            throw new DomainException($"Pożądany kierunek miernika „{pl}” może być nieokreślony, wzrost albo spadek.");
        }

        if (bdlVariableId is <= 0)
        {
            throw new DomainException($"Identyfikator zmiennej BDL miernika „{pl}” musi być dodatnią liczbą całkowitą (podano {bdlVariableId}).");
        }

        (NamePl, NameEn, Unit, Definition, Normalisation, Direction, BdlVariableId) = (pl, en, u, d, normalisation, direction, bdlVariableId);
    }

    /// <summary>
    /// The value made comparable: per 1,000 residents needs the year's population; without it the
    /// answer is null ("no population"), never a division by zero.
    /// </summary>
    public decimal? Normalise(decimal value, int? residents) => Normalisation switch
    {
        MetricNormalisation.PerThousandResidents => residents is > 0 ? value * 1000m / residents.Value : null,
        _ => value,
    };

    public static bool IsValidCode(string? code) => code is not null && CodePattern().IsMatch(code);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$", RegexOptions.NonBacktracking)]
    private static partial Regex CodePattern();
}
