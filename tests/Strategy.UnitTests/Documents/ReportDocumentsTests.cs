using Strategy.Application.Common.Files;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Strategy.Application.Monitoring;
using Strategy.Application.Reports;
using Strategy.Domain.Monitoring;
using Strategy.Infrastructure.Documents;

namespace Strategy.UnitTests.Documents;

public sealed class ReportDocumentsTests
{
    private const string Nbsp = "\u00A0";

    private static readonly ReportDocuments Documents = new();

    private static readonly AnnualReportModel Report = new(
        new ReportTitlePage(
            "Gmina Krasnystaw",
            "Strategia Rozwiązywania Problemów Społecznych Miasta Krasnystaw",
            "2014–2020",
            "Uchwała nr IV/13/2014 Rady Miasta Krasnostaw",
            "Miejski Ośrodek Pomocy Społecznej w Krasnymstawie",
            2024),
        "Raport przedstawia stan realizacji strategii w 2024 roku.\r\n\r\nDane pochodzą z ośrodka pomocy społecznej.",
        [
            new ReportGoal(
                Element(
                    "Cel strategiczny", "1", "Wsparcie rodzin", depth: 0,
                    implementers: ["MOPS", "Urząd Miasta"],
                    funding: "budżet gminy, środki EFS+",
                    indicators:
                    [
                        new ReportIndicator("Liczba osób w gospodarstwach korzystających z pomocy", "osoby", "MOPS", $"4{Nbsp}791{Nbsp}osoby", null, null, $"≤ 4{Nbsp}000 w 2020", TrendStatus.OnTrack),
                        new ReportIndicator("Stopa bezrobocia", "%", "GUS", "brak danych", "GUS nie opublikował danych za rok", "dane wstępne w 2025", null, TrendStatus.NoData),
                        new ReportIndicator("Udział dzieci w świetlicach", "%", null, null, null, null, $"≥ 40{Nbsp}%", TrendStatus.NoData),
                    ],
                    children:
                    [
                        Element(
                            "Cel operacyjny", "1.1", "Wzmocnienie rodzin w kryzysie", depth: 1,
                            children:
                            [
                                Element(
                                    "Zadanie", "1.1.1", "Zintensyfikowanie pracy socjalnej", depth: 2, isTask: true,
                                    coordinators: ["MOPS"], implementers: ["Urząd Miasta"], partners: ["PCPR"],
                                    progress: new ReportTaskProgress(TaskProgress.Ongoing, "Zatrudniono dwóch asystentów rodziny.", $"2{Nbsp}000,00{Nbsp}zł", $"1{Nbsp}200,00{Nbsp}zł")),
                                Element("Zadanie", "1.1.2", "Poradnictwo rodzinne", depth: 2, isTask: true, funding: "budżet gminy", timeFrame: "2022–2027"),
                            ]),
                        Element("Cel operacyjny", "1.2", "Przeciwdziałanie przemocy w rodzinie", depth: 1),
                        Element("Cel operacyjny", "1.3", "Rozwój pieczy zastępczej", depth: 1),
                    ]),
                "Liczba rodzin objętych pracą socjalną wzrosła.\nWspółpraca z PCPR układa się dobrze.",
                null),
            new ReportGoal(
                Element("Cel strategiczny", "2.", "Aktywizacja zawodowa", depth: 0),
                null,
                "Za rok 2024 nie zgłoszono danych o realizacji tego celu."),
        ],
        new ReportSummary(new TaskProgressCountDto(0, 0, 0, 1, 0, 1), OnTrack: 1, OffTrack: 0, NotJudged: 2, IndicatorsWithValue: 1, IndicatorsNoData: 1, IndicatorsMissing: 1));

