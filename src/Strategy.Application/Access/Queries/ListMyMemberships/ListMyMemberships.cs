using Mediator;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;

namespace Strategy.Application.Access.Queries.ListMyMemberships;

/// <summary>The gminy the signed-in person belongs to, with their roles: to switch between them.</summary>
[RequiresSignIn]
public sealed record ListMyMembershipsQuery : IQuery<IReadOnlyList<UserMembership>>;

public sealed class ListMyMembershipsHandler(IUserMemberships memberships, ICurrentUser user) : IQueryHandler<ListMyMembershipsQuery, IReadOnlyList<UserMembership>>
{
    public async ValueTask<IReadOnlyList<UserMembership>> Handle(ListMyMembershipsQuery query, CancellationToken cancellationToken) =>
        await memberships.ForUserAsync(user.UserId!.Value, cancellationToken);
}
