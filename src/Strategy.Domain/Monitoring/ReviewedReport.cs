using Strategy.Domain.Common;

namespace Strategy.Domain.Monitoring;

/// <summary>
/// What a partner reports in a round — a value, a task's progress — and its way to approval:
/// draft → submitted → approved, or returned with a comment and corrected. Only the coordinator
/// approves; a submitted report waits for that decision before it can change.
/// </summary>
public abstract class ReviewedReport : TenantOwnedEntity
{
    public Guid RoundId { get; protected set; }

    public int Year { get; protected set; }

    public ReviewStatus Status { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>Why the coordinator returned it; the partner reads it.</summary>
    public string? ReviewComment { get; private set; }

    public void Submit(ReportingRound round, string by, DateTimeOffset at)
    {
        round.EnsureOpen();
        if (Status is not (ReviewStatus.Draft or ReviewStatus.Returned))
        {
            throw new DomainException(Status == ReviewStatus.Submitted ? "Już przesłano do zatwierdzenia." : "Jest już zatwierdzone.");
        }

        (Status, SubmittedAt, UpdatedBy, UpdatedAt) = (ReviewStatus.Submitted, at, by, at);
    }

    /// <summary>The reporter takes back what they sent, while the coordinator has not decided: a draft again.</summary>
    public void Withdraw(ReportingRound round, string by, DateTimeOffset at)
    {
        round.EnsureOpen();
        if (Status != ReviewStatus.Submitted)
        {
            throw new DomainException(Status == ReviewStatus.Approved
                ? "Koordynator już to zatwierdził: wycofać można tylko to, co czeka na decyzję."
                : "Wycofać można tylko to, co przesłano do zatwierdzenia i czeka na decyzję.");
        }

        (Status, SubmittedAt, UpdatedBy, UpdatedAt) = (ReviewStatus.Draft, null, by, at);
    }

    public virtual void Approve(string by, DateTimeOffset at)
    {
        EnsureSubmitted();
        (Status, ReviewedBy, ReviewedAt, ReviewComment) = (ReviewStatus.Approved, by, at, null);
    }

    public void Return(string comment, string by, DateTimeOffset at)
    {
        EnsureSubmitted();
        var why = MunicipalStrategyText.Required(comment, "Napisz, co poprawić: partner zobaczy ten komentarz.", TextLimits.Note, "Komentarz");
        (Status, ReviewedBy, ReviewedAt, ReviewComment) = (ReviewStatus.Returned, by, at, why);
    }

    /// <summary>A new content makes a draft again; a submitted report waits for the coordinator.</summary>
    protected void Changed(ReportingRound round, string by, DateTimeOffset at)
    {
        round.EnsureOpen();
        if (Status == ReviewStatus.Submitted)
        {
            throw new DomainException("Czeka na zatwierdzenie przez koordynatora: zmienić można po jego decyzji.");
        }

        (Status, UpdatedBy, UpdatedAt) = (ReviewStatus.Draft, by, at);
    }

    private void EnsureSubmitted()
    {
        if (Status != ReviewStatus.Submitted)
        {
            throw new DomainException("Zatwierdzić albo zwrócić można tylko to, co przesłano do zatwierdzenia.");
        }
    }
}
