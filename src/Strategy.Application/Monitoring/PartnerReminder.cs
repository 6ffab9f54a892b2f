using Strategy.Application.Common.Interfaces;
using Strategy.Domain.Messaging;
using Strategy.Domain.Monitoring;

namespace Strategy.Application.Monitoring;

/// <summary>The e-mail that reminds an institution's partners of a round's deadline: sent by the coordinator or on schedule.</summary>
internal static class PartnerReminder
{
    public static OutboxMessage To(string email, TenantInfo gmina, ReportingRound round, string institution, IAppLinks links, DateTimeOffset now) => new(
        email,
        $"Przypomnienie: dane za {round.Year} do {round.Deadline:dd.MM.yyyy} ({gmina.Name})",
        $"""
        Dzień dobry,

        przypominamy o przekazaniu danych o realizacji strategii rozwiązywania problemów społecznych ({gmina.Name}) za rok {round.Year}: wartości wskaźników i postępu zadań, o których sprawozdaje {institution}.
        Termin: {round.Deadline:dd.MM.yyyy}.

        Lista do uzupełnienia:
        {links.Round(gmina.Identifier, round.Id)}
        """,
        now);
}
