using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Reports;
using Strategy.Application.Reports.Commands.PublishReport;
using Strategy.Application.Reports.Commands.WriteReport;
using Strategy.Application.Reports.Queries.GetAnnualReport;
using Strategy.Web.Api;

namespace Strategy.Web.Pages.Gmina;

/// <summary>
/// The coordinator prepares a year's report: writes the introduction, the coordinating institution
/// and a commentary per goal, sees below exactly what will be published, downloads the Word file,
/// and publishes. Both forms carry the version read; a save or publication by someone else in
/// between is refused with a message, never silently overwritten or doubled.
/// </summary>
public sealed class RaportModel(ISender sender) : FormPageModel
{
    [BindProperty]
    public TextsInput Input { get; set; } = new();

    public AnnualReportDto Report { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(Guid id, int year, CancellationToken ct)
    {
        await LoadAsync(id, year, ct);
        Input = new TextsInput
        {
            Introduction = Report.Report.Introduction,
            Coordinator = Report.Report.TitlePage.Coordinator,
            Commentaries = Report.Commentaries.Select(c => c.Text).ToList(),
            Version = Report.Version,
        };
    }

    public async Task<IActionResult> OnPostAsync(string tenant, Guid id, int year, CancellationToken ct)
    {
        await LoadAsync(id, year, ct);
        var commentaries = Report.Commentaries.Select((c, i) => new GoalCommentaryDto(c.ElementId, Input.Commentaries.ElementAtOrDefault(i))).ToList();
        if (ModelState.IsValid && await TrySendAsync(() => sender.Send(new WriteReportCommand(id, year, Input.Introduction, Input.Coordinator, commentaries, Input.Version), ct).AsTask()))
        {
            Notice = "Zapisano teksty raportu. Podgląd poniżej pokazuje, co zostanie opublikowane.";
            return LocalRedirect($"/{tenant}/strategie/{id}/raporty/{year}");
        }

        return Refused();
    }

    public async Task<IActionResult> OnPostOpublikujAsync(string tenant, Guid id, int year, bool potwierdzam, CancellationToken ct)
    {
        PublishedVersionDto? published = null;
        if (!potwierdzam)
        {
            ModelState.AddModelError(nameof(potwierdzam), "Zaznacz, że sprawdzono podgląd: opublikowanej wersji nie można zmienić.");
        }
        else if (await TrySendAsync(async () => published = await sender.Send(new PublishReportCommand(id, year, Input.Version), ct)))
        {
            Notice = $"Opublikowano raport za {year}, wersja {published!.Number}.";
            return LocalRedirect($"/{tenant}/strategie/{id}/raporty/{year}/wersje/{published.Number}");
        }

        // The publish form carries only the version: show the texts as stored, at the stored version.
        ModelState.Remove($"{nameof(Input)}.{nameof(TextsInput.Version)}");
        await OnGetAsync(id, year, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetDocxAsync(Guid id, int year, CancellationToken ct)
    {
        var file = await sender.Send(new GetAnnualReportDocumentQuery(id, year), ct);
        return File(file.Content, ApiFiles.DocxContentType, file.FileName);
    }

    private async Task LoadAsync(Guid id, int year, CancellationToken ct) => Report = await sender.Send(new GetAnnualReportQuery(id, year), ct);

    /// <summary>After a refusal: on a conflict the form moves to the stored version, so that saving again is a deliberate choice.</summary>
    private IActionResult Refused()
    {
        if (Conflict is not null)
        {
            ModelState.Remove($"{nameof(Input)}.{nameof(TextsInput.Version)}");
            Input.Version = Report.Version;
        }

        return Page();
    }

    public sealed class TextsInput
    {
        [Display(Name = "wprowadzenie")]
        public string? Introduction { get; set; }

        [Display(Name = "koordynator realizacji")]
        public string? Coordinator { get; set; }

        /// <summary>One per top-level goal, in the report's order.</summary>
        public List<string?> Commentaries { get; set; } = [];

        public int Version { get; set; }
    }
}
