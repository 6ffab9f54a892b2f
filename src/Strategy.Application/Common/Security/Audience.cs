using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Common.Security;

/// <summary>
/// Who reads the current gmina: one of its own — a person with any role in it, one of its API
/// clients, a platform admin in a support session — or the public (anyone else, let in because the
/// gmina's pages are public). The one definition of "member"; the readers ask it to leave out what
/// the gmina has not published: strategies that are not adopted, the history of values (partners'
/// drafts, submissions, returns) and the work of reporting rounds.
/// </summary>
public sealed class Audience(ICurrentUser user, ITenantContext tenant)
{
    private bool? _member;

    /// <summary>Whether the caller is one of the current gmina's own (false outside a gmina).</summary>
    public async ValueTask<bool> IsMemberAsync(CancellationToken ct) => _member ??= await FindAsync(ct);

    /// <summary>
    /// The name of what is built for this audience — "members" or "public" — for the keys it is kept
    /// under: the handler's cache and the page's rendered fragment must never tell them apart differently.
    /// </summary>
    public async ValueTask<string> NameAsync(CancellationToken ct) => await IsMemberAsync(ct) ? "members" : "public";

    /// <summary>Whether the caller may see a strategy in this state: members any, the public only an adopted one.</summary>
    public async ValueTask<bool> MaySeeAsync(StrategyStatus status, CancellationToken ct) =>
        status == StrategyStatus.Adopted || await IsMemberAsync(ct);

    private async ValueTask<bool> FindAsync(CancellationToken ct)
    {
        if (tenant.Current is not { } current)
        {
            return false;
        }

        if (user.ApiClientTenantId is { } clientTenant)
        {
            return clientTenant == current.Id;
        }

        return (await user.RolesInCurrentTenantAsync(ct)).Count > 0 || await user.HasSupportSessionAsync(ct);
    }
}
