namespace Strategy.Application.Strategies.Import.Blocks;

/// <summary>What a block of a document is, as every format can tell it.</summary>
public enum BlockKind
{
    /// <summary>A paragraph, or an empty line that separates paragraphs.</summary>
    Paragraph,

    /// <summary>A paragraph in a heading style (DOCX) or set larger or bold (PDF); <see cref="DocumentBlock.Level"/> is its level.</summary>
    Heading,

    /// <summary>A paragraph of a list; <see cref="DocumentBlock.Marker"/> is its bullet or number as printed.</summary>
    ListItem,

    /// <summary>A row of a table; <see cref="DocumentBlock.Cells"/> are its columns.</summary>
    TableRow,
}

/// <summary>
/// One block of a strategy document, the same whether it was read from text, DOCX or PDF: the
/// structure reader sees only these. A cell of several paragraphs keeps them as &lt;p&gt; fragments.
/// A cell merged with the one above it (a row-spanning cell) repeats that cell's text and is listed
/// in <see cref="Continued"/>, so each row stands on its own.
/// </summary>
/// <param name="Place">Where the block is, as a person finds it: a line of a text, a paragraph of a DOCX, a page of a PDF.</param>
public sealed record DocumentBlock(BlockKind Kind, string Text, int Place, int Level = 0, string? Marker = null, IReadOnlyList<string>? Cells = null, IReadOnlySet<int>? Continued = null, bool Header = false)
{
    public static DocumentBlock Row(IReadOnlyList<string> cells, int place, IReadOnlySet<int>? continued = null, bool header = false) =>
        new(BlockKind.TableRow, string.Join('\t', cells), place, Cells: cells, Continued: continued, Header: header);

    /// <summary>The text with the list marker in front, as the line reads on paper (a row has no marker: its cells joined by tabs).</summary>
    public string Line => Marker is null ? Text : $"{Marker} {Text}";
}

/// <summary>How a format counts <see cref="DocumentBlock.Place"/>, for warnings: "Wiersz 12", "Akapit 40", "Strona 3".</summary>
public enum PlaceUnit { Line, Paragraph, Page }

/// <summary>A document read into blocks.</summary>
public sealed record DocumentBlocks(IReadOnlyList<DocumentBlock> Blocks, PlaceUnit Unit)
{
    public string Where(int place) => Unit switch
    {
        PlaceUnit.Page => $"Strona {place}",
        PlaceUnit.Paragraph => $"Akapit {place}",
        _ => $"Wiersz {place}",
    };

    /// <summary>The document as lines of text: a block a line, a table row its cells joined by tabs.</summary>
    public string ToText() => string.Join('\n', Blocks.Select(b => b.Line));

    /// <summary>
    /// A spreadsheet of the gmina's own (not the template): every row a table row, a sheet's first filled row its header,
    /// so its columns are read by their names as a document's table is.
    /// </summary>
    public static DocumentBlocks FromSheets(IEnumerable<IReadOnlyList<IReadOnlyList<string>>> sheets) => new(
        [
            .. sheets.SelectMany(rows => rows
                .Select((cells, i) => (Cells: cells, Row: i + 1))
                .Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)))
                .Select((r, n) => DocumentBlock.Row(r.Cells, r.Row, header: n == 0))),
        ],
        PlaceUnit.Line);

    /// <summary>A plain text: a line is a block, a line with tabs a table row.</summary>
    public static DocumentBlocks FromText(string text) => new(
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select((line, i) => line.Contains('\t') ? DocumentBlock.Row(line.Split('\t'), i + 1) : new DocumentBlock(BlockKind.Paragraph, line, i + 1))
            .ToList(),
        PlaceUnit.Line);
}
