using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Benchmarking;
using Strategy.Application.Benchmarking.Queries.GetBenchmark;
using Strategy.Application.Benchmarking.Queries.ListBenchmarks;

namespace Strategy.Web.Pages.Gmina;

/// <summary>
/// The gmina against other gminy on one catalogue metric in one year: a form (GET, so that a
/// comparison is a link to share), the summary, the distribution and the trend, each chart with its table.
/// </summary>
public sealed class PorownaniaModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "miernik")]
    public string? MetricCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "rok")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "rodzaj")]
    public bool SameKind { get; set; }

    [BindProperty(SupportsGet = true, Name = "wojewodztwo")]
    public bool SameVoivodeship { get; set; }

    [BindProperty(SupportsGet = true, Name = "klasa")]
    public bool SameClass { get; set; }

    public IReadOnlyList<BenchmarkMetricChoiceDto> Metrics { get; private set; } = [];

    public BenchmarkDto? Benchmark { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Metrics = await sender.Send(new ListBenchmarksQuery(), ct);
        if (!ModelState.IsValid)
        {
            return; // a year that is not a number: the binding message is in the summary
        }

        MetricCode ??= (Metrics.FirstOrDefault(m => m.MappedHere) ?? Metrics.FirstOrDefault())?.Code; // one the gmina reports, when it has one
        if (MetricCode is null)
        {
            return;
        }

        try
        {
            Benchmark = await sender.Send(new GetBenchmarkQuery(MetricCode, Year, SameKind, SameVoivodeship, SameClass), ct);
            Year ??= Benchmark.Year;
        }
        catch (FluentValidation.ValidationException e)
        {
            // Keyed by the form's field names, so that the summary's links reach the fields.
            foreach (var failure in e.Errors)
            {
                ModelState.AddModelError(failure.PropertyName == nameof(GetBenchmarkQuery.Year) ? "rok" : "miernik", failure.ErrorMessage);
            }
        }
    }
}
