using Strategy.Domain.Common;

namespace Strategy.Domain.Tenancy;

public enum SignUpState
{
    /// <summary>Confirmed by its e-mail link: waits for a platform admin, and holds its TERC code.</summary>
    Pending = 0,
    Approved = 1,
    Rejected = 2,

    /// <summary>Sent, but its e-mail address not yet confirmed: holds nothing, shown to no one, dropped after a day.</summary>
    Unconfirmed = 3,
}

/// <summary>A strategy file a gmina hands in to start from.</summary>
public sealed record StartingDocument(string FileName, byte[] Content);

/// <summary>
/// A gmina's request to join the platform: confirmed by a link sent to its e-mail address, then decided
/// by a platform admin.
/// </summary>
public sealed class SignUpRequest : Entity, IGlobalEntity
{
    /// <summary>How long the confirmation link works; an unconfirmed request older than that is dropped.</summary>
    public static readonly TimeSpan ConfirmationWindow = TimeSpan.FromHours(24);

    private SignUpRequest()
    {
    }

    public SignUpRequest(TerytCode terytCode, string municipalityName, string contactName, string email, StartingModel startingModel, DateTimeOffset now, StartingDocument? document = null)
    {
        if ((startingModel == StartingModel.Document) != (document is not null))
        {
            throw new DomainException("Plik strategii dołącza się wtedy i tylko wtedy, gdy wybrano start z własnego pliku.");
        }

        DocumentName = document?.FileName;
        Document = document?.Content;
        TerytCode = terytCode;
        MunicipalityName = municipalityName;
        ContactName = MunicipalStrategyText.Required(contactName, "Podaj imię i nazwisko osoby kontaktowej.");
        Email = MunicipalStrategyText.Required(email, "Podaj adres e-mail.").ToLowerInvariant();
        StartingModel = startingModel;
        CreatedAt = now;
        State = SignUpState.Unconfirmed;
    }

    public TerytCode TerytCode { get; private set; }

    public string MunicipalityName { get; private set; } = "";

    public string ContactName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public StartingModel StartingModel { get; private set; }

    /// <summary>The gmina's own strategy file, kept until the request is decided.</summary>
    public string? DocumentName { get; private set; }

    public byte[]? Document { get; private set; }

    public SignUpState State { get; private set; }

    /// <summary>The SHA-256 of the confirmation link's token while the request is unconfirmed (the token itself is only in the e-mail).</summary>
    public string? ConfirmationTokenHash { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? TenantId { get; private set; }

    /// <returns>The token for the confirmation link.</returns>
    public string IssueConfirmation()
    {
        (var token, ConfirmationTokenHash) = LinkToken.New();
        return token;
    }

    public bool IsConfirmationExpired(DateTimeOffset now) => State == SignUpState.Unconfirmed && now - CreatedAt > ConfirmationWindow;

    public void Confirm(DateTimeOffset now)
    {
        if (State != SignUpState.Unconfirmed)
        {
            throw new DomainException("To zgłoszenie zostało już potwierdzone.");
        }

        if (IsConfirmationExpired(now))
        {
            throw new DomainException("Link potwierdzający wygasł (jest ważny 24 godziny). Wyślij zgłoszenie ponownie.");
        }

        State = SignUpState.Pending;
        ConfirmationTokenHash = null;
    }

    public void Approve(Guid tenantId, DateTimeOffset now)
    {
        EnsurePending();
        State = SignUpState.Approved;
        TenantId = tenantId;
        DecidedAt = now;
        Document = null; // the strategy now lives in the gmina; the file is not kept twice
    }

    public void Reject(string reason, DateTimeOffset now)
    {
        EnsurePending();
        // Checked before anything changes: a refused rejection leaves the request pending.
        var checkedReason = MunicipalStrategyText.Required(reason, "Podaj powód odrzucenia.");
        State = SignUpState.Rejected;
        RejectionReason = checkedReason;
        DecidedAt = now;
        Document = null; // nothing of a rejected gmina's strategy is kept
    }

    private void EnsurePending()
    {
        if (State != SignUpState.Pending)
        {
            throw new DomainException("To zgłoszenie zostało już rozpatrzone.");
        }
    }
}
