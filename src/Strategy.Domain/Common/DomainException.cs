namespace Strategy.Domain.Common;

/// <summary>A broken domain rule. The message is meant for the person who caused it.</summary>
public sealed class DomainException(string message) : Exception(message);
