using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// An interview's exchange set inside one quote, its turns after the first opened by dashes in paragraphs of their own
/// (see <see cref="QuoteMarkScanner"/>): the turns alternate between the two people the sentence introducing it names.
/// </summary>
internal sealed partial class ArticleReading
{
    // The exchange being read: its first quote and who speaks its even and odd turns.
    private (int FirstQuote, CastMember First, CastMember Second)? _exchange;

    private bool IsDashTurn(QuotedSpan span) => span.IsContinuation && span.OpenMark >= 0 && _text[span.OpenMark] is '—' or '–';

    // "Pressed on Monday by Claire Dubois, the host of ..., the minister Paul Garnier hardly budged: «So will ...? / — If
    // ..., yes.": the quote the introducing sentence's subject was given opens an exchange with the person named after
    // "by" there, when the sentence names those two people and no one else. A first turn that asks is the questioner's.
    private CastMember StartExchange(int q, CastMember subject)
    {
        _exchange = null;
        var span = _spans[q];
        if (!span.ContinuesNext || q + 1 >= _spans.Count || !IsDashTurn(_spans[q + 1]) || IntroducingSentence(span.OpenMark) is not { } sentence
            || Questioner(sentence.Start, sentence.End, subject) is not { } questioner)
            return subject;
        var asks = _text[span.End - 1] == '?';
        _exchange = asks ? (q, questioner, subject) : (q, subject, questioner);
        return _exchange.Value.First;
    }

    // The speaker of a dash turn of the exchange being read, or null when the span is none.
    private CastMember? TurnOfExchange(int q)
    {
        // Only a turn linked to the exchange's first quote through the turns before it: an exchange left behind
        // speaks for no later one.
        if (_exchange is not { } exchange || !IsDashTurn(_spans[q]) || q <= exchange.FirstQuote || !_spans[q - 1].ContinuesNext
            || (q - 1 != exchange.FirstQuote && !IsDashTurn(_spans[q - 1])))
            return null;
        if (!_spans[q].ContinuesNext)
            _exchange = null;
        return (q - exchange.FirstQuote) % 2 == 0 ? exchange.First : exchange.Second;
    }

    // The sentence right before the quote's opening mark, when it ends with a colon.
    private TextSpan? IntroducingSentence(int openMark)
    {
        for (var s = _sentences.Count - 1; s >= 0; s--)
        {
            if (_sentences[s].End > openMark)
                continue;
            return _text.AsSpan(_sentences[s].Start, _sentences[s].End - _sentences[s].Start).TrimEnd().EndsWith(":") ? _sentences[s] : null;
        }

        return null;
    }

    // The person named right after "by" in the sentence ("by Claire Dubois, the host", "asked by the presenter Anna
    // Quill"), when the sentence names exactly two people, that one and the subject.
    private CastMember? Questioner(int start, int end, CastMember subject)
    {
        var named = new List<(int At, CastMember Member)>();
        foreach (var member in _cast.Members)
        {
            if (member.Kind == SpeakerKind.Person && MentionIn(member, start, end) is var at and >= 0)
                named.Add((at, member));
        }

        if (named.Count != 2 || !named.Exists(n => n.Member == subject))
            return null;
        var (questionerAt, questioner) = named.Find(n => n.Member != subject);
        var by = _text.LastIndexOf(" by ", questionerAt, questionerAt - start, StringComparison.Ordinal);
        if (by < 0)
            return null;
        // Only words of the name and its title between "by" and the name: no comma, no other clause.
        var between = _text.AsSpan(by + 4, questionerAt - by - 4);
        return between.IndexOfAny(',', ';', ':') < 0 && between.Count(' ') <= 3 ? questioner : null;
    }

    // Where the person's name, or its last word, first stands in start..end as a word of its own; -1 when it does not.
    private int MentionIn(CastMember member, int start, int end)
    {
        var name = member.Name;
        var at = _text.IndexOf(name, start, end - start, StringComparison.Ordinal);
        if (at < 0)
        {
            var surname = name[(name.LastIndexOf(' ') + 1)..];
            for (at = _text.IndexOf(surname, start, end - start, StringComparison.Ordinal); at >= 0;
                 at = _text.IndexOf(surname, at + 1, end - at - 1, StringComparison.Ordinal))
            {
                if (IsWordAt(at, at + surname.Length))
                    return at;
            }

            return -1;
        }

        return IsWordAt(at, at + name.Length) ? at : -1;
    }

    private bool IsWordAt(int from, int to) =>
        (from == 0 || !char.IsLetter(_text[from - 1])) && (to >= _text.Length || !char.IsLetter(_text[to]));
}
