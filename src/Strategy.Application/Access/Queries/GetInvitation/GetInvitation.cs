using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Access;
using Strategy.Domain.Common;

namespace Strategy.Application.Access.Queries.GetInvitation;

/// <summary>What an invitation link is for, and whether it can still be used.</summary>
[AllowAnyone]
public sealed record GetInvitationQuery(string Token) : IQuery<InvitationInfoDto>;

public sealed record InvitationInfoDto(InvitationStatus Status, string? Email, string? TenantName, TenantRole? Role, bool HasAccount);

public enum InvitationStatus
{
    Valid,
    Unknown,
    Used,
    Expired,
}

public sealed class GetInvitationHandler(IAppDbContext db, IIdentityService identity, TimeProvider clock) : IQueryHandler<GetInvitationQuery, InvitationInfoDto>
{
    public async ValueTask<InvitationInfoDto> Handle(GetInvitationQuery query, CancellationToken cancellationToken)
    {
        var hash = LinkToken.Hash(query.Token ?? "");
        var found = await (
            from inv in db.Invitations.AsNoTracking()
            join t in db.Tenants on inv.TenantId equals t.Id
            where inv.TokenHash == hash
            select new { Invitation = inv, t.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return new InvitationInfoDto(InvitationStatus.Unknown, null, null, null, false);
        }

        var i = found.Invitation;
        var status = i.AcceptedAt is not null ? InvitationStatus.Used : i.ExpiresAt <= clock.GetUtcNow() ? InvitationStatus.Expired : InvitationStatus.Valid;
        var hasAccount = status == InvitationStatus.Valid && await identity.FindByEmailAsync(i.Email, cancellationToken) is not null;
        return new InvitationInfoDto(status, i.Email, found.Name, i.Role, hasAccount);
    }
}
