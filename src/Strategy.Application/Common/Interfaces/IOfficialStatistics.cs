namespace Strategy.Application.Common.Interfaces;

/// <summary>
/// Official statistics about one gmina (GUS Bank Danych Lokalnych), so that use cases do not depend
/// on HTTP. Every call either answers in full or throws
/// <see cref="Exceptions.OfficialStatisticsUnavailableException"/>.
/// </summary>
public interface IOfficialStatistics
{
    /// <summary>The statistical unit of the gmina with this TERC code (7 digits), or null when the source does not know it.</summary>
    Task<string?> FindUnitAsync(string tercCode, string name, CancellationToken ct);

    /// <summary>The unit's values of the variables in the years asked for; a year without a published value is absent.</summary>
    Task<IReadOnlyList<OfficialValue>> ValuesAsync(string unitId, IReadOnlyCollection<int> variableIds, IReadOnlyCollection<int> years, CancellationToken ct);
}

/// <summary>One published value: the variable, the year, the number and the source's quality flag (BDL <c>attrId</c>).</summary>
public sealed record OfficialValue(int VariableId, int Year, decimal Value, int? QualityFlag);
