using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Strategy.Infrastructure.Documents;

/// <summary>Paragraphs and tables of a Word body, in the styles <see cref="WordStyles"/> defines.</summary>
internal static class WordBlocks
{
    /// <summary>Text width of an A4 page with the margins of <see cref="WordStyles.Section"/>, in twips.</summary>
    private const int TextWidth = WordStyles.PageWidth - (2 * WordStyles.Margin);

    private static readonly char[] LineBreaks = ['\r', '\n', '\v', '\f'];

    /// <param name="level">1 to 3; deeper levels stay at heading 3, the last one the styles define.</param>
    public static Paragraph Heading(int level, string text) => Styled($"Heading{Math.Clamp(level, 1, 3)}", Run(text));

    public static Paragraph Styled(string styleId, params Run[] runs) =>
        With(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), runs);

    public static Paragraph Plain(params Run[] runs) => new(runs);

    /// <summary>A bold label kept on the page of what it introduces.</summary>
    public static Paragraph Caption(string text) =>
        With(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240" }), [Run(text, bold: true)]);

    /// <summary>
    /// A table of contents Word fills in with page numbers (the document asks to update fields on opening); until then,
    /// and in readers that do not update fields, it lists the chapters as they stand.
    /// </summary>
    public static IEnumerable<Paragraph> Contents(IReadOnlyList<string> chapters)
    {
        var entries = (chapters.Count == 0 ? [""] : chapters).Select(c => new Paragraph(Run(c))).ToList();
        entries[0].InsertAt(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), 0);
        entries[0].InsertAt(new Run(new FieldCode(@" TOC \o ""1-1"" \h \z \u ") { Space = SpaceProcessingModeValues.Preserve }), 0);
        entries[0].InsertAt(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), 0);
        entries[^1].Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        return entries;
    }

    public static Paragraph Centered(params Run[] runs) =>
        With(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), runs);

    /// <summary>A line of a list, indented under its label; the element's code is its bullet.</summary>
    public static Paragraph Indented(string text) =>
        new(new ParagraphProperties(new Indentation { Left = "567" }), Run(text));

    /// <summary>"Realizatorzy: a, b" with the label in bold.</summary>
    public static Paragraph Labelled(string label, string text) => new(Run(label + ": ", bold: true), Run(text));

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    /// <summary>Text typed in a form or pasted from another document, a paragraph for each of its lines.</summary>
    public static IEnumerable<Paragraph> Paragraphs(string text, bool italic = false) =>
        Lines(text).Select(line => new Paragraph(Run(line, italic: italic)));

    public static IEnumerable<string> Lines(string text) =>
        text.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = run.AppendChild(new RunProperties());
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }
        }

        run.Append(new Text(Printable(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A table as wide as the text, its header row repeated on every page it spans.</summary>
    /// <param name="columns">Each column's header and its share of the width, in percent.</param>
    /// <param name="rows">Each row's cells, each cell its paragraphs.</param>
    public static Table Table(IReadOnlyList<(string Header, int Percent)> columns, IEnumerable<IReadOnlyList<IEnumerable<Paragraph>>> rows)
    {
        var widths = columns.Select(c => TextWidth * c.Percent / 100).ToList();
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.TableStyleId },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        var header = new TableRow(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < columns.Count; i++)
        {
            header.Append(Cell(widths[i], [Plain(Run(columns[i].Header, bold: true))], shaded: true));
        }

        table.Append(header);
        foreach (var cells in rows)
        {
            table.Append(new TableRow(cells.Select((paragraphs, i) => Cell(widths[i], paragraphs, shaded: false))));
        }

        return table;
    }

    private static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, bool shaded)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "DEEAF6" });
        }

        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        // A cell must hold a paragraph, even an empty one.
        if (!cell.Elements<Paragraph>().Any())
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }

    private static Paragraph With(ParagraphProperties properties, Run[] runs)
    {
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>
    /// XML cannot carry control characters at all, and text pasted from Word brings them (a soft line
    /// break is \v): line breaks and tabs become spaces, the rest goes.
    /// </summary>
    private static string Printable(string text)
    {
        var result = new StringBuilder(text.Length);
        // Runes, so an unpaired surrogate becomes U+FFFD instead of breaking the XML writer.
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune))
            {
                result.Append(Rune.IsWhiteSpace(rune) ? " " : "");
            }
            else if (rune.Value is not (0xFFFE or 0xFFFF))
            {
                result.Append(rune.ToString());
            }
        }

        return result.ToString();
    }
}
