namespace Strategy.IntegrationTests.Hosting;

/// <summary>Start-up refuses to run with a broken built-in model or a missing setting, and says which.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task A_corrupt_built_in_model_stops_the_start_naming_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("models-").FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Seeding", "Models", "krasnystaw.strategy.json"), Path.Combine(folder, "krasnystaw.strategy.json"));
        File.WriteAllText(Path.Combine(folder, "chrzanow.strategy.json"), "{ \"formatVersion\": 1, \"title\": ");
        await using var app = new ConfiguredFactory(new() { ["Database:ModelsFolder"] = folder });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(Path.Combine(folder, "chrzanow.strategy.json"), error.Message);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_missing_built_in_model_stops_the_start_naming_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("models-").FullName;
        await using var app = new ConfiguredFactory(new() { ["Database:ModelsFolder"] = folder });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("chrzanow.strategy.json", error.Message);
        Assert.Contains("missing", error.Message);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Sql_server_without_a_connection_string_stops_the_start_naming_the_setting()
    {
        await using var app = new ConfiguredFactory(new() { ["Database:Provider"] = "SqlServer", ["ConnectionStrings:SqlServer"] = "" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("ConnectionStrings:SqlServer", error.Message);
    }

    [Fact]
    public async Task An_unknown_database_provider_stops_the_start_naming_the_setting()
    {
        await using var app = new ConfiguredFactory(new() { ["Database:Provider"] = "Oracle" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Database:Provider", error.Message);
    }

    [Fact]
    public async Task Smtp_delivery_without_a_host_stops_the_start_naming_the_setting()
    {
        await using var app = new ConfiguredFactory(new() { ["Email:Delivery"] = "Smtp", ["Email:SmtpHost"] = "" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Email:SmtpHost", error.Message);
    }

    [Theory]
    [InlineData("operator")]
    [InlineData("Jan Kowalski <jan@example.pl>")]
    [InlineData("a@example.pl; b@example.pl")]
    public async Task A_malformed_initial_admin_address_stops_the_start_naming_the_setting(string address)
    {
        await using var app = new ConfiguredFactory(new() { ["Platform:InitialAdminEmail"] = address });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Platform:InitialAdminEmail", error.Message);
    }

    private sealed class ConfiguredFactory(Dictionary<string, string?> settings) : StrategyAppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => settings;
    }
}
