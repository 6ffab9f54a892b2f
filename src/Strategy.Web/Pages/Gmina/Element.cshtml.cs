using Mediator;
using Strategy.Application.Indicators.Commands.AddIndicator;
using Strategy.Application.Institutions.Commands.LinkInstitution;
using Strategy.Application.Institutions.Commands.UnlinkInstitution;
using Strategy.Domain.Strategies;
using Microsoft.AspNetCore.Mvc;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Strategies.Commands.ArchiveElement;
using Strategy.Application.Strategies.Commands.MoveElement;
using Strategy.Application.Strategies.Queries.GetElementPage;
using Strategy.Application.Strategies.Models;
using Strategy.Application.Institutions;

namespace Strategy.Web.Pages.Gmina;

public sealed class ElementModel(ISender sender, ITenantContext tenantContext) : FormPageModel
{
    public TenantInfo Tenant { get; } = tenantContext.Current!;

    public ElementDetailDto Detail { get; private set; } = null!;

    /// <summary>Whether to offer the edit link; the edit itself checks again.</summary>
    public bool CanEdit => Detail.CanEdit;

    /// <summary>The gmina's institutions, to link one to the element (for those who may edit).</summary>
    public IReadOnlyList<InstitutionDto> Registry { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        var page = await sender.Send(new GetElementPageQuery(id), ct);
        (Detail, Registry) = (page.Detail, page.Registry);
    }

    public async Task<IActionResult> OnPostPowiazAsync(string tenant, Guid id, Guid institutionId, InstitutionRole role, CancellationToken ct)
    {
        if (await TrySendAsync(() => sender.Send(new LinkInstitutionCommand(id, institutionId, role), ct).AsTask()))
        {
            return LocalRedirect($"/{tenant}/elementy/{id}#instytucje-elementu");
        }

        await OnGetAsync(id, ct);
        return Page();
    }

    /// <summary>A new indicator, named; its definition is completed on the indicator's edit page.</summary>
    public async Task<IActionResult> OnPostDodajWskaznikAsync(string tenant, Guid id, string? nazwa, string? jednostka, CancellationToken ct)
    {
        AddedIndicatorDto? added = null;
        if (await TrySendAsync(async () => added = await sender.Send(new AddIndicatorCommand(id, nazwa ?? "", jednostka), ct), prefix: ""))
        {
            return LocalRedirect($"/{tenant}/wskazniki/{added!.Id}/edycja");
        }

        await OnGetAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostOdlaczAsync(string tenant, Guid id, Guid institutionId, InstitutionRole role, CancellationToken ct)
    {
        // A role the form never offers fails binding: without the check it would unlink the default role (koordynator).
        if (ModelState.IsValid && await TrySendAsync(() => sender.Send(new UnlinkInstitutionCommand(id, institutionId, role), ct).AsTask()))
        {
            return LocalRedirect($"/{tenant}/elementy/{id}#instytucje-elementu");
        }

        await OnGetAsync(id, ct);
        return Page();
    }

    /// <summary>One place up among its siblings; back to the list it stands in.</summary>
    public Task<IActionResult> OnPostWyzejAsync(string tenant, Guid id, int version, CancellationToken ct) => ReorderAsync(tenant, id, up: true, version, ct);

    /// <summary>One place down among its siblings.</summary>
    public Task<IActionResult> OnPostNizejAsync(string tenant, Guid id, int version, CancellationToken ct) => ReorderAsync(tenant, id, up: false, version, ct);

    private async Task<IActionResult> ReorderAsync(string tenant, Guid id, bool up, int version, CancellationToken ct)
    {
        StructureElementDto? moved = null;
        if (await TrySendAsync(async () => moved = await sender.Send(new ReorderElementCommand(id, up, version), ct)))
        {
            return LocalRedirect(moved!.ParentId is { } parent ? $"/{tenant}/elementy/{parent}#el-{id}" : $"/{tenant}/strategie/{moved.StrategyId}#el-{id}");
        }

        await OnGetAsync(id, ct);
        return Page();
    }

    /// <summary>Archives the element from the version shown; on success the strategy page lists it among the archived.</summary>
    public async Task<IActionResult> OnPostArchiwizujAsync(string tenant, Guid id, int version, CancellationToken ct)
    {
        StructureElementDto? archived = null;
        if (await TrySendAsync(async () => archived = await sender.Send(new ArchiveElementCommand(id, Archive: true, version), ct)))
        {
            return LocalRedirect($"/{tenant}/strategie/{archived!.StrategyId}#zarchiwizowane");
        }

        await OnGetAsync(id, ct);
        return Page();
    }
}
