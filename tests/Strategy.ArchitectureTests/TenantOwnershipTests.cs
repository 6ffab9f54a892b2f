using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Strategy.Domain.Common;
using Strategy.Infrastructure.Persistence;
using Strategy.Migrations.Sqlite;

namespace Strategy.ArchitectureTests;

/// <summary>Every persisted type takes a side: tenant-owned (and then filtered and guarded) or explicitly global.</summary>
public sealed class TenantOwnershipTests
{
    private static readonly IModel Model = new DesignTimeDbContextFactory().CreateDbContext([]).Model;

    public static TheoryData<Type> DomainEntities => new(typeof(Entity).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(Entity).IsAssignableFrom(t)));

    [Theory]
    [MemberData(nameof(DomainEntities))]
    public void Every_entity_is_either_tenant_owned_or_explicitly_global(Type type)
    {
        var owned = typeof(ITenantOwned).IsAssignableFrom(type);
        var global = typeof(IGlobalEntity).IsAssignableFrom(type);

        Assert.True(owned ^ global, $"{type.Name} must implement exactly one of ITenantOwned and IGlobalEntity.");
    }

    /// <summary>Tables of the frameworks we host (accounts, tokens, data-protection keys): global by design.</summary>
    private static bool IsFrameworkTable(Type type) =>
        type == typeof(Strategy.Infrastructure.Identity.ApplicationUser)
        || type.Namespace is "Microsoft.AspNetCore.Identity" or "OpenIddict.EntityFrameworkCore.Models" or "Microsoft.AspNetCore.DataProtection.EntityFrameworkCore";

    [Fact]
    public void Every_mapped_entity_is_a_domain_entity_that_takes_a_side_or_a_framework_table()
    {
        // An owned type kept as JSON in its owner's row (a strategy's document chapters) is on its owner's side.
        var ours = Model.GetEntityTypes().Where(e => !IsFrameworkTable(e.ClrType) && !e.IsOwned()).ToList();
        Assert.All(Model.GetEntityTypes().Where(e => e.IsOwned()), e =>
            Assert.True(e.IsMappedToJson() && typeof(ITenantOwned).IsAssignableFrom(e.FindOwnership()!.PrincipalEntityType.ClrType), e.ClrType.Name));

        Assert.All(ours, e =>
            Assert.True(typeof(ITenantOwned).IsAssignableFrom(e.ClrType) ^ typeof(IGlobalEntity).IsAssignableFrom(e.ClrType), e.ClrType.Name));
        Assert.Equal(7 + 4 + 1, Model.GetEntityTypes().Count(e => IsFrameworkTable(e.ClrType))); // Identity, OpenIddict, data-protection keys
    }

    [Fact]
    public void Every_tenant_owned_entity_has_the_tenant_query_filter()
    {
        var owned = Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ToList();

        Assert.NotEmpty(owned);
        Assert.All(owned, e => Assert.Contains(e.GetDeclaredQueryFilters(), f => f.Key == AppDbContext.TenantFilter));
    }

    [Fact]
    public void Global_entities_and_framework_tables_have_no_tenant_filter()
    {
        var global = Model.GetEntityTypes().Where(e => typeof(IGlobalEntity).IsAssignableFrom(e.ClrType) || IsFrameworkTable(e.ClrType));

        Assert.All(global, e => Assert.Empty(e.GetDeclaredQueryFilters()));
    }

    [Fact]
    public void Unique_indexes_of_tenant_owned_entities_start_with_the_tenant()
    {
        var unique = Model.GetEntityTypes()
            .Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType))
            .SelectMany(e => e.GetIndexes().Where(i => i.IsUnique))
            .ToList();

        Assert.NotEmpty(unique);
        Assert.All(unique, i => Assert.Equal(nameof(ITenantOwned.TenantId), i.Properties[0].Name));
    }

    [Fact]
    public void Tenant_owned_rows_reference_the_tenant_catalogue()
    {
        Assert.All(
            Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)),
            e => Assert.Contains(e.GetForeignKeys(), fk => fk.PrincipalEntityType.ClrType == typeof(Strategy.Domain.Tenancy.Tenant) && fk.Properties.Single().Name == nameof(ITenantOwned.TenantId)));
    }
}
