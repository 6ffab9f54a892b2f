using System.Globalization;
using Bogus;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;
using Strategy.Domain.Strategies;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Tenancy;

namespace Strategy.Infrastructure.Seeding.National;

/// <summary>One synthetic gmina: the tenant, its adopted strategy (with indicators and approved values) and its population.</summary>
public sealed record NationalGmina(Tenant Tenant, MunicipalStrategy Strategy, IReadOnlyList<PopulationFigure> Population);

/// <summary>
/// How large a catalogue metric plausibly is in a Polish gmina: a yearly rate per 1,000 residents
/// (or a percentage) between <see cref="Min"/> and <see cref="Max"/>. Counts are the rate times the
/// population, rounded to whole people; percentages keep one decimal.
/// </summary>
public sealed record MetricProfile(string Code, decimal Min, decimal Max)
{
    public decimal Value(decimal rate, int residents, MetricNormalisation normalisation) => normalisation switch
    {
        MetricNormalisation.Percentage => Math.Round(rate, 1),
        _ => Math.Round(rate * residents / 1000m, 0),
    };
}

/// <summary>
/// Bogus-generated, plausible strategies for every gmina of the TERC register. Each gmina's data come
/// from a seed derived from the fixed <see cref="Seed"/> and its TERC code alone, so the same gmina
/// always gets the same strategy, whatever else is seeded and in whatever order.
/// </summary>
public sealed class NationalStrategyGenerator(IReadOnlyList<BenchmarkMetric> catalogue)
{
    public const int Seed = 20_240_101;

    /// <summary>The years every synthetic indicator has an approved value for (and the population too).</summary>
    public static readonly (int First, int Last) Years = (2016, 2025);

    public static readonly (int Min, int Max) ElementRange = (100, 150);

    public static readonly (int Min, int Max) IndicatorRange = (40, 60);

    /// <summary>The share of gminy that consent to share their values for comparison.</summary>
    public const double SharingShare = 0.9;

    /// <summary>The share of gminy whose pages are public.</summary>
    public const double PublicShare = 0.3;

    /// <summary>The share of a strategy's indicators mapped to catalogue metrics (every metric at least once).</summary>
    public const double MappedShare = 0.75;

    /// <summary>Plausible yearly sizes of the catalogue's metrics (population is the population itself).</summary>
    public static readonly IReadOnlyList<MetricProfile> Profiles =
    [
        new("bezrobotni-zarejestrowani", 15m, 45m),
        new("udzial-bezrobotnych", 2m, 9m),
        new("stopa-bezrobocia", 3m, 15m),
        new("bezrobotni-dlugotrwale", 6m, 25m),
        new("beneficjenci-pomocy-spolecznej", 30m, 110m),
        new("rodziny-pomoc-spoleczna", 12m, 40m),
        new("pomoc-ubostwo", 6m, 25m),
        new("pomoc-bezrobocie", 4m, 18m),
        new("pomoc-bezdomnosc", 0.2m, 2m),
        new("pomoc-niepelnosprawnosc", 4m, 15m),
        new("udzial-poprodukcyjnych", 18m, 28m),
        new("rodziny-praca-socjalna", 8m, 30m),
        new("niebieska-karta", 1m, 4m),
        new("bezdomni-schronienie", 0.1m, 1.5m),
        new("dzienny-dom-pomocy", 0.5m, 4m),
        new("srodowiskowy-dom-samopomocy", 0.5m, 2.5m),
        new("uslugi-opiekuncze", 2m, 8m),
        new("rodziny-asystent", 1m, 5m),
        new("dzieci-wsparcie-dzienne", 3m, 15m),
        new("mieszkania-komunalne-nowe", 0m, 0.8m),
        new("saldo-migracji", -6m, 4m),
    ];

    /// <summary>Residents by kind of gmina: towns are larger than villages.</summary>
    public static (int Min, int Max) ResidentRange(MunicipalityKind kind) => kind switch
    {
        MunicipalityKind.Urban => (8_000, 120_000),
        MunicipalityKind.Rural => (2_500, 16_000),
        _ => (5_000, 35_000),
    };

