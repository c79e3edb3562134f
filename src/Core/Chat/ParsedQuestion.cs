namespace NewsBot.Core.Chat;

/// <summary>A free-text question broken into what to search: speaker, topic words, exact phrase, period.</summary>
public sealed record ParsedQuestion(string? Speaker, string? Topic, string? Phrase, string? SinceText, bool WantsSpeakers);
