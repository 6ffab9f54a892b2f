namespace Strategy.Application.Strategies.Models;

/// <summary>An element's place in the tree after a change to the structure, with the version to change it from next.</summary>
public sealed record StructureElementDto(Guid Id, Guid StrategyId, Guid? ParentId, string Code, string Title, int Depth, int Order, DateTimeOffset? ArchivedAt, int Version);