    private static readonly (string Area, string Whom)[] Themes =
    [
        ("Przeciwdziałanie ubóstwu i wykluczeniu społecznemu", "osób i rodzin zagrożonych ubóstwem"),
        ("Aktywizacja zawodowa i przeciwdziałanie bezrobociu", "osób bezrobotnych"),
        ("Wspieranie rodziny i systemu pieczy zastępczej", "rodzin z dziećmi"),
        ("Przeciwdziałanie przemocy domowej", "osób doznających przemocy domowej"),
        ("Profilaktyka i rozwiązywanie problemów uzależnień", "osób uzależnionych i ich bliskich"),
        ("Polityka senioralna", "osób starszych"),
        ("Wsparcie osób z niepełnosprawnościami", "osób z niepełnosprawnościami"),
        ("Przeciwdziałanie bezdomności", "osób w kryzysie bezdomności"),
        ("Zdrowie psychiczne i wsparcie w kryzysie", "osób w kryzysie psychicznym"),
        ("Mieszkalnictwo społeczne", "rodzin w trudnej sytuacji mieszkaniowej"),
        ("Integracja społeczna i aktywność obywatelska", "mieszkańców"),
    ];

    private static readonly string[] GoalTemplates =
    [
        "Zwiększenie dostępności usług dla {0}",
        "Aktywizacja społeczna i zawodowa {0}",
        "Wzmocnienie współpracy instytucji na rzecz {0}",
        "Poprawa jakości życia {0}",
        "Profilaktyka i wczesne wsparcie {0}",
        "Rozwój kompetencji kadr pracujących na rzecz {0}",
    ];

    private static readonly string[] TaskTemplates =
    [
        "Prowadzenie grup wsparcia dla {0}",
        "Poradnictwo specjalistyczne (prawne, psychologiczne, rodzinne) dla {0}",
        "Kampania informacyjna o formach pomocy dla {0}",
        "Szkolenia kadr pomocy społecznej w zakresie pracy z grupą: {0}",
        "Warsztaty umiejętności społecznych dla {0}",
        "Realizacja programu osłonowego na rzecz {0}",
        "Wolontariat i pomoc sąsiedzka na rzecz {0}",
        "Diagnoza potrzeb {0}",
        "Współpraca z organizacjami pozarządowymi na rzecz {0}",
        "Rozwój usług środowiskowych dla {0}",
        "Pozyskiwanie środków zewnętrznych na wsparcie {0}",
        "Praca socjalna z kontraktem socjalnym dla {0}",
    ];

    /// <summary>Indicators no catalogue metric counts: the gmina's own measures of its tasks.</summary>
    private static readonly (string Name, string Unit, int Min, int Max)[] OwnIndicators =
    [
        ("Liczba przeprowadzonych szkoleń dla kadr", "szkolenia", 1, 12),
        ("Liczba uczestników grup wsparcia", "osoby", 5, 120),
        ("Liczba udzielonych porad specjalistycznych", "porady", 20, 900),
        ("Liczba kampanii informacyjnych", "kampanie", 0, 6),
        ("Liczba wolontariuszy zaangażowanych w działania", "osoby", 3, 150),
        ("Liczba zawartych kontraktów socjalnych", "kontrakty", 2, 80),
        ("Liczba organizacji pozarządowych realizujących zadania gminy", "organizacje", 1, 25),
        ("Liczba uczestników warsztatów", "osoby", 10, 300),
        ("Kwota pozyskanych środków zewnętrznych", "tys. zł", 20, 2_500),
        ("Liczba posiedzeń zespołu interdyscyplinarnego", "posiedzenia", 4, 24),
        ("Liczba osób objętych programem osłonowym", "osoby", 10, 600),
        ("Liczba przeprowadzonych diagnoz lokalnych", "diagnozy", 0, 3),
    ];

    private readonly Dictionary<string, BenchmarkMetric> byCode = catalogue.ToDictionary(m => m.Code, StringComparer.Ordinal);

    /// <summary>The identifier: the name's slug and the TERC code, unique because the code is.</summary>
    public static string IdentifierOf(Municipality m) => TenantIdentifiers.Slugify(m.Name) is { Length: > 0 } slug
        ? $"{slug[..Math.Min(slug.Length, 54)].TrimEnd('-')}-{m.Code.Value}"
        : "gmina-" + m.Code.Value;

