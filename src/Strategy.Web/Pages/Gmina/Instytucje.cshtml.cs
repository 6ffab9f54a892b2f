using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Institutions.Commands.MergeInstitutions;
using Strategy.Application.Institutions.Commands.RenameInstitution;
using Strategy.Application.Institutions.Queries.GetInstitutionRegistry;

namespace Strategy.Web.Pages.Gmina;

/// <summary>The coordinator's registry of institutions, how often each is named, renaming, and merging duplicates after a confirmation naming both.</summary>
public sealed class InstytucjeModel(ISender sender) : FormPageModel
{
    public IReadOnlyList<InstitutionUsageDto> Institutions { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The merge asked for and not yet confirmed: the page names both records before anything changes.</summary>
    public (InstitutionUsageDto Duplicate, InstitutionUsageDto Kept)? ToConfirm { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Institutions = await sender.Send(new GetInstitutionRegistryQuery(), ct);

    public async Task<IActionResult> OnPostMergeAsync(Guid duplikat, Guid zostaje, bool potwierdzone, CancellationToken ct)
    {
        Institutions = await sender.Send(new GetInstitutionRegistryQuery(), ct);
        if (!potwierdzone)
        {
            if (duplikat == zostaje)
            {
                ModelState.AddModelError("duplikat", "Wybierz dwie różne instytucje: tę, która zostaje, i jej duplikat.");
            }
            else if (Institutions.FirstOrDefault(i => i.Id == duplikat) is { } d && Institutions.FirstOrDefault(i => i.Id == zostaje) is { } k)
            {
                ToConfirm = (d, k);
            }

            return Page();
        }

        MergedInstitutionsDto? merged = null;
        if (await TrySendAsync(async () => merged = await sender.Send(new MergeInstitutionsCommand(duplikat, zostaje), ct), prefix: ""))
        {
            Notice = $"Scalono: „{merged!.Removed}” zniknęła z rejestru, jej powiązania ({merged.LinksMoved}), wskaźniki ({merged.IndicatorsMoved}) i osoby ({merged.PeopleMoved}) ma teraz „{merged.Kept}”.";
            return RedirectToPage();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRenameAsync(Guid instytucja, string? nazwa, CancellationToken ct)
    {
        RenamedInstitutionDto? renamed = null;
        if (await TrySendAsync(async () => renamed = await sender.Send(new RenameInstitutionCommand(instytucja, nazwa ?? ""), ct), prefix: ""))
        {
            Notice = $"Zmieniono nazwę: „{renamed!.Before}” → „{renamed.Name}”.";
            return RedirectToPage();
        }

        Institutions = await sender.Send(new GetInstitutionRegistryQuery(), ct);
        return Page();
    }
}
