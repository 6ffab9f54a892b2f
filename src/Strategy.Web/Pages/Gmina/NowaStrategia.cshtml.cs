using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Strategies.Commands.CreateStrategy;
using Strategy.Application.Strategies.Models;

namespace Strategy.Web.Pages.Gmina;

/// <summary>The coordinator creates an empty strategy: title, period, resolution and level names one per line.</summary>
public sealed class NowaStrategiaModel(ISender sender) : FormPageModel
{
    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) =>
        Input.LevelNames = string.Join("\n", await sender.Send(new GetNewStrategyDefaultsQuery(), ct));

    public async Task<IActionResult> OnPostAsync(string tenant, CancellationToken ct)
    {
        StrategySummaryDto? created = null;
        var levels = (Input.LevelNames ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (ModelState.IsValid && await TrySendAsync(async () => created = await sender.Send(new CreateStrategyCommand(Input.Title ?? "", Input.PeriodStart, Input.PeriodEnd, Input.AdoptionResolution, levels), ct)))
        {
            return LocalRedirect($"/{tenant}/strategie/{created!.Id}");
        }

        return Page();
    }

    public sealed class CreateInput
    {
        [Display(Name = "tytuł")]
        public string? Title { get; set; }

        [Display(Name = "rok początkowy")]
        public int? PeriodStart { get; set; }

        [Display(Name = "rok końcowy")]
        public int? PeriodEnd { get; set; }

        [Display(Name = "uchwała")]
        public string? AdoptionResolution { get; set; }

        [Display(Name = "nazwy poziomów")]
        public string? LevelNames { get; set; }
    }
}
