using Strategy.Domain.Common;
using Strategy.Domain.Indicators;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Format;

/// <summary>
/// Turns a <see cref="StrategyModel"/> into the entities of one tenant: the strategy with its tree,
/// the institutions it names (one record per distinct name, spelt as written) and indicators with
/// their measurements. Every domain rule applies; a broken one surfaces as <see cref="DomainException"/>.
/// </summary>
public static class StrategyModelImporter
{
    public sealed record Result(MunicipalStrategy Strategy, IReadOnlyCollection<Institution> NewInstitutions);

    /// <param name="existingInstitutions">The tenant's institutions, reused by exact name.</param>
    public static Result Import(StrategyModel model, IEnumerable<Institution> existingInstitutions)
    {
        if (model.FormatVersion != 1)
        {
            throw new DomainException($"Nieobsługiwana wersja formatu: {model.FormatVersion} (obsługiwana: 1).");
        }

        // One registry entry per body, however the document spells it (InstitutionNames).
        var institutions = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var existing in existingInstitutions)
        {
            institutions.TryAdd(InstitutionNames.Key(existing.Name), existing);
        }

        var documentKeys = NamesIn(model.Elements ?? []).Select(InstitutionNames.Key).Concat(institutions.Keys).ToHashSet(StringComparer.Ordinal);
        var created = new List<Institution>();
        Institution InstitutionNamed(string name)
        {
            var key = InstitutionNames.Key(name);
            if (!institutions.TryGetValue(key, out var institution))
            {
                institution = new Institution(name.Trim());
                institutions.Add(key, institution);
                created.Add(institution);
            }

            return institution;
        }

        var strategy = new MunicipalStrategy(model.Title, model.PeriodStart, model.PeriodEnd, model.AdoptionResolution, model.Levels ?? []);
        if (string.Equals(model.Status, "adopted", StringComparison.OrdinalIgnoreCase))
        {
            strategy.Adopt();
        }

        strategy.DescribeSource(model.Source);
        strategy.RecordChapters((model.Chapters ?? []).Select(c => new DocumentChapter(c.Heading, c.Place)));

        void Add(StrategyElement? parent, ElementModel m)
        {
            var element = strategy.AddElement(parent, m.Code, m.Title, m.Statement, m.Narrative);
            element.Plan(m.Funding, m.TimeFrame);
            Link(element, m.Coordinators, InstitutionRole.Coordinator);
            Link(element, m.Partners, InstitutionRole.Partner);
            Link(element, m.Implementers, InstitutionRole.Implementer);
            foreach (var i in m.Indicators ?? [])
            {
                var indicator = element.AddIndicator(i.Name, i.Unit, i.DataSource, i.Supplier is null ? null : InstitutionNamed(i.Supplier), ParseDirection(i.Direction));
                if (i.Baseline is { } baseline)
                {
                    indicator.SetBaseline(baseline.Year, baseline.Value);
                }

                if (i.Target is { } target)
                {
                    indicator.SetTarget(target.Year, target.Value);
                }

                foreach (var v in i.Measurements ?? [])
                {
                    var parts = (v.Parts ?? []).Select(p => new MeasurementPartValue(p.Label, p.Value, p.Unit)).ToList();
                    indicator.Record(v.Year, new MeasurementValue(v.Value, v.Unit, v.NoData, v.NoDataReason, v.Note, parts));
                }
            }

            foreach (var child in m.Children ?? [])
            {
                Add(element, child);
            }
        }

        void Link(StrategyElement element, IReadOnlyList<string>? names, InstitutionRole role)
        {
            foreach (var name in (names ?? []).SelectMany(n => InstitutionNames.Split(n, documentKeys)))
            {
                element.LinkInstitution(InstitutionNamed(name), role);
            }
        }

        foreach (var element in model.Elements ?? [])
        {
            Add(null, element);
        }

        return new Result(strategy, created);
    }

    private static IEnumerable<string> NamesIn(IEnumerable<ElementModel> elements) =>
        elements.SelectMany(e => (e.Coordinators ?? []).Concat(e.Partners ?? []).Concat(e.Implementers ?? []).Concat(NamesIn(e.Children ?? [])));

    private static IndicatorDirection ParseDirection(string? direction) => direction?.ToLowerInvariant() switch
    {
        null or "" => IndicatorDirection.Unspecified,
        "increase" => IndicatorDirection.Increase,
        "decrease" => IndicatorDirection.Decrease,
        _ => throw new DomainException($"Nieznany kierunek wskaźnika „{direction}” (dozwolone: increase, decrease)."),
    };
}
