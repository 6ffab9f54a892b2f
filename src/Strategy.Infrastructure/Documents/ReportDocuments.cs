using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Strategy.Application.Reports;
using Strategy.Application.Reports.StateReport;

namespace Strategy.Infrastructure.Documents;

/// <summary>
/// The annual report as a Word document a gmina can edit, print and attach to its council's
/// papers, and the raport o stanie gminy chapter: A4, Polish, with headings and numbered pages.
/// </summary>
public sealed class ReportDocuments : IReportDocuments
{
    public byte[] WriteDocx(AnnualReportModel report)
    {
        var page = report.TitlePage;
        return Write(ReportBody.Write(report), $"Raport z realizacji: {page.StrategyTitle} za rok {page.Year}");
    }

    /// <summary>The chapter for the raport o stanie gminy: a heading 1 and what follows, to paste into the office's own document.</summary>
    public byte[] WriteChapterDocx(StateReportChapter chapter) => Write(StateReportBody.Write(chapter), chapter.Title);

    private static byte[] Write(Body body, string title)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Styles();
            main.AddNewPart<DocumentSettingsPart>().Settings = WordStyles.Settings();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = WordStyles.Footer();

            body.Append(WordStyles.Section(main.GetIdOfPart(footer)));
            main.Document = new Document(body);

            // What Word shows under File > Info and a search index or PDF export picks up.
            document.PackageProperties.Title = title;
            document.PackageProperties.Language = WordStyles.Language;
        }

        return stream.ToArray();
    }
}
