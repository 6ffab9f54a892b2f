using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Monitoring;
using Strategy.Application.Monitoring.Commands.SaveTaskReport;
using Strategy.Application.Monitoring.Queries.GetProgressPage;
using Strategy.Domain.Monitoring;

namespace Strategy.Web.Pages.Gmina;

/// <summary>
/// Report a task's progress in a round (the open one of its strategy unless ?runda= says which):
/// status, narrative, money planned and spent; a draft or submitted. A stale form is refused with
/// what someone else saved.
/// </summary>
public sealed class PostepModel(ISender sender) : FormPageModel
{
    /// <summary>The task, its round and what the caller reports there: the page's one query.</summary>
    public ProgressPageDto Element { get; private set; } = null!;

    public RoundRefDto? Round => Element.Round;

    public TaskToDoDto? Task => Element.Task;

    [BindProperty]
    public ProgressInput Input { get; set; } = new();

    public async Task OnGetAsync(Guid id, Guid? runda, CancellationToken ct)
    {
        await LoadAsync(id, runda, ct);
        if (Task?.Report is { } r)
        {
            Input = new ProgressInput
            {
                Progress = r.Progress,
                Narrative = r.Narrative,
                PlannedAmount = r.PlannedAmount,
                SpentAmount = r.SpentAmount,
                Version = r.Version,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync(string tenant, Guid id, Guid? runda, bool submit, CancellationToken ct)
    {
        await LoadAsync(id, runda, ct);
        if (Round is null || Task is null)
        {
            return Page();
        }

        var command = new SaveTaskReportCommand(Round.Id, id, Input.Progress, Input.Narrative, Input.PlannedAmount, Input.SpentAmount, submit, Input.Version);
        if (ModelState.IsValid && await TrySendAsync(() => sender.Send(command, ct).AsTask()))
        {
            return LocalRedirect($"/{tenant}/rundy/{Round.Id}");
        }

        if (Conflict is not null)
        {
            ModelState.Remove($"{nameof(Input)}.{nameof(ProgressInput.Version)}");
            Input.Version = Task.Report?.Version;
        }

        return Page();
    }

    private async Task LoadAsync(Guid id, Guid? runda, CancellationToken ct) =>
        Element = await sender.Send(new GetProgressPageQuery(id, runda), ct);

    public sealed class ProgressInput
    {
        public TaskProgress? Progress { get; set; }

        public string? Narrative { get; set; }

        public decimal? PlannedAmount { get; set; }

        public decimal? SpentAmount { get; set; }

        public int? Version { get; set; }
    }
}
