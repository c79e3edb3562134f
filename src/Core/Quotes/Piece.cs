namespace NewsBot.Core.Quotes;

/// <summary>What a piece of a sentence is.</summary>
internal enum PieceKind
{
    Word,
    Comma,
    Colon,
    Dash,
    Quote,
    End,
    Other,
}

/// <summary>One word, punctuation mark or whole quoted span of a sentence; <see cref="QuoteIndex"/> is set for quotes.</summary>
internal readonly record struct Piece(PieceKind Kind, int Start, int End, string Text, int QuoteIndex = -1)
{
    public bool IsWord => Kind == PieceKind.Word;

    public bool IsCapitalised => Kind == PieceKind.Word && char.IsUpper(Text[0]);

    /// <summary>For a quote, the last character inside its closing mark (the comma of ""...,""); a space otherwise.</summary>
    public char LastQuoted => Kind == PieceKind.Quote && Text.TrimEnd().Length > 1 ? Text.TrimEnd()[^2] : ' ';
}
