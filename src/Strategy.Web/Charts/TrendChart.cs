using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using Strategy.Application.Monitoring;
using Strategy.Domain.Indicators;
using Strategy.Web.Formatting;

namespace Strategy.Web.Charts;

/// <summary>One year of an indicator; a null value means nothing was reported that year.</summary>
public sealed record TrendPoint(int Year, decimal? Value);

public sealed record TrendChartData(
    string Title,
    string? Unit,
    IReadOnlyList<TrendPoint> Points,
    decimal? Target,
    int? TargetYear,
    decimal? Baseline,
    int? BaselineYear,
    IndicatorDirection Direction,
    TrendStatus Status,
    TrendComparison? Comparison = null);

/// <summary>A second series to read the first against, e.g. the median of peer gminy; drawn dashed with square markers.</summary>
public sealed record TrendComparison(string Label, IReadOnlyList<TrendPoint> Points);

/// <summary>
/// An indicator's values over the years as a server-rendered SVG line chart. The drawing uses
/// presentation attributes only (the CSP forbids inline styles); the same data is given in words in
/// the &lt;desc&gt;, which is what screen readers announce, so nothing is conveyed by the picture alone.
/// </summary>
public static class TrendChart
{
    private const int Width = 640, Height = 320, Top = 28, Right = 16, Bottom = 40, FontSize = 13;
    // Graphics ≥ 3:1 against white (WCAG 1.4.11); the grid is decoration, the values are labelled.
    private const string Line = "#0b4f9c", TargetColour = "#1a7f37", BaselineColour = "#6e4c00", Axis = "#555", Grid = "#d0d0d0", ComparisonColour = "#5a5a5a";

