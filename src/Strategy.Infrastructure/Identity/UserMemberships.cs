using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Tenancy;
using Strategy.Infrastructure.Persistence;

namespace Strategy.Infrastructure.Identity;

/// <summary>
/// Lifts the tenant filter for one purpose only: listing the person's own memberships, in active
/// gminy, so they can switch between them. Every row read is filtered on the person's id. The rows
/// belong to several gminy, so on SQL Server row-level security is lifted too, audited (ADR 0013).
/// </summary>
public sealed class UserMemberships(AppDbContext db, IRowLevelSecurityBypass bypass) : IUserMemberships
{
    public async Task<IReadOnlyList<UserMembership>> ForUserAsync(Guid userId, CancellationToken ct)
    {
        await using (await bypass.EnterAsync("Członkostwa osoby we wszystkich gminach (wybór gminy).", ct))
        {
            return await (
                from m in db.Memberships.IgnoreQueryFilters([AppDbContext.TenantFilter])
                join t in db.Tenants on m.TenantId equals t.Id
                join i in db.Institutions.IgnoreQueryFilters([AppDbContext.TenantFilter]) on m.InstitutionId equals i.Id into institutions
                from i in institutions.DefaultIfEmpty()
                where m.UserId == userId && t.State == TenantState.Active
                orderby t.Name, m.Role
                select new UserMembership(t.Id, t.Identifier, t.Name, m.Role, i == null ? null : i.Name))
                .ToListAsync(ct);
        }
    }
}
