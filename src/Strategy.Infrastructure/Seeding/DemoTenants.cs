using Strategy.Domain.Tenancy;

namespace Strategy.Infrastructure.Seeding;

/// <summary>The two demo gminy, each started from its own built-in model (TERC register, 2024-01-01).</summary>
public static class DemoTenants
{
    public sealed record Definition(string Identifier, string TerytCode, string Name, string Voivodeship, string Model);

    public static readonly IReadOnlyList<Definition> All =
    [
        new("chrzanow", "1203033", "Gmina Chrzanów", "małopolskie", BuiltInModels.Chrzanow),
        new("krasnystaw", "0606011", "Miasto Krasnystaw", "lubelskie", BuiltInModels.Krasnystaw),
    ];

    public static Tenant Create(Definition d) => new(d.Identifier, TerytCode.Parse(d.TerytCode), d.Name, d.Voivodeship);
}
