using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Benchmarking.Queries.ListBenchmarkCatalogue;
using Strategy.Application.Benchmarking;

namespace Strategy.Web.Pages.Admin;

/// <summary>Platform admin: the metric catalogue, with how many gminy's indicators use each metric.</summary>
public sealed class MiernikiModel(ISender sender) : PageModel
{
    public IReadOnlyList<BenchmarkCatalogueEntryDto> Entries { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Entries = await sender.Send(new ListBenchmarkCatalogueQuery(), ct);
}
