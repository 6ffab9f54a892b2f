using Strategy.Application.Common.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Monitoring;
using Strategy.Application.Monitoring.Commands.SendReminder;
using Strategy.Application.Monitoring.Commands.UploadEntrySheet;
using Strategy.Application.Monitoring.Queries.GetRoundPage;
using Strategy.Web.Formatting;

namespace Strategy.Web.Pages.Gmina;

/// <summary>
/// A reporting round: the caller's to-do list (a partner's institution's indicators), and for the
/// coordinator the completeness per institution, reminders, and how much waits on the review page (<see cref="ZatwierdzanieModel"/>).
/// </summary>
// A to-do sheet of at most FileLimits.EntrySheet.MaxFileBytes, plus the form fields.
[RequestSizeLimit(3 * 1024 * 1024)]
public sealed class RundaModel(ISender sender) : FormPageModel
{
    public RoundDto Round { get; private set; } = null!;

    public IReadOnlyList<ReportingTaskDto> Tasks { get; private set; } = [];

    public IReadOnlyList<TaskToDoDto> TaskReports { get; private set; } = [];

    public bool CanReview => Round.CanReview;

    public bool CanReport => Round.CanReport;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    /// <summary>The filled-in to-do spreadsheet: all rows or none.</summary>
    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? arkusz, bool przeslij, CancellationToken ct)
    {
        if (arkusz is null || arkusz.Length == 0)
        {
            ModelState.AddModelError("arkusz", "Wybierz wypełniony arkusz (XLSX albo CSV).");
        }
        else
        {
            using var buffer = new MemoryStream();
            await arkusz.CopyToAsync(buffer, ct);
            UploadedEntriesDto? done = null;
            if (await TrySendAsync(async () => done = await sender.Send(new UploadEntrySheetCommand(id, arkusz.FileName, buffer.ToArray(), przeslij), ct), prefix: ""))
            {
                Notice = $"Zapisano wartości z arkusza: {done!.Saved}{(done.Submitted ? ", przesłane do zatwierdzenia" : " (szkice)")}.";
                return RedirectToPage(new { id });
            }
        }

        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemindAsync(Guid id, Guid institutionId, CancellationToken ct)
    {
        var sent = 0;
        if (await TrySendAsync(async () => sent = await sender.Send(new SendReminderCommand(id, institutionId), ct)))
        {
            Notice = $"Wysłano przypomnienie: {PolishPlural.Person.Count(sent)}.";
            return RedirectToPage(new { id });
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        var page = await sender.Send(new GetRoundPageQuery(id), ct);
        (Round, Tasks, TaskReports) = (page.Round, page.Tasks, page.TaskReports);
    }
}
