using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Benchmarking.Commands.DeleteBenchmarkMetric;
using Strategy.Application.Benchmarking.Commands.UpdateBenchmarkMetric;
using Strategy.Application.Benchmarking.Queries.GetBenchmarkCatalogueEntry;
using Strategy.Application.Benchmarking;

namespace Strategy.Web.Pages.Admin;

/// <summary>
/// Platform admin: a metric's description, edited from the version the form was read at (a save over
/// someone else's is refused with what they saved, and the form moves to their version); deleting a
/// metric no gmina uses.
/// </summary>
public sealed class MiernikModel(ISender sender) : FormPageModel
{
    [BindProperty]
    public MetricInput Input { get; set; } = new();

    public BenchmarkCatalogueEntryDto Entry { get; private set; } = null!;

    public async Task OnGetAsync(string code, CancellationToken ct)
    {
        Entry = await sender.Send(new GetBenchmarkCatalogueEntryQuery(code), ct);
        Input = MetricInput.Of(Entry.Metric);
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        var command = new UpdateBenchmarkMetricCommand(
            code, Input.NamePl ?? "", Input.NameEn ?? "", Input.Unit, Input.Definition ?? "", Input.Normalisation, Input.Direction, Input.BdlVariableId, Input.Version);
        if (ModelState.IsValid && await TrySendAsync(() => sender.Send(command, ct).AsTask()))
        {
            TempData["Notice"] = $"Zapisano miernik „{command.NamePl.Trim()}” ({code}).";
            return RedirectToPage("/Admin/Mierniki");
        }

        Entry = await sender.Send(new GetBenchmarkCatalogueEntryQuery(code), ct);
        if (Conflict is not null)
        {
            ModelState.Remove($"{nameof(Input)}.{nameof(MetricInput.Version)}");
            Input.Version = Entry.Metric.Version;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string code, CancellationToken ct)
    {
        if (await TrySendAsync(() => sender.Send(new DeleteBenchmarkMetricCommand(code), ct).AsTask()))
        {
            TempData["Notice"] = $"Usunięto miernik {code} z katalogu.";
            return RedirectToPage("/Admin/Mierniki");
        }

        Entry = await sender.Send(new GetBenchmarkCatalogueEntryQuery(code), ct);
        Input = MetricInput.Of(Entry.Metric);
        return Page();
    }
}
