namespace Strategy.Domain.Common;

/// <summary>Base of every persisted entity: a time-ordered Guid id, assigned on creation.</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
}
