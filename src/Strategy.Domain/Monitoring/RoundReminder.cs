using Strategy.Domain.Common;

namespace Strategy.Domain.Monitoring;

/// <summary>
/// A reminder of a round's deadline sent on schedule, so the same one goes out once: the round and how many days
/// before its deadline it was due (one row per pair; the database refuses a second).
/// </summary>
public sealed class RoundReminder : TenantOwnedEntity
{
    private RoundReminder()
    {
    }

    public RoundReminder(Guid roundId, int daysBefore, DateOnly deadline, int recipients, DateTimeOffset sentAt)
    {
        RoundId = roundId;
        DaysBefore = daysBefore;
        Deadline = deadline;
        Recipients = recipients;
        SentAt = sentAt;
    }

    public Guid RoundId { get; private set; }

    public int DaysBefore { get; private set; }

    /// <summary>The deadline the reminder named: a moved deadline schedules its reminders anew.</summary>
    public DateOnly Deadline { get; private set; }

    public int Recipients { get; private set; }

    public DateTimeOffset SentAt { get; private set; }
}
