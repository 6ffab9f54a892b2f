using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Monitoring.Commands.ReviewMeasurementEntry;
using Strategy.Application.Monitoring.Commands.ReviewTaskReport;
using Strategy.Application.Monitoring.Queries.GetReviewQueue;
using Strategy.Domain.Monitoring;

namespace Strategy.Web.Pages.Gmina;

/// <summary>
/// The coordinator's review of a round, its own page: the queue first, filtered by institution and state; each
/// card with its context. After approving or returning, the page comes back at the next card, not at the top.
/// </summary>
public sealed class ZatwierdzanieModel(ISender sender) : FormPageModel
{
    public ReviewQueueDto Queue { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "instytucja")]
    public Guid? InstitutionId { get; set; }

    [BindProperty(SupportsGet = true, Name = "stan")]
    public string? State { get; set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The states a coordinator filters by, as the query string names them.</summary>
    public static readonly IReadOnlyList<(string Key, ReviewStatus Status, string Label)> States =
    [
        ("czeka", ReviewStatus.Submitted, "czeka na zatwierdzenie"),
        ("zwrocone", ReviewStatus.Returned, "zwrócone do poprawy"),
        ("zatwierdzone", ReviewStatus.Approved, "zatwierdzone"),
    ];

    public ReviewStatus Status => States.Where(s => s.Key == State).Select(s => s.Status).DefaultIfEmpty(ReviewStatus.Submitted).First();

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostApproveAsync(Guid id, Guid entryId, int version, string? next, CancellationToken ct) =>
        ReviewAsync(id, new ReviewMeasurementEntryCommand(entryId, Approve: true, null, version), "Wartość zatwierdzona.", next, ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, Guid entryId, int version, string? comment, string? next, CancellationToken ct) =>
        ReviewAsync(id, new ReviewMeasurementEntryCommand(entryId, Approve: false, comment, version), "Wartość zwrócona do poprawy z komentarzem.", next, ct);

    public Task<IActionResult> OnPostApproveTaskAsync(Guid id, Guid reportId, int version, string? next, CancellationToken ct) =>
        ReviewAsync(id, new ReviewTaskReportCommand(reportId, Approve: true, null, version), "Postęp zadania zatwierdzony.", next, ct);

    public Task<IActionResult> OnPostReturnTaskAsync(Guid id, Guid reportId, int version, string? comment, string? next, CancellationToken ct) =>
        ReviewAsync(id, new ReviewTaskReportCommand(reportId, Approve: false, comment, version), "Sprawozdanie z zadania zwrócone do poprawy z komentarzem.", next, ct);

    private async Task<IActionResult> ReviewAsync<T>(Guid id, ICommand<T> command, string done, string? next, CancellationToken ct)
    {
        if (await TrySendAsync(() => sender.Send(command, ct).AsTask(), prefix: ""))
        {
            Notice = done;
            // The fragment takes the browser to the card after the one just decided (or the notice when none is left).
            var anchor = next is { Length: > 0 and <= 40 } && next.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? next : "wynik";
            return Redirect(Url.Page("/Gmina/Zatwierdzanie", null, new { id, instytucja = InstitutionId, stan = State }, null, null, anchor)!);
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct) =>
        Queue = await sender.Send(new GetReviewQueueQuery(id, InstitutionId, Status), ct);
}
