namespace NewsBot.Core.Text;

/// <summary>A folded word and where it stands in the original text.</summary>
public readonly record struct Token(string Value, int Start, int End);
