using Strategy.Domain.Common;

namespace Strategy.Domain.Strategies;

/// <summary>The name a strategy gives one depth of its hierarchy (1 = top).</summary>
public sealed class StrategyLevel : TenantOwnedEntity
{
    private StrategyLevel()
    {
    }

    internal StrategyLevel(Guid strategyId, int depth, string name)
    {
        StrategyId = strategyId;
        Depth = depth;
        Name = name;
    }

    public Guid StrategyId { get; private set; }

    public int Depth { get; private set; }

    public string Name { get; private set; } = "";
}
