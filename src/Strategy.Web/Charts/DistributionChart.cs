using System.Text;
using Microsoft.AspNetCore.Html;
using Strategy.Application.Benchmarking;

namespace Strategy.Web.Charts;

/// <summary>
/// How gminy spread over a metric's values: a histogram of equal-width bins, the current gmina's bin
/// marked by a label as well as a colour, the median as a dashed line. The counts are in the
/// &lt;desc&gt; and in the table beside the chart.
/// </summary>
public static class DistributionChart
{
    private const int Width = 640, Height = 280, Left = 48, Right = 16, Top = 28, Bottom = 44;
    // Graphics ≥ 3:1 against white (WCAG 1.4.11).
    private const string Bar = "#6b6b6b", MineBar = "#0b4f9c", MedianColour = "#b3261e", Axis = "#555";

    public static IHtmlContent Render(string title, string id, IReadOnlyList<DistributionBinDto> bins, decimal? median)
    {
        ArgumentNullException.ThrowIfNull(bins);
        var prefix = ChartMarkup.SafeId(id);
        var svg = new StringBuilder();
        ChartMarkup.Open(svg, prefix, Width, Height, title, Describe(bins, median));
        var plotBottom = Height - Bottom;
        if (bins.Count == 0)
        {
            svg.Append(ChartMarkup.Text(Width / 2.0, Height / 2.0, "Brak danych", "middle")).Append("</svg>");
            return new HtmlString(svg.ToString());
        }

        var max = Math.Max(1, bins.Max(b => b.Count));
        var width = (double)(Width - Left - Right) / bins.Count;
        svg.Append(ChartMarkup.Segment(Left, plotBottom, Width - Right, plotBottom, Axis, 1, null))
           .Append(ChartMarkup.Segment(Left, Top, Left, plotBottom, Axis, 1, null))
           .Append(ChartMarkup.Text(Left - 6, Top + 4, max.ToString(System.Globalization.CultureInfo.InvariantCulture), "end"))
           .Append(ChartMarkup.Text(Left - 6, plotBottom, "0", "end"));
        for (var i = 0; i < bins.Count; i++)
        {
            var bin = bins[i];
            var h = (plotBottom - Top) * (double)bin.Count / max;
            var x = Left + (i * width);
            svg.Append($"<rect x=\"{ChartMarkup.Coord(x + 1)}\" y=\"{ChartMarkup.Coord(plotBottom - h)}\" width=\"{ChartMarkup.Coord(width - 2)}\" height=\"{ChartMarkup.Coord(h)}\" fill=\"{(bin.Mine ? MineBar : Bar)}\">")
               .Append($"<title>{ChartMarkup.Escape($"{Range(bin)}: {bin.Count}")}</title></rect>");
            if (bin.Mine)
            {
                svg.Append(ChartMarkup.Text(x + (width / 2), Math.Max(Top - 8, plotBottom - h - 6), "Twoja gmina", "middle", MineBar));
            }
        }

        if (median is { } m)
        {
            var (from, to) = (bins[0].From, bins[^1].To);
            var mx = to == from ? Width / 2.0 : Left + ((Width - Left - Right) * (double)((m - from) / (to - from)));
            svg.Append(ChartMarkup.Segment(mx, Top, mx, plotBottom, MedianColour, 2, "6 4"))
               .Append(ChartMarkup.Text(mx + 4, Top + 10, "mediana", "start", MedianColour));
        }

        svg.Append(ChartMarkup.Text(Left, plotBottom + 20, ChartMarkup.Number(bins[0].From), "start"))
           .Append(ChartMarkup.Text(Width - Right, plotBottom + 20, ChartMarkup.Number(bins[^1].To), "end"))
           .Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Range(DistributionBinDto bin) => $"{ChartMarkup.Number(bin.From)}–{ChartMarkup.Number(bin.To)}";

    private static string Describe(IReadOnlyList<DistributionBinDto> bins, decimal? median)
    {
        if (bins.Count == 0)
        {
            return "Brak danych.";
        }

        var parts = new List<string> { "Liczba gmin w przedziałach: " + string.Join("; ", bins.Select(b => $"{Range(b)} – {b.Count}")) + "." };
        if (bins.FirstOrDefault(b => b.Mine) is { } mine)
        {
            parts.Add($"Twoja gmina w przedziale {Range(mine)}.");
        }

        if (median is { } m)
        {
            parts.Add($"Mediana: {ChartMarkup.Number(m)}.");
        }

        return string.Join(' ', parts);
    }
}
