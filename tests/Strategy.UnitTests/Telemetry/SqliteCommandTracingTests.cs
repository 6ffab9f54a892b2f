using Strategy.Infrastructure.Telemetry;

namespace Strategy.UnitTests.Telemetry;

/// <summary>A SQL span is named after the statement's first keyword, past EF Core's query-tag comments.</summary>
public sealed class SqliteCommandTracingTests
{
    [Theory]
    [InlineData("SELECT \"t\".\"Id\" FROM \"Tenants\" AS \"t\" WHERE \"t\".\"Identifier\" = @__identifier_0", "SELECT")]
    [InlineData("\n  insert into \"OutboxMessages\" (\"Id\") values (@p0);", "INSERT")]
    [InlineData("-- Tenant lookup\n-- second tag\nUPDATE \"Tenants\" SET \"Name\" = @p0", "UPDATE")]
    [InlineData("DELETE FROM \"Memberships\" WHERE \"Id\" = @p0", "DELETE")]
    [InlineData("WITH RECURSIVE tree AS (SELECT 1) SELECT * FROM tree", "WITH")]
    [InlineData("PRAGMA journal_mode = 'wal';", "PRAGMA")]
    public void The_operation_is_the_first_keyword(string sql, string operation) =>
        Assert.Equal(operation, SqliteCommandTracing.OperationName(sql));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-- only a comment")]
    [InlineData("VACUUM")]
    [InlineData("'Kowalski'")]
    public void Anything_else_has_no_operation_so_no_value_can_become_a_span_name(string? sql) =>
        Assert.Null(SqliteCommandTracing.OperationName(sql));
}
