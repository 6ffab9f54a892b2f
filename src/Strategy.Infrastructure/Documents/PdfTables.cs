using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Strategy.Infrastructure.Documents;

/// <summary>A ruling line of a page: horizontal at <see cref="At"/> from <see cref="From"/> to <see cref="To"/>, or vertical.</summary>
internal readonly record struct Ruling(bool Horizontal, double At, double From, double To)
{
    public bool Covers(double at, double point, double tolerance = 1.5) =>
        Math.Abs(At - at) <= tolerance && From - tolerance <= point && point <= To + tolerance;
}

/// <summary>A ruled table found on a page: its column and row edges and its rows of cells.</summary>
internal sealed record PdfTable(double Left, double Right, double Top, double Bottom, List<PdfTableRow> Rows)
{
    public bool Contains(double x, double y) => Left - 1 <= x && x <= Right + 1 && Bottom - 1 <= y && y <= Top + 1;
}

/// <summary>A row of a ruled table: the text of each cell, and which cells continue the one above (a row-spanning cell).</summary>
/// <param name="Edges">Per cell: the room left after its last line and the width of its first word — whether a cell
/// cut by a page break runs on into the rest of its row on the next page.</param>
internal sealed record PdfTableRow(double Top, List<string> Cells, HashSet<int> Continued, List<CellEdges> Edges);

internal sealed record CellEdges(double RoomAfterLast, double FirstWord)
{
    /// <summary>Whether this cell's last line had no room for <paramref name="rest"/>'s first word: the word was wrapped onto the next page.</summary>
    public bool WrapsInto(CellEdges rest) => RoomAfterLast < rest.FirstWord + 2;
}

/// <summary>
/// Finds ruled tables: the ruling lines that touch one another make a table; their distinct positions are
/// the grid. Where no rule separates two grid cells they are one cell (spanning rows or columns). Every
/// word inside the table goes to the cell its middle falls in; a cell's lines become paragraphs as the body's do.
/// </summary>
internal static class PdfTables
{
    private const double Thin = 2.5;
    private const double Near = 2;

    // Grouping compares rules pairwise; a page drawn with more is read as text only rather than slowly.
    private const int MaxRulings = 2_000;

    public static List<PdfTable> Find(Page page, IReadOnlyList<Word> words)
    {
        var rulings = Rulings(page);
        if (rulings.Count > MaxRulings)
        {
            return [];
        }

        var tables = new List<PdfTable>();
        foreach (var group in Connected(rulings))
        {
            var columns = Edges(group.Where(r => !r.Horizontal).Select(r => r.At));
            var rows = Edges(group.Where(r => r.Horizontal).Select(r => r.At)).OrderByDescending(y => y).ToList();
            if (columns.Count < 2 || rows.Count < 2)
            {
                continue;
            }

            tables.Add(Build(group, columns, rows, words));
        }

        return tables;
    }

