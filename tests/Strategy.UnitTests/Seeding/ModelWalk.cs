using Strategy.Application.Strategies.Format;
using Strategy.Infrastructure.Seeding;

namespace Strategy.UnitTests.Seeding;

internal static class ModelWalk
{
    public static IEnumerable<(ElementModel Element, int Depth)> All(StrategyModel model) => Walk(model.Elements, 1);

    public static IEnumerable<string> Texts(StrategyModel model) =>
        new[] { model.Title, model.AdoptionResolution, model.Source }.Concat(model.Levels)
            .Concat(All(model).SelectMany(x => Texts(x.Element)))
            .OfType<string>();

    public static ElementModel Find(StrategyModel model, params string[] codePath)
    {
        var elements = model.Elements;
        ElementModel? found = null;
        foreach (var code in codePath)
        {
            found = elements.Single(e => e.Code == code);
            elements = found.Children ?? [];
        }

        return found!;
    }

    private static IEnumerable<(ElementModel, int)> Walk(IEnumerable<ElementModel>? elements, int depth) =>
        (elements ?? []).SelectMany(e => Walk(e.Children, depth + 1).Prepend((e, depth)));

    private static IEnumerable<string?> Texts(ElementModel e) =>
        new[] { e.Code, e.Title, e.Statement, e.Narrative }
            .Concat(e.Coordinators ?? []).Concat(e.Partners ?? []).Concat(e.Implementers ?? [])
            .Concat((e.Indicators ?? []).SelectMany(i => new[] { i.Name, i.Unit, i.DataSource }
                .Concat((i.Measurements ?? []).SelectMany(m => new[] { m.Unit, m.Note, m.NoDataReason }.Concat((m.Parts ?? []).Select(p => p.Label))))));
}
