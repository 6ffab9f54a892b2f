/*
    Row-level security check (ADR 0013): the second wall between gminy, proved on a real SQL Server.

    Run it against a database migrated with Strategy.Migrations.SqlServer and holding the demo gminy
    (start the app once with Database:SeedDemoTenants=true), e.g.

        sqlcmd -S localhost,1433 -U sa -P "$MSSQL_SA_PASSWORD" -C -d Strategy -b -i docs/sql/rls-check.sql

    Row-level security applies to every login, dbo and sa included, so any login will do. The script
    sets the session exactly as the application does (sp_set_session_context TenantId / RlsBypass),
    changes nothing (every write is attempted in a transaction that is rolled back) and stops with an
    error at the first failure. Success ends with "RLS check passed".
*/
SET NOCOUNT ON;
SET XACT_ABORT OFF;

DECLARE @A uniqueidentifier = (SELECT Id FROM dbo.Tenants WHERE Identifier = N'chrzanow');
DECLARE @B uniqueidentifier = (SELECT Id FROM dbo.Tenants WHERE Identifier = N'krasnystaw');
DECLARE @table nvarchar(300), @sql nvarchar(max), @count int, @rows int, @error int, @message nvarchar(2048);

IF @A IS NULL OR @B IS NULL
    THROW 50000, N'FAIL: the demo gminy chrzanow and krasnystaw are missing: start the app once with Database:SeedDemoTenants=true.', 1;

IF NOT EXISTS (SELECT 1 FROM sys.security_policies WHERE name = N'TenantPolicy' AND SCHEMA_NAME(schema_id) = N'Security' AND is_enabled = 1)
    THROW 50001, N'FAIL: the security policy Security.TenantPolicy is missing or disabled.', 1;

-- 0. The audited bypass sees both gminy, so the checks below are not passing on an empty table.
EXEC sp_set_session_context @key = N'TenantId', @value = NULL;
EXEC sp_set_session_context @key = N'RlsBypass', @value = 1;
IF NOT EXISTS (SELECT 1 FROM dbo.Institutions WHERE TenantId = @A) OR NOT EXISTS (SELECT 1 FROM dbo.Institutions WHERE TenantId = @B)
    THROW 50002, N'FAIL: with RlsBypass = 1 the institutions of both demo gminy should be visible.', 1;
PRINT N'ok: the bypass session sees both gminy';

-- 1. No gmina in the session: nothing tenant-owned is visible.
EXEC sp_set_session_context @key = N'TenantId', @value = NULL;
EXEC sp_set_session_context @key = N'RlsBypass', @value = 0;
SET @count = (SELECT COUNT(*) FROM dbo.Institutions);
IF @count <> 0
BEGIN
    SET @message = CONCAT(N'FAIL: with no gmina in the session, Institutions shows ', @count, N' rows.');
    THROW 50003, @message, 1;
END;
PRINT N'ok: a session without a gmina sees no institutions';

-- 2. As gmina A: its own rows are visible, and not one row of another gmina in any table of the policy.
EXEC sp_set_session_context @key = N'TenantId', @value = @A;
EXEC sp_set_session_context @key = N'RlsBypass', @value = 0;
IF NOT EXISTS (SELECT 1 FROM dbo.Institutions)
    THROW 50004, N'FAIL: as chrzanow, its own institutions are not visible.', 1;

DECLARE tables CURSOR LOCAL FAST_FORWARD FOR
    SELECT QUOTENAME(OBJECT_SCHEMA_NAME(p.target_object_id)) + N'.' + QUOTENAME(OBJECT_NAME(p.target_object_id))
    FROM sys.security_predicates AS p
    JOIN sys.security_policies AS s ON s.object_id = p.object_id
    WHERE s.name = N'TenantPolicy' AND p.predicate_type = 0 -- FILTER
    ORDER BY 1;