    [Theory]
    [InlineData(FileFormatVersions.Office2019)]
    [InlineData(FileFormatVersions.Microsoft365)]
    public void The_document_is_valid_open_xml(FileFormatVersions version)
    {
        using var document = Open(Report);

        var errors = new OpenXmlValidator(version).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Goals_and_sections_are_word_headings_with_outline_levels()
    {
        using var document = Open(Report);

        Assert.Equal(
            ["Podsumowanie roku", "Wprowadzenie", "Cel strategiczny 1. Wsparcie rodzin", "Cel strategiczny 2. Aktywizacja zawodowa"],
            Headings(document, "Heading1"));
        Assert.Equal(["Zadania", "Wskaźniki", "Cel operacyjny 1.1. Wzmocnienie rodzin w kryzysie"], Headings(document, "Heading2"));

        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        for (var level = 1; level <= 3; level++)
        {
            var style = styles[$"Heading{level}"];
            Assert.Equal($"heading {level}", style.StyleName!.Val!.Value);
            Assert.Equal(level - 1, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }
    }

    [Fact]
    public void Every_table_has_a_bold_header_row_repeated_on_each_page()
    {
        using var document = Open(Report);

        var tables = Body(document).Elements<Table>().ToList();

        Assert.Equal(5, tables.Count); // indicators and tasks of goal 1; tasks, indicator data and assessment in the summary
        Assert.All(tables, table =>
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.All(rows[0].Descendants<Run>(), run => Assert.NotNull(run.RunProperties?.Bold));
            Assert.All(rows.Skip(1), row => Assert.Null(row.TableRowProperties?.GetFirstChild<TableHeader>()));
            Assert.Equal("5000", table.GetFirstChild<TableProperties>()!.TableWidth!.Width!.Value);
        });
    }

    [Fact]
    public void Pages_are_a4_and_numbered_in_the_footer()
    {
        using var document = Open(Report);
        var main = document.MainDocumentPart!;

        var section = Body(document).Elements<SectionProperties>().Single();
        var footer = (FooterPart)main.GetPartById(section.GetFirstChild<FooterReference>()!.Id!.Value!);

        Assert.Equal(11906U, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838U, section.GetFirstChild<PageSize>()!.Height!.Value);
        Assert.Equal(["PAGE", "NUMPAGES"], footer.Footer!.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()));
        Assert.StartsWith("Strona ", footer.Footer.InnerText);
        Assert.Equal(JustificationValues.Center, footer.Footer.Descendants<Justification>().Single().Val!.Value);
    }

    [Fact]
    public void The_document_is_polish_in_its_styles_and_properties()
    {
        using var document = Open(Report);

        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;

        Assert.Equal("pl-PL", defaults.GetFirstChild<Languages>()!.Val!.Value);
        Assert.Equal("pl-PL", document.PackageProperties.Language);
        Assert.Equal("Raport z realizacji: Strategia Rozwiązywania Problemów Społecznych Miasta Krasnystaw za rok 2024", document.PackageProperties.Title);
    }

    [Fact]
    public void The_text_is_the_report_as_given()
    {
        var lines = Lines(Report);

        Assert.Equal(
            [
                "Raport z realizacji",
                "Strategia Rozwiązywania Problemów Społecznych Miasta Krasnystaw",
                "na lata 2014–2020",
                "za rok 2024",
                "Gmina Krasnystaw",
                "Uchwała nr IV/13/2014 Rady Miasta Krasnostaw",
                "Koordynator realizacji: Miejski Ośrodek Pomocy Społecznej w Krasnymstawie",
            ],
            lines.Take(7));
        // The contents list the chapters after the title page, the summary first.
        Assert.Equal(
            ["Spis treści", "Podsumowanie roku", "Wprowadzenie", "Cel strategiczny 1. Wsparcie rodzin", "Cel strategiczny 2. Aktywizacja zawodowa"],
            lines.Skip(7).Take(5));
        Assert.Equal(
            ["Wprowadzenie", "Raport przedstawia stan realizacji strategii w 2024 roku.", "Dane pochodzą z ośrodka pomocy społecznej."],
            From(lines, "Wprowadzenie").Take(3));
        Assert.Equal(
            ["Komentarz koordynatora", "Liczba rodzin objętych pracą socjalną wzrosła.", "Współpraca z PCPR układa się dobrze.", "Realizatorzy: MOPS, Urząd Miasta", "Źródła finansowania: budżet gminy, środki EFS+"],
            From(lines, "Cel strategiczny 1. Wsparcie rodzin").Skip(1).Take(5));
        Assert.Equal(
            ["Cel strategiczny 2. Aktywizacja zawodowa", "Za rok 2024 nie zgłoszono danych o realizacji tego celu."],
            From(lines, "Cel strategiczny 2. Aktywizacja zawodowa").Take(2));
    }

    [Fact]
    public void Indicator_values_come_as_given_with_the_reason_for_no_data_and_the_note()
    {
        var lines = Lines(Report);

        Assert.Equal(
            [
                "Wskaźnik\tWartość za 2024\tCel\tOcena\tŹródło danych / uwagi",
                $"Liczba osób w gospodarstwach korzystających z pomocy\t4{Nbsp}791{Nbsp}osoby\t≤ 4{Nbsp}000 w 2020\tzgodnie z celem\tMOPS",
                "Stopa bezrobocia\tbrak danych (GUS nie opublikował danych za rok)\t\tbrak wartości docelowej\tGUS; dane wstępne w 2025",
                "Wskaźniki bez zatwierdzonej wartości za 2024: Udział dzieci w świetlicach", // a name in a line, not an empty row
            ],
            lines.SkipWhile(l => !l.StartsWith("Wskaźnik\t", StringComparison.Ordinal)).Take(4));
    }

