using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Strategy.Application.Audit.Queries.ListAuditEvents;

namespace Strategy.Web.Pages.Admin;

public sealed class DziennikModel(ISender sender) : PageModel
{
    public IReadOnlyList<AuditEventDto> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Events = await sender.Send(new ListPlatformAuditEventsQuery(), ct);
}
