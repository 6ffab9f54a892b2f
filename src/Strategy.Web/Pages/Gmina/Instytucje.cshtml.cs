using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Institutions.Commands.MergeInstitutions;
using Strategy.Application.Institutions.Queries.GetInstitutionRegistry;

namespace Strategy.Web.Pages.Gmina;

/// <summary>The coordinator's registry of institutions, how often each is named, and merging duplicates.</summary>
public sealed class InstytucjeModel(ISender sender) : FormPageModel
{
    public IReadOnlyList<InstitutionUsageDto> Institutions { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Institutions = await sender.Send(new GetInstitutionRegistryQuery(), ct);

    public async Task<IActionResult> OnPostMergeAsync(Guid duplikat, Guid zostaje, CancellationToken ct)
    {
        MergedInstitutionsDto? merged = null;
        if (await TrySendAsync(async () => merged = await sender.Send(new MergeInstitutionsCommand(duplikat, zostaje), ct), prefix: ""))
        {
            Notice = $"Scalono z „{merged!.Kept}”: powiązania {merged.LinksMoved}, wskaźniki {merged.IndicatorsMoved}, osoby {merged.PeopleMoved}.";
            return RedirectToPage();
        }

        Institutions = await sender.Send(new GetInstitutionRegistryQuery(), ct);
        return Page();
    }
}
