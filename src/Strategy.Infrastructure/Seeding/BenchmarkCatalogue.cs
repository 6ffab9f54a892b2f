using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;

namespace Strategy.Infrastructure.Seeding;

/// <summary>
/// The catalogue the platform starts with: what the two built-in strategies measure, plus resident
/// population. Seeded once per code; platform admins edit it from then on, and a later start never
/// undoes their edits. BDL variable ids are given only where verified (docs/official-statistics.md).
/// </summary>
public static class BenchmarkCatalogue
{
    /// <summary>The metric that is the gmina's population itself (its values are the population figures).</summary>
    public const string PopulationCode = BenchmarkMetric.PopulationCode;

    public static IReadOnlyList<BenchmarkMetric> Initial() =>
    [
        new(PopulationCode, "Ludność (liczba mieszkańców)", "Resident population", "osoby",
            "Ludność faktycznie zamieszkała w gminie według stanu na 31 grudnia.", MetricNormalisation.Absolute, IndicatorDirection.Unspecified, 72305),
        new("bezrobotni-zarejestrowani", "Bezrobotni zarejestrowani", "Registered unemployed", "osoby",
            "Osoby zarejestrowane jako bezrobotne w powiatowym urzędzie pracy, zamieszkałe w gminie, według stanu na 31 grudnia.", MetricNormalisation.PerThousandResidents, IndicatorDirection.Decrease, null),
        new("udzial-bezrobotnych", "Udział bezrobotnych zarejestrowanych w liczbie ludności w wieku produkcyjnym", "Registered unemployed as a share of the working-age population", "%",
            "Bezrobotni zarejestrowani zamieszkali w gminie jako odsetek jej ludności w wieku produkcyjnym (31 grudnia).", MetricNormalisation.Percentage, IndicatorDirection.Decrease, null),
        new("stopa-bezrobocia", "Stopa bezrobocia", "Unemployment rate", "%",
            "Stopa bezrobocia rejestrowanego podawana przez urząd pracy dla obszaru gminy lub powiatu (31 grudnia).", MetricNormalisation.Percentage, IndicatorDirection.Decrease, null),
        new("bezrobotni-dlugotrwale", "Długotrwale bezrobotni", "Long-term unemployed", "osoby",
            "Zarejestrowani bezrobotni pozostający w rejestrze urzędu pracy łącznie ponad 12 miesięcy w ciągu ostatnich 2 lat (31 grudnia).", MetricNormalisation.PerThousandResidents, IndicatorDirection.Decrease, null),
        new("beneficjenci-pomocy-spolecznej", "Osoby w gospodarstwach domowych korzystających ze środowiskowej pomocy społecznej", "People in households receiving community social assistance", "osoby",
            "Liczba osób w gospodarstwach domowych, którym przyznano świadczenie z pomocy społecznej w gminie w ciągu roku (sprawozdanie MRPiPS-03).", MetricNormalisation.PerThousandResidents, IndicatorDirection.Decrease, null),
        new("rodziny-pomoc-spoleczna", "Rodziny objęte pomocą społeczną", "Families receiving social assistance", "rodziny",
            "Rodziny, którym ośrodek pomocy społecznej przyznał świadczenie w ciągu roku, bez względu na jego rodzaj.", MetricNormalisation.PerThousandResidents, IndicatorDirection.Decrease, null),
        new("pomoc-ubostwo", "Rodziny korzystające z pomocy społecznej z powodu ubóstwa", "Families receiving social assistance because of poverty", "rodziny",
            "Rodziny, którym przyznano pomoc z powodu ubóstwa (art. 7 pkt 1 ustawy o pomocy społecznej) w ciągu roku.", MetricNormalisation.PerThousandResidents, IndicatorDirection.Decrease, null),
        new("pomoc-bezrobocie", "Rodziny korzystające z pomocy społecznej z powodu bezrobocia", "Families receiving social assistance because of unemployment", "rodziny",
            "Rodziny, którym przyznano pomoc z powodu bezrobocia (art. 7 pkt 5) w ciągu roku.", MetricNormalisation.PerThousandResidents, IndicatorDirection.Decrease, null),
        new("pomoc-bezdomnosc", "Osoby korzystające z pomocy społecznej z powodu bezdomności", "People receiving social assistance because of homelessness", "osoby",
            "Osoby, którym przyznano pomoc z powodu bezdomności (art. 7 pkt 3) w ciągu roku.", MetricNormalisation.PerThousandResidents, IndicatorDirection.Decrease, null),
        new("pomoc-niepelnosprawnosc", "Rodziny korzystające z pomocy społecznej z powodu niepełnosprawności", "Families receiving social assistance because of disability", "rodziny",
            "Rodziny, którym przyznano pomoc z powodu niepełnosprawności (art. 7 pkt 6) w ciągu roku.", MetricNormalisation.PerThousandResidents, IndicatorDirection.Unspecified, null),
        new("udzial-poprodukcyjnych", "Udział ludności w wieku poprodukcyjnym", "Post-working-age population share", "%",
            "Ludność w wieku poprodukcyjnym (kobiety 60+, mężczyźni 65+) jako odsetek ludności gminy (31 grudnia).", MetricNormalisation.Percentage, IndicatorDirection.Unspecified, null),
        new("rodziny-praca-socjalna", "Rodziny objęte pracą socjalną", "Families under social work", "rodziny",
            "Rodziny objęte pracą socjalną pracowników ośrodka pomocy społecznej w ciągu roku, także bez świadczeń.", MetricNormalisation.PerThousandResidents, IndicatorDirection.Unspecified, null),
        new("niebieska-karta", "Rodziny objęte procedurą „Niebieskie Karty”", "Families under the Blue Card procedure", "rodziny",
            "Rodziny, wobec których w ciągu roku prowadzono procedurę „Niebieskie Karty” (przeciwdziałanie przemocy domowej).", MetricNormalisation.PerThousandResidents, IndicatorDirection.Decrease, null),
        new("bezdomni-schronienie", "Osoby bezdomne, którym zapewniono schronienie", "Homeless people given shelter", "osoby",
            "Osoby bezdomne z gminy, którym w ciągu roku zapewniono miejsce w schronisku, noclegowni lub ogrzewalni.", MetricNormalisation.PerThousandResidents, IndicatorDirection.Unspecified, null),
        new("dzienny-dom-pomocy", "Uczestnicy dziennych domów pomocy", "People in day-care homes", "osoby",
            "Osoby korzystające w ciągu roku z dziennego domu pomocy (dzienny dom pomocy społecznej, dom dziennego pobytu dla seniorów).", MetricNormalisation.PerThousandResidents, IndicatorDirection.Increase, null),
        new("srodowiskowy-dom-samopomocy", "Uczestnicy środowiskowych domów samopomocy", "People in community self-help homes", "osoby",
            "Osoby z gminy uczęszczające w ciągu roku do środowiskowego domu samopomocy.", MetricNormalisation.PerThousandResidents, IndicatorDirection.Increase, null),
        new("uslugi-opiekuncze", "Osoby objęte usługami opiekuńczymi", "People receiving care services", "osoby",
            "Osoby objęte w ciągu roku usługami opiekuńczymi lub specjalistycznymi usługami opiekuńczymi.", MetricNormalisation.PerThousandResidents, IndicatorDirection.Increase, null),
        new("rodziny-asystent", "Rodziny objęte wsparciem asystenta rodziny", "Families supported by a family assistant", "rodziny",
            "Rodziny, z którymi w ciągu roku pracował asystent rodziny (ustawa o wspieraniu rodziny i systemie pieczy zastępczej).", MetricNormalisation.PerThousandResidents, IndicatorDirection.Unspecified, null),
        new("dzieci-wsparcie-dzienne", "Dzieci w placówkach wsparcia dziennego", "Children in day support centres", "osoby",
            "Dzieci uczęszczające w ciągu roku do placówek wsparcia dziennego (świetlice, kluby, ogniska wychowawcze).", MetricNormalisation.PerThousandResidents, IndicatorDirection.Increase, null),
        new("mieszkania-komunalne-nowe", "Nowe mieszkania komunalne, w tym socjalne", "New municipal dwellings, social housing included", "mieszkania",
            "Mieszkania komunalne i socjalne oddane do użytku lub pozyskane przez gminę w ciągu roku.", MetricNormalisation.PerThousandResidents, IndicatorDirection.Increase, null),
        new("saldo-migracji", "Saldo migracji", "Net migration", "osoby",
            "Zameldowania na pobyt stały minus wymeldowania z pobytu stałego w ciągu roku (ruch wewnętrzny i zagraniczny).", MetricNormalisation.PerThousandResidents, IndicatorDirection.Increase, null),
    ];
}
