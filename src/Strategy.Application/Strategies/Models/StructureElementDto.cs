namespace Strategy.Application.Strategies.Models;

/// <summary>An element's place in the tree after a change to the structure, with the version to change it from next.</summary>
public sealed record StructureElementDto(Guid Id, Guid StrategyId, Guid? ParentId, string Code, string Title, int Depth, int Order, DateTimeOffset? ArchivedAt, int Version)
{
    public static StructureElementDto Of(Domain.Strategies.StrategyElement e) => new(e.Id, e.StrategyId, e.ParentId, e.Code, e.Title, e.Depth, e.Order, e.ArchivedAt, e.Version);
}
