using Strategy.Application.Common.Security;
using Strategy.Domain.Access;

namespace Strategy.UnitTests.Application;

/// <summary>The role table as the product brief states it.</summary>
public sealed class RolePermissionsTests
{
    [Theory]
    [InlineData(TenantRole.Viewer, new[] { Permission.ReadStrategy })]
    [InlineData(TenantRole.Partner, new[] { Permission.ReadStrategy, Permission.ReportData })]
    [InlineData(TenantRole.Coordinator, new[] { Permission.ReadStrategy, Permission.ManageStrategy, Permission.ReportData })]
    [InlineData(TenantRole.TenantAdmin, new[] { Permission.ReadStrategy, Permission.ManageStrategy, Permission.ReportData, Permission.ManageUsers, Permission.ManageSettings, Permission.ManageApiClients, Permission.ViewAudit })]
    public void Each_role_holds_exactly_its_permissions(TenantRole role, Permission[] expected)
    {
        var granted = Enum.GetValues<Permission>().Where(p => RolePermissions.Grants([role], p));

        Assert.Equal(expected.Order(), granted.Order());
    }

    [Fact]
    public void No_role_in_a_gmina_holds_a_platform_permission()
    {
        Assert.All(Enum.GetValues<Permission>().Where(p => p.IsPlatform()), p => Assert.False(RolePermissions.Grants(Enum.GetValues<TenantRole>(), p)));
    }

    [Fact]
    public void Several_roles_add_up()
    {
        Assert.True(RolePermissions.Grants([TenantRole.Viewer, TenantRole.Coordinator], Permission.ManageStrategy));
        Assert.False(RolePermissions.Grants([], Permission.ReadStrategy));
    }

    [Fact]
    public void An_api_client_s_scopes_allow_reading_only()
    {
        var writes = Enum.GetValues<Permission>().Except([Permission.ReadStrategy, Permission.ViewAudit]);

        Assert.All(writes, p => Assert.False(ApiScopes.Allow(ApiScopes.ForApiClients, p), $"{p} is allowed to an API client"));
    }

    [Fact]
    public void Every_permission_has_a_scope_and_the_read_scope_covers_reading_only()
    {
        Assert.All(Enum.GetValues<Permission>(), p => Assert.True(ApiScopes.Allow(ApiScopes.All, p), $"{p} has no scope"));
        Assert.Equal([Permission.ReadStrategy], Enum.GetValues<Permission>().Where(p => ApiScopes.Allow([ApiScopes.StrategyRead], p)));
        Assert.False(ApiScopes.Allow([ApiScopes.StrategyWrite, ApiScopes.GminaAdmin], Permission.ManageTenants));
    }
}
