using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Strategies.Queries.GetCompleteness;

namespace Strategy.Web.Pages.Gmina;

/// <summary>The strategy against art. 16b ust. 2, for those who keep it: each required part found and where, or missing and what to do.</summary>
public sealed class ZgodnoscModel(ISender sender) : PageModel
{
    public CompletenessDto Completeness { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Completeness = await sender.Send(new GetCompletenessQuery(id), ct);
}
