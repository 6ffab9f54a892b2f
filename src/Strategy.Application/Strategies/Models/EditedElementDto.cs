namespace Strategy.Application.Strategies.Models;

/// <summary>The element as saved, with the version to edit from next.</summary>
public sealed record EditedElementDto(Guid Id, string Code, string Title, string? Statement, string? Narrative, int Version, string? Funding, string? TimeFrame);
