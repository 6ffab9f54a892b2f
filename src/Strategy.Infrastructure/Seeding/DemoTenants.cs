using Strategy.Domain.Access;
using Strategy.Domain.Tenancy;

namespace Strategy.Infrastructure.Seeding;

/// <summary>
/// The two demo gminy, each started from its own built-in model, and demo accounts for every role
/// (Development only; listed in README).
/// </summary>
public static class DemoTenants
{
    public const string Password = "Demo-Strategia-2026";

    public const string PlatformAdminEmail = "admin@strategia.demo";

    /// <summary>A councillor who reads both gminy: one person, two memberships.</summary>
    public const string SharedViewerEmail = "radny@strategia.demo";

    /// <summary>A public (PKCE) client for trying the authorization code flow from a local tool.</summary>
    public const string InteractiveClientId = "strategia-demo-cli";

    public const string InteractiveRedirectUri = "http://localhost:8765/callback";

    /// <param name="PartnerSupplies">Which indicators the partner's institution reports, by element code and data source.</param>
    /// <param name="OpenRoundYear">A reporting round open in the demo, when the strategy still runs.</param>
    /// <param name="Residents">
    /// Residents in the first and last year of <see cref="PopulationYears"/>, entered as a person would;
    /// the years between are interpolated. Rounded demo figures of the right size, not GUS data.
    /// </param>
    public sealed record Definition(string Identifier, string TerytCode, StartingModel Model, string PartnerInstitution, Func<string, string?, bool> PartnerSupplies, (int First, int Last) Residents, int? OpenRoundYear = null)
    {
        public IEnumerable<(int Year, int Residents)> Population() => Enumerable.Range(PopulationYears.First, PopulationYears.Last - PopulationYears.First + 1)
            .Select(y => (y, Residents.First + ((Residents.Last - Residents.First) * (y - PopulationYears.First) / (PopulationYears.Last - PopulationYears.First))));
    }

    /// <summary>The years the demo gminy have a population for.</summary>
    public static readonly (int First, int Last) PopulationYears = (2014, 2025);

    /// <summary>
    /// Which of the gmina's indicators (by name, the first of that name) count which catalogue metric:
    /// only where the indicator counts exactly what the metric defines, as a coordinator would map them.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> MetricMappings = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["chrzanow"] = new Dictionary<string, string>
        {
            ["Liczba rodzin objętych pracą socjalną"] = "rodziny-praca-socjalna",
            ["Liczba rodzin objętych wsparciem asystenta rodziny"] = "rodziny-asystent",
            ["Liczba rodzin objętych pomocą społeczną"] = "rodziny-pomoc-spoleczna",
            ["Liczba dzieci w placówkach wsparcia dziennego"] = "dzieci-wsparcie-dzienne",
            ["Liczba rodzin objętych procedurą Niebieskiej Karty"] = "niebieska-karta",
            ["Liczba zarejestrowanych bezrobotnych w gminie oraz udział osób bezrobotnych w liczbie osób w wieku produkcyjnym"] = "bezrobotni-zarejestrowani",
            ["Liczba zarejestrowanych długotrwale bezrobotnych w gminie"] = "bezrobotni-dlugotrwale",
            ["Liczba osób bezdomnych kierowanych rocznie do placówek zapewniających schronienie"] = "bezdomni-schronienie",
            ["Saldo migracji na terenie gminy"] = "saldo-migracji",
        },
        ["krasnystaw"] = new Dictionary<string, string>
        {
            ["Wielkość stopy bezrobocia"] = "stopa-bezrobocia",
            ["Liczba osób bezrobotnych w mieście (stan na koniec 2020 r.)"] = "bezrobotni-zarejestrowani",
            ["Liczba osób objętych usługami opiekuńczymi i specjalistycznymi usługami opiekuńczymi"] = "uslugi-opiekuncze",
            ["Liczba osób objętych pomocą w ramach Dziennego Domu Pomocy Społecznej"] = "dzienny-dom-pomocy",
            ["Liczba osób objętych wsparciem w ramach Środowiskowego Domu Samopomocy"] = "srodowiskowy-dom-samopomocy",
            ["Liczba osób bezdomnych, którym zapewniono schronienie"] = "bezdomni-schronienie",
            ["Liczba nowych mieszkań komunalnych, w tym socjalnych"] = "mieszkania-komunalne-nowe",
        },
    };

    public static readonly IReadOnlyList<Definition> All =
    [
        // Chrzanów names its sources: the welfare centre reports what comes from its own records.
        new("chrzanow", "1203033", StartingModel.Chrzanow, "Ośrodek Pomocy Społecznej", (_, source) => source?.Contains("Ośrodka Pomocy Społecznej", StringComparison.Ordinal) == true, Residents: (47_800, 45_300), OpenRoundYear: 2025),

        // Krasnystaw's report names none: the welfare centre reports on seniors, disability and homelessness (goals 4, 5, 7).
        new("krasnystaw", "0606011", StartingModel.Krasnystaw, "Miejski Ośrodek Pomocy Społecznej", (code, _) => code is "4" or "5" or "7", Residents: (19_500, 18_100)),
    ];

    /// <summary>admin@chrzanow.demo, koordynator@…, partner@…, obserwator@… for each demo gmina.</summary>
    public static IEnumerable<(string Email, string DisplayName, TenantRole Role)> Accounts(Definition gmina) =>
    [
        ($"admin@{gmina.Identifier}.demo", "Administrator gminy", TenantRole.TenantAdmin),
        ($"koordynator@{gmina.Identifier}.demo", "Koordynator strategii", TenantRole.Coordinator),
        ($"partner@{gmina.Identifier}.demo", "Partner (ośrodek pomocy)", TenantRole.Partner),
        ($"obserwator@{gmina.Identifier}.demo", "Obserwator", TenantRole.Viewer),
    ];
}
