namespace Strategy.Domain.Benchmarking;

/// <summary>
/// Marks an entity whose rows the cross-gmina comparison is computed from (values, population, mappings,
/// consent, a strategy's status, the catalogue): a saved change of one drops this replica's comparisons.
/// </summary>
public interface IBenchmarkInput;
