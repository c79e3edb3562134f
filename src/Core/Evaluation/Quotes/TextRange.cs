namespace NewsBot.Core.Evaluation.Quotes;

/// <summary>A half-open range of offsets.</summary>
public readonly record struct TextRange(int Start, int End);
