using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Strategy.Infrastructure.Documents;

/// <summary>
/// The look of a Polish official document in Word: Calibri 11 pt, real headings (so the navigation
/// pane and a table of contents find them), bordered tables, A4 pages numbered "Strona 1 z 5".
/// </summary>
internal static class WordStyles
{
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;

    /// <summary>2 cm, in twips.</summary>
    public const int Margin = 1134;

    public const string TableStyleId = "TableGrid";
    public const string TitleStyleId = "Title";
    public const string Language = "pl-PL";
    private const string Font = "Calibri";

    public static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new Languages { Val = Language })),
            // Spacing here rather than in Normal: Word lets Normal override a table style, so tables could not be tighter.
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Heading(1, size: "32", before: "360"),
        Heading(2, size: "28", before: "240"),
        Heading(3, size: "24", before: "200"),
        new Style(
            new StyleName { Val = "Title" },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = 10 },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = "48" }, new FontSizeComplexScript { Val = "48" }))
        {
            Type = StyleValues.Paragraph,
            StyleId = TitleStyleId,
        },
        new Style(
            new StyleName { Val = "Table Grid" },
            new UIPriority { Val = 59 },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table,
            StyleId = TableStyleId,
        });

    /// <summary>Word 2013 and later layout, so Word does not open the report in compatibility mode.</summary>
    /// <summary>Word 2013+ compatibility, Polish, and fields (the table of contents, page numbers) updated on opening.</summary>
    public static Settings Settings() => new(
        new UpdateFieldsOnOpen { Val = true },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = Language });

    /// <summary>"Strona 1 z 5", centred; Word fills in the fields as it lays out the pages.</summary>
    public static Footer Footer() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        WordBlocks.Run("Strona "),
        Field("PAGE"),
        WordBlocks.Run(" z "),
        Field("NUMPAGES")));

    public static SectionProperties Section(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = PageWidth, Height = PageHeight },
        new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 709, Footer = 567, Gutter = 0 });

    /// <summary>
    /// "heading 1" to "heading 3", the names Word itself gives them, with outline levels 0 to 2 so the
    /// navigation pane, the table of contents and a PDF export's bookmarks show the report's structure.
    /// </summary>
    /// <param name="size">In half-points.</param>
    /// <param name="before">Space above, in twips.</param>
    private static Style Heading(int level, string size, string before) => new(
        new StyleName { Val = $"heading {level}" },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new UIPriority { Val = 9 },
        new PrimaryStyle(),
        new StyleParagraphProperties(
            new KeepNext(),
            new KeepLines(),
            new SpacingBetweenLines { Before = before, After = "120" },
            new OutlineLevel { Val = level - 1 }),
        new StyleRunProperties(
            new Bold(),
            new Color { Val = "1F3864" },
            new FontSize { Val = size },
            new FontSizeComplexScript { Val = size }))
    {
        Type = StyleValues.Paragraph,
        StyleId = $"Heading{level}",
    };

    /// <summary>A simple field with a placeholder result, which Word replaces on opening and printing.</summary>
    private static SimpleField Field(string instruction) =>
        new(WordBlocks.Run("1")) { Instruction = $" {instruction} " };
}
