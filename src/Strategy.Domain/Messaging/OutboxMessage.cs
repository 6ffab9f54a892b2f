using Strategy.Domain.Common;

namespace Strategy.Domain.Messaging;

/// <summary>
/// An e-mail waiting to be sent. Written in the same transaction as whatever caused it (an
/// invitation), delivered afterwards by the dispatcher, so a failed send never loses the cause.
/// </summary>
public sealed class OutboxMessage : Entity, IGlobalEntity
{
    private OutboxMessage()
    {
    }

    public OutboxMessage(string to, string subject, string body, DateTimeOffset createdAt)
    {
        To = to;
        Subject = subject;
        Body = body;
        CreatedAt = createdAt;
    }

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Until when one dispatcher has taken the message to send; others leave it alone meanwhile.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public void Claim(DateTimeOffset until) => ClaimedUntil = until;

    public void MarkSent(DateTimeOffset now) => SentAt = now;

    /// <summary>Counts the attempt and lets the message go, to be tried again on a later pass.</summary>
    public void MarkFailed(string error)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        ClaimedUntil = null;
    }
}
