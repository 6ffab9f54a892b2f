using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Benchmarking.Commands.CreateBenchmarkMetric;
using Strategy.Application.Benchmarking.Models;
using Strategy.Application.Benchmarking.Queries.ListBenchmarkCatalogue;

namespace Strategy.Web.Pages.Admin;

/// <summary>Platform admin: a new metric of the catalogue, under a code not taken yet.</summary>
public sealed class MiernikNowyModel(ISender sender) : FormPageModel
{
    [BindProperty]
    public MetricInput Input { get; set; } = new();

    /// <summary>The codes already in the catalogue, shown by the code field (the catalogue query also keeps the page to platform admins).</summary>
    public IReadOnlyList<string> TakenCodes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        BenchmarkMetricDto? created = null;
        var command = new CreateBenchmarkMetricCommand(
            Input.Code?.Trim() ?? "", Input.NamePl ?? "", Input.NameEn ?? "", Input.Unit, Input.Definition ?? "", Input.Normalisation, Input.Direction, Input.BdlVariableId);
        if (ModelState.IsValid && await TrySendAsync(async () => created = await sender.Send(command, ct)))
        {
            TempData["Notice"] = $"Dodano miernik „{created!.NamePl}” ({created.Code}).";
            return RedirectToPage("/Admin/Mierniki");
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        TakenCodes = (await sender.Send(new ListBenchmarkCatalogueQuery(), ct)).Select(e => e.Metric.Code).Order(StringComparer.Ordinal).ToList();
}
