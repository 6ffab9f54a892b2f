using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Reports.Queries.GetPublishedReport;
using Strategy.Web.Api;

namespace Strategy.Web.Pages.Gmina;

/// <summary>A published version of a report, exactly as published — for the gmina and, when its pages are public, for everyone.</summary>
public sealed class RaportWersjaModel(ISender sender) : PageModel
{
    public PublishedReportDto Published { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(Guid id, int year, int number, CancellationToken ct) =>
        Published = await sender.Send(new GetPublishedReportQuery(id, year, number), ct);

    public async Task<IActionResult> OnGetDocxAsync(Guid id, int year, int number, CancellationToken ct)
    {
        var file = await sender.Send(new GetPublishedReportDocumentQuery(id, year, number), ct);
        return File(file.Content, ApiFiles.DocxContentType, file.FileName);
    }
}
