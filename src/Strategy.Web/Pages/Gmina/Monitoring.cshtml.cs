using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Monitoring;
using Strategy.Application.Monitoring.Commands.OpenRound;
using Strategy.Application.Monitoring.Queries.GetMonitoringPage;
using Strategy.Application.Strategies.Models;

namespace Strategy.Web.Pages.Gmina;

/// <summary>The gmina's reporting rounds; the coordinator opens a new one here.</summary>
public sealed class MonitoringModel(ISender sender) : FormPageModel
{
    public IReadOnlyList<RoundSummaryDto> Rounds { get; private set; } = [];

    public IReadOnlyList<StrategySummaryDto> Strategies { get; private set; } = [];

    public bool CanOpen { get; private set; }

    [BindProperty]
    public OpenInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new OpenInput { StrategyId = Strategies.FirstOrDefault()?.Id, Year = DateTime.UtcNow.Year - 1 };
    }

    public async Task<IActionResult> OnPostAsync(string tenant, CancellationToken ct)
    {
        RoundSummaryDto? opened = null;
        if (ModelState.IsValid && await TrySendAsync(async () => opened = await sender.Send(new OpenRoundCommand(Input.StrategyId ?? Guid.Empty, Input.Year ?? 0, Input.Deadline), ct)))
        {
            return LocalRedirect($"/{tenant}/rundy/{opened!.Id}");
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var page = await sender.Send(new GetMonitoringPageQuery(), ct);
        (Rounds, Strategies, CanOpen) = (page.Rounds, page.Strategies, page.CanOpen);
    }

    public sealed class OpenInput
    {
        public Guid? StrategyId { get; set; }

        [Display(Name = "rok")]
        public int? Year { get; set; }

        [Display(Name = "termin")]
        public DateOnly? Deadline { get; set; }
    }
}
