using Strategy.Application.Common.Files;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Strategies.Format;
using Strategy.Application.Strategies.Import;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Commands.ImportStrategy;

/// <summary>
/// Imports a strategy as a new strategy of the current gmina, from a file: a JSON document in the
/// strategy model format, or the strategy document itself (its text, or the DOCX). Without
/// <see cref="Commit"/> nothing is saved: the answer is the preview — what would be created and
/// what looks odd. <see cref="Corrections"/> are what the person changed in the preview; they apply
/// to the preview and to the commit alike. With <see cref="Commit"/>, everything is saved at once or
/// nothing is.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record ImportStrategyCommand(string FileName, byte[] Content, string? Title, bool Commit, ImportCorrections? Corrections = null) : ICommand<ImportPreviewDto>;

public sealed record ImportPreviewDto(
    string Title,
    int? PeriodStart,
    int? PeriodEnd,
    string? AdoptionResolution,
    bool Adopted,
    IReadOnlyList<LevelCountDto> Levels,
    IReadOnlyList<ImportPreviewElementDto> Elements,
    int Indicators,
    int Measurements,
    IReadOnlyList<string> NewInstitutions,
    int ExistingInstitutions,
    IReadOnlyList<string> Warnings,
    Guid? StrategyId);

public sealed record LevelCountDto(int Depth, string Name, int Elements);

/// <summary>One element of the tree that would be created; <see cref="Position"/> names it in <see cref="ImportCorrections"/>.</summary>
public sealed record ImportPreviewElementDto(int Position, int Depth, string Code, string Title, int Indicators, bool Excluded);

public sealed class ImportStrategyHandler(IAppDbContext db, StrategyFileReader files) : ICommandHandler<ImportStrategyCommand, ImportPreviewDto>
{
    public async ValueTask<ImportPreviewDto> Handle(ImportStrategyCommand command, CancellationToken cancellationToken)
    {
        var (read, documentWarnings) = files.Read(command.FileName, command.Content, command.Title, FileLimits.SignedIn);
        var model = command.Corrections?.Apply(read) ?? read;
        var existing = await db.Institutions.ToListAsync(cancellationToken);

        // A preview must show an element without a title, so the person can give it one; a commit may not.
        var imported = StrategyModelImporter.Import(command.Commit ? model : ImportWarnings.Untitled(model), existing);
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
            strategy.PeriodStart,
            strategy.PeriodEnd,
            strategy.AdoptionResolution,
            strategy.Status == StrategyStatus.Adopted,
            strategy.Levels.Select(l => new LevelCountDto(l.Depth, l.Name, elements.Count(e => e.Depth == l.Depth))).ToList(),
            PreviewElements(read, command.Corrections),
            indicators.Count,
            indicators.Sum(i => i.Measurements.Count),
            imported.NewInstitutions.Select(i => i.Name).Order(StringComparer.Ordinal).ToList(),
            linkedExisting,
            [.. documentWarnings, .. ImportWarnings.Of(model)],
            strategyId);
    }

    /// <summary>The tree as read, corrected titles shown and left-out elements marked, so a person can change their mind.</summary>
    private static List<ImportPreviewElementDto> PreviewElements(StrategyModel read, ImportCorrections? corrections)
    {
        var list = new List<ImportPreviewElementDto>();
        void Walk(IReadOnlyList<ElementModel>? elements, int depth, bool excluded)
        {
            foreach (var e in elements ?? [])
            {
                var position = list.Count;
                var isExcluded = excluded || corrections?.Excluded?.Contains(position) == true;
                var title = corrections?.ElementTitles?.GetValueOrDefault(position)?.Trim() ?? e.Title;
                list.Add(new ImportPreviewElementDto(position, depth, e.Code, title, (e.Indicators ?? []).Count, isExcluded));
                Walk(e.Children, depth + 1, isExcluded);
            }
        }

        Walk(read.Elements, 1, false);
        return list;
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
                if (string.IsNullOrWhiteSpace(e.Title))
                {
                    warnings.Add($"Element {e.Code} nie ma tytułu: wpisz go w podglądzie albo pomiń ten element.");
                }

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

    /// <summary>The model with a placeholder for every missing element title.</summary>
    public static StrategyModel Untitled(StrategyModel model)
    {
        IReadOnlyList<ElementModel>? Fill(IReadOnlyList<ElementModel>? elements) => elements?.Select(e => e with
        {
            Title = string.IsNullOrWhiteSpace(e.Title) ? "(bez tytułu)" : e.Title,
            Children = Fill(e.Children),
        }).ToList();

        return model with { Elements = Fill(model.Elements) ?? [] };
    }
}
