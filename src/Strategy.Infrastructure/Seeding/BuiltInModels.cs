using Strategy.Application.Strategies.Format;
using System.Text.Json;
using Strategy.Domain.Common;

namespace Strategy.Infrastructure.Seeding;

/// <summary>
/// The strategy models that ship with the product (<c>Seeding/Models/*.strategy.json</c>), each a
/// real gmina's strategy reproduced in the import/export format.
/// </summary>
public sealed class BuiltInModels(string folder)
{
    public const string Chrzanow = "chrzanow";
    public const string Krasnystaw = "krasnystaw";

    public static BuiltInModels Default { get; } = new(Path.Combine(AppContext.BaseDirectory, "Seeding", "Models"));

    /// <summary>The gmina each model is the strategy of (TERYT): it alone gets the model whole; any other, its structure.</summary>
    public static string OwnGmina(string name) => name == Chrzanow ? "1203033" : "0606011";

    /// <summary>
    /// Each model's own place names in its titles, with what stands in their place in another gmina's start
    /// (<see cref="StartingStructure"/>); a test checks no form of the name is left.
    /// </summary>
    public static IReadOnlyList<(string Find, string Replace)> PlaceNames(string name) => name == Chrzanow
        ? [(" w Gminie Chrzanów", " w gminie"), (" z powiatem chrzanowskim", " z powiatem"), (" w Chrzanowie", "")]
        : [(" dla Miasta Krasnystaw", " dla miasta"), (" Miasta Krasnystaw", " miasta")];

    public string PathOf(string name) => Path.Combine(folder, name + ".strategy.json");

    /// <summary>Reads and checks a model; any problem is reported with the file's full path.</summary>
    public StrategyModel Load(string name)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
        {
            throw new BuiltInModelException(path, "the file is missing");
        }

        try
        {
            using var stream = File.OpenRead(path);
            var model = JsonSerializer.Deserialize<StrategyModel>(stream, StrategyModelJson.Options)
                ?? throw new BuiltInModelException(path, "the file is empty");

            // Importing once validates every domain rule (levels, titles, values) before anything is saved.
            StrategyModelImporter.Import(model, []);
            return model;
        }
        catch (JsonException e)
        {
            throw new BuiltInModelException(path, $"invalid JSON at {e.Path} (line {e.LineNumber + 1}): {e.Message}", e);
        }
        catch (DomainException e)
        {
            throw new BuiltInModelException(path, e.Message, e);
        }
    }
}

public sealed class BuiltInModelException(string path, string problem, Exception? inner = null)
    : Exception($"Built-in strategy model '{path}' cannot be used: {problem}", inner)
{
    public string FilePath { get; } = path;
}
