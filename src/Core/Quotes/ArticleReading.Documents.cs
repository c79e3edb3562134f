namespace NewsBot.Core.Quotes;

/// <summary>Texts that speak for whoever owns them: "the leaders' statement", "The Kyiv Independent's editorial".</summary>
internal sealed partial class ArticleReading
{
    // "Gazeta Wyborcza's editorial said", "The leaders' statement read in part:": a text the copy gives as someone's
    // speaks for its owner, as the owner's own words would.
    private CastMember? OwnerOfText(SpeakerPhrase phrase, string[] words, int at)
    {
        if (words.Length > 6 || !CueFinder.IsWrittenText(words[^1]))
            return null;
        var owned = words.Length >= 2 && CueFinder.IsPossessive(words[^2]);
        var owner = owned ? string.Join(' ', words, 0, words.Length - 1) : words.Length == 1 ? PossessorBefore(phrase.Start) : null;
        if (owner is null)
            return null;
        // "Brenn's" loses its "'s", "the leaders'" its apostrophe.
        var name = CueFinder.EndsInPossessiveS(owner) ? owner[..^2] : owner[..^1];
        var start = owned ? phrase.Start : phrase.Start - owner.Length - 1;
        return name.Length > 1 ? Resolve(new SpeakerPhrase(start, start + name.Length, name, null), at) : null;
    }

    // "The leaders' statement": the words from the sentence's start up to the text, when they end in a possessive
    // and are a short phrase of their own; null otherwise.
    private string? PossessorBefore(int start)
    {
        var from = SentenceStartOf(start);
        if (from >= start)
            return null;
        var before = _text.AsSpan(from, start - from).Trim();
        if (before.Length == 0 || before.Count(' ') > 4 || before.IndexOfAny(',', '"', '“') >= 0)
            return null;
        var owner = before.ToString();
        return CueFinder.IsPossessive(owner) ? owner : null;
    }

    // ""...," the paper said.": a paper the copy calls by what it is is the publication it cited last, the speaker
    // before, when that is an outlet (an institution, or a name that is no one's first name and surname: "Le Monde").
    private CastMember? PaperJustCited(string[] words, int at)
    {
        if (words is not ["the" or "The", var noun] || !PublicationNouns.Contains(noun) || _lastSpeaker is not { } last
            || ParagraphOf(_lastSpeakerAt) < ParagraphOf(at) - 1)
            return null;
        return last.Kind == SpeakerKind.Institution || (last.Kind == SpeakerKind.Person && last.Gender == '?' && last.Roles.Count == 0) ? last : null;
    }

    private static readonly HashSet<string> PublicationNouns = new(StringComparer.Ordinal)
    {
        "paper", "newspaper", "daily", "tabloid", "broadsheet", "weekly", "magazine",
    };
}
