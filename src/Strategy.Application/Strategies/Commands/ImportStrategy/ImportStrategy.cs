using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Import;

namespace Strategy.Application.Strategies.Commands.ImportStrategy;

/// <summary>
/// Imports a strategy as a new strategy of the current gmina, from a file: a JSON document in the
/// strategy model format, or the strategy document itself (its text, or the DOCX). Without
/// <see cref="Commit"/> nothing is saved: the answer is the preview — what would be created and
/// what looks odd. With it, everything is saved at once or nothing is.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record ImportStrategyCommand(string FileName, byte[] Content, string? Title, bool Commit) : ICommand<ImportPreviewDto>;

public sealed record ImportPreviewDto(
    string Title,
    IReadOnlyList<LevelCountDto> Levels,
    int Indicators,
    int Measurements,
    IReadOnlyList<string> NewInstitutions,
    int ExistingInstitutions,
    IReadOnlyList<string> Warnings,
    Guid? StrategyId);

public sealed record LevelCountDto(int Depth, string Name, int Elements);

public sealed class ImportStrategyHandler(IAppDbContext db, StrategyFileReader files) : ICommandHandler<ImportStrategyCommand, ImportPreviewDto>
{
    public async ValueTask<ImportPreviewDto> Handle(ImportStrategyCommand command, CancellationToken cancellationToken)
    {
        var (model, documentWarnings) = files.Read(command.FileName, command.Content, command.Title);
        var existing = await db.Institutions.ToListAsync(cancellationToken);
        var imported = StrategyModelImporter.Import(model, existing);
        var strategy = imported.Strategy;

        Guid? strategyId = null;
        if (command.Commit)
        {
            db.Institutions.AddRange(imported.NewInstitutions);
            db.Strategies.Add(strategy);
            await db.SaveChangesAsync(cancellationToken);
            strategyId = strategy.Id;
        }

        var elements = strategy.Elements;
        var indicators = elements.SelectMany(e => e.Indicators).ToList();
        var linkedExisting = elements.SelectMany(e => e.Institutions).Select(l => l.InstitutionId)
            .Intersect(existing.Select(i => i.Id)).Count();
        return new ImportPreviewDto(
            strategy.Title,
            strategy.Levels.Select(l => new LevelCountDto(l.Depth, l.Name, elements.Count(e => e.Depth == l.Depth))).ToList(),
            indicators.Count,
            indicators.Sum(i => i.Measurements.Count),
            imported.NewInstitutions.Select(i => i.Name).Order(StringComparer.Ordinal).ToList(),
            linkedExisting,
            [.. documentWarnings, .. ImportWarnings.Of(model)],
            strategyId);
    }
}

/// <summary>What a person should look at before committing an import; none of it blocks the import.</summary>
public static class ImportWarnings
{
    public static IReadOnlyList<string> Of(StrategyModel model)
    {
        var warnings = new List<string>();

        void Visit(IReadOnlyList<ElementModel>? siblings, string where)
        {
            foreach (var code in (siblings ?? []).GroupBy(e => e.Code).Where(g => g.Count() > 1).Select(g => g.Key))
            {
                warnings.Add($"Kod „{code}” występuje więcej niż raz {where}.");
            }

            foreach (var e in siblings ?? [])
            {
                foreach (var indicator in (e.Indicators ?? []).Where(i => string.IsNullOrWhiteSpace(i.DataSource) && (i.Measurements ?? []).Count == 0))
                {
                    warnings.Add($"Wskaźnik „{indicator.Name}” ({e.Code}) nie ma źródła danych ani wartości.");
                }

                Visit(e.Children, $"w elemencie {e.Code}");
            }
        }

        Visit(model.Elements, "na najwyższym poziomie");
        return warnings;
    }
}
