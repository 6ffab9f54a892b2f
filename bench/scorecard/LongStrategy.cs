using System.Text;

/// <summary>
/// The markup of a long strategy in the "kropkowa" layout: 50 diagnosis sections of prose and a structure of
/// 6 strategic goals, 4 directions each, 4 tasks each with implementers, funding and an indicator.
/// </summary>
internal static class LongStrategy
{
    private static readonly string[] Topics = ["Demografia", "Ubóstwo", "Bezrobocie", "Niepełnosprawność", "Przemoc w rodzinie", "Uzależnienia", "Bezdomność", "Seniorzy", "Rodziny z dziećmi", "Mieszkalnictwo"];

    public static string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("Załącznik do Uchwały Nr XL/300/2024 Rady Gminy Długa z dnia 20 grudnia 2024 r.");
        text.AppendLine("GMINNA STRATEGIA ROZWIĄZYWANIA PROBLEMÓW SPOŁECZNYCH GMINY DŁUGA NA LATA 2025-2031");
        text.AppendLine("---");
        text.AppendLine("# 1. Wprowadzenie");
        text.AppendLine("Strategia jest dokumentem określającym kierunki polityki społecznej gminy. Obowiązek jej opracowania wynika z art. 17 ust. 1 pkt 1 ustawy o pomocy społecznej.");
        text.AppendLine("# 2. Diagnoza sytuacji społecznej");
        for (var section = 1; section <= 50; section++)
        {
            var topic = Topics[(section - 1) % Topics.Length];
            text.AppendLine($"## 2.{section}. {topic} — część {(section - 1) / Topics.Length + 1}");
            for (var paragraph = 0; paragraph < 9; paragraph++)
            {
                text.AppendLine($"W latach 2019–2024 w obszarze „{topic.ToLowerInvariant()}” ośrodek pomocy społecznej odnotował zmiany, które opisują dane z rocznych sprawozdań. "
                    + $"Liczba osób objętych wsparciem wyniosła {120 + section * 7 + paragraph} w roku 2024, wobec {140 + section * 5} w roku 2019. "
                    + "Na sytuację wpływają zmiany struktury wieku mieszkańców, dostęp do usług i rynek pracy w powiecie; konsultacje społeczne wskazały potrzebę lepszej koordynacji działań instytucji. "
                    + "Wnioski z tej części diagnozy wyznaczają kierunki działań opisane w rozdziale trzecim.");
            }
        }

        text.AppendLine("---");
        text.AppendLine("# 3. Cele strategiczne i kierunki działań");
        for (var goal = 1; goal <= 6; goal++)
        {
            text.AppendLine($"## Cel strategiczny {goal}. Ograniczenie problemu: {Topics[goal - 1].ToLowerInvariant()}");
            for (var direction = 1; direction <= 4; direction++)
            {
                text.AppendLine($"### {goal}.{direction}. Kierunek działań {goal}.{direction}: wsparcie w obszarze {Topics[(goal + direction) % Topics.Length].ToLowerInvariant()}");
                text.AppendLine("Zadania:");
                for (var task = 1; task <= 4; task++)
                {
                    text.AppendLine($"{goal}.{direction}.{task}. Prowadzenie działania nr {task} w kierunku {goal}.{direction}");
                }

                text.AppendLine("Realizatorzy: Gminny Ośrodek Pomocy Społecznej, Zespół Interdyscyplinarny");
                text.AppendLine("Źródła finansowania: budżet gminy, budżet państwa");
                text.AppendLine("Termin realizacji: 2025–2031");
            }
        }

        return text.ToString();
    }
}
