using Strategy.Domain.Common;

namespace Strategy.Domain.Benchmarking;

/// <summary>
/// The gmina's resident population in one year: the denominator of every per-1,000 comparison.
/// Entered by a person or fetched from GUS BDL; a fetched figure never replaces an entered one.
/// </summary>
public sealed class PopulationFigure : TenantOwnedEntity, IBenchmarkInput
{
    public const int EarliestYear = 1990;
    public const int LatestYear = 2100;

    private PopulationFigure()
    {
    }

    private PopulationFigure(int year)
    {
        Year = year is >= EarliestYear and <= LatestYear
            ? year
            : throw new DomainException($"Rok liczby mieszkańców musi mieścić się w latach {EarliestYear}–{LatestYear} (podano {year}).");
    }

    public int Year { get; private set; }

    public int Residents { get; private set; }

    public ValueSource Source { get; private set; }

    /// <summary>BDL's <c>attrId</c> for a fetched figure (1: no remarks); null for a person's.</summary>
    public int? QualityFlag { get; private set; }

    public static PopulationFigure Entered(int year, int residents)
    {
        var figure = new PopulationFigure(year);
        figure.Enter(residents);
        return figure;
    }

    public static PopulationFigure Fetched(int year, int residents, int? qualityFlag)
    {
        var figure = new PopulationFigure(year);
        figure.Set(residents, ValueSource.Bdl, qualityFlag);
        return figure;
    }

    /// <summary>A person's figure: it replaces whatever was there and is never overwritten by a fetch.</summary>
    public void Enter(int residents) => Set(residents, ValueSource.Person, null);

    /// <summary>Takes a fetched figure unless a person entered this year's; returns whether it did.</summary>
    public bool TakeFetched(int residents, int? qualityFlag)
    {
        if (Source == ValueSource.Person)
        {
            return false;
        }

        Set(residents, ValueSource.Bdl, qualityFlag);
        return true;
    }

    private void Set(int residents, ValueSource source, int? qualityFlag)
    {
        if (residents <= 0)
        {
            throw new DomainException($"Liczba mieszkańców w roku {Year} musi być dodatnia (podano {residents}).");
        }

        (Residents, Source, QualityFlag) = (residents, source, qualityFlag);
    }
}
