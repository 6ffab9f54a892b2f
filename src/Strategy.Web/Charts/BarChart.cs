using System.Text;
using Microsoft.AspNetCore.Html;

namespace Strategy.Web.Charts;

/// <summary>One bar: how much of <see cref="Max"/> is done, e.g. 4 of 6 values reported by an institution.</summary>
public sealed record BarItem(string Label, decimal Value, decimal Max);

/// <summary>
/// Horizontal bars ("4 z 6") as a server-rendered SVG. Every bar carries its value as text, and the
/// &lt;desc&gt; lists all items in words, so the lengths are never the only way to read the data.
/// </summary>
public static class BarChart
{
    private const int Width = 640, Top = 8, Bottom = 8, RowHeight = 32, BarHeight = 18;
    private const int LabelWidth = 210, LabelChars = 27; // about 0.6 em a character at 13 units
    private const string Bar = "#0b4f9c", Track = "#e8e8e8";

    public static IHtmlContent Render(string title, string id, IReadOnlyList<BarItem> items, string unitSuffix)
    {
        ArgumentNullException.ThrowIfNull(items);
        var prefix = ChartMarkup.SafeId(string.IsNullOrWhiteSpace(id) ? "bars-" + ChartMarkup.StableHash(title) : id);
        var description = items.Count == 0
            ? "Brak danych."
            : string.Join("; ", items.Select(i => $"{i.Label} – {Amount(i, unitSuffix)}")) + ".";
        var height = Top + Math.Max(1, items.Count) * RowHeight + Bottom;

        var svg = new StringBuilder();
        ChartMarkup.Open(svg, prefix, Width, height, title, description);
        if (items.Count == 0)
            svg.Append(ChartMarkup.Text(Width / 2.0, Top + RowHeight / 2.0 + 4, "Brak danych", "middle"));

        // The amounts get a column right of the longest bar, as wide as the longest amount needs.
        const int barStart = LabelWidth + 8;
        var valueWidth = 12 + (int)Math.Ceiling(items.Select(i => Amount(i, unitSuffix).Length).DefaultIfEmpty(0).Max() * 13 * 0.6);
        var barSpace = Math.Max(80, Width - barStart - valueWidth);
        for (var row = 0; row < items.Count; row++)
        {
            var item = items[row];
            var y = Top + row * RowHeight + (RowHeight - BarHeight) / 2.0;
            var textY = y + BarHeight / 2.0 + 4.5;
            // A Max of zero (nothing expected) draws an empty bar instead of dividing by zero.
            var share = item.Max <= 0 ? 0 : Math.Clamp(item.Value / item.Max, 0, 1);
            var barWidth = barSpace * (double)share;

            svg.Append($"<g><title>{ChartMarkup.Escape($"{item.Label} – {Amount(item, unitSuffix)}")}</title>")
               .Append(ChartMarkup.Text(LabelWidth, textY, Truncate(item.Label), "end"))
               .Append(Rect(barStart, y, barSpace, Track))
               .Append(Rect(barStart, y, barWidth, Bar))
               .Append(ChartMarkup.Text(barStart + barSpace + 6, textY, Amount(item, unitSuffix), "start"))
               .Append("</g>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Amount(BarItem item, string unitSuffix) =>
        $"{ChartMarkup.Number(item.Value)} z {ChartMarkup.Number(item.Max)}"
        + (string.IsNullOrWhiteSpace(unitSuffix) ? "" : "\u00A0" + unitSuffix.Trim());

    private static string Rect(double x, double y, double width, string fill) =>
        $"<rect x=\"{ChartMarkup.Coord(x)}\" y=\"{ChartMarkup.Coord(y)}\" width=\"{ChartMarkup.Coord(width)}\" height=\"{BarHeight}\" fill=\"{fill}\"/>";

    /// <summary>Shortens a label for the drawing only; the full text is in the bar's title and the desc.</summary>
    private static string Truncate(string label)
    {
        if (label.Length <= LabelChars)
            return label;
        var cut = LabelChars - 1;
        if (char.IsHighSurrogate(label[cut - 1]))
            cut--; // never split an emoji or other surrogate pair
        return label[..cut].TrimEnd() + "…";
    }
}
