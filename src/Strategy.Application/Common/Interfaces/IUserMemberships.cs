using Strategy.Domain.Access;

namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// The signed-in person's own memberships across gminy, to switch between them. The one read of
/// memberships that is not confined to the current gmina; it only ever returns the person's own.
/// </summary>
public interface IUserMemberships
{
    Task<IReadOnlyList<UserMembership>> ForUserAsync(Guid userId, CancellationToken ct);
}

public sealed record UserMembership(Guid TenantId, string TenantIdentifier, string TenantName, TenantRole Role, string? Institution);
