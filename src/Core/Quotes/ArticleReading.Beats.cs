namespace NewsBot.Core.Quotes;

internal sealed partial class ArticleReading
{
    // Where the latest beat ended and its subject: a short sentence without a quote or a cue whose subject is a person
    // ("Healey paused.", "Pryce laughs.", "She shook her head."). The subject is resolved only when a quote needs it, so
    // that reading a beat adds no one to the cast.
    private (int End, SpeakerPhrase Subject)? _beat;

    // A beat is reporting's stage direction before a quote: ""...?" / Healey paused. "If there is a ceasefire, ..."" gives
    // the quote right after it, in its paragraph and with nothing between, to the person who paused.
    private void NoteBeat(List<Piece> p)
    {
        if (p.Count is < 3 or > 14 || p[^1].Kind != PieceKind.End || p.Exists(x => x.Kind is PieceKind.Quote or PieceKind.Colon))
            return;
        var subject = CueFinder.PronounSubject(p) ?? (p[0].IsCapitalised ? CueFinder.Subject(p) : null);
        if (subject is not null && Index(p, subject.End) is var after && after < p.Count && p[after].IsWord && char.IsLower(p[after].Text[0]))
            _beat = (p[^1].End, subject);
    }

    // The person whose beat ends right before the quote, with only spaces between and in the same paragraph.
    private CastMember? BeatBefore(QuotedSpan span) =>
        _beat is { } beat && beat.End <= span.OpenMark && ParagraphOf(beat.End - 1) == ParagraphOf(span.OpenMark)
        && _text.AsSpan(beat.End, span.OpenMark - beat.End).IsWhiteSpace() && Resolve(beat.Subject, beat.Subject.Start) is { Kind: SpeakerKind.Person } member
            ? member
            : null;
}