OPEN tables;
FETCH NEXT FROM tables INTO @table;
WHILE @@FETCH_STATUS = 0
BEGIN
    SET @sql = N'SELECT @count = COUNT(*) FROM ' + @table + N' WHERE TenantId <> @A OR TenantId IS NULL;';
    EXEC sp_executesql @sql, N'@A uniqueidentifier, @count int OUTPUT', @A = @A, @count = @count OUTPUT;
    IF @count <> 0
    BEGIN
        SET @message = CONCAT(N'FAIL: as chrzanow, ', @table, N' shows ', @count, N' rows of another gmina.');
        THROW 50005, @message, 1;
    END;
    PRINT CONCAT(N'ok: as chrzanow, ', @table, N' shows no row of another gmina');
    FETCH NEXT FROM tables INTO @table;
END;
CLOSE tables;
DEALLOCATE tables;

-- 3. As gmina A, inserting a row for gmina B is refused (BLOCK AFTER INSERT, error 33504).
SET @error = 0;
BEGIN TRANSACTION;
BEGIN TRY
    INSERT INTO dbo.Institutions (Id, Name, TenantId, Version) VALUES (NEWID(), N'RLS check: insert into another gmina', @B, 0);
END TRY
BEGIN CATCH
    SET @error = ERROR_NUMBER();
END CATCH;
IF @@TRANCOUNT > 0
    ROLLBACK TRANSACTION;
IF @error <> 33504
BEGIN
    SET @message = CONCAT(N'FAIL: as chrzanow, inserting an institution for krasnystaw ended with error ', @error, N', not 33504 (block predicate).');
    THROW 50006, @message, 1;
END;
PRINT N'ok: as chrzanow, inserting a row for krasnystaw is refused (33504)';

-- 4. As gmina A, moving its own row into gmina B is refused (BLOCK AFTER UPDATE, error 33504).
SET @error = 0;
BEGIN TRANSACTION;
BEGIN TRY
    UPDATE TOP (1) dbo.Institutions SET TenantId = @B, Name = CONCAT(N'RLS check: moved ', NEWID());
END TRY
BEGIN CATCH
    SET @error = ERROR_NUMBER();
END CATCH;
IF @@TRANCOUNT > 0
    ROLLBACK TRANSACTION;
IF @error <> 33504
BEGIN
    SET @message = CONCAT(N'FAIL: as chrzanow, moving an institution to krasnystaw ended with error ', @error, N', not 33504 (block predicate).');
    THROW 50007, @message, 1;
END;
PRINT N'ok: as chrzanow, moving a row into krasnystaw is refused (33504)';

-- 5. As gmina A, gmina B's rows cannot be updated or deleted: the filter leaves nothing to change.
SET @error = 0;
SET @rows = 0;
BEGIN TRANSACTION;
BEGIN TRY
    UPDATE dbo.Institutions SET Name = CONCAT(N'RLS check: ', Name) WHERE TenantId = @B;
    SET @rows = @@ROWCOUNT;
    DELETE FROM dbo.Institutions WHERE TenantId = @B;
    SET @rows = @rows + @@ROWCOUNT;
END TRY
BEGIN CATCH
    SET @error = ERROR_NUMBER();
END CATCH;
IF @@TRANCOUNT > 0
    ROLLBACK TRANSACTION;
IF @error <> 0 OR @rows <> 0
BEGIN
    SET @message = CONCAT(N'FAIL: as chrzanow, updating or deleting krasnystaw''s institutions touched ', @rows, N' rows (error ', @error, N').');
    THROW 50008, @message, 1;
END;
PRINT N'ok: as chrzanow, krasnystaw''s rows cannot be updated or deleted';

-- Leave the session as a pooled connection should be: no gmina, no bypass.
EXEC sp_set_session_context @key = N'TenantId', @value = NULL;
EXEC sp_set_session_context @key = N'RlsBypass', @value = 0;
PRINT N'RLS check passed';
