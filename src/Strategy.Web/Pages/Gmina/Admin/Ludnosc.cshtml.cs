using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.OfficialStatistics.Commands.FetchOfficialStatistics;
using Strategy.Application.Population;
using Strategy.Application.Population.Commands.EnterPopulation;
using Strategy.Application.Population.Queries.ListPopulationToCorrect;
using Strategy.Domain.Common;

namespace Strategy.Web.Pages.Gmina.Admin;

/// <summary>
/// The gmina's residents by year — the denominator of every per-1,000 comparison: entered by hand
/// or fetched from GUS BDL, which never overwrites a figure entered by hand. For those who keep the
/// strategy. Correcting a year starts from its row ("Popraw"), so the save carries the version read.
/// </summary>
public sealed class LudnoscModel(ISender sender) : FormPageModel
{
    [BindProperty]
    public PopulationInput Input { get; set; } = new();

    public IReadOnlyList<PopulationFigureDto> Figures { get; private set; } = [];

    /// <summary>The year being corrected (the form came from its "Popraw" link).</summary>
    public int? Correcting { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? FetchError { get; set; }

    public async Task OnGetAsync(int? rok, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Figures.FirstOrDefault(f => f.Year == rok) is { } figure)
        {
            Input = new PopulationInput { Year = figure.Year, Residents = figure.Residents, Version = figure.Version };
            Correcting = figure.Year;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        PopulationFigureDto? saved = null;
        if (ModelState.IsValid && await TrySendAsync(async () => saved = await sender.Send(new EnterPopulationCommand(Input.Year ?? 0, Input.Residents ?? 0, Input.Version), ct)))
        {
            Notice = $"Zapisano liczbę mieszkańców w roku {saved!.Year}: {Strategy.Web.Formatting.PolishFormat.Number(saved.Residents)}.";
            return RedirectToPage();
        }

        await LoadAsync(ct);
        if (Conflict?.Current is PopulationFigureDto current)
        {
            // The form moves to the stored figure: saving again is then a deliberate correction of it.
            ModelState.Remove($"{nameof(Input)}.{nameof(PopulationInput.Version)}");
            Input.Version = current.Version;
            Correcting = current.Year;
        }
        else if (Input.Version is not null)
        {
            Correcting = Input.Year;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostFetchAsync(CancellationToken ct)
    {
        try
        {
            var result = await sender.Send(new FetchOfficialStatisticsCommand(), ct);
            Notice = result.UnitId is null
                ? "Nie ma czego pobrać: gmina nie ma lat strategii ani wskaźników przypisanych do mierników z danymi GUS BDL."
                : $"Pobrano dane z GUS BDL (lata {result.FirstYear}–{result.LastYear}): uzupełniono {result.Filled} wartości (liczba mieszkańców: {result.PopulationFilled}, wskaźniki: {result.IndicatorValuesFilled}); zachowano {result.KeptPersonValues} wartości wprowadzonych ręcznie.";
        }
        catch (OfficialStatisticsUnavailableException)
        {
            FetchError = OfficialStatisticsUnavailableException.UserMessage;
        }
        catch (DomainException e)
        {
            FetchError = e.Message;
        }

        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Figures = await sender.Send(new ListPopulationToCorrectQuery(), ct);
    }

    public sealed class PopulationInput
    {
        [Display(Name = "rok")]
        public int? Year { get; set; }

        [Display(Name = "liczba mieszkańców")]
        public int? Residents { get; set; }

        public int? Version { get; set; }
    }
}
