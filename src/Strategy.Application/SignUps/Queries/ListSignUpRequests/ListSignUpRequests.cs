using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Domain.Tenancy;

namespace Strategy.Application.SignUps.Queries.ListSignUpRequests;

/// <summary>
/// Confirmed sign-up requests, pending first, newest first: without their files, which only the decision
/// reads (a list of many requests must not load megabytes each).
/// </summary>
[RequiresPermission(Permission.ManageTenants)]
public sealed record ListSignUpRequestsQuery : IQuery<IReadOnlyList<SignUpRequestDto>>;

public sealed record SignUpRequestDto(Guid Id, string TerytCode, string MunicipalityName, string ContactName, string Email, StartingModel StartingModel, SignUpState State, string? RejectionReason, DateTimeOffset CreatedAt);

public sealed class ListSignUpRequestsHandler(IAppDbContext db) : IQueryHandler<ListSignUpRequestsQuery, IReadOnlyList<SignUpRequestDto>>
{
    public async ValueTask<IReadOnlyList<SignUpRequestDto>> Handle(ListSignUpRequestsQuery query, CancellationToken cancellationToken) =>
        (await db.SignUpRequests.AsNoTracking()
            .Where(r => r.State != SignUpState.Unconfirmed)
            .Select(r => new { r.Id, r.TerytCode, r.MunicipalityName, r.ContactName, r.Email, r.StartingModel, r.State, r.RejectionReason, r.CreatedAt })
            .ToListAsync(cancellationToken))
            .OrderBy(r => r.State != SignUpState.Pending).ThenByDescending(r => r.CreatedAt)
            .Select(r => new SignUpRequestDto(r.Id, r.TerytCode.Value, r.MunicipalityName, r.ContactName, r.Email, r.StartingModel, r.State, r.RejectionReason, r.CreatedAt))
            .ToList();
}
