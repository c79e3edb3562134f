namespace NewsBot.Core.Quotes;

/// <summary>Cuts a sentence into pieces: words (with initials and abbreviations kept whole), punctuation and quotes.</summary>
internal static class SentencePieces
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Gov", "Rep", "Gen", "Lt", "Col", "St", "Jr", "Sr", "Adm", "Capt", "Sgt", "Prof", "Rev",
        "Maj", "Cmdr", "Brig", "Pres", "Hon", "Cpl", "Pfc", "Spc", "Pvt",
    };

    // Punctuation pieces are one character; sharing their strings saves an allocation per mark.
    private static readonly string[] AsciiStrings = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>
    /// Adds the pieces of text[start..end) to <paramref name="pieces"/>; <paramref name="quoteAt"/> maps a quote's opening mark (one of " “ „ « ‘ ', a reversed ” or », or a dialogue dash)
    /// to its index and end.
    /// </summary>
    public static void Cut(string text, int start, int end, Dictionary<int, (int Index, int End)> quoteAt, List<Piece> pieces)
    {
        pieces.EnsureCapacity((end - start) / 4);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            // Spaces are most of what is not a word: skip them before the other tests.
            if (c == ' ')
            {
                i++;
                continue;
            }

            // Only an opening mark can start a quote: the lookup is skipped for every other character.
            if (c is '"' or '“' or '«' or '„' or '»' or '‘' or '”' or '\'' or '—' or '–' && quoteAt.TryGetValue(i, out var quote))
            {
                var stop = Math.Max(i + 1, quote.End);
                pieces.Add(new Piece(PieceKind.Quote, i, stop, text[i..stop], quote.Index));
                i = stop;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var s = i;
                while (true)
                {
                    while (i < end && char.IsAsciiLetterOrDigit(text[i]))
                        i++;
                    if (i >= end || !InWord(text, i, end))
                        break;
                    i++;
                }

                var word = text[s..i];
                if (i < end && text[i] == '.' && (word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word) || word.Contains('.', StringComparison.Ordinal) || IsPartyTag(word)
                    || IsNumberSign(text, word, i, end)))
                    i++;
                pieces.Add(new Piece(PieceKind.Word, s, i, i - s == word.Length ? word : text[s..i]));
                continue;
            }

            var kind = c switch
            {
                ',' => PieceKind.Comma,
                ':' => PieceKind.Colon,
                '—' or '–' => PieceKind.Dash,
                '-' when i > start && text[i - 1] == ' ' => PieceKind.Dash,
                '.' or '!' or '?' or ';' => PieceKind.End,
                _ when char.IsWhiteSpace(c) => (PieceKind?)null,
                _ => PieceKind.Other,
            };
            if (kind is { } k)
                pieces.Add(new Piece(k, i, i + 1, c < 128 ? AsciiStrings[c] : text[i..(i + 1)]));
            i++;
        }

        DropPartyTags(pieces);
    }

    // "Sen. Elizabeth Warren (D-MA) said", "Mitch McConnell, R-Ky., said": the party and state after a politician's
    // name tell nothing about who speaks and would end the name, so they are dropped (with their brackets, or with
    // the comma before them) before cues are read.
    private static void DropPartyTags(List<Piece> pieces)
    {
        for (var k = 1; k + 1 < pieces.Count; k++)
        {
            // "Lisa Madigan (D) asserted": the party letter alone, in brackets after a name.
            if (pieces[k].Text is "D" or "R" && pieces[k - 1].Text == "(" && pieces[k + 1].Text == ")" && k >= 2 && pieces[k - 2].IsCapitalised)
            {
                pieces.RemoveRange(k - 1, 3);
                continue;
            }

            if (pieces[k].Kind != PieceKind.Word || !IsPartyTag(pieces[k].Text.TrimEnd('.')) || !pieces[k - 1].Kind.Equals(pieces[k + 1].Kind))
                continue;
            if (pieces[k - 1].Text == "(" && pieces[k + 1].Text == ")")
                pieces.RemoveRange(k - 1, 3);
            else if (pieces[k - 1].Kind == PieceKind.Comma)
                pieces.RemoveRange(k - 1, 2);
            else
                continue;
            // "Kasich (R-OH), said," and "McConnell, R-Ky., said": the comma closing the tag goes too when a speech verb
            // follows; before an apposition ("McConnell, R-Ky., the majority leader, said") it stays.
            if (k < pieces.Count && pieces[k - 1].Kind == PieceKind.Comma && pieces[k].IsWord && char.IsLower(pieces[k].Text[0]) && SpeechVerbs.IsSpeech(pieces[k].Text))
                pieces.RemoveAt(k - 1);
        }
    }

    // "No. 2 Squadron": "No." before a number is the number sign, which ends no sentence (the splitter agrees).
    private static bool IsNumberSign(string text, string word, int period, int end) =>
        word is "No" or "Nos" && period + 2 < end && text[period + 1] == ' ' && char.IsDigit(text[period + 2]);

    /// <summary>
    /// Where the sentence goes on after a dateline ("KYIV:", "NEW YORK (AP) —", "PARIS, Aug 31 (Reuters) -"): a place
    /// in capitals, perhaps a country or a date, and an agency in brackets, then a colon or dash; 0 when the sentence
    /// opens with none.
    /// </summary>
    public static int DatelineEnd(List<Piece> p) => Math.Max(CapitalsDatelineEnd(p), Math.Max(0, DashDatelineEnd(p)));

    private static int CapitalsDatelineEnd(List<Piece> p)
    {
        var k = 0;
        while (k < p.Count && k < 4 && p[k].IsWord && IsInCapitals(p[k].Text))
            k++;
        // "(Reuters) -" alone: the sentence splitter cuts "ORLANDO, Fla." off before it.
        if (k == 0 && !(p.Count > 0 && p[0].Text == "("))
            return 0;
        // "PARIS, Aug 31 (Reuters) -", "HELSINKI, Finland —": a country or a date after the place.
        if (k > 0 && k + 1 < p.Count && p[k].Kind == PieceKind.Comma && p[k + 1].IsCapitalised)
        {
            k += 2;
            while (k < p.Count && p[k].IsWord && char.IsDigit(p[k].Text[0]))
                k++;
        }

        if (k + 2 < p.Count && p[k].Text == "(" && p[k + 1].IsWord && p[k + 2].Text == ")")
            k += 3;
        return k < p.Count && p[k].Kind is PieceKind.Colon or PieceKind.Dash ? k + 1 : 0;
    }

    /// <summary>
    /// The same for a dateline ending in a dash that may not be in capitals ("WASHINGTON (AP) —", "DES MOINES, Iowa —",
    /// "WASHINGTON, Dec. 8 (UPI) —", "Washington (AFP) –"): a place in capitals, or any place with an agency in brackets,
    /// then dates, places and brackets up to a dash. -1 when the sentence opens with none.
    /// </summary>
    private static int DashDatelineEnd(List<Piece> p)
    {
        if (p.Count < 3 || !p[0].IsCapitalised)
            return -1;
        var capitals = IsAllCapitals(p[0].Text);
        var agency = false;
        for (var k = 1; k < p.Count && k < 14; k++)
        {
            var piece = p[k];
            if (piece.Kind == PieceKind.Dash)
                return (capitals || agency) && k + 1 < p.Count ? k + 1 : -1;
            if (piece.Text == "(" && k + 2 < p.Count && p[k + 1].IsWord && IsAllCapitals(p[k + 1].Text) && p[k + 2].Text == ")")
                agency = true;
            var allowed = piece.Kind is PieceKind.Comma or PieceKind.Other || (piece.Kind == PieceKind.End && piece.Text == ".")
                || (piece.IsWord && (char.IsUpper(piece.Text[0]) || char.IsDigit(piece.Text[0])));
            if (!allowed)
                return -1;
        }

        return -1;
    }

    private static bool IsAllCapitals(string word) =>
        word.Length >= 2 && !word.AsSpan().ContainsAnyInRange('a', 'z') && word.AsSpan().ContainsAnyInRange('A', 'Z');

    // "KYIV", "ST.": two letters or more, none of them lower case.
    private static bool IsInCapitals(string word) => word.Length >= 2 && char.IsUpper(word[0]) && !word.AsSpan().ContainsAnyInRange('a', 'z');

    // "R-Ky", "D-Calif", "R-OH", "I-Vt", "D-N.Y": a party letter, a hyphen and a state name or abbreviation.
    private static bool IsPartyTag(string word) =>
        word.Length is >= 4 and <= 14 && word[0] is 'R' or 'D' or 'I' && word[1] == '-' && char.IsUpper(word[2]) && word.AsSpan(3).IndexOfAnyExcept(StateLetters) < 0;

    // What a state may be written with after the party letter: letters and the full stops of "N.Y".
    private static readonly System.Buffers.SearchValues<char> StateLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.");

    // Letters, digits and combining marks, and an apostrophe, hyphen, full stop or ampersand between letters.
    // The caller skips ASCII letters and digits itself; the space (the usual end of a word) is decided first.
    private static bool InWord(string text, int i, int end)
    {
        var c = text[i];
        if (c == ' ')
            return false;
        return char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark
            || (c is '\'' or '’' or '-' or '.' or '&' && i + 1 < end && char.IsLetter(text[i + 1]))
            // "17:42", "2:1": a colon between digits is a time or a ratio, no colon of the sentence.
            || (c == ':' && i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < end && char.IsAsciiDigit(text[i + 1]));
    }
}