    [Fact]
    public void Tasks_are_a_table_under_their_goal_with_status_narrative_expenses_funding_and_time_frame()
    {
        var lines = Lines(Report);

        Assert.Equal(
            [
                "Cel operacyjny 1.1. Wzmocnienie rodzin w kryzysie",
                "Zadania",
                "Kod\tZadanie\tRealizacja\tStan\tOpis realizacji",
                "1.1.1\tZintensyfikowanie pracy socjalnej\t<p>MOPS, Urząd Miasta</p> <p>Partnerzy: PCPR</p>\trealizowane na bieżąco\t"
                    + $"<p>Zatrudniono dwóch asystentów rodziny.</p> <p>Wydatki: 1{Nbsp}200,00{Nbsp}zł z 2{Nbsp}000,00{Nbsp}zł planowanych</p>",
                "Zadania bez zatwierdzonego sprawozdania za 2024: 1.1.2", // only reported tasks are rows
            ],
            From(lines, "Cel operacyjny 1.1. Wzmocnienie rodzin w kryzysie").Take(5));
    }

    [Fact]
    public void Children_without_content_are_listed_by_code_and_title_under_their_level()
    {
        using var document = Open(Report);
        var lines = Lines(Report);

        Assert.Equal(
            ["Cel operacyjny", "1.2. Przeciwdziałanie przemocy w rodzinie", "1.3. Rozwój pieczy zastępczej", "Cel operacyjny 1.1. Wzmocnienie rodzin w kryzysie"],
            lines.SkipWhile(l => l != "Cel operacyjny").Take(4));
        Assert.DoesNotContain(Headings(document, "Heading2"), h => h.Contains("1.2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_counts_tasks_and_indicators_with_completeness()
    {
        var lines = Lines(Report);

        var summary = From(lines, "Podsumowanie roku").ToList();
        Assert.Contains("realizowane na bieżąco\t1", summary);
        Assert.Contains("nie zgłoszono\t1", summary);
        Assert.Contains("razem\t2", summary);
        Assert.Contains("razem\t3", summary);
        Assert.Contains($"kompletność danych\t67{Nbsp}%", summary);
        Assert.Contains("zgodnie z celem\t1", summary);
        Assert.Contains("bez danych do oceny\t2", summary);
    }

    [Fact]
    public void A_strategy_without_tasks_has_no_task_summary_and_no_period_line()
    {
        var report = Report with
        {
            TitlePage = Report.TitlePage with { Period = null },
            Summary = Report.Summary with { Tasks = new TaskProgressCountDto(0, 0, 0, 0, 0, 0) },
        };

        var lines = Lines(report);

        Assert.DoesNotContain(lines, l => l.StartsWith("na lata", StringComparison.Ordinal));
        var summary = From(lines, "Podsumowanie roku").ToList();
        Assert.DoesNotContain(summary, l => l.StartsWith("Stan realizacji", StringComparison.Ordinal));
        Assert.Contains($"kompletność danych\t67{Nbsp}%", summary);
    }

    [Fact]
    public void Control_characters_pasted_into_a_narrative_do_not_break_the_file()
    {
        var task = Element("Zadanie", "1", "Zadanie", depth: 1, isTask: true, progress: new ReportTaskProgress(TaskProgress.Done, "pierwsza\vdruga\u0001 linia\ttabulator", null, null));
        var report = Report with { Goals = [new ReportGoal(Element("Cel", "1", "Cel", depth: 0, children: [task]), null, null)] };

        using var document = Open(report);

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
        Assert.Contains("1\tZadanie\t\tzakończone\t<p>pierwsza</p> <p>druga linia tabulator</p>", Lines(report));
    }

    /// <summary>The lines from a heading on: its last occurrence, the first being its entry in the contents.</summary>
    private static IEnumerable<string> From(IReadOnlyList<string> lines, string heading) => lines.Skip(lines.ToList().LastIndexOf(heading));

    private static ReportElement Element(
        string level,
        string code,
        string title,
        int depth,
        bool isTask = false,
        IReadOnlyList<string>? coordinators = null,
        IReadOnlyList<string>? implementers = null,
        IReadOnlyList<string>? partners = null,
        IReadOnlyList<ReportIndicator>? indicators = null,
        ReportTaskProgress? progress = null,
        IReadOnlyList<ReportElement>? children = null,
        string? funding = null,
        string? timeFrame = null) =>
        new(Guid.NewGuid(), level, code, title, depth, coordinators ?? [], partners ?? [], implementers ?? [], funding, timeFrame, indicators ?? [], isTask, progress, children ?? []);

    private static WordprocessingDocument Open(AnnualReportModel report) =>
        WordprocessingDocument.Open(new MemoryStream(Documents.WriteDocx(report)), isEditable: false);

    private static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    private static List<string> Headings(WordprocessingDocument document, string styleId) =>
        [.. Body(document).Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId).Select(p => p.InnerText)];

    private static List<string> Lines(AnnualReportModel report) =>
        [.. new DocxBlockReader().Read(new MemoryStream(Documents.WriteDocx(report)), FileLimits.SignedIn).ToText().Split('\n').Where(l => l.Length > 0)];
}
