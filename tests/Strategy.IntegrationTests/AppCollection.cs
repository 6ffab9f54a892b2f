namespace Strategy.IntegrationTests;

/// <summary>One host (and database) shared by the read-only HTTP and tenancy tests.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<StrategyAppFactory>
{
    public const string Name = "app";
}
