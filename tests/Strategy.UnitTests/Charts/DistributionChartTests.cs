using System.Xml.Linq;
using Strategy.Application.Benchmarking;
using Strategy.Web.Charts;

namespace Strategy.UnitTests.Charts;

public sealed class DistributionChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Render(IReadOnlyList<DistributionBinDto> bins, decimal? median) =>
        XDocument.Parse(DistributionChart.Render("Rozkład", "r", bins, median).ToString()!).Root!;

    [Fact]
    public void Draws_a_bar_per_bin_labels_the_gminas_bin_and_describes_the_counts_in_words()
    {
        var root = Render([new(0m, 1m, 5, false), new(1m, 2m, 2, true), new(2m, 3m, 1, false)], 1.2m);

        Assert.Equal("r-title r-desc", root.Attribute("aria-labelledby")!.Value);
        Assert.Equal(3, root.Elements(Svg + "rect").Count());
        Assert.Contains(root.Elements(Svg + "text"), t => t.Value == "Twoja gmina");
        Assert.Contains(root.Elements(Svg + "text"), t => t.Value == "mediana");
        var desc = root.Element(Svg + "desc")!.Value;
        Assert.Contains("0–1 – 5", desc, StringComparison.Ordinal);
        Assert.Contains("Twoja gmina w przedziale 1–2.", desc, StringComparison.Ordinal);
        Assert.Contains("Mediana: 1,2.", desc, StringComparison.Ordinal);
    }

    [Fact]
    public void No_bins_say_there_is_no_data()
    {
        var root = Render([], null);

        Assert.Empty(root.Elements(Svg + "rect"));
        Assert.Equal("Brak danych.", root.Element(Svg + "desc")!.Value);
    }
}
