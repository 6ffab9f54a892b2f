using System.Xml.Linq;
using Strategy.Application.Monitoring;
using Strategy.Domain.Indicators;
using Strategy.Web.Charts;

namespace Strategy.UnitTests.Charts;

public sealed class TrendChartTests
{
    private const string Nbsp = "\u00A0";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static TrendChartData Data(params TrendPoint[] points) =>
        new("Liczba osób w ubóstwie", null, points, null, null, null, null, IndicatorDirection.Unspecified, TrendStatus.NoData);

    /// <summary>Renders and parses; a parse failure means the markup is not well-formed.</summary>
    private static (string Markup, XElement Root) Render(TrendChartData data, string? id = "t")
    {
        var markup = TrendChart.Render(data, id).ToString()!;
        return (markup, XDocument.Parse(markup).Root!);
    }

    private static string Desc(XElement root) => root.Element(Svg + "desc")!.Value;

    [Fact]
    public void Is_an_image_labelled_by_its_own_title_and_description()
    {
        var (_, root) = Render(Data(new(2020, 836), new(2022, 790)) with { Title = "Ubóstwo" }, "ind-7");

        Assert.Equal("svg", root.Name.LocalName);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("chart", (string?)root.Attribute("class"));
        var ids = ((string)root.Attribute("aria-labelledby")!).Split(' ');
        Assert.Equal(["ind-7-title", "ind-7-desc"], ids);
        Assert.Equal("Ubóstwo", root.Elements(Svg + "title").Single(e => (string?)e.Attribute("id") == ids[0]).Value);
        Assert.Single(root.Elements(Svg + "desc"), e => (string?)e.Attribute("id") == ids[1]);
    }

    [Fact]
    public void Describes_every_year_in_Polish_with_gaps_target_and_status()
    {
        var data = new TrendChartData("Ubóstwo", null, [new(2020, 836), new(2021, null), new(2022, 1234.5m)],
            700, 2027, 836, 2020, IndicatorDirection.Decrease, TrendStatus.OnTrack);

        var desc = Desc(Render(data).Root);

        Assert.Equal(
            $"Wartości: 2020 – 836; 2021 – brak danych; 2022 – 1{Nbsp}234,5. Wartość bazowa (2020): 836. "
            + "Cel na 2027: 700 (oczekiwany spadek). Stan: zgodnie z celem.",
            desc);
    }

    [Theory]
    [InlineData(IndicatorDirection.Increase, TrendStatus.OffTrack, "Cel na 2030: 12 (oczekiwany wzrost). Stan: odbiega od celu.")]
    [InlineData(IndicatorDirection.Unspecified, TrendStatus.NoData, "Cel na 2030: 12. Stan: brak danych do oceny.")]
    public void Says_which_way_the_target_lies_and_how_it_is_going(IndicatorDirection direction, TrendStatus status, string expected)
    {
        var data = Data(new TrendPoint(2020, 10)) with { Target = 12, TargetYear = 2030, Direction = direction, Status = status };

        Assert.EndsWith(expected, Desc(Render(data).Root));
    }