    /// <param name="data">The indicator's values, target and assessment.</param>
    /// <param name="id">Prefix of the element ids; must be unique on the page. Defaults to one derived from the title.</param>
    public static IHtmlContent Render(TrendChartData data, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var prefix = ChartMarkup.SafeId(string.IsNullOrWhiteSpace(id) ? "trend-" + ChartMarkup.StableHash(data.Title) : id);
        var points = data.Points.OrderBy(p => p.Year).ToList();
        var compared = data.Comparison?.Points.OrderBy(p => p.Year).ToList() ?? [];
        var values = points.Concat(compared).Where(p => p.Value is not null).Select(p => p.Value!.Value).ToList();

        var svg = new StringBuilder();
        ChartMarkup.Open(svg, prefix, Width, Height, data.Title, Describe(data, points));
        if (!string.IsNullOrEmpty(data.Unit))
            svg.Append(ChartMarkup.Text(4, 16, data.Unit, "start"));

        if (values.Count == 0)
        {
            // Axes and lines around nothing would suggest a zero; say it in the picture too.
            svg.Append(ChartMarkup.Text(Width / 2.0, Height / 2.0, "Brak danych", "middle"));
            DrawYears(svg, points, Right, Width - Right);
        }
        else
        {
            Draw(svg, data, points, compared, values);
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static void Draw(StringBuilder svg, TrendChartData data, List<TrendPoint> points, List<TrendPoint> compared, List<decimal> values)
    {
        var scale = Scale.For([.. values, .. Optional(data.Target), .. Optional(data.Baseline)]);
        // The left margin fits the widest tick label (about 0.6 em a character).
        var left = 12 + (int)Math.Ceiling(scale.Ticks.Max(t => ChartMarkup.Number(t).Length) * FontSize * 0.6);
        var plotBottom = Height - Bottom;
        double Y(decimal v) => Top + (plotBottom - Top) * (double)((scale.Max - v) / (scale.Max - scale.Min));

        // Reference lines: the target dashed, the baseline dotted, each labelled in the right margin so
        // the labels never sit on the data line (and the dash pattern, not colour, tells them apart).
        var references = new List<(decimal Value, string Label, string Colour, double Width, string Dashes)>();
        if (data.Target is { } target)
            references.Add((target, "cel: " + ChartMarkup.Number(target) + (data.TargetYear is { } ty ? $" ({ty})" : ""), TargetColour, 2, "8 5"));
        if (data.Baseline is { } baseline)
            references.Add((baseline, "bazowa: " + ChartMarkup.Number(baseline), BaselineColour, 1.5, "2 4"));
        var right = Width - (references.Count == 0 ? Right : 14 + (int)Math.Ceiling(references.Max(r => r.Label.Length) * FontSize * 0.6));

        var x = DrawYears(svg, [.. points.Concat(compared).DistinctBy(p => p.Year).OrderBy(p => p.Year)], left, right);
        foreach (var tick in scale.Ticks)
        {
            var y = Y(tick);
            svg.Append(ChartMarkup.Segment(left, y, right, y, tick == 0 ? Axis : Grid, 1, null));
            svg.Append(ChartMarkup.Text(left - 6, y + 4, ChartMarkup.Number(tick), "end"));
        }

        svg.Append(ChartMarkup.Segment(left, Top, left, plotBottom, Axis, 1, null));
        var previousLabelY = double.NegativeInfinity;
        foreach (var r in references.OrderBy(r => Y(r.Value)))
        {
            var y = Y(r.Value);
            svg.Append(ChartMarkup.Segment(left, y, right, y, r.Colour, r.Width, r.Dashes));
            // Two close lines would print their labels on top of each other: keep one line of text apart.
            var labelY = Math.Max(y + 4, previousLabelY + FontSize + 2);
            svg.Append(ChartMarkup.Text(right + 6, labelY, r.Label, "start", r.Colour));
            previousLabelY = labelY;
        }

        // Drawn first, so that the series it is read against stays on top where they cross.
        foreach (var run in Runs(compared))
        {
            var coords = string.Join(' ', run.Select(p => ChartMarkup.Coord(x[p.Year]) + "," + ChartMarkup.Coord(Y(p.Value!.Value))));
            svg.Append($"<polyline points=\"{coords}\" fill=\"none\" stroke=\"{ComparisonColour}\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        }

        foreach (var p in compared.Where(p => p.Value is not null))
        {
            svg.Append($"<rect x=\"{ChartMarkup.Coord(x[p.Year] - 4)}\" y=\"{ChartMarkup.Coord(Y(p.Value!.Value) - 4)}\" width=\"8\" height=\"8\" fill=\"{ComparisonColour}\">")
               .Append($"<title>{ChartMarkup.Escape($"{data.Comparison!.Label}, {p.Year}: {Value(p.Value.Value, data.Unit)}")}</title></rect>");
        }

        // A year without data breaks the line rather than bridging it, so a gap is visibly a gap.
        foreach (var run in Runs(points))
        {
            var coords = string.Join(' ', run.Select(p => ChartMarkup.Coord(x[p.Year]) + "," + ChartMarkup.Coord(Y(p.Value!.Value))));
            svg.Append($"<polyline points=\"{coords}\" fill=\"none\" stroke=\"{Line}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>");
        }

        foreach (var p in points.Where(p => p.Value is not null))
        {
            svg.Append($"<circle cx=\"{ChartMarkup.Coord(x[p.Year])}\" cy=\"{ChartMarkup.Coord(Y(p.Value!.Value))}\" r=\"4\" fill=\"{Line}\">")
               .Append($"<title>{ChartMarkup.Escape($"{p.Year}: {Value(p.Value.Value, data.Unit)}")}</title></circle>");
        }
    }

    /// <summary>Draws the x axis and year labels; returns each year's x coordinate.</summary>
    private static Dictionary<int, double> DrawYears(StringBuilder svg, List<TrendPoint> points, int left, int right)
    {
        var x = new Dictionary<int, double>();
        if (points.Count == 0)
            return x;

        int first = points[0].Year, last = points[^1].Year;
        // Inset so the first and last circles and labels are not cut by the plot edge.
        double from = left + 20, to = right - 20;
        foreach (var year in points.Select(p => p.Year).Distinct())
            x[year] = first == last ? (from + to) / 2 : from + (to - from) * (year - first) / (last - first);

        var y = Height - Bottom;
        svg.Append(ChartMarkup.Segment(left, y, right, y, Axis, 1, null));
        // Thin out labels that would overlap (about 48 units a label); every year is still in the desc.
        var step = Math.Max(1, (int)Math.Ceiling(x.Count / ((right - left) / 48.0)));
        foreach (var (year, i) in x.Keys.Select((year, i) => (year, i)).Where(e => e.i % step == 0))
            svg.Append(ChartMarkup.Text(x[year], y + 20, year.ToString(CultureInfo.InvariantCulture), "middle"));
        return x;
    }

    private static IEnumerable<List<TrendPoint>> Runs(List<TrendPoint> points)
    {
        var run = new List<TrendPoint>();
        foreach (var p in points)
        {
            if (p.Value is not null)
            {
                run.Add(p);
                continue;
            }

            if (run.Count > 0)
                yield return run;
            run = [];
        }

        if (run.Count > 0)
            yield return run;
    }

    private static string Describe(TrendChartData data, List<TrendPoint> points)
    {
        var parts = new List<string>();
        parts.Add(points.Count == 0
            ? "Brak danych."
            : "Wartości: " + string.Join("; ", points.Select(p => $"{p.Year} – {(p.Value is { } v ? Value(v, data.Unit) : "brak danych")}")) + ".");

        if (data.Comparison is { } comparison)
        {
            parts.Add($"{comparison.Label}: " + (comparison.Points.Count == 0
                ? "brak danych."
                : string.Join("; ", comparison.Points.OrderBy(p => p.Year).Select(p => $"{p.Year} – {(p.Value is { } v ? Value(v, data.Unit) : "brak danych")}")) + "."));
        }

        if (data.Baseline is { } baseline)
            parts.Add($"Wartość bazowa{(data.BaselineYear is { } by ? $" ({by})" : "")}: {Value(baseline, data.Unit)}.");

        if (data.Target is { } target)
        {
            var direction = data.Direction switch
            {
                IndicatorDirection.Increase => " (oczekiwany wzrost)",
                IndicatorDirection.Decrease => " (oczekiwany spadek)",
                _ => "",
            };
            parts.Add($"Cel{(data.TargetYear is { } ty ? $" na {ty}" : "")}: {Value(target, data.Unit)}{direction}.");
        }

        // Against a comparison and no target there is nothing to assess.
        if (data.Comparison is null || data.Target is not null)
        {
            parts.Add(data.Status switch
            {
                TrendStatus.OnTrack => "Stan: zgodnie z celem.",
                TrendStatus.OffTrack => "Stan: odbiega od celu.",
                _ => "Stan: brak danych do oceny.",
            });
        }
        return string.Join(' ', parts);
    }

    private static string Value(decimal value, string? unit) =>
        string.IsNullOrEmpty(unit) ? ChartMarkup.Number(value) : ChartMarkup.Number(value) + "\u00A0" + unit;

    private static IEnumerable<decimal> Optional(decimal? value) => value is { } v ? [v] : [];

    /// <summary>A y scale of 3–5 round ticks covering the values (and zero, when they are all on one side of it).</summary>
    private sealed record Scale(decimal Min, decimal Max, IReadOnlyList<decimal> Ticks)
    {
        public static Scale For(IReadOnlyList<decimal> values)
        {
            // Zero is always on the axis so a small change does not look dramatic on a cut-off scale.
            var min = Math.Min(0, values.Min());
            var max = Math.Max(0, values.Max());
            if (min == max)
                max = min + 1; // only when everything is zero

            // Candidate steps 1, 2, 5 × 10^n, from well below the range upwards; never finer than
            // 0.01 since labels show at most two decimals. The first step giving ≤ 4 intervals wins,
            // which (as the previous one gave ≥ 5) leaves at least 2.
            var exponent = Math.Max(-2, (int)Math.Floor(Math.Log10((double)(max - min))) - 2);
            var magnitude = Pow10(exponent);
            for (var i = 0; ; i++)
            {
                var step = magnitude * (i % 3) switch { 0 => 1m, 1 => 2m, _ => 5m };
                var low = Math.Floor(min / step) * step;
                var high = Math.Ceiling(max / step) * step;
                var intervals = (int)((high - low) / step);
                if (intervals > 4)
                {
                    if (i % 3 == 2)
                        magnitude *= 10;
                    continue;
                }

                if (intervals < 2)
                    high += step * (2 - intervals); // a tiny range inside one step still gets three ticks
                var count = (int)((high - low) / step);
                return new Scale(low, high, [.. Enumerable.Range(0, count + 1).Select(k => low + k * step)]);
            }
        }

        private static decimal Pow10(int exponent)
        {
            var result = 1m;
            for (var i = 0; i < Math.Abs(exponent); i++)
                result = exponent > 0 ? result * 10 : result / 10;
            return result;
        }
    }
}

/// <summary>The SVG pieces both charts share: escaping, ids, numbers and coordinates.</summary>
internal static class ChartMarkup
{
    public const string Ink = "#222"; // text: 15.9:1 against white

    public static void Open(StringBuilder svg, string id, int width, int height, string title, string description) =>
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" ")
           .Append($"viewBox=\"0 0 {width} {height}\" class=\"chart\" font-family=\"sans-serif\" font-size=\"13\">")
           .Append($"<title id=\"{id}-title\">{Escape(title)}</title><desc id=\"{id}-desc\">{Escape(description)}</desc>");

    public static string Text(double x, double y, string text, string anchor, string fill = Ink) =>
        $"<text x=\"{Coord(x)}\" y=\"{Coord(y)}\" text-anchor=\"{anchor}\" fill=\"{fill}\">{Escape(text)}</text>";

    public static string Segment(double x1, double y1, double x2, double y2, string stroke, double width, string? dashes) =>
        $"<line x1=\"{Coord(x1)}\" y1=\"{Coord(y1)}\" x2=\"{Coord(x2)}\" y2=\"{Coord(y2)}\" stroke=\"{stroke}\" stroke-width=\"{Coord(width)}\""
        + (dashes is null ? "" : $" stroke-dasharray=\"{dashes}\"") + "/>";

    /// <summary>Polish number (decimal comma, no-break thousands) rounded to at most two decimals.</summary>
    public static string Number(decimal value) => PolishFormat.Rounded(value);

    /// <summary>SVG coordinates are invariant-culture numbers; a comma would break the attribute.</summary>
    public static string Coord(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// XML escaping, valid both inline in HTML and as a standalone SVG; unlike WebUtility.HtmlEncode it
    /// leaves Polish letters readable. Control characters, which XML forbids, are dropped.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                < ' ' and not ('\t' or '\n' or '\r') => escaped,
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>Keeps an id usable in aria-labelledby (no spaces) and starting with a letter.</summary>
    public static string SafeId(string id)
    {
        var safe = new string([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);
        return char.IsAsciiLetter(safe[0]) ? safe : "c-" + safe;
    }

    /// <summary>FNV-1a: string.GetHashCode differs between processes, and ids should not change on every restart.</summary>
    public static string StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
            hash = (hash ^ c) * 16777619u;
        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
