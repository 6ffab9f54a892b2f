namespace Strategy.Application.Reports;

/// <summary>Writes the annual report, and the raport o stanie gminy chapter, as Word documents (DOCX).</summary>
public interface IReportDocuments
{
    byte[] WriteDocx(AnnualReportModel report);

    byte[] WriteChapterDocx(StateReport.StateReportChapter chapter);
}
