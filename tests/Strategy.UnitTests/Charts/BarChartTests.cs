using System.Globalization;
using System.Xml.Linq;
using Strategy.Web.Charts;

namespace Strategy.UnitTests.Charts;

public sealed class BarChartTests
{
    private const string Nbsp = "\u00A0";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Renders and parses; a parse failure means the markup is not well-formed.</summary>
    private static (string Markup, XElement Root) Render(IReadOnlyList<BarItem> items, string unit = "", string title = "Kompletność danych")
    {
        var markup = BarChart.Render(title, "done", items, unit).ToString()!;
        return (markup, XDocument.Parse(markup).Root!);
    }

    private static string Desc(XElement root) => root.Element(Svg + "desc")!.Value;

    private static List<XElement> Bars(XElement root) => [.. root.Elements(Svg + "g")];

    /// <summary>The filled bar is the second rect of a group; the first is the full-length track.</summary>
    private static double BarWidth(XElement bar) =>
        double.Parse((string)bar.Elements(Svg + "rect").ElementAt(1).Attribute("width")!, CultureInfo.InvariantCulture);

    private static double TrackWidth(XElement bar) =>
        double.Parse((string)bar.Elements(Svg + "rect").First().Attribute("width")!, CultureInfo.InvariantCulture);

    [Fact]
    public void Is_an_image_labelled_by_its_own_title_and_description()
    {
        var root = Render([new("MOPS", 4, 6)]).Root;

        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("chart", (string?)root.Attribute("class"));
        Assert.Equal("done-title done-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("Kompletność danych", root.Elements(Svg + "title").Single(e => (string?)e.Attribute("id") == "done-title").Value);
        Assert.Single(root.Elements(Svg + "desc"), e => (string?)e.Attribute("id") == "done-desc");
    }

    [Fact]
    public void Draws_one_bar_per_item_and_lists_each_in_the_description()
    {
        var root = Render([new("Instytucja", 4, 6), new("Szkoła Podstawowa nr 2", 6, 6), new("PCPR", 1234.5m, 2000)]).Root;

        Assert.Equal(3, Bars(root).Count);
        Assert.Equal($"Instytucja – 4 z 6; Szkoła Podstawowa nr 2 – 6 z 6; PCPR – 1{Nbsp}234,5 z 2{Nbsp}000.", Desc(root));
        Assert.Equal("Instytucja – 4 z 6", Bars(root)[0].Element(Svg + "title")!.Value);
        Assert.Contains("4 z 6", Bars(root)[0].Elements(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void A_unit_suffix_follows_the_amount()
    {
        var root = Render([new("MOPS", 4, 6)], "wskaźników").Root;

        Assert.Equal($"MOPS – 4 z 6{Nbsp}wskaźników.", Desc(root));
    }

    [Fact]
    public void Bar_width_is_proportional_and_a_zero_max_gives_an_empty_bar()
    {
        var (markup, root) = Render([new("A", 3, 6), new("B", 6, 6), new("C", 0, 0), new("D", 5, 0), new("E", 9, 6), new("F", -1, 6)]);
        var bars = Bars(root);

        Assert.Equal(TrackWidth(bars[1]) / 2, BarWidth(bars[0]), 1);
        Assert.Equal(TrackWidth(bars[1]), BarWidth(bars[1]), 1);
        Assert.Equal(0, BarWidth(bars[2]));
        Assert.Equal(0, BarWidth(bars[3]));
        Assert.Equal(TrackWidth(bars[4]), BarWidth(bars[4]), 1); // over the max is capped, not drawn past the track
        Assert.Equal(0, BarWidth(bars[5]));
        Assert.DoesNotContain("NaN", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Infinity", markup, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Long_labels_are_shortened_in_the_drawing_only()
    {
        const string label = "Miejski Ośrodek Pomocy Społecznej w Starachowicach";

        var root = Render([new(label, 2, 6)]).Root;
        var bar = Bars(root).Single();

        var drawn = bar.Elements(Svg + "text").First().Value;
        Assert.EndsWith("…", drawn);
        Assert.True(drawn.Length < label.Length);
        Assert.StartsWith(drawn.TrimEnd('…'), label);
        Assert.Equal($"{label} – 2 z 6", bar.Element(Svg + "title")!.Value);
        Assert.Contains(label, Desc(root));
    }

    [Fact]
    public void No_items_is_described_as_no_data()
    {
        var (markup, root) = Render([]);

        Assert.Equal("Brak danych.", Desc(root));
        Assert.Empty(Bars(root));
        Assert.DoesNotContain("NaN", markup, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Text_is_escaped_and_nothing_is_styled_inline()
    {
        var (markup, root) = Render([new("<Ośrodek & \"Dom\">", 1, 2)], "<i>", "A <b> & \"c\"");

        Assert.DoesNotContain("<b>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<Ośrodek", markup, StringComparison.Ordinal);
        Assert.Equal("A <b> & \"c\"", root.Element(Svg + "title")!.Value);
        Assert.Equal($"<Ośrodek & \"Dom\"> – 1 z 2{Nbsp}<i>.", Desc(root));
        Assert.DoesNotContain(root.DescendantsAndSelf(), e => e.Attribute("style") is not null);
    }
}
