using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Institutions.Queries.GetInstitutionRegistry;

namespace Strategy.Web.Pages.Gmina;

/// <summary>The coordinator's registry of institutions and how often each is named in the strategy.</summary>
public sealed class InstytucjeModel(ISender sender) : PageModel
{
    public IReadOnlyList<InstitutionUsageDto> Institutions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Institutions = await sender.Send(new GetInstitutionRegistryQuery(), ct);
}
