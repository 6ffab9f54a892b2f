using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Common;
using Strategy.Domain.Tenancy;

namespace Strategy.Application.Tenants;

/// <summary>Rules shared by onboarding and sign-up.</summary>
public static class Onboarding
{
    /// <summary>The gmina of a TERC code, provided it is a gmina and has no tenant yet.</summary>
    public static async Task<Municipality> MunicipalityWithoutTenantAsync(IAppDbContext db, IMunicipalityRegister register, string terytCode, CancellationToken ct)
    {
        var code = TerytCode.TryParse(terytCode, out var parsed)
            ? parsed
            : throw new DomainException($"Kod „{terytCode}” nie jest kodem TERC gminy (7 cyfr, rodzaj gminy 1, 2 lub 3).");
        var municipality = register.Find(code)
            ?? throw new DomainException($"W rejestrze TERC nie ma gminy o kodzie {terytCode}.");
        if (await db.Tenants.AnyAsync(t => t.TerytCode == code, ct))
        {
            throw new DomainException($"{municipality.Name} ({terytCode}) ma już swoje miejsce na platformie.");
        }

        return municipality;
    }

    public static async Task<string> SuggestIdentifierAsync(IAppDbContext db, Municipality municipality, CancellationToken ct)
    {
        var taken = (await db.Tenants.Select(t => t.Identifier).ToListAsync(ct)).ToHashSet();
        return TenantIdentifiers.Suggest(municipality, taken.Contains);
    }
}
