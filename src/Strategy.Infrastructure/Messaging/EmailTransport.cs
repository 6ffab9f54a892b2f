using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Strategy.Domain.Messaging;

namespace Strategy.Infrastructure.Messaging;

/// <summary>Delivers one outbox message.</summary>
public interface IEmailTransport
{
    Task SendAsync(OutboxMessage message, CancellationToken ct);
}

internal static class Mime
{
    public static MimeMessage From(OutboxMessage message, EmailOptions options) => new(
        [new MailboxAddress(options.FromName, options.From)],
        [MailboxAddress.Parse(message.To)],
        message.Subject,
        new TextPart("plain") { Text = message.Body });
}

/// <summary>Development: each message becomes an .eml file in a folder, to open or read in tests.</summary>
public sealed class PickupFolderTransport(IOptions<EmailOptions> options, string contentRoot) : IEmailTransport
{
    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var folder = Path.GetFullPath(options.Value.PickupFolder, contentRoot);
        Directory.CreateDirectory(folder);
        await Mime.From(message, options.Value).WriteToAsync(Path.Combine(folder, $"{message.Id}.eml"), ct);
    }
}

/// <summary>Production: SMTP with STARTTLS where the server offers it.</summary>
public sealed class SmtpTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, SecureSocketOptions.StartTlsWhenAvailable, ct);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? "", ct);
        }

        await client.SendAsync(Mime.From(message, settings), ct);
        await client.DisconnectAsync(true, ct);
    }
}
