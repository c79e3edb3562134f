namespace NewsBot.Core.Storage;

/// <summary>A speaker and how many quotes the store holds from them.</summary>
public sealed record SpeakerCount(string Speaker, string? Role, int Quotes);
