using Strategy.Application.Strategies.Format;

namespace Strategy.Application.Strategies.Commands.ImportStrategy;

/// <summary>
/// What a person changed in the preview before committing: the strategy's own data, the level names,
/// element titles and elements left out (with everything under them). Elements are named by their
/// position in the preview (<see cref="ImportPreviewElementDto.Position"/>), as codes may repeat in
/// a document being imported. Nothing given means nothing changed.
/// </summary>
public sealed record ImportCorrections(
    string? Title = null,
    int? PeriodStart = null,
    int? PeriodEnd = null,
    string? AdoptionResolution = null,
    bool? Adopted = null,
    IReadOnlyList<string>? Levels = null,
    IReadOnlyDictionary<int, string>? ElementTitles = null,
    IReadOnlyCollection<int>? Excluded = null)
{
    public StrategyModel Apply(StrategyModel model)
    {
        var position = 0;
        IReadOnlyList<ElementModel>? Correct(IReadOnlyList<ElementModel>? elements)
        {
            var kept = new List<ElementModel>();
            foreach (var e in elements ?? [])
            {
                var at = position++;
                var children = Correct(e.Children);
                if (Excluded?.Contains(at) != true)
                {
                    kept.Add(e with { Title = ElementTitles?.GetValueOrDefault(at)?.Trim() ?? e.Title, Children = children });
                }
            }

            return elements is null ? null : kept;
        }

        return model with
        {
            Title = string.IsNullOrWhiteSpace(Title) ? model.Title : Title.Trim(),
            PeriodStart = PeriodStart ?? model.PeriodStart,
            PeriodEnd = PeriodEnd ?? model.PeriodEnd,
            AdoptionResolution = AdoptionResolution is null ? model.AdoptionResolution : Blank(AdoptionResolution),
            Status = Adopted switch { true => "adopted", false => null, null => model.Status },
            Levels = Levels is { } names && names.Count == model.Levels.Count
                ? names.Select((n, i) => string.IsNullOrWhiteSpace(n) ? model.Levels[i] : n.Trim()).ToList()
                : model.Levels,
            Elements = Correct(model.Elements) ?? [],
        };
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
