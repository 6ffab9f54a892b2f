using Mediator;
using Strategy.Application.Access.Queries.ListMyMemberships;
using Strategy.Application.Common.Interfaces;

namespace Strategy.Web.Pages.Account;

/// <summary>The gminy the person belongs to, to switch between them.</summary>
public sealed class GminyModel(ISender sender) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public IReadOnlyList<UserMembership> Memberships { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Memberships = await sender.Send(new ListMyMembershipsQuery(), ct);
}
