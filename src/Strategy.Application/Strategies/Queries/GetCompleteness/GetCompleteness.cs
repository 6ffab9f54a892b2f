using Mediator;
using Microsoft.EntityFrameworkCore;
using Strategy.Application.Common.Exceptions;
using Strategy.Application.Common.Interfaces;
using Strategy.Application.Common.Security;
using Strategy.Application.Common.Text;
using Strategy.Application.Strategies.Completeness;
using Strategy.Application.Strategies.Models;
using Strategy.Domain.Common;
using Strategy.Domain.Strategies;

namespace Strategy.Application.Strategies.Queries.GetCompleteness;

/// <summary>
/// The strategy against art. 16b ust. 2 ustawy o pomocy społecznej: each of the six parts found (and where:
/// the adopted document's chapters, the levels of the structure, its indicators, the funding written at its
/// elements) or missing; whether it is adopted; and, when its period ends within a year, what the next one must contain.
/// </summary>
[RequiresPermission(Permission.ManageStrategy)]
public sealed record GetCompletenessQuery(Guid StrategyId) : IQuery<CompletenessDto>;

/// <param name="Adoption">A plain sentence when the strategy is not marked as adopted by the council; null when it is.</param>
/// <param name="Ending">When the period ends within a year (or has ended): what to do, and the parts the next strategy must contain.</param>
public sealed record CompletenessDto(Guid StrategyId, string Title, int Found, IReadOnlyList<StatutoryPartDto> Parts, string? Adoption, PeriodEndingDto? Ending);

/// <param name="Where">Where the part was found, each place a sentence ("Rozdział „Diagnoza…” (Strona 5)"); empty when missing.</param>
/// <param name="Hint">What is missing and how to add it; null when found.</param>
public sealed record StatutoryPartDto(StatutoryPart Part, string Name, bool Found, IReadOnlyList<string> Where, string? Hint);

public sealed record PeriodEndingDto(string Sentence, IReadOnlyList<string> NextMustContain);

public sealed class GetCompletenessHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetCompletenessQuery, CompletenessDto>
{
    public async ValueTask<CompletenessDto> Handle(GetCompletenessQuery query, CancellationToken cancellationToken)
    {
        var strategy = await db.Strategies.AsNoTracking().Include(s => s.Levels).SingleOrDefaultAsync(s => s.Id == query.StrategyId, cancellationToken)
            ?? throw new NotFoundException("strategia", query.StrategyId);
        var active = await ActiveElements.IdsAsync(db, strategy.Id, cancellationToken);
        var elements = (await db.Elements.AsNoTracking().Where(e => e.StrategyId == strategy.Id)
                .Select(e => new ElementFacts(e.Id, e.Depth, e.Statement != null, e.Funding != null, e.TimeFrame != null))
                .ToListAsync(cancellationToken))
            .Where(e => active.Contains(e.Id))
            .ToList();
        var indicators = await db.Indicators.CountAsync(i => active.Contains(i.ElementId), cancellationToken);
        var withInstitutions = await db.ElementInstitutions.Where(l => active.Contains(l.ElementId)).Select(l => l.ElementId).Distinct().CountAsync(cancellationToken);

        var facts = new StrategyFacts(strategy.Levels.OrderBy(l => l.Depth).Select(l => l.Name).ToList(), elements, indicators, withInstitutions, strategy.Chapters.Select(c => (c.Heading, c.Place)).ToList());
        var parts = StatutoryParts.All.Select(facts.Check).ToList();
        return new CompletenessDto(
            strategy.Id,
            strategy.Title,
            parts.Count(p => p.Found),
            parts,
            strategy.Status == StrategyStatus.Adopted ? null
                : "Strategia nie jest oznaczona jako przyjęta uchwałą rady gminy: lista mówi, co zawiera jej obecna treść, a strategię obowiązującą przyjmuje rada.",
            Ending(strategy.PeriodEnd, PolishTime.Day(clock.GetUtcNow())));
    }

    /// <summary>A period ending within a year of today (or already over) is said, with what the next strategy must contain.</summary>
    public static PeriodEndingDto? Ending(int? periodEnd, DateOnly today)
    {
        if (periodEnd is not { } end)
        {
            return null;
        }

        var last = new DateOnly(end, 12, 31);
        var sentence = last < today
            ? $"Okres strategii zakończył się 31 grudnia {end} r.: gmina potrzebuje nowej strategii przyjętej uchwałą rady."
            : last <= today.AddYears(1)
                ? $"Okres strategii kończy się 31 grudnia {end} r. (za {PolishPlural.Day.Count(last.DayNumber - today.DayNumber)}): czas przygotować następną strategię."
                : null;
        return sentence is null ? null : new PeriodEndingDto(sentence, StatutoryParts.All.Select(StatutoryParts.Name).ToList());
    }

