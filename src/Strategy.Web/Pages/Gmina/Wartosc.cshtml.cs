using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Monitoring;
using Strategy.Application.Monitoring.Commands.SaveMeasurementEntry;
using Strategy.Application.Monitoring.Commands.WithdrawMeasurementEntry;
using Strategy.Application.Monitoring.Queries.GetValueEntryPage;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Common;
using Strategy.Web.Formatting;

namespace Strategy.Web.Pages.Gmina;

/// <summary>
/// Report an indicator's value in a round (the open one of its strategy unless ?runda= says which):
/// a number the Polish way or "no data" with a reason, a note, breakdown parts; saved as a draft or
/// submitted. A stale form is refused with the value someone else saved, never written over it.
/// </summary>
public sealed class WartoscModel(ISender sender) : FormPageModel
{
    /// <summary>The indicator, its round and what the caller reports there: the page's one query.</summary>
    public ValueEntryPageDto Indicator { get; private set; } = null!;

    public RoundRefDto? Round => Indicator.Round;

    public ReportingTaskDto? Task => Indicator.Task;

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
                Parts = e.Parts.Count == 0 ? null : PolishLabels.PartsOf(e.Parts),
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

        var value = ReadValue(Task);
        var parts = ReadParts();
        var command = new SaveMeasurementEntryCommand(Round.Id, id, value, Input.NoData, Input.NoDataReason, Input.Note, parts, submit, Input.Version, Input.Confirmed);
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

    /// <summary>
    /// The number typed, read by the indicator's kind: "1.234" of a count or an amount is a thousand and more, of
    /// another kind it is asked about (ReportedValueText), which a binder, not knowing the indicator, could not tell.
    /// </summary>
    private decimal? ReadValue(ReportingTaskDto task)
    {
        if (string.IsNullOrWhiteSpace(Input.Value))
        {
            return null;
        }

        var key = $"{nameof(Input)}.{nameof(EntryInput.Value)}";
        if (Input.Value.Length > PolishNumberBinder.MaxLength)
        {
            ModelState.AddModelError(key, $"Liczba może mieć najwyżej {PolishNumberBinder.MaxLength} znaków.");
            return null;
        }

        var number = ReportedValueText.Number(Input.Value, task.Kind, task.Indicator, out var refusal);
        if (number is null)
        {
            ModelState.AddModelError(key, refusal!);
        }

        return number;
    }

    /// <summary>Room for the most parts a value may have, each with a name at its longest and a number: more is refused unread.</summary>
    public const int MaxPartsText = SaveMeasurementEntryValidator.MaxParts * (TextLimits.PartLabel + 50);

    /// <summary>The parts typed as "nazwa: wartość; …", read with a spreadsheet cell's rules.</summary>
    private IReadOnlyList<MeasurementPartDto>? ReadParts()
    {
        var key = $"{nameof(Input)}.{nameof(EntryInput.Parts)}";
        if (Input.Parts?.Length > MaxPartsText)
        {
            ModelState.AddModelError(key, $"Składowe mogą mieć razem najwyżej {PolishFormat.Number(MaxPartsText)} znaków.");
            return null;
        }

        var parts = ReportedValueText.Parts(Input.Parts, out var error);
        if (parts is null)
        {
            ModelState.AddModelError(key, error!);
        }

        return parts?.Select(p => new MeasurementPartDto(p.Label, p.Value, p.Unit)).ToList();
    }

    /// <summary>The server asked to confirm a value far from the indicator's history: the form then offers the checkbox.</summary>
    public bool AsksConfirmation => Input.Confirmed || ModelState.ContainsKey($"{nameof(Input)}.{nameof(EntryInput.Confirmed)}");

    private async Task LoadAsync(Guid id, Guid? runda, CancellationToken ct) =>
        Indicator = await sender.Send(new GetValueEntryPageQuery(id, runda), ct);

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
