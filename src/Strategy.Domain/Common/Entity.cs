namespace Strategy.Domain.Common;

/// <summary>Base of every persisted entity: a time-ordered Guid id, assigned on creation.</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();

    /// <summary>
    /// The concurrency version: every save that changes the record raises it, and a save made from an
    /// older version is refused, so two people editing the same record never overwrite each other silently.
    /// A plain number rather than SQL Server's rowversion, so that SQLite and SQL Server behave alike.
    /// </summary>
    public int Version { get; private set; }
}
