using Mediator;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Commands.ArchiveElement;
using Strategy.Application.Strategies.Queries.GetStrategy;

namespace Strategy.Web.Pages.Gmina;

public sealed class StrategiaModel(ISender sender, ITenantContext tenantContext, Audience audience, ITenantDataCache cache) : FormPageModel
{
    public TenantInfo Tenant { get; } = tenantContext.Current!;

    public StrategyDetailDto Strategy { get; private set; } = null!;

    /// <summary>Whether to offer the structure's changes; each change checks again.</summary>
    public bool CanEdit => Strategy.CanEdit;

    /// <summary>
    /// What the rendered tree depends on: the strategy, the gmina's data version and the audience. The tree
    /// is most of the page's work and the same for every reader of that version (ADR 0017).
    /// </summary>
    public string TreeCacheKey { get; private set; } = "";

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Strategy = await sender.Send(new GetStrategyQuery(id), ct);
        TreeCacheKey = $"{Tenant.Id}/{Strategy.Id}/{await cache.VersionAsync(ct)}/{await audience.NameAsync(ct)}";
    }

    /// <summary>Restores an archived element (with its subtree) from the version listed.</summary>
    public async Task<IActionResult> OnPostPrzywrocAsync(string tenant, Guid id, Guid elementId, int version, CancellationToken ct)
    {
        if (await TrySendAsync(() => sender.Send(new ArchiveElementCommand(elementId, Archive: false, version), ct).AsTask()))
        {
            return LocalRedirect($"/{tenant}/elementy/{elementId}");
        }

        await OnGetAsync(id, ct);
        return Page();
    }
}
