using System.Text.RegularExpressions;
using Strategy.Domain.Benchmarking;
using Strategy.Domain.Common;

namespace Strategy.Domain.Tenancy;

/// <summary>A gmina on the platform: an entry of the global tenant catalogue.</summary>
public sealed partial class Tenant : Entity, IGlobalEntity, IBenchmarkInput
{
    private Tenant()
    {
    }

    public Tenant(string identifier, TerytCode terytCode, string name, string voivodeship)
    {
        if (!IsValidIdentifier(identifier))
        {
            throw new DomainException($"Identyfikator „{identifier}” jest nieprawidłowy: dozwolone są małe litery a–z, cyfry i łączniki (2–63 znaki).");
        }

        if (ReservedSegments.Contains(identifier))
        {
            throw new DomainException($"Identyfikator „{identifier}” jest zarezerwowany dla platformy.");
        }

        Identifier = identifier;
        TerytCode = terytCode;
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Nazwa gminy jest wymagana.") : name.Trim();
        Voivodeship = voivodeship.Trim();
        Kind = terytCode.Kind;
        State = TenantState.Pending;
    }

    /// <summary>The slug in URLs: <c>/{identifier}/…</c> and <c>/api/v1/{identifier}/…</c>.</summary>
    public string Identifier { get; private set; } = "";

    public TerytCode TerytCode { get; private set; }

    public string Name { get; private set; } = "";

    public MunicipalityKind Kind { get; private set; }

    public string Voivodeship { get; private set; } = "";

    public TenantState State { get; private set; }

    /// <summary>Whether anonymous visitors may read what the gmina publishes.</summary>
    public bool PublicPagesEnabled { get; private set; }

    /// <summary>
    /// Whether the gmina shares its approved values of mapped indicators with other gminy's benchmark
    /// views (the tenant admin's consent). A gmina that does not share appears in nobody's comparison.
    /// </summary>
    public bool SharesBenchmarks { get; private set; }

    public void SetBenchmarkSharing(bool shares) => SharesBenchmarks = shares;

    public void StartProvisioning() => State = State == TenantState.Pending
        ? TenantState.Provisioning
        : throw new DomainException("Tylko oczekująca gmina może zostać przygotowana.");

    public void Activate() => State = State is TenantState.Pending or TenantState.Provisioning
        ? TenantState.Active
        : throw new DomainException("Gminę można aktywować tylko po przygotowaniu.");

    public void Suspend() => State = State == TenantState.Active
        ? TenantState.Suspended
        : throw new DomainException("Zawiesić można tylko aktywną gminę.");

    public void Reactivate() => State = State == TenantState.Suspended
        ? TenantState.Active
        : throw new DomainException("Przywrócić można tylko zawieszoną gminę.");

    public void SetPublicPages(bool enabled) => PublicPagesEnabled = enabled;

    /// <summary>
    /// First path segments the platform itself uses; a tenant may never be named after one,
    /// or its pages would shadow (or be shadowed by) the platform's.
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedSegments = new HashSet<string>(StringComparer.Ordinal)
    {
        "api", "connect", "account", "admin", "health", "openapi", "error", "css", "js", "lib", "img",
        "favicon.ico", "robots.txt", ".well-known", "static", "assets",
        // Platform pages and API resources that sit where a gmina's identifier would.
        "rejestracja", "tenants", "me", "signups", "municipalities", "invitations", "strategy-template", "deklaracja-dostepnosci",
    };

    public static bool IsValidIdentifier(string? identifier) =>
        identifier is not null && IdentifierPattern().IsMatch(identifier);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])$", RegexOptions.NonBacktracking)]
    private static partial Regex IdentifierPattern();
}
