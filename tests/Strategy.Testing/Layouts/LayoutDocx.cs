using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Strategy.Testing.Layouts;

/// <summary>
/// Writes a test strategy document, given in a small markup, as a real Word document: heading
/// styles with outline levels, lists numbered by Word itself, tables with a repeated header row and
/// vertically merged cells. The markup, a line each:
/// <c># / ## / ###</c> a heading; <c>* / **</c> a bulleted item (level 1, 2); <c>#.</c> a decimal-numbered
/// item and <c>a.</c> a letter-numbered one ("a)"); <c>| a | b |</c> a table row, the first of a table its header,
/// <c>^</c> a cell merged with the one above, <c>&lt;br&gt;</c> a new paragraph in a cell; <c>---</c> a page break;
/// <c>--- poziomo</c> a section break after which the pages are landscape, as wide tables of action plans are printed;
/// any other line a paragraph. Numbers and letters written in the text stay text.
/// </summary>
public static class LayoutDocx
{
    private const int BulletList = 1;
    private const int DecimalList = 2;
    private const int LetterList = 3;

    public static byte[] Write(string markup)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var numbering = new Numbering(
                Abstract(BulletList, "bullet", "•", "◦"),
                Abstract(DecimalList, "decimal", "%1."),
                Abstract(LetterList, "lowerLetter", "%1)"));
            var body = new Body();
            var lines = markup.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            var instances = 0;
            string? listKind = null;
            Table? table = null;
            var landscape = false;
            for (var index = 0; index < lines.Length; index++)
            {
                var line = lines[index].TrimEnd();
                var kind = line.StartsWith("* ", StringComparison.Ordinal) || line.StartsWith("** ", StringComparison.Ordinal) ? "*"
                    : line.StartsWith("#. ", StringComparison.Ordinal) ? "#" : line.StartsWith("a. ", StringComparison.Ordinal) ? "a" : null;
                if (kind != listKind && kind is not null)
                {
                    // Every list restarts its numbering, as a new list in Word does.
                    instances++;
                    numbering.Append(new NumberingInstance(new AbstractNumId { Val = kind switch { "*" => BulletList, "#" => DecimalList, _ => LetterList } }) { NumberID = 100 + instances });
                }

                listKind = kind;
                if (!line.StartsWith('|'))
                {
                    table = null;
                }

                switch (line)
                {
                    case "":
                        break;
                    case "---":
                        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                        break;
                    case "--- poziomo":
                        body.Append(new Paragraph(new ParagraphProperties(Section(landscape: false))));
                        landscape = true;
                        break;
                    case var l when l.StartsWith('|'):
                        table = Row(body, table, l, table is null ? Widths(lines.Skip(index).TakeWhile(t => t.StartsWith('|')), landscape ? 14570 : 9638) : []);
                        break;
                    case var l when l.StartsWith("### ", StringComparison.Ordinal):
                        body.Append(Styled("Heading3", l[4..]));
                        break;
                    case var l when l.StartsWith("## ", StringComparison.Ordinal):
                        body.Append(Styled("Heading2", l[3..]));
                        break;
                    case var l when l.StartsWith("# ", StringComparison.Ordinal):
                        body.Append(Styled("Heading1", l[2..]));
                        break;
                    case var l when kind is not null:
                        var level = l.StartsWith("** ", StringComparison.Ordinal) ? 1 : 0;
                        body.Append(Listed(100 + instances, level, l[(l.IndexOf(' ') + 1)..]));
                        break;
                    default:
                        body.Append(Text(line));
                        break;
                }
            }

            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            body.Append(Section(landscape));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    // A4 with 2 cm margins, upright or on its side.
    private static SectionProperties Section(bool landscape) => new(
        landscape ? new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape } : new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567 });

    private static List<string> Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim())];

    /// <summary>Column widths by their text, as Word's "autofit to contents" sets them: wider for longer text (up to a limit), never narrower than the longest word.</summary>
    private static List<int> Widths(IEnumerable<string> rows, int textWidth)
    {
        var weights = new List<double>();
        foreach (var cells in rows.Select(Cells))
        {
            for (var c = 0; c < cells.Count; c++)
            {
                var paragraphs = cells[c].Split("<br>");
                var weight = Math.Max(paragraphs.SelectMany(p => p.Split(' ')).Max(w => w.Length) + 2, Math.Min(paragraphs.Max(p => p.Length) / 2.5, 24));
                if (c < weights.Count)
                {
                    weights[c] = Math.Max(weights[c], weight);
                }
                else
                {
                    weights.Add(weight);
                }
            }
        }

        return [.. weights.Select(w => (int)(textWidth * w / weights.Sum()))];
    }

    private static Table Row(Body body, Table? table, string line, IReadOnlyList<int> widths)
    {
        var cells = Cells(line);
        var header = table is null;
        if (table is null)
        {
            table = new Table(new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
            table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
            body.Append(table);
        }

        var row = new TableRow();
        if (header)
        {
            // The header repeats on every page the table runs onto, as strategies print their tables.
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            var properties = new TableCellProperties();
            if (cell == "^")
            {
                // The cell above starts the merge unless it already continues one.
                var above = table.Elements<TableRow>().Last().Elements<TableCell>().ElementAt(row.Elements<TableCell>().Count());
                var aboveProperties = above.TableCellProperties ?? above.PrependChild(new TableCellProperties());
                aboveProperties.VerticalMerge ??= new VerticalMerge { Val = MergedCellValues.Restart };
                properties.Append(new VerticalMerge());
                row.Append(new TableCell(properties, new Paragraph()));
                continue;
            }

            row.Append(new TableCell(new[] { (OpenXmlElement)properties }.Concat(cell.Split("<br>").Select(p => header ? Bold(p.Trim()) : Text(p.Trim())))));
        }

        table.Append(row);
        return table;
    }

    private static Paragraph Text(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Bold(string text) => new(new Run(new RunProperties(new Bold()), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Listed(int numId, int level, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static AbstractNum Abstract(int id, string format, params string[] texts) =>
        new(texts.Select((t, level) => new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(format)) },
            new LevelText { Val = t },
            new PreviousParagraphProperties(new Indentation { Left = (360 * (level + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" }))
        { LevelIndex = level }))
        { AbstractNumberId = id };

    private static Styles Styles()
    {
        Style Heading(int level, string size) => new(
            new StyleName { Val = $"heading {level}" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level - 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" };

        return new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Liberation Sans", HighAnsi = "Liberation Sans" }, new FontSize { Val = "22" }))),
            new Style(new StyleName { Val = "Normal" }, new StyleParagraphProperties(new SpacingBetweenLines { After = "120" })) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading(1, "32"),
            Heading(2, "28"),
            Heading(3, "24"));
    }
}
