using System.Text.RegularExpressions;
using Strategy.Application.Strategies.Import;
using Strategy.Application.Strategies.Import.Blocks;
using UglyToad.PdfPig.Content;

namespace Strategy.Infrastructure.Documents;

/// <summary>One page's text: its body lines outside tables, its tables, and its size.</summary>
internal sealed record PdfPageText(int Number, double Width, double Height, List<PdfLine> Lines, List<PdfTable> Tables)
{
    public bool IsEmpty => Lines.Count == 0 && Tables.Count == 0;

    public static PdfPageText Read(Page page, int number, IReadOnlyList<Word> words)
    {
        var tables = PdfTables.Find(page, words);
        var outside = words.Where(w => !tables.Any(t => t.Contains((w.BoundingBox.Left + w.BoundingBox.Right) / 2, (w.BoundingBox.Top + w.BoundingBox.Bottom) / 2)));
        return new PdfPageText(number, page.Width, page.Height, PdfLine.Group(outside), tables);
    }
}

/// <summary>
/// The pages in reading order as blocks: running headers, footers and page numbers dropped, body lines
/// joined into paragraphs (a paragraph running onto the next page joined too), tables as rows.
/// </summary>
internal sealed partial class PdfLayout(List<PdfPageText> pages)
{
    private const double Margin = 0.09;

    public List<DocumentBlock> Blocks()
    {
        var running = RunningLines();
        var bodySize = pages.SelectMany(p => p.Lines).GroupBy(l => Math.Round(l.Size)).MaxBy(g => g.Sum(l => l.Text.Length))?.Key ?? 0;
        // The right edge of the text: where a full line ends, on any page.
        var right = pages.SelectMany(p => p.Lines).Select(l => l.Right).DefaultIfEmpty(0).Max();
        var headingSizes = new SortedSet<double>(Comparer<double>.Create((a, b) => b.CompareTo(a)));
        var items = new List<(int Page, object Item)>();
        foreach (var page in pages)
        {
            var lines = page.Lines.Where(l => !IsMargin(page, l) || !(PageNumber().IsMatch(l.Text) || running.Contains(Shape(l.Text)))).ToList();
            var pieces = new List<(double Top, object Item)>();
            var run = new List<PdfLine>();
            void Flush()
            {
                pieces.AddRange(PdfParagraphs.Join(run, right).Select(p => (p.Top, (object)p)));
                run.Clear();
            }

            // Body lines between tables are joined; a table in between breaks the paragraph.
            foreach (var line in lines)
            {
                if (page.Tables.Any(t => t.Top > line.Top && run.Count > 0 && t.Top < run[^1].Top))
                {
                    Flush();
                }

                run.Add(line);
            }

            Flush();
            pieces.AddRange(page.Tables.SelectMany(t => t.Rows.Select((r, i) => (r.Top, (object)(r, i == 0)))));
            items.AddRange(pieces.OrderByDescending(p => p.Top).Select(p => (page.Number, p.Item)));
        }

        foreach (var (_, item) in items)
        {
            if (item is PdfParagraph p && IsHeading(p, bodySize))
            {
                headingSizes.Add(Math.Round(p.Size));
            }
        }

        var blocks = new List<DocumentBlock>();
        PdfParagraph? last = null;
        var lastPage = 0;
        var lastDataRow = -1;
        List<CellEdges> lastEdges = [];
        var carried = new Dictionary<int, (string Cut, string Whole)>();
        foreach (var (page, item) in items)
        {
            if (item is PdfParagraph paragraph)
            {
                if (last is { EndsShort: false } && page != lastPage && blocks.Count > 0 && blocks[^1].Kind == BlockKind.Paragraph
                    && paragraph.Text.Length > 0 && char.IsLower(paragraph.Text[0]))
                {
                    // A paragraph that ran on past the page's end.
                    blocks[^1] = blocks[^1] with { Text = PdfParagraphs.Continue(blocks[^1].Text, paragraph.Text) };
                }
                else
                {
                    blocks.Add(Block(paragraph, page, bodySize, headingSizes));
                }

                last = paragraph;
            }
            else if (item is (PdfTableRow row, bool first))
            {
                if (!first && lastDataRow >= 0 && blocks[lastDataRow].Place < page && blocks[^1] is { Header: true } header && header.Place == page
                    && blocks[lastDataRow].Cells!.Count == row.Cells.Count && RunsOn(row.Cells))
                {
                    // A row Word let break across the page: its rest, under the repeated header, joins it. A cell merged
                    // down from the rest into the rows below stands for the whole cell there too.
                    var before = blocks[lastDataRow];
                    var cells = before.Cells!.Select((text, c) => JoinCell(text, row.Cells[c], lastEdges[c].WrapsInto(row.Edges[c]))).ToList();
                    carried = Enumerable.Range(0, cells.Count).Where(c => row.Cells[c].Length > 0).ToDictionary(c => c, c => (row.Cells[c], cells[c]));
                    blocks[lastDataRow] = DocumentBlock.Row(cells, before.Place, before.Continued);
                }
                else
                {
                    var cells = row.Cells.Select((text, c) => row.Continued.Contains(c) && carried.TryGetValue(c, out var k) && k.Cut == text ? k.Whole : text).ToList();
                    blocks.Add(DocumentBlock.Row(cells, page, row.Continued.Count == 0 ? null : row.Continued, header: first));
                    if (!first)
                    {
                        lastDataRow = blocks.Count - 1;
                        lastEdges = row.Edges;
                    }
                }

                last = null;
            }

            lastPage = page;
        }

        return blocks;
    }

