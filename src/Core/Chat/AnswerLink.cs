namespace NewsBot.Core.Chat;

/// <summary>A source link with its outlet.</summary>
public sealed record AnswerLink(string Title, Uri? Url, string? Outlet);