    public NationalGmina Generate(Municipality municipality)
    {
        var f = new Faker("pl") { Random = new Randomizer(Seed ^ int.Parse(municipality.Code.Value, CultureInfo.InvariantCulture)) };

        var tenant = new Tenant(IdentifierOf(municipality), municipality.Code, TenantProvisioner.DisplayName(municipality), municipality.Voivodeship);
        tenant.StartProvisioning();
        tenant.SetPublicPages(f.Random.Double() < PublicShare);
        tenant.SetBenchmarkSharing(f.Random.Double() < SharingShare);
        tenant.Activate();

        var population = Population(f, municipality.Kind);
        var strategy = Strategy(f, municipality, population);
        return new NationalGmina(tenant, strategy, population);
    }

    private static List<PopulationFigure> Population(Faker f, MunicipalityKind kind)
    {
        var (min, max) = ResidentRange(kind);
        var residents = (double)f.Random.Int(min, max);
        var trend = f.Random.Double(-0.012, 0.008);
        var fetched = f.Random.Double() < 0.7;
        var figures = new List<PopulationFigure>();
        for (var year = Years.First; year <= Years.Last; year++)
        {
            var value = Math.Clamp((int)Math.Round(residents), min, max);
            figures.Add(fetched ? PopulationFigure.Fetched(year, value, qualityFlag: 1) : PopulationFigure.Entered(year, value));
            residents *= 1 + trend + f.Random.Double(-0.003, 0.003);
        }

        return figures;
    }

    private MunicipalStrategy Strategy(Faker f, Municipality municipality, IReadOnlyList<PopulationFigure> population)
    {
        var strategy = new MunicipalStrategy(
            $"Strategia Rozwiązywania Problemów Społecznych {(municipality.Kind == MunicipalityKind.Urban ? "Miasta" : "Gminy")} {municipality.Name} na lata {Years.First}–{Years.Last}",
            Years.First,
            Years.Last,
            $"Uchwała nr {RomanNumeral(f.Random.Int(10, 40))}/{f.Random.Int(50, 400)}/{Years.First - 1} Rady {(municipality.Kind == MunicipalityKind.Urban ? "Miasta" : "Gminy")} {municipality.Name} z dnia {f.Random.Int(1, 28)} {f.PickRandom("listopada", "grudnia")} {Years.First - 1} r.",
            ["Obszar", "Cel operacyjny", "Zadanie"]);
        strategy.DescribeSource("Dane syntetyczne (seed-national), wygenerowane z ustalonego ziarna: nie jest to dokument gminy.");

        var carriers = Tree(f, strategy);
        AddIndicators(f, carriers, population);
        strategy.Adopt();
        return strategy;
    }

    /// <summary>Areas, goals and tasks; returns the goals and tasks, which carry the indicators.</summary>
    private static List<StrategyElement> Tree(Faker f, MunicipalStrategy strategy)
    {
        var total = f.Random.Int(ElementRange.Min, ElementRange.Max);
        var themes = f.PickRandom(Themes, f.Random.Int(4, 6)).ToList();
        var goalsPerArea = themes.Select(_ => f.Random.Int(3, 5)).ToList();
        var tasks = total - themes.Count - goalsPerArea.Sum();

        // Every goal gets one task, the rest go to goals at random.
        var goalCount = goalsPerArea.Sum();
        var tasksPerGoal = Enumerable.Repeat(1, goalCount).ToArray();
        for (var extra = tasks - goalCount; extra > 0; extra--)
        {
            tasksPerGoal[f.Random.Int(0, goalCount - 1)]++;
        }

        var carriers = new List<StrategyElement>();
        var goalIndex = 0;
        for (var a = 0; a < themes.Count; a++)
        {
            var (areaTitle, whom) = themes[a];
            var areaCode = (a + 1).ToString(CultureInfo.InvariantCulture);
            var area = strategy.AddElement(null, areaCode, areaTitle, $"Ograniczenie skali problemów w obszarze: {areaTitle.ToLower(CultureInfo.GetCultureInfo("pl-PL"))}.");
            var goalTitles = f.PickRandom(GoalTemplates, goalsPerArea[a]).ToList();
            for (var g = 0; g < goalTitles.Count; g++, goalIndex++)
            {
                var goalCode = $"{areaCode}.{g + 1}";
                var goal = strategy.AddElement(area, goalCode, string.Format(CultureInfo.InvariantCulture, goalTitles[g], whom));
                carriers.Add(goal);
                for (var t = 0; t < tasksPerGoal[goalIndex]; t++)
                {
                    var title = string.Format(CultureInfo.InvariantCulture, f.PickRandom(TaskTemplates), whom);
                    carriers.Add(strategy.AddElement(goal, $"{goalCode}.{t + 1}", title));
                }
            }
        }

        return carriers;
    }

