using Strategy.Domain.Common;

namespace Strategy.Domain.Tenancy;

public enum SignUpState
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}

/// <summary>A gmina's request to join the platform, decided by a platform admin.</summary>
/// <summary>A strategy file a gmina hands in to start from.</summary>
public sealed record StartingDocument(string FileName, byte[] Content);

public sealed class SignUpRequest : Entity, IGlobalEntity
{
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

    public string? RejectionReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? TenantId { get; private set; }

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
