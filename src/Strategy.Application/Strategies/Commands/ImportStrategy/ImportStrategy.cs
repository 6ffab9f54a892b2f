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
    Guid? StrategyId,
    IReadOnlyList<ImportPreviewInstitutionDto> Institutions,
    IReadOnlyList<string> Guesses);

public sealed record LevelCountDto(int Depth, string Name, int Elements);

/// <summary>
/// One element of the tree that would be created, in the order of the corrected tree;
/// <see cref="Position"/> names it in <see cref="ImportCorrections"/>, <see cref="Parent"/> is the position it stands under (−1: the top).
/// </summary>
public sealed record ImportPreviewElementDto(int Position, int Depth, string Code, string Title, IReadOnlyList<ImportPreviewIndicatorDto> Indicators, bool Excluded, int Parent);

/// <summary>An indicator as corrected; <see cref="Index"/> is its place on the element as read, from 0.</summary>
public sealed record ImportPreviewIndicatorDto(int Index, string Name, string? Unit, string? DataSource, bool Excluded);

/// <param name="Read">The name as the document writes it: the key to rename or drop it by.</param>
/// <param name="Name">The name it will have; null when dropped.</param>
/// <param name="IsNew">Whether the gmina has no institution of that name yet.</param>
/// <param name="Elements">On how many elements it is named.</param>
public sealed record ImportPreviewInstitutionDto(string Read, string? Name, bool IsNew, int Elements);

public sealed class ImportStrategyHandler(IAppDbContext db, StrategyFileReader files) : ICommandHandler<ImportStrategyCommand, ImportPreviewDto>
{
    public async ValueTask<ImportPreviewDto> Handle(ImportStrategyCommand command, CancellationToken cancellationToken)
    {
        var (read, documentWarnings, guesses) = files.Read(command.FileName, command.Content, command.Title, FileLimits.SignedIn);
        var corrections = command.Corrections ?? new ImportCorrections();
        var tree = corrections.Arrange(read);
        var model = tree.Model;
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
            PreviewElements(tree, corrections),
            indicators.Count,
            indicators.Sum(i => i.Measurements.Count),
            imported.NewInstitutions.Select(i => i.Name).Order(StringComparer.Ordinal).ToList(),
            linkedExisting,
            [.. documentWarnings, .. ImportWarnings.Of(model)],
            strategyId,
            PreviewInstitutions(read, corrections, existing.Select(i => i.Name).ToHashSet(StringComparer.Ordinal)),
            guesses);
    }

    /// <summary>The corrected tree with left-out elements and indicators marked, so a person can change their mind.</summary>
    private static List<ImportPreviewElementDto> PreviewElements(ImportTree tree, ImportCorrections corrections) =>
    [
        .. tree.Nodes.Select(n => new ImportPreviewElementDto(
            n.Position,
            n.Depth,
            n.Element.Code,
            n.Element.Title,
            [.. (n.Read.Indicators ?? []).Select((indicator, index) =>
                Indicator(index, corrections.Shown(n.Position, index, indicator), n.Excluded || corrections.IsExcluded(n.Position, index)))],
            n.Excluded,
            n.Parent)),
    ];

    private static ImportPreviewIndicatorDto Indicator(int index, IndicatorModel i, bool excluded) => new(index, i.Name, i.Unit, i.DataSource, excluded);

    /// <summary>Every institution the document names, as read, with what the corrections make of it.</summary>
    private static List<ImportPreviewInstitutionDto> PreviewInstitutions(StrategyModel read, ImportCorrections corrections, HashSet<string> existing)
    {
        var named = new List<string>();
        void Walk(IReadOnlyList<ElementModel>? elements)
        {
            foreach (var e in elements ?? [])
            {
                named.AddRange([.. e.Coordinators ?? [], .. e.Partners ?? [], .. e.Implementers ?? [], .. (e.Indicators ?? []).Select(i => i.Supplier).OfType<string>()]);
                Walk(e.Children);
            }
        }

        Walk(read.Elements);
        return
        [
            .. named.GroupBy(n => n.Trim(), StringComparer.Ordinal).Select(g =>
            {
                var name = corrections.Renamed(g.First());
                return new ImportPreviewInstitutionDto(g.First(), name, name is not null && !existing.Contains(name), g.Count());
            }),
        ];
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
