using Strategy.Domain.Common;

namespace Strategy.Domain.Strategies;

/// <summary>
/// A chapter of the document the council adopted that names a part the law requires of a strategy
/// ("Diagnoza sytuacji społecznej", "Ramy finansowe"), with where it is in that document ("Strona 5").
/// Kept from the import, so the strategy can show where each part was found.
/// </summary>
public sealed class DocumentChapter
{
    public const int MaxHeading = 300;
    public const int MaxPlace = 40;

    private DocumentChapter()
    {
    }

    public DocumentChapter(string heading, string place)
    {
        Heading = MunicipalStrategyText.Required(heading, "Tytuł rozdziału jest wymagany.", MaxHeading, "Tytuł rozdziału");
        Place = MunicipalStrategyText.Required(place, "Miejsce rozdziału jest wymagane.", MaxPlace, "Miejsce rozdziału");
    }

    public string Heading { get; private set; } = "";

    public string Place { get; private set; } = "";
}
