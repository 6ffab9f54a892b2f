using Strategy.Domain.Tenancy;

namespace Strategy.Application.Tenants;

/// <summary>How a gmina's first strategy began, in words for the audit log.</summary>
public static class StartingModelText
{
    public static string Of(StartingModel model) => model switch
    {
        StartingModel.Chrzanow => "struktura jak w Chrzanowie",
        StartingModel.Krasnystaw => "struktura jak w Krasnymstawie",
        StartingModel.Document => "własny dokument strategii",
        _ => "pusta strategia",
    };
}
