using System.Reflection;
using Strategy.Application.Common.Mapping;
using Strategy.Domain.Common;

namespace Strategy.ArchitectureTests;

/// <summary>
/// An entity copied into a DTO member by member is mapped by Mapperly in <see cref="DtoMapper"/> (ADR 0006), not by a
/// hand-written <c>Of(entity)</c> that compiles on when a member is added to both and forgotten in the copy.
/// </summary>
public sealed class EntityMappingTests
{
    [Fact]
    public void No_method_outside_the_mapper_turns_one_entity_into_a_dto()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var offenders = typeof(DtoMapper).Assembly.GetTypes()
            .Where(t => t != typeof(DtoMapper))
            .SelectMany(t => t.GetMethods(all))
            .Where(m => m.ReturnType.Name.EndsWith("Dto", StringComparison.Ordinal)
                && m.GetParameters() is [var only]
                && typeof(Entity).IsAssignableFrom(only.ParameterType))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}({m.GetParameters()[0].ParameterType.Name})")
            .ToList();

        Assert.True(offenders.Count == 0, "Entity → DTO written by hand:\n" + string.Join('\n', offenders));
    }
}
