using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Indicators.Queries.GetIndicator;
using Strategy.Application.Monitoring;
using Strategy.Application.Monitoring.Commands.SaveMeasurementEntry;
using Strategy.Application.Monitoring.Commands.WithdrawMeasurementEntry;
using Strategy.Application.Monitoring.Queries.GetReportingTasks;
using Strategy.Application.Monitoring.Queries.ListRounds;
using Strategy.Web.Formatting;

namespace Strategy.Web.Pages.Gmina;

/// <summary>
/// Report an indicator's value in a round (the open one of its strategy unless ?runda= says which):
/// a number the Polish way or "no data" with a reason, a note, breakdown parts; saved as a draft or
/// submitted. A stale form is refused with the value someone else saved, never written over it.
/// </summary>
public sealed class WartoscModel(ISender sender) : FormPageModel
{
    public IndicatorDetailDto Indicator { get; private set; } = null!;

    public RoundSummaryDto? Round { get; private set; }

    public ReportingTaskDto? Task { get; private set; }

    [BindProperty]
    public EntryInput Input { get; set; } = new();

    public async Task OnGetAsync(Guid id, Guid? runda, CancellationToken ct)
    {
        await LoadAsync(id, runda, ct);
        if (Task?.Entry is { } e)
        {
            Input = new EntryInput
            {
                Value = e.Value is { } v ? PolishFormat.Number(v) : null,
                NoData = e.NoData,
                NoDataReason = e.NoDataReason,
                Note = e.Note,
                Parts = e.Parts,
                Version = e.Version,
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

        var command = new SaveMeasurementEntryCommand(Round.Id, id, Input.Value, Input.NoData, Input.NoDataReason, Input.Note, Input.Parts, submit, Input.Version, Input.Confirmed);
        if (ModelState.IsValid && await TrySendAsync(() => sender.Send(command, ct).AsTask()))
        {
            return LocalRedirect($"/{tenant}/rundy/{Round.Id}");
        }

        if (Conflict is not null)
        {
            ModelState.Remove($"{nameof(Input)}.{nameof(EntryInput.Version)}");
            Input.Version = Task.Entry?.Version;
        }

        return Page();
    }

    /// <summary>Takes back a value sent for approval, before the coordinator decides: a draft again.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(string tenant, Guid id, Guid? runda, int version, CancellationToken ct)
    {
        await LoadAsync(id, runda, ct);
        if (Task?.Entry is { } entry && await TrySendAsync(() => sender.Send(new WithdrawMeasurementEntryCommand(entry.Id, version), ct).AsTask()))
        {
            TempData["Notice"] = "Wartość wycofana: jest znowu szkicem, możesz ją poprawić i przesłać ponownie.";
            return LocalRedirect($"/{tenant}/wskazniki/{id}/wartosc{(runda is { } r ? $"?runda={r}" : "")}");
        }

        return Page();
    }

    /// <summary>The server asked to confirm a value far from the indicator's history: the form then offers the checkbox.</summary>
    public bool AsksConfirmation => Input.Confirmed || ModelState.ContainsKey($"{nameof(Input)}.{nameof(EntryInput.Confirmed)}");

    private async Task LoadAsync(Guid id, Guid? runda, CancellationToken ct)
    {
        Indicator = await sender.Send(new GetIndicatorQuery(id), ct);
        var rounds = await sender.Send(new ListRoundsQuery(), ct);
        Round = RoundChoice.For(rounds, Indicator.StrategyId, runda);
        Task = Round is null ? null : (await sender.Send(new GetReportingTasksQuery(Round.Id, id), ct)).SingleOrDefault();
    }

    /// <summary>The form's fields, named for the error summary in Polish.</summary>
    public sealed class EntryInput
    {
        [Display(Name = "wartość")]
        public string? Value { get; set; }

        public bool NoData { get; set; }

        public string? NoDataReason { get; set; }

        public string? Note { get; set; }

        public string? Parts { get; set; }

        public int? Version { get; set; }

        public bool Confirmed { get; set; }
    }
}
