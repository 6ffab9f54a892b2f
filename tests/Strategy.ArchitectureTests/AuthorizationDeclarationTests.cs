using System.Reflection;
using Mediator;
using Strategy.Application.Common.Security;

namespace Strategy.ArchitectureTests;

/// <summary>No use case is reachable without saying who may run it.</summary>
public sealed class AuthorizationDeclarationTests
{
    public static TheoryData<Type> Messages => new(
        typeof(Strategy.Application.DependencyInjection).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(IMessage).IsAssignableFrom(t)));

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_message_declares_exactly_one_authorization_requirement(Type message)
    {
        var declared = new[]
        {
            message.GetCustomAttribute<RequiresPermissionAttribute>() is not null,
            message.GetCustomAttribute<RequiresSignInAttribute>() is not null,
            message.GetCustomAttribute<AllowAnyoneAttribute>() is not null,
        }.Count(d => d);

        Assert.True(declared == 1, $"{message.Name} must declare exactly one of [RequiresPermission], [RequiresSignIn], [AllowAnyone].");
    }
}
