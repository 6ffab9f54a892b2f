using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Support;
using Strategy.Domain.Access;
using Strategy.Infrastructure.Caching;

namespace Strategy.Web.Identity;

/// <summary>
/// The caller of the current HTTP request, from the cookie or the bearer token. Roles are read from
/// the current gmina's memberships (the tenant filter applies), once per request, with a partner's institution, with the gmina's
/// data version (<see cref="TenantDataVersionReader"/>).
/// </summary>
public sealed class HttpCurrentUser(IHttpContextAccessor http, ITenantContext tenant, TenantDataVersionReader dataVersion, ActiveSupportSessions supportSessions) : ICurrentUser
{
    private TenantMemberships? _memberships;
    private bool? _supportSession;

    private ClaimsPrincipal? Principal => http.HttpContext?.User;

    /// <summary>A person's id; never set for an API client, whatever its token's subject says.</summary>
    public Guid? UserId =>
        Principal?.FindFirstValue(StrategyClaims.ClientTenant) is null && Principal?.FindFirstValue(StrategyClaims.UserId) is { } id && Guid.TryParse(id, out var guid) ? guid : null;

    public string? Name => Principal?.FindFirstValue(StrategyClaims.DisplayName) ?? Principal?.Identity?.Name;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public bool IsPlatformAdmin => UserId is not null && Principal?.HasClaim(StrategyClaims.PlatformAdmin, "true") == true;

    public Guid? ApiClientTenantId =>
        Principal?.FindFirstValue(StrategyClaims.ClientTenant) is { } id && Guid.TryParse(id, out var guid) ? guid : null;

    public bool ActsThroughToken =>
        Principal?.Identity is { IsAuthenticated: true, AuthenticationType: var type } && type != IdentityConstants.ApplicationScheme;

    public IReadOnlySet<string> Scopes => Principal?.GetScopes().ToHashSet() ?? [];

    public async ValueTask<IReadOnlySet<TenantRole>> RolesInCurrentTenantAsync(CancellationToken ct) => (await MembershipsAsync(ct)).Roles;

    public async ValueTask<Guid?> PartnerInstitutionAsync(CancellationToken ct) => (await MembershipsAsync(ct)).PartnerInstitutionId;

    private async ValueTask<TenantMemberships> MembershipsAsync(CancellationToken ct) =>
        _memberships ??= UserId is { } userId && tenant.Current is not null
            ? await dataVersion.MembershipsAsync(userId, ct)
            : TenantMemberships.None;

    public async ValueTask<bool> HasSupportSessionAsync(CancellationToken ct)
    {
        if (_supportSession is { } known)
        {
            return known;
        }

        _supportSession = IsPlatformAdmin && tenant.Current is { } current && await supportSessions.HasAsync(current.Id, UserId!.Value, ct);
        return _supportSession.Value;
    }
}
