using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Strategy.Infrastructure;
using Strategy.Infrastructure.Persistence;

namespace Strategy.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model; no server is contacted to add a migration or script it.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>()
                .UseSqlServer("Server=design-time;Database=Strategy;Integrated Security=true;TrustServerCertificate=true", o => o.MigrationsAssembly(DependencyInjection.SqlServerMigrationsAssembly))
                .Options);
}
