using Strategy.Application.Common.Exceptions;
using Strategy.Domain.Common;

namespace Strategy.Application.Common.Concurrency;

/// <summary>What is stored now, told to the person whose edit was made from an older version.</summary>
/// <param name="Changed">What the other person did, read after "Ktoś inny": "zapisał ten wskaźnik", "zmienił element 2.1.95".</param>
/// <param name="Now">A sentence saying what is stored now: "Teraz: „4,5” (Jan Nowak)", "Zapisany teraz tytuł: „…”".</param>
/// <param name="Current">The stored record as a DTO, for an API client to show or merge; null when there is none to show.</param>
public sealed record StoredNow(string Changed, string Now, object? Current);

/// <summary>
/// The one check every edit makes before it changes anything (ADR 0012): the version the person read
/// must be the stored one. A save racing in after this check is still caught by the version's
/// concurrency token, which holds the version loaded here.
/// </summary>
public static class VersionCheck
{
    /// <summary>Refuses an edit of <paramref name="stored"/> made from another version than its own.</summary>
    public static void Ensure(Entity stored, int? edited, Func<StoredNow> now) => Ensure(stored.Version, edited, now);

    /// <summary>Refuses an edit made from another version than <paramref name="storedVersion"/> (a version people see, not a row's).</summary>
    public static void Ensure(int storedVersion, int? edited, Func<StoredNow> now)
    {
        if (storedVersion != edited)
        {
            throw Conflict(storedVersion, now());
        }
    }

    /// <summary>As <see cref="Ensure(Entity, int?, Func{StoredNow})"/>, for a description that needs the database.</summary>
    public static async Task EnsureAsync(Entity stored, int? edited, Func<Task<StoredNow>> now)
    {
        if (stored.Version != edited)
        {
            throw Conflict(stored.Version, await now());
        }
    }

    private static ConflictException Conflict(int storedVersion, StoredNow now) => new(
        $"Ktoś inny {now.Changed} w międzyczasie. {now.Now}. Twoje zmiany nie zostały zapisane: odśwież, porównaj je i zapisz ponownie.",
        storedVersion,
        now.Current);
}
