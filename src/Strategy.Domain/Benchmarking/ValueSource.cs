namespace Strategy.Domain.Benchmarking;

/// <summary>Where a value came from: a person (entered or approved in the gmina) or official statistics.</summary>
public enum ValueSource
{
    Person = 0,

    /// <summary>GUS Bank Danych Lokalnych; never written over a value a person entered.</summary>
    Bdl = 1,
}
