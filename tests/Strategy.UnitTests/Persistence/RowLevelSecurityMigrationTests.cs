using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Strategy.Domain.Common;
using Strategy.Infrastructure.Persistence;
using Strategy.Migrations.SqlServer;

namespace Strategy.UnitTests.Persistence;

/// <summary>
/// The SQL Server row-level security policy (ADR 0013), read from the migrations' own SQL and parsed
/// as T-SQL (no server runs here): it must name every tenant-owned table of the model, each with a
/// FILTER and the two BLOCK predicates on TenantId, through the schema-bound predicate function.
/// </summary>
public sealed class RowLevelSecurityMigrationTests
{
    private const string Provider = "Microsoft.EntityFrameworkCore.SqlServer";
    private const string RlsMigration = "RowLevelSecurity";

    private static readonly (string Schema, string Name) Policy = ("Security", "TenantPolicy");
    private static readonly (string Schema, string Name) Function = ("Security", "fn_TenantAccess");

    [Fact]
    public void The_policy_covers_every_tenant_owned_table_of_the_model_with_a_filter_and_both_block_predicates()
    {
        var expected = TenantOwnedTables()
            .SelectMany(t => new[]
            {
                Predicate(t, SecurityPredicateType.Filter, SecurityPredicateOperation.All),
                Predicate(t, SecurityPredicateType.Block, SecurityPredicateOperation.AfterInsert),
                Predicate(t, SecurityPredicateType.Block, SecurityPredicateOperation.AfterUpdate),
            })
            .Order()
            .ToList();

        var actual = PolicyAfterAllMigrations().Order().ToList();

        Assert.Equal(19, TenantOwnedTables().Count);
        Assert.True(
            expected.SequenceEqual(actual),
            "Security.TenantPolicy and the tenant-owned tables differ. A new tenant-owned table needs a SQL Server migration with "
            + "ALTER SECURITY POLICY [Security].[TenantPolicy] ADD FILTER PREDICATE ..., ADD BLOCK PREDICATE ... AFTER INSERT, ADD BLOCK PREDICATE ... AFTER UPDATE (ADR 0013).\n"
            + "Missing: " + string.Join(", ", expected.Except(actual)) + "\nUnexpected: " + string.Join(", ", actual.Except(expected)));
    }

    [Fact]
    public void Every_predicate_calls_the_tenant_function_on_the_TenantId_column()
    {
        var actions = UpStatements(RlsMigration).OfType<CreateSecurityPolicyStatement>().Single().SecurityPredicateActions;

        Assert.Equal(16 * 3, actions.Count);
        Assert.All(actions, a =>
        {
            var call = a.FunctionCall;
            Assert.Equal(Function, (((MultiPartIdentifierCallTarget)call.CallTarget).MultiPartIdentifier.Identifiers.Single().Value, call.FunctionName.Value));
            var column = Assert.IsType<ColumnReferenceExpression>(Assert.Single(call.Parameters));
            Assert.Equal(nameof(ITenantOwned.TenantId), column.MultiPartIdentifier.Identifiers.Single().Value);
        });
    }

    [Fact]
    public void The_policy_is_on_and_schema_bound()
    {
        var policy = UpStatements(RlsMigration).OfType<CreateSecurityPolicyStatement>().Single();

        Assert.Equal(Policy, Name(policy.Name));
        Assert.Contains(policy.SecurityPolicyOptions, o => o.OptionKind == SecurityPolicyOptionKind.State && o.OptionState == OptionState.On);
        Assert.Contains(policy.SecurityPolicyOptions, o => o.OptionKind == SecurityPolicyOptionKind.SchemaBinding && o.OptionState == OptionState.On);
    }

