using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Models;

public sealed record StrategySummaryDto(Guid Id, string Title, int? PeriodStart, int? PeriodEnd, StrategyStatus Status);
