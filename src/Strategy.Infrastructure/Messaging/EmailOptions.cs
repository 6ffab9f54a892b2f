namespace Strategy.Infrastructure.Messaging;

/// <summary>The <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary><c>Pickup</c> writes .eml files to a folder (Development); <c>Smtp</c> sends them.</summary>
    public EmailDelivery Delivery { get; set; } = EmailDelivery.Smtp;

    public string PickupFolder { get; set; } = "App_Data/mail";

    public string From { get; set; } = "strategia@localhost";

    public string FromName { get; set; } = "Strategie gmin";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>How often the dispatcher looks for unsent messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}

public enum EmailDelivery
{
    Pickup,
    Smtp,
}
