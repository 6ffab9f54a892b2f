using Strategy.Domain.Access;

namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// Who is asking: a person (cookie or token) or an API client of one gmina, and what they hold in
/// the current gmina. Roles are read from the current gmina's memberships only, so a role in gmina
/// A never counts in gmina B.
/// </summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    string? Name { get; }

    bool IsAuthenticated { get; }

    bool IsPlatformAdmin { get; }

    /// <summary>Set for an API client (client credentials): the gmina it belongs to.</summary>
    Guid? ApiClientTenantId { get; }

    /// <summary>Whether the caller came with a bearer token (a client's or a person's), not a cookie: then its scopes bind it.</summary>
    bool ActsThroughToken { get; }

    /// <summary>The scopes of the token (none for a cookie).</summary>
    IReadOnlySet<string> Scopes { get; }

    /// <summary>The person's roles in the current gmina (empty outside a gmina).</summary>
    ValueTask<IReadOnlySet<TenantRole>> RolesInCurrentTenantAsync(CancellationToken ct);

    /// <summary>The institution the person reports for as a partner in the current gmina, read with the roles.</summary>
    ValueTask<Guid?> PartnerInstitutionAsync(CancellationToken ct);

    /// <summary>Whether a platform admin has an open support session for the current gmina.</summary>
    ValueTask<bool> HasSupportSessionAsync(CancellationToken ct);
}
