using Strategy.Domain.Common;

namespace Strategy.Domain.Access;

/// <summary>
/// An integration of one gmina (a partner's system, a reporting tool) allowed to call the API with
/// the client-credentials flow, limited to the scopes granted. Its secret is shown once at creation.
/// </summary>
public sealed class ApiClient : TenantOwnedEntity
{
    private ApiClient()
    {
    }

    public ApiClient(string clientId, string displayName, IEnumerable<string> scopes, Guid? createdBy, DateTimeOffset now)
    {
        ClientId = clientId;
        DisplayName = MunicipalStrategyText.Required(displayName, "Podaj nazwę klienta API.");
        Scopes = string.Join(' ', scopes.Distinct().Order(StringComparer.Ordinal));
        if (Scopes.Length == 0)
        {
            throw new DomainException("Wybierz co najmniej jeden zakres uprawnień.");
        }

        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public string ClientId { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    /// <summary>Granted scopes, space-separated as OAuth writes them.</summary>
    public string Scopes { get; private set; } = "";

    public Guid? CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
