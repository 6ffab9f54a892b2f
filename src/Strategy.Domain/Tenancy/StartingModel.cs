namespace Strategy.Domain.Tenancy;

/// <summary>What a new gmina's first strategy is built from.</summary>
public enum StartingModel
{
    /// <summary>No strategy yet; the gmina builds or imports its own.</summary>
    Empty = 0,

    /// <summary>The Chrzanów model: areas → operational goals → tasks.</summary>
    Chrzanow = 1,

    /// <summary>The Krasnystaw model: strategic goals → operational goals.</summary>
    Krasnystaw = 2,

    /// <summary>The gmina's own strategy, imported from a file it provides (DOCX, text or JSON).</summary>
    Document = 3,
}
