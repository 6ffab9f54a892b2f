namespace Strategy.Application.Tenants;

/// <summary>Everything of a gmina as one JSON document, named after the gmina.</summary>
public sealed record TenantExportDto(string FileName, byte[] Content)
{
    public static TenantExportDto Of(string identifier, byte[] content) => new($"gmina-{identifier}-eksport.json", content);
}
