using Strategy.Application.Strategies.Format;
using Strategy.Domain.Strategies;
using Strategy.Infrastructure.Seeding;

namespace Strategy.UnitTests.Seeding;

public sealed class BuiltInModelsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("models-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_missing_model_file_is_named_in_the_error()
    {
        var error = Assert.Throws<BuiltInModelException>(() => new BuiltInModels(_folder).Load("chrzanow"));

        Assert.Contains(Path.Combine(_folder, "chrzanow.strategy.json"), error.Message);
        Assert.Contains("missing", error.Message);
    }

    [Fact]
    public void A_corrupt_model_file_is_named_with_the_line()
    {
        File.WriteAllText(Path.Combine(_folder, "chrzanow.strategy.json"), "{\n  \"formatVersion\": 1,\n  \"title\": \"X\",\n  \"levels\": [\"Obszar\"\n");

        var error = Assert.Throws<BuiltInModelException>(() => new BuiltInModels(_folder).Load("chrzanow"));

        Assert.Contains("chrzanow.strategy.json", error.Message);
        Assert.Contains("invalid JSON", error.Message);
        Assert.Contains("line", error.Message);
    }

    [Fact]
    public void A_model_breaking_a_domain_rule_is_named_with_the_rule()
    {
        File.WriteAllText(Path.Combine(_folder, "krasnystaw.strategy.json"), """
            { "formatVersion": 1, "title": "Strategia", "levels": ["Cel"],
              "elements": [ { "code": "1", "title": "Cel", "children": [ { "code": "1", "title": "Za głęboko" } ] } ] }
            """);

        var error = Assert.Throws<BuiltInModelException>(() => new BuiltInModels(_folder).Load("krasnystaw"));

        Assert.Contains("krasnystaw.strategy.json", error.Message);
        Assert.Contains("nie można dodać elementu na poziomie 2", error.Message);
    }

    [Fact]
    public void A_model_missing_a_required_key_is_refused()
    {
        File.WriteAllText(Path.Combine(_folder, "krasnystaw.strategy.json"), """{ "formatVersion": 1, "title": "Strategia", "elements": [] }""");

        var error = Assert.Throws<BuiltInModelException>(() => new BuiltInModels(_folder).Load("krasnystaw"));
        Assert.Contains("levels", error.Message);
    }

    [Fact]
    public void Importing_reuses_one_institution_per_body()
    {
        var chrzanow = StrategyModelImporter.Import(BuiltInModels.Default.Load(BuiltInModels.Chrzanow), []);
        var krasnystaw = StrategyModelImporter.Import(BuiltInModels.Default.Load(BuiltInModels.Krasnystaw), []);

        Assert.Equal(97, chrzanow.NewInstitutions.Count); // 105 names in the document: case, letter and dash variants are one body, glued names split (InstitutionNamesTests)
        Assert.Equal(20, krasnystaw.NewInstitutions.Count);
        Assert.Equal(StrategyStatus.Adopted, krasnystaw.Strategy.Status);
        Assert.Equal(8 + 32, krasnystaw.Strategy.Elements.Count);

        var existing = new Institution("Miejski Ośrodek Pomocy Społecznej");
        var again = StrategyModelImporter.Import(BuiltInModels.Default.Load(BuiltInModels.Krasnystaw), [existing]);
        Assert.Equal(19, again.NewInstitutions.Count);
        Assert.Contains(again.Strategy.Elements.SelectMany(e => e.Institutions), l => l.InstitutionId == existing.Id);
    }
}