    [Fact]
    public void The_predicate_function_is_an_inline_schema_bound_function_of_the_session_gmina_and_the_bypass()
    {
        var statements = UpStatements(RlsMigration);
        var function = statements.OfType<CreateFunctionStatement>().Single();

        Assert.Equal("Security", Assert.IsType<CreateSchemaStatement>(statements[0]).Name.Value);
        Assert.Equal(Function, Name(function.Name));
        Assert.IsType<SelectFunctionReturnType>(function.ReturnType); // inline table-valued
        Assert.Contains(function.Options, o => o.OptionKind == FunctionOptionKind.SchemaBinding);
        var parameter = Assert.Single(function.Parameters);
        Assert.Equal("@TenantId", parameter.VariableName.Value);
        Assert.Equal("uniqueidentifier", ((SqlDataTypeReference)parameter.DataType).Name.BaseIdentifier.Value, ignoreCase: true);

        var sql = UpSql(RlsMigration);
        Assert.Contains("@TenantId = CAST(SESSION_CONTEXT(N''TenantId'') AS uniqueidentifier)", sql, StringComparison.Ordinal);
        Assert.Contains("CAST(SESSION_CONTEXT(N''RlsBypass'') AS bit) = 1", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Down_drops_the_policy_then_the_function_then_the_schema()
    {
        var statements = Statements(string.Join("\n", Sql(Migration(RlsMigration).DownOperations)));

        Assert.Collection(
            statements,
            s => Assert.Equal(Policy, Name(Assert.IsType<DropSecurityPolicyStatement>(s).Objects.Single())),
            s => Assert.Equal(Function, Name(Assert.IsType<DropFunctionStatement>(s).Objects.Single())),
            s => Assert.Equal("Security", Assert.IsType<DropSchemaStatement>(s).Schema.BaseIdentifier.Value));
    }

    [Fact]
    public void Tenant_owned_tables_have_no_row_without_a_gmina()
    {
        // The policy's rule for a NULL TenantId (visible to no gmina) never has to apply: the column is required.
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);

        Assert.All(TenantOwned(db.Model), e => Assert.False(e.FindProperty(nameof(ITenantOwned.TenantId))!.IsNullable, e.ClrType.Name));
    }

    [Fact]
    public void The_operations_check_script_parses_as_T_SQL()
    {
        var path = Path.Combine(Strategy.Testing.SeedDocuments.RepositoryRoot(), "docs", "sql", "rls-check.sql");

        var statements = Statements(File.ReadAllText(path));

        var found = new Kinds();
        foreach (var statement in statements)
        {
            statement.Accept(found);
        }

        Assert.True(found.SessionContextCalls >= 2, "The script sets the session as the application does.");
        Assert.Contains(typeof(InsertStatement), found.Statements);
        Assert.Contains(typeof(UpdateStatement), found.Statements);
        Assert.Contains(typeof(DeleteStatement), found.Statements);
    }

    /// <summary>Every statement kind the script holds, however nested, and its calls of sp_set_session_context.</summary>
    private sealed class Kinds : TSqlFragmentVisitor
    {
        public HashSet<Type> Statements { get; } = [];

        public int SessionContextCalls { get; private set; }

        public override void Visit(TSqlStatement node) => Statements.Add(node.GetType());

        public override void Visit(ExecutableProcedureReference node)
        {
            if (node.ProcedureReference?.ProcedureReference?.Name.BaseIdentifier.Value == "sp_set_session_context")
            {
                SessionContextCalls++;
            }
        }
    }

    private static string Predicate(string table, SecurityPredicateType type, SecurityPredicateOperation operation) => $"{table} {type} {operation}";

    /// <summary>"dbo.Strategies" for every <see cref="ITenantOwned"/> entity, from the model built with the SQL Server provider.</summary>
    private static List<string> TenantOwnedTables()
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);
        Assert.Equal(Provider, db.Database.ProviderName);
        return TenantOwned(db.Model).Select(e => $"{e.GetSchema() ?? "dbo"}.{e.GetTableName()}").Distinct().ToList();
    }

    private static IEnumerable<IEntityType> TenantOwned(IModel model) =>
        model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType));

    /// <summary>The predicates of the policy once every migration has run, in order (CREATE, then any ALTER ADD / DROP).</summary>
    private static HashSet<string> PolicyAfterAllMigrations()
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);
        var predicates = new HashSet<string>();
        foreach (var id in db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var statement in Statements(UpSql(id)))
            {
                switch (statement)
                {
                    case DropSecurityPolicyStatement drop when drop.Objects.Any(o => Name(o) == Policy):
                        predicates.Clear();
                        break;
                    case SecurityPolicyStatement policy when Name(policy.Name) == Policy:
                        foreach (var action in policy.SecurityPredicateActions)
                        {
                            var table = $"{action.TargetObjectName.SchemaIdentifier?.Value ?? "dbo"}.{action.TargetObjectName.BaseIdentifier.Value}";
                            if (action.ActionType == SecurityPredicateActionType.Drop)
                            {
                                predicates.RemoveWhere(p => p.StartsWith($"{table} {action.SecurityPredicateType} ", StringComparison.Ordinal));
                            }
                            else
                            {
                                predicates.Add(Predicate(table, action.SecurityPredicateType, action.SecurityPredicateOperation));
                            }
                        }

                        break;
                }
            }
        }

        return predicates;
    }

    private static Migration Migration(string name)
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);
        var migrations = db.GetService<IMigrationsAssembly>();
        var (_, type) = Assert.Single(migrations.Migrations, m => m.Key.EndsWith("_" + name, StringComparison.Ordinal) || m.Key == name);
        return migrations.CreateMigration(type, Provider);
    }

    /// <summary>The SQL of a migration's Up, as <c>migrationBuilder.Sql</c> gave it (Up run with a SQL Server MigrationBuilder).</summary>
    private static string UpSql(string name) => string.Join("\n", Sql(Migration(name).UpOperations));

    private static List<TSqlStatement> UpStatements(string name) => Statements(UpSql(name));

    private static IEnumerable<string> Sql(IEnumerable<MigrationOperation> operations) => operations.OfType<SqlOperation>().Select(o => o.Sql);

    /// <summary>
    /// Parses T-SQL with no error allowed, as Azure SQL's default compatibility level (160) reads it,
    /// and returns its statements with every <c>EXEC(N'...')</c> replaced by the statements it runs.
    /// </summary>
    private static List<TSqlStatement> Statements(string sql)
    {
        var script = (TSqlScript)new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));

        var statements = new List<TSqlStatement>();
        foreach (var statement in script.Batches.SelectMany(b => b.Statements))
        {
            if (statement is ExecuteStatement { ExecuteSpecification.ExecutableEntity: ExecutableStringList strings })
            {
                statements.AddRange(Statements(string.Concat(strings.Strings.OfType<StringLiteral>().Select(s => s.Value))));
            }
            else
            {
                statements.Add(statement);
            }
        }

        return statements;
    }

    private static (string Schema, string Name) Name(SchemaObjectName name) => (name.SchemaIdentifier?.Value ?? "dbo", name.BaseIdentifier.Value);
}
