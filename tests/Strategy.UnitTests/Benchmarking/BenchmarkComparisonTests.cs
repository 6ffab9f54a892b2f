using Strategy.Application.Benchmarking;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Indicators;
using Strategy.Domain.Tenancy;

namespace Strategy.UnitTests.Benchmarking;

public sealed class BenchmarkComparisonTests
{
    private static readonly TenantInfo Me = new(Guid.NewGuid(), "krasnystaw", "Krasnystaw", "0606011", MunicipalityKind.Urban, "lubelskie", TenantState.Active, true);
    private static readonly Guid Chelm = Guid.NewGuid(), Chrzanow = Guid.NewGuid(), Wola = Guid.NewGuid();

    private static readonly BenchmarkMetric Homeless = new("bezdomni-schronienie", "Osoby bezdomne, którym zapewniono schronienie", "Homeless people given shelter", "osoby",
        "Osoby bezdomne z gminy, którym zapewniono schronienie.", MetricNormalisation.PerThousandResidents, IndicatorDirection.Decrease, null);

    private static SharedValue Mine(int year, decimal value, int? residents) => new(Me.Id, Me.Identifier, Me.Name, Me.Kind, Me.Voivodeship, year, value, residents, true);

    private static readonly SharedValue[] Values =
    [
        Mine(2020, 3m, 18_000),
        Mine(2021, 4m, 18_000),
        new(Chelm, "chelm", "Chełm", MunicipalityKind.Urban, "lubelskie", 2020, 60m, 60_000, true),
        new(Chelm, "chelm", "Chełm", MunicipalityKind.Urban, "lubelskie", 2021, 50m, 60_000, true),
        new(Chrzanow, "chrzanow", "Chrzanów", MunicipalityKind.UrbanRural, "małopolskie", 2020, 23m, 46_000, true),
        new(Wola, "wola", "Wola", MunicipalityKind.Rural, "lubelskie", 2020, 2m, null, true),
    ];

    private static BenchmarkDto Build(int? year = 2020, bool sameKind = false, bool sameVoivodeship = false, bool sameClass = false, IReadOnlyList<SharedValue>? values = null) =>
        BenchmarkComparison.Build(Homeless, Me, sharesMine: true, values ?? Values, year, new PeerFilterDto(sameKind, sameVoivodeship, sameClass));

    [Fact]
    public void Values_are_compared_per_thousand_residents_and_ranked_lowest_first()
    {
        var b = Build();

        Assert.Equal(["Krasnystaw", "Chrzanów", "Chełm", "Wola"], b.Rows.Select(r => r.Name));
        Assert.Equal([0.1667m, 0.5m, 1m, null], b.Rows.Select(r => r.Normalised));
        Assert.Equal([1, 2, 3, null], b.Rows.Select(r => r.Rank));
        var me = Assert.Single(b.Rows, r => r.Mine);
        Assert.Equal(1, me.Rank);
        Assert.Equal(1, b.Summary.MyRank);
    }

    [Fact]
    public void A_gmina_without_population_that_year_has_no_normalised_value_and_no_rank_and_comes_last()
    {
        var b = Build();

        var wola = b.Rows[^1];
        Assert.Equal("Wola", wola.Name);
        Assert.Null(wola.Normalised);
        Assert.Null(wola.Rank);
        Assert.Equal((4, 3), (b.Summary.Gminy, b.Summary.Compared));
    }

    [Fact]
    public void Median_quartiles_and_extremes_are_over_the_normalised_values()
    {
        var s = Build().Summary;

        Assert.Equal(0.5m, s.Median);
        Assert.Equal(0.1667m, s.Min);
        Assert.Equal(1m, s.Max);
        Assert.Equal(0.33335m, s.Q1);
        Assert.Equal(0.75m, s.Q3);
    }

    [Fact]
    public void Peer_filters_keep_gminy_of_the_same_type_voivodeship_or_size_class_and_always_the_gmina_itself()
    {
        Assert.Equal(["Chełm", "Krasnystaw"], Build(sameKind: true).Rows.Select(r => r.Name).Order());
        Assert.Equal(["Chełm", "Krasnystaw", "Wola"], Build(sameVoivodeship: true).Rows.Select(r => r.Name).Order());
        Assert.Equal(["Krasnystaw"], Build(sameClass: true).Rows.Select(r => r.Name)); // 10–20 thousand: nobody else
    }

    [Fact]
    public void Without_the_gminas_population_the_size_class_cannot_filter_and_says_so()
    {
        var values = Values.Select(v => v.TenantId == Me.Id ? v with { Residents = null } : v).ToList();

        var b = Build(sameClass: true, values: values);

        Assert.True(b.ClassFilterUnavailable);
        Assert.Equal(4, b.Rows.Count);
    }

    [Fact]
    public void A_year_nobody_shares_is_an_empty_comparison_with_the_years_there_are()
    {
        var b = Build(year: 2019);

        Assert.Empty(b.Rows);
        Assert.Empty(b.Distribution);
        Assert.Null(b.Summary.Median);
        Assert.Equal([2021, 2020], b.Years);
    }

    [Fact]
    public void Without_a_year_the_latest_with_values_is_shown()
    {
        Assert.Equal(2021, Build(year: null).Year);
    }

    [Fact]
    public void The_trend_sets_the_gmina_against_the_median_of_the_others_year_by_year()
    {
        var trend = Build().Trend;

        Assert.Equal([2020, 2021], trend.Select(t => t.Year));
        Assert.Equal(0.1667m, trend[0].Mine);
        Assert.Equal(0.75m, trend[0].PeerMedian); // Chełm 1, Chrzanów 0.5; Wola has no population
        Assert.Equal(2, trend[0].Peers);
        Assert.Equal(0.8333m, trend[1].PeerMedian);
    }

    [Fact]
    public void The_distribution_marks_the_bin_the_gmina_falls_in()
    {
        var bins = Build().Distribution;

        Assert.Equal(3, bins.Sum(b => b.Count));
        Assert.True(Assert.Single(bins, b => b.Mine).From == 0.1667m);
    }
}
