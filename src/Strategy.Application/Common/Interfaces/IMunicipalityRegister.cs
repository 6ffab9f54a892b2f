using Strategy.Domain.Tenancy;

namespace Strategy.Application.Common.Interfaces;

/// <summary>The national TERC register of gminy: every gmina that can become a tenant.</summary>
public interface IMunicipalityRegister
{
    /// <summary>Every gmina, in the register's (TERC code) order.</summary>
    IReadOnlyList<Municipality> All { get; }

    Municipality? Find(TerytCode code);

    /// <summary>
    /// Gminy for a search box, ignoring case and Polish diacritics ("lodz" finds "Łódź"): names
    /// starting with the query, then names containing it, then — for a query of digits — TERC codes
    /// starting with it. Within each group by name in Polish order, then by code. An empty query
    /// finds nothing; <paramref name="limit"/> is clamped to 1–50.
    /// </summary>
    IReadOnlyList<Municipality> Search(string query, int limit);

    /// <summary>Every gmina named like <paramref name="municipality"/>, itself included, by code.</summary>
    IReadOnlyList<Municipality> WithSameName(Municipality municipality);
}