    private sealed record ElementFacts(Guid Id, int Depth, bool HasStatement, bool HasFunding, bool HasTimeFrame);

    private sealed record StrategyFacts(IReadOnlyList<string> Levels, IReadOnlyList<ElementFacts> Elements, int Indicators, int WithInstitutions, IReadOnlyList<(string Heading, string Place)> Chapters)
    {
        public StatutoryPartDto Check(StatutoryPart part)
        {
            var where = Chapters.Where(c => StatutoryParts.Named(c.Heading).Contains(part)).Select(c => $"Rozdział dokumentu „{c.Heading}” ({c.Place})").ToList();
            string? hint = null;
            switch (part)
            {
                case StatutoryPart.StrategicGoals:
                    if (GoalLevel() is { } goals)
                    {
                        where.Add(goals);
                    }

                    break;
                case StatutoryPart.Directions:
                    var below = Enumerable.Range(2, Math.Max(0, Levels.Count - 1)).Where(d => Count(d) > 0).Select(d => $"„{Levels[d - 1]}”: {Count(d)}").ToList();
                    if (below.Count > 0)
                    {
                        where.Add($"Poziomy struktury pod celami – {string.Join(", ", below)}");
                    }

                    break;
                case StatutoryPart.ImplementationAndFinance:
                    var funded = Elements.Count(e => e.HasFunding);
                    if (funded > 0)
                    {
                        where.Add($"Źródła finansowania podane {AtElements(funded)}");
                    }

                    if (where.Count == 0 && WithInstitutions > 0)
                    {
                        hint = $"Realizatorzy są wskazani {AtElements(WithInstitutions)}, ale brak ram finansowych: dopisz źródła finansowania przy celach lub zadaniach albo zaimportuj dokument z rozdziałem o finansowaniu.";
                    }

                    break;
                case StatutoryPart.Indicators:
                    if (Indicators > 0)
                    {
                        where.Add($"Wskaźniki w strukturze strategii: {Indicators}");
                    }

                    break;
            }

            var found = where.Count > 0;
            return new StatutoryPartDto(part, StatutoryParts.Name(part), found, where, found ? null : hint ?? Missing(part));
        }

        private int Count(int depth) => Elements.Count(e => e.Depth == depth);

        // The locative after "przy": przy 1 elemencie, przy 3 elementach.
        private static string AtElements(int count) => count == 1 ? "przy 1 elemencie" : $"przy {PolishNumber.Format(count)} elementach";

        // The goals are the level named so; or the top level when its elements state a strategic goal each (an area with its goal).
        private string? GoalLevel()
        {
            var named = Levels.Select((name, i) => (Name: name, Depth: i + 1)).FirstOrDefault(l => l.Name.Contains("strategiczn", StringComparison.OrdinalIgnoreCase));
            if (named.Name is not null && Count(named.Depth) > 0)
            {
                return $"Poziom struktury „{named.Name}”: {Count(named.Depth)}";
            }

            var stated = Elements.Count(e => e.Depth == 1 && e.HasStatement);
            return Levels.Count > 0 && stated > 0 ? $"Cele strategiczne przy elementach poziomu „{Levels[0]}”: {stated}" : null;
        }

        private static string Missing(StatutoryPart part) => part switch
        {
            StatutoryPart.Diagnosis or StatutoryPart.Forecast =>
                "Nie znaleziono rozdziału o tym tytule w zaimportowanym dokumencie. Jeśli strategia go zawiera, zaimportuj cały dokument przyjęty przez radę (PDF lub DOCX).",
            StatutoryPart.StrategicGoals => "Struktura nie ma poziomu celów strategicznych ani celów przy elementach najwyższego poziomu.",
            StatutoryPart.Directions => "Struktura ma jeden poziom: brak kierunków działań (celów operacyjnych, zadań) pod celami.",
            StatutoryPart.ImplementationAndFinance => "Brak ram finansowych: ani źródeł finansowania przy elementach, ani rozdziału o sposobie realizacji i finansowaniu.",
            _ => "Strategia nie ma wskaźników: dodaj je przy celach lub zadaniach.",
        };
    }
}