    // The rest of a broken row goes on mid-sentence: its first filled cell starts with a small letter, where a new row
    // starts with a code or a capital.
    private static bool RunsOn(IReadOnlyList<string> cells) =>
        cells.FirstOrDefault(c => c.Length > 0) is { } first && char.IsLower(first[0]);

    /// <summary>A cell's text before the page break and its rest: the paragraph the break cut joined, the others kept apart.</summary>
    /// <param name="wrapped">Whether the cell's last line before the break had no room for the rest's first word.</param>
    private static string JoinCell(string before, string rest, bool wrapped)
    {
        if (rest.Length == 0 || before.Length == 0)
        {
            return before + rest;
        }

        var paragraphs = HtmlText.Paragraphs(before).ToList();
        var more = HtmlText.Paragraphs(rest);
        if (wrapped)
        {
            paragraphs[^1] = PdfParagraphs.Continue(paragraphs[^1], more[0]);
            more = more.Skip(1).ToList();
        }

        paragraphs.AddRange(more);
        return paragraphs.Count == 1 ? paragraphs[0] : string.Join(" ", paragraphs.Select(p => $"<p>{p}</p>"));
    }

    private static DocumentBlock Block(PdfParagraph paragraph, int page, double bodySize, SortedSet<double> headingSizes)
    {
        if (IsHeading(paragraph, bodySize))
        {
            return new DocumentBlock(BlockKind.Heading, paragraph.Text, page, Level: headingSizes.TakeWhile(s => s != Math.Round(paragraph.Size)).Count() + 1);
        }

        if (paragraph.Text.Length > 2 && paragraph.Text[0] is '•' or '◦' or '➤' or '▪' && paragraph.Text[1] == ' ')
        {
            return new DocumentBlock(BlockKind.ListItem, paragraph.Text[2..], page, Level: paragraph.Text[0] == '◦' ? 2 : 1, Marker: paragraph.Text[..1]);
        }

        return new DocumentBlock(BlockKind.Paragraph, paragraph.Text, page);
    }

    // Larger than the body, or bold at the body's size, and short: a heading, not an emphasised paragraph.
    private static bool IsHeading(PdfParagraph p, double bodySize) =>
        p.Text.Length <= 200 && (p.Size > bodySize * 1.15 || (p.Bold && p.Size > bodySize * 1.05));

    /// <summary>Lines in the top or bottom margin whose wording (digits aside) recurs on several pages.</summary>
    private HashSet<string> RunningLines()
    {
        var counts = pages
            .SelectMany(p => p.Lines.Where(l => IsMargin(p, l)).Select(l => Shape(l.Text)).Distinct())
            .GroupBy(s => s)
            .Where(g => g.Count() >= Math.Max(2, pages.Count / 3))
            .Select(g => g.Key);
        return [.. counts];
    }

    private static bool IsMargin(PdfPageText page, PdfLine line) =>
        line.Bottom > page.Height * (1 - Margin) || line.Top < page.Height * Margin;

    private static string Shape(string text) => Digits().Replace(text, "#");

    [GeneratedRegex(@"\d+", RegexOptions.NonBacktracking)]
    private static partial Regex Digits();

    // "7", "- 7 -", "Strona 7", "Strona 7 z 40", "7/40".
    [GeneratedRegex(@"^[\s\-–]*(?:[Ss]tr(?:ona|\.)?\s*)?\d{1,4}(?:\s*(?:z|/)\s*\d{1,4})?[\s\-–]*$", RegexOptions.NonBacktracking)]
    private static partial Regex PageNumber();
}
