namespace Strategy.Domain.Strategies;

public enum StrategyStatus
{
    Draft = 0,
    Adopted = 1,
    Archived = 2,
}