    private void AddIndicators(Faker f, List<StrategyElement> carriers, IReadOnlyList<PopulationFigure> population)
    {
        var count = f.Random.Int(IndicatorRange.Min, IndicatorRange.Max);
        var mapped = (int)Math.Round(count * MappedShare);
        var profiles = Profiles.Where(p => byCode.ContainsKey(p.Code)).ToList();

        // Every metric once, then repeats (a strategy may measure the same thing under two goals);
        // one series per metric, so a gmina never reports two values of one metric for a year.
        var metrics = f.Random.Shuffle(profiles).Concat(Enumerable.Range(0, Math.Max(0, mapped - profiles.Count)).Select(_ => f.PickRandom(profiles))).Take(mapped).ToList();
        var series = profiles.ToDictionary(p => p.Code, p => Series(f, p, population));

        for (var i = 0; i < count; i++)
        {
            var element = f.PickRandom(carriers);
            if (i < metrics.Count)
            {
                var metric = byCode[metrics[i].Code];
                var indicator = element.AddIndicator(metric.NamePl, metric.Unit, f.PickRandom("dane Ośrodka Pomocy Społecznej", "dane Powiatowego Urzędu Pracy", "GUS, Bank Danych Lokalnych", "sprawozdanie MRPiPS-03"), direction: metric.Direction);
                indicator.MapToMetric(metric);
                Values(indicator, series[metric.Code], metric.Unit);
            }
            else
            {
                var own = f.PickRandom(OwnIndicators);
                var indicator = element.AddIndicator(own.Name, own.Unit, "dane Urzędu Gminy", direction: IndicatorDirection.Increase);
                var level = f.Random.Int(own.Min, own.Max);
                Values(indicator, Enumerable.Range(0, Years.Last - Years.First + 1).Select(_ => (decimal)Math.Clamp(level + f.Random.Int(-(own.Max - own.Min) / 10, (own.Max - own.Min) / 10), own.Min, own.Max)).ToList(), own.Unit);
            }
        }
    }

    /// <summary>A drifting yearly rate kept within the profile's range, turned into the metric's value.</summary>
    private List<decimal> Series(Faker f, MetricProfile profile, IReadOnlyList<PopulationFigure> population)
    {
        var normalisation = byCode[profile.Code].Normalisation;
        var rate = f.Random.Decimal(profile.Min, profile.Max);
        var drift = (profile.Max - profile.Min) / 20m;
        var values = new List<decimal>();
        foreach (var figure in population)
        {
            values.Add(profile.Value(rate, figure.Residents, normalisation));
            rate = Math.Clamp(rate + f.Random.Decimal(-drift, drift), profile.Min, profile.Max);
        }

        return values;
    }

    /// <summary>The approved values of every year, with the first as the baseline.</summary>
    private static void Values(Indicator indicator, IReadOnlyList<decimal> values, string? unit)
    {
        for (var y = 0; y < values.Count; y++)
        {
            indicator.Approve(Years.First + y, new MeasurementValue(values[y], unit, noData: false, noDataReason: null, note: null));
        }

        indicator.SetBaseline(Years.First, values[0]);
    }

    private static string RomanNumeral(int n)
    {
        (int Value, string Numeral)[] table = [(40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new System.Text.StringBuilder();
        foreach (var (value, numeral) in table)
        {
            for (; n >= value; n -= value)
            {
                text.Append(numeral);
            }
        }

        return text.ToString();
    }
}