    private static PdfTable Build(List<Ruling> rulings, List<double> xs, List<double> ys, IReadOnlyList<Word> words)
    {
        var rowCount = ys.Count - 1;
        var columnCount = xs.Count - 1;

        // Each grid cell points at the cell it belongs to: itself, or the one left or above it when no rule parts them.
        var owner = new (int Row, int Column)[rowCount, columnCount];
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                var middleY = (ys[r] + ys[r + 1]) / 2;
                var middleX = (xs[c] + xs[c + 1]) / 2;
                if (c > 0 && !rulings.Any(x => !x.Horizontal && x.Covers(xs[c], middleY)))
                {
                    owner[r, c] = owner[r, c - 1];
                }
                else if (r > 0 && !rulings.Any(x => x.Horizontal && x.Covers(ys[r], middleX)))
                {
                    owner[r, c] = owner[r - 1, c];
                }
                else
                {
                    owner[r, c] = (r, c);
                }
            }
        }

        var inCell = new Dictionary<(int, int), List<Word>>();
        foreach (var word in words)
        {
            var x = (word.BoundingBox.Left + word.BoundingBox.Right) / 2;
            var y = (word.BoundingBox.Top + word.BoundingBox.Bottom) / 2;
            var c = xs.FindIndex(e => e > x) - 1;
            var r = ys.FindIndex(e => e < y) - 1;
            if (c >= 0 && r >= 0 && c < columnCount && r < rowCount)
            {
                var key = owner[r, c];
                if (!inCell.TryGetValue(key, out var list))
                {
                    inCell[key] = list = [];
                }

                list.Add(word);
            }
        }

        var rows = new List<PdfTableRow>();
        for (var r = 0; r < rowCount; r++)
        {
            var cells = new List<string>();
            var edges = new List<CellEdges>();
            var continued = new HashSet<int>();
            for (var c = 0; c < columnCount; c++)
            {
                var key = owner[r, c];
                if (key.Column != c && key.Row == r)
                {
                    // The cell spans this column too: one cell, as in the document.
                    continue;
                }

                if (key.Row != r)
                {
                    continued.Add(cells.Count);
                }

                var right = xs[Enumerable.Range(c, columnCount - c).TakeWhile(k => k == c || owner[r, k] == key).Last() + 1];
                var (text, edge) = CellText(inCell.GetValueOrDefault(key) ?? [], xs[key.Column], right);
                cells.Add(text);
                edges.Add(edge);
            }

            if (cells.Count > 0)
            {
                rows.Add(new PdfTableRow(ys[r], cells, continued, edges));
            }
        }

        return new PdfTable(xs[0], xs[^1], ys[0], ys[^1], rows);
    }

    /// <summary>A cell's lines, as paragraphs in &lt;p&gt; fragments when there are several (as a DOCX cell reads).</summary>
    private static (string Text, CellEdges Edges) CellText(List<Word> words, double left, double right)
    {
        // Text stands off the rules by the cell's padding on both sides.
        var lines = PdfLine.Group(words);
        var padding = lines.Count == 0 ? 0 : Math.Max(0, lines.Min(l => l.Left) - left);
        var paragraphs = PdfParagraphs.Join(lines, right - padding).Select(p => p.Text).ToList();
        var edges = lines.Count == 0 ? new CellEdges(double.MaxValue, 0) : new CellEdges(right - padding - lines[^1].Right, lines[0].FirstWordWidth);
        return (paragraphs.Count <= 1 ? paragraphs.SingleOrDefault() ?? "" : string.Join(" ", paragraphs.Select(p => $"<p>{p}</p>")), edges);
    }

    /// <summary>Thin filled or stroked shapes are rules; a stroked rectangle is four.</summary>
    private static List<Ruling> Rulings(Page page)
    {
        var rulings = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }

                if (box.Width <= Thin && box.Height > Thin)
                {
                    rulings.Add(new Ruling(false, box.Centroid.X, box.Bottom, box.Top));
                }
                else if (box.Height <= Thin && box.Width > Thin)
                {
                    rulings.Add(new Ruling(true, box.Centroid.Y, box.Left, box.Right));
                }
                else if (path.IsStroked && !path.IsFilled && box.Width > Thin && box.Height > Thin)
                {
                    rulings.Add(new Ruling(true, box.Top, box.Left, box.Right));
                    rulings.Add(new Ruling(true, box.Bottom, box.Left, box.Right));
                    rulings.Add(new Ruling(false, box.Left, box.Bottom, box.Top));
                    rulings.Add(new Ruling(false, box.Right, box.Bottom, box.Top));
                }
            }
        }

        return rulings;
    }

    /// <summary>Rulings that touch, directly or through others, as one group each.</summary>
    private static List<List<Ruling>> Connected(List<Ruling> rulings)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < rulings.Count; i++)
        {
            for (var j = i + 1; j < rulings.Count; j++)
            {
                if (Touch(rulings[i], rulings[j]))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        return Enumerable.Range(0, rulings.Count).GroupBy(Find).Select(g => g.Select(i => rulings[i]).ToList()).ToList();
    }

    private static bool Touch(Ruling a, Ruling b) => a.Horizontal == b.Horizontal
        ? Math.Abs(a.At - b.At) <= Near && a.From <= b.To + Near && b.From <= a.To + Near
        : a.Covers(b.From, b.At, Near) || a.Covers(b.To, b.At, Near) || b.Covers(a.From, a.At, Near) || b.Covers(a.To, a.At, Near) || (Within(b.At, a.From, a.To) && Within(a.At, b.From, b.To));

    private static bool Within(double value, double from, double to) => from - Near <= value && value <= to + Near;

    private static List<double> Edges(IEnumerable<double> positions)
    {
        var edges = new List<double>();
        foreach (var p in positions.Order())
        {
            if (edges.Count == 0 || p - edges[^1] > Near)
            {
                edges.Add(p);
            }
        }

        return edges;
    }
}
