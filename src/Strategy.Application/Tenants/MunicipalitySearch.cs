using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Tenancy;

namespace Strategy.Application.Tenants;

/// <summary>A gmina of the TERC register, whether it already has a tenant, and the identifier a new one would get.</summary>
public sealed record MunicipalityDto(string TerytCode, string Name, MunicipalityKind Kind, string Powiat, string Voivodeship, bool OnPlatform, string? SuggestedIdentifier);

/// <summary>The TERC register searched by name or code, for the sign-up form and the platform admin's onboarding.</summary>
internal static class MunicipalitySearch
{
    public static async Task<IReadOnlyList<MunicipalityDto>> FindAsync(IAppDbContext db, IMunicipalityRegister register, string? text, int limit, CancellationToken ct)
    {
        var found = register.Search(text ?? "", limit);
        if (found.Count == 0)
        {
            return [];
        }

        var tenants = await db.Tenants.AsNoTracking().Select(t => new { Code = t.TerytCode, t.Identifier }).ToListAsync(ct);
        var onPlatform = tenants.Select(t => t.Code.Value).ToHashSet();
        var taken = tenants.Select(t => t.Identifier).ToHashSet();
        return found.Select(m => new MunicipalityDto(
                m.Code.Value, m.Name, m.Kind, m.Powiat, m.Voivodeship,
                onPlatform.Contains(m.Code.Value),
                onPlatform.Contains(m.Code.Value) ? null : TenantIdentifiers.Suggest(m, taken.Contains)))
            .ToList();
    }
}
