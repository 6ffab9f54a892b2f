using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Reports.Queries.GetStateReportChapter;
using Strategy.Application.Reports.StateReport;
using Strategy.Web.Api;

namespace Strategy.Web.Pages.Gmina;

/// <summary>The strategy's chapter for the year's raport o stanie gminy, to read, copy or download as DOCX.</summary>
public sealed class RaportOStanieGminyModel(ISender sender) : PageModel
{
    public StateReportChapter Chapter { get; private set; } = null!;

    public Guid StrategyId { get; private set; }

    public async Task OnGetAsync(Guid id, int year, CancellationToken ct)
    {
        StrategyId = id;
        Chapter = await sender.Send(new GetStateReportChapterQuery(id, year), ct);
    }

    public async Task<IActionResult> OnGetDocxAsync(Guid id, int year, CancellationToken ct)
    {
        var file = await sender.Send(new GetStateReportChapterDocumentQuery(id, year), ct);
        return File(file.Content, ApiFiles.DocxContentType, file.FileName);
    }
}
