namespace NewsBot.Core.Evaluation;

/// <summary>An article with its gold keyphrases.</summary>
public sealed record KeyphraseItem(string Id, string Title, string Text, IReadOnlyList<string> Keyphrases);