    [Fact]
    public void Values_are_rounded_to_two_decimals_and_carry_the_unit()
    {
        var data = Data(new(2020, 11.6049m), new(2021, 12.50m)) with { Unit = "%" };

        Assert.StartsWith($"Wartości: 2020 – 11,6{Nbsp}%; 2021 – 12,5{Nbsp}%.", Desc(Render(data).Root));
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1 }, 1)]
    [InlineData(new[] { 1, 0, 1 }, 2)]
    [InlineData(new[] { 0, 1, 1, 0, 1, 0 }, 2)]
    [InlineData(new[] { 1, 0, 0, 1, 0, 1 }, 3)]
    [InlineData(new[] { 0, 0 }, 0)]
    public void A_year_without_data_breaks_the_line(int[] hasValue, int expectedLines)
    {
        var points = hasValue.Select((v, i) => new TrendPoint(2015 + i, v == 1 ? 100 + i : null)).ToArray();

        var root = Render(Data(points)).Root;

        Assert.Equal(expectedLines, root.Descendants(Svg + "polyline").Count());
        Assert.Equal(hasValue.Sum(), root.Descendants(Svg + "circle").Count());
    }

    [Fact]
    public void The_target_is_a_labelled_dashed_line_and_the_baseline_another()
    {
        var data = Data(new(2020, 836), new(2022, 790)) with { Target = 700, TargetYear = 2027, Baseline = 836 };

        var root = Render(data).Root;

        var dashed = root.Descendants(Svg + "line").Where(l => l.Attribute("stroke-dasharray") is not null).ToList();
        Assert.Equal(2, dashed.Count);
        var texts = root.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("cel: 700 (2027)", texts);
        Assert.Contains("bazowa: 836", texts);
    }

    [Fact]
    public void The_y_axis_has_three_to_five_round_ticks_from_zero()
    {
        var root = Render(Data(new(2020, 836), new(2021, 790))).Root;

        // Tick labels are the right-aligned texts (the only ones anchored at the end without a target).
        var ticks = root.Descendants(Svg + "text").Where(t => (string?)t.Attribute("text-anchor") == "end").Select(t => t.Value).ToList();
        Assert.InRange(ticks.Count, 3, 5);
        Assert.Equal("0", ticks[0]);
        Assert.Contains("1" + Nbsp + "000", ticks); // 0, 500, 1 000 after rounding up 836
    }

    public static TheoryData<TrendPoint[]> EdgeCases => new()
    {
        Array.Empty<TrendPoint>(),
        new TrendPoint[] { new(2020, 5) },
        new TrendPoint[] { new(2020, null) },
        new TrendPoint[] { new(2020, 0), new(2021, 0) },
        new TrendPoint[] { new(2020, 7), new(2021, 7), new(2022, 7) },
        new TrendPoint[] { new(2020, -7), new(2021, -7) },
        new TrendPoint[] { new(2020, -12.5m), new(2021, 3), new(2022, -0.001m) },
        new TrendPoint[] { new(2020, 12_345_678), new(2021, 12_345_679) },
        new TrendPoint[] { new(2020, 0.0001m), new(2021, 0.0002m) },
        new TrendPoint[] { new(2020, 1), new(2020, 2) },
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Edge_cases_give_well_formed_finite_markup_without_inline_styles(TrendPoint[] points)
    {
        var data = Data(points) with { Target = 3, Baseline = -1 };

        var (markup, root) = Render(data);

        Assert.DoesNotContain("NaN", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Infinity", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("∞", markup);
        Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Attribute("style") is not null);
        Assert.Empty(root.Descendants(Svg + "script"));
        Assert.NotEmpty(Desc(root));
    }

    [Fact]
    public void Huge_values_are_grouped_with_no_break_spaces()
    {
        var (markup, root) = Render(Data(new TrendPoint(2020, 12_345_678)));

        Assert.Contains($"2020 – 12{Nbsp}345{Nbsp}678.", Desc(root));
        Assert.DoesNotContain("E+", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void No_points_at_all_is_described_as_no_data()
    {
        var root = Render(Data()).Root;

        Assert.StartsWith("Brak danych.", Desc(root));
        Assert.Empty(root.Descendants(Svg + "polyline"));
    }

    [Fact]
    public void Text_is_escaped()
    {
        var data = Data(new TrendPoint(2020, 1)) with { Title = "A <b> & \"c\"", Unit = "<u>" };

        var (markup, root) = Render(data, "x\" onload=\"alert(1)");

        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<u>", markup, StringComparison.Ordinal);
        Assert.Equal("A <b> & \"c\"", root.Element(Svg + "title")!.Value);
        Assert.Null(root.Attribute("onload"));
        Assert.Contains("1" + Nbsp + "<u>", Desc(root));
    }

    [Fact]
    public void Without_an_id_the_ids_derive_stably_from_the_title_and_differ_between_charts()
    {
        static string Ids(string title) =>
            (string)XDocument.Parse(TrendChart.Render(Data(new TrendPoint(2020, 1)) with { Title = title }).ToString()!).Root!.Attribute("aria-labelledby")!;

        Assert.Equal(Ids("Ubóstwo"), Ids("Ubóstwo"));
        Assert.NotEqual(Ids("Ubóstwo"), Ids("Bezrobocie"));
        Assert.Matches("^[A-Za-z][A-Za-z0-9_-]*-title [A-Za-z][A-Za-z0-9_-]*-desc$", Ids("Ubóstwo"));
    }

    [Fact]
    public void A_comparison_series_is_drawn_with_square_markers_and_described_in_words()
    {
        var data = Data(new(2020, 0.17m), new(2021, 0.22m)) with
        {
            Comparison = new TrendComparison("Mediana pozostałych gmin grupy", [new(2020, 0.75m), new(2021, 0.83m)]),
        };

        var (_, root) = Render(data);

        Assert.Equal(2, root.Elements(Svg + "rect").Count());
        Assert.Equal(2, root.Elements(Svg + "circle").Count());
        Assert.Contains("Mediana pozostałych gmin grupy: 2020 – 0,75; 2021 – 0,83.", Desc(root), StringComparison.Ordinal);
        Assert.DoesNotContain("Stan:", Desc(root), StringComparison.Ordinal);
    }
}
