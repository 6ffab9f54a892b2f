namespace Strategy.Application.Reports;

/// <summary>Writes the annual report as a Word document (DOCX).</summary>
public interface IReportDocuments
{
    byte[] WriteDocx(AnnualReportModel report);
}
