using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Institutions;
using Strategy.Domain.Access;

namespace Strategy.Application.Access.Queries.ListMembers;

/// <summary>The current gmina's people with their roles, the invitations still open, and the institutions a partner is invited for.</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record ListMembersQuery : IQuery<MembersDto>;

public sealed record MembersDto(IReadOnlyList<MemberDto> Members, IReadOnlyList<PendingInvitationDto> Invitations, IReadOnlyList<InstitutionDto> Institutions);

public sealed record MemberDto(Guid MembershipId, Guid UserId, string Email, string DisplayName, TenantRole Role, string? Institution);

public sealed record PendingInvitationDto(Guid Id, string Email, TenantRole Role, string? Institution, DateTimeOffset ExpiresAt);

public sealed class ListMembersHandler(IAppDbContext db, ITenantContext tenant, IIdentityService identity, TimeProvider clock) : IQueryHandler<ListMembersQuery, MembersDto>
{
    public async ValueTask<MembersDto> Handle(ListMembersQuery query, CancellationToken cancellationToken)
    {
        var rows = await (
            from m in db.Memberships.AsNoTracking()
            join i in db.Institutions on m.InstitutionId equals i.Id into institutions
            from i in institutions.DefaultIfEmpty()
            select new { m.Id, m.UserId, m.Role, Institution = i == null ? null : i.Name })
            .ToListAsync(cancellationToken);
        var users = await identity.GetUsersAsync(rows.Select(r => r.UserId).Distinct().ToList(), cancellationToken);

        var tenantId = tenant.Current!.Id;
        var now = clock.GetUtcNow();
        var invitations = await (
            from inv in db.Invitations.AsNoTracking()
            join i in db.Institutions on inv.InstitutionId equals i.Id into institutions
            from i in institutions.DefaultIfEmpty()
            where inv.TenantId == tenantId && inv.AcceptedAt == null
            select new { inv.Id, inv.Email, inv.Role, Institution = i == null ? null : i.Name, inv.ExpiresAt })
            .ToListAsync(cancellationToken);

        return new MembersDto(
            rows.Select(r => new MemberDto(r.Id, r.UserId, users.GetValueOrDefault(r.UserId)?.Email ?? "", users.GetValueOrDefault(r.UserId)?.DisplayName ?? "", r.Role, r.Institution))
                .OrderBy(m => m.DisplayName).ThenBy(m => m.Role).ToList(),
            invitations.Where(i => i.ExpiresAt > now).OrderBy(i => i.Email)
                .Select(i => new PendingInvitationDto(i.Id, i.Email, i.Role, i.Institution, i.ExpiresAt)).ToList(),
            await InstitutionList.ReadAsync(db, cancellationToken));
    }
}
