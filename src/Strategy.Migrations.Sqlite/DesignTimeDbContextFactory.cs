using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Strategy.Infrastructure;
using Strategy.Infrastructure.Persistence;

namespace Strategy.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without starting the web host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>()
                .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(DependencyInjection.SqliteMigrationsAssembly))
                .Options);
}
