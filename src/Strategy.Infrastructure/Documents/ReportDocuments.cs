using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Strategy.Application.Reports;

namespace Strategy.Infrastructure.Documents;

/// <summary>
/// The annual report as a Word document a gmina can edit, print and attach to its council's
/// papers: A4, Polish, with headings and numbered pages.
/// </summary>
public sealed class ReportDocuments : IReportDocuments
{
    public byte[] WriteDocx(AnnualReportModel report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Styles();
            main.AddNewPart<DocumentSettingsPart>().Settings = WordStyles.Settings();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = WordStyles.Footer();

            var body = ReportBody.Write(report);
            body.Append(WordStyles.Section(main.GetIdOfPart(footer)));
            main.Document = new Document(body);

            // What Word shows under File > Info and a search index or PDF export picks up.
            var page = report.TitlePage;
            document.PackageProperties.Title = $"Raport z realizacji: {page.StrategyTitle} za rok {page.Year}";
            document.PackageProperties.Language = WordStyles.Language;
        }

        return stream.ToArray();
    }
}
