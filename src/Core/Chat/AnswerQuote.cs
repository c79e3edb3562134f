namespace NewsBot.Core.Chat;

/// <summary>A quote as an answer shows it: who, what, where and when.</summary>
public sealed record AnswerQuote(string Speaker, string? Role, string Text, string? Outlet, DateTimeOffset? Date, Uri? Url);
