using System.Collections.Frozen;
using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>One pass of the extractor over one article: cues, contents, speakers, then unattributed quote paragraphs.</summary>
internal sealed partial class ArticleReading
{
    private readonly string _text;
    private readonly IdentityResolver? _identities;
    private readonly List<QuotedSpan> _spans;
    private readonly Dictionary<int, (int Index, int End)> _quoteAt = [];
    private readonly IReadOnlyList<TextSpan> _sentences;
    private readonly List<int> _paragraphStarts = [0];
    private readonly ArticleCast _cast;
    private readonly CastMember?[] _quoteSpeaker;
    private readonly List<QuoteFinding> _found = [];
    private readonly List<CastMember> _foundSpeakers = [];
    private CastMember? _lastSpeaker;
    private int _lastSpeakerAt;
    private readonly IReadOnlySet<string>? _labels;
    private CastMember? _lastDirectSpeaker;
    private int _lastDirectAt;

    public ArticleReading(string text, IdentityResolver? identities, IReadOnlySet<string>? labels = null)
    {
        _text = text;
        _identities = identities;
        _labels = labels;
        _spans = QuoteMarkScanner.Scan(text);
        _quoteSpeaker = new CastMember?[_spans.Count];
        for (var q = 0; q < _spans.Count; q++)
        {
            var s = _spans[q];
            _quoteAt[s.OpenMark] = (q, s.CloseMark >= 0 ? s.CloseMark + 1 : s.End);
        }

        // Blank lines are no paragraphs: "two paragraphs back" must mean the same with one or two line breaks between them.
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            if (!IsBlankLine(text, i + 1))
                _paragraphStarts.Add(i + 1);
        }

        _sentences = SentenceSplitter.Split(_spans.Count == 0 ? text : Masked(text, _spans));
        _cast = new ArticleCast(identities);
        FindTranscript();
    }

    private static bool IsBlankLine(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return text.AsSpan(start, (end < 0 ? text.Length : end) - start).IsWhiteSpace();
    }

    // The text with quoted words blanked, so sentences are cut around quotes, never inside them; a quote's own
    // final full stop stays, as it may end the sentence. A final question or exclamation mark ends the sentence only
    // when no attribution follows (""Will we win?" Dawson asked." is one sentence).
    private static string Masked(string text, List<QuotedSpan> spans) =>
        string.Create(text.Length, (text, spans), static (masked, state) =>
        {
            state.text.CopyTo(masked);
            foreach (var s in state.spans)
            {
                masked[s.Start..s.End].Fill('_');
                var last = state.text[s.End - 1];
                if (last == '.' || (last is '!' or '?' && !AttributionFollows(state.text, s.CloseMark + 1)))
                    masked[s.End - 1] = last;
            }
        });

    // After a quote's closing mark: a lower-case word ("he asked", "said Dawson"), or up to four words ending in a
    // speech verb and then a full stop or comma ("Dawson shouted.", "the Vermont senator said,").
    private static bool AttributionFollows(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] == ' ')
            i++;
        if (i >= text.Length || !char.IsLetter(text[i]))
            return false;
        if (char.IsLower(text[i]))
            return true;
        for (var words = 0; words < 4 && i < text.Length && char.IsLetter(text[i]); words++)
        {
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '’' or '-' || (text[i] == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                i++;
            if (char.IsLower(text[start]) && SpeechVerbs.IsSpeech(text.AsSpan(start, i - start)))
                return i < text.Length && text[i] is '.' or ',' or ' ';
            while (i < text.Length && text[i] == ' ')
                i++;
        }

        return false;
    }

    public List<QuoteFinding> Read()
    {
        var spare = t_spareSentences ?? new Stack<List<Piece>>();
        t_spareSentences = null;
        var pieces = new List<List<Piece>>(_sentences.Count);
        foreach (var sentence in _sentences)
        {
            var sentencePieces = spare.TryPop(out var reused) ? reused : [];
            SentencePieces.Cut(_text, sentence.Start, sentence.End, _quoteAt, sentencePieces);
            if (_transcriptLabels.Count > 0)
                DropTranscriptLabel(sentencePieces);
            pieces.Add(sentencePieces);
        }

        CastPass.Introduce(_cast, pieces);
        FindTranscriptSpeakers();
        var paragraph = -1;
        var cuesInParagraph = new List<(int At, CastMember Member, bool EndsWithColon)>();
        for (var s = 0; s < _sentences.Count; s++)
        {
            var p = ParagraphOf(_sentences[s].Start);
            if (p != paragraph)
            {
                EndTurnRun();
                if (paragraph >= 0)
                    Unattributed(paragraph, cuesInParagraph);
                cuesInParagraph = CarryColon(cuesInParagraph);
                paragraph = p;
                if (IsAnswer(p))
                    StartTurn(p);
            }

            if (IsAnswer(p))
            {
                _previousPieces = s > 1 ? pieces[s - 1] : null;
                TurnSentence(s, pieces[s], cuesInParagraph);
                continue;
            }

            _previousPieces = s > 1 ? pieces[s - 1] : null;
            ReadSentence(pieces[s], cuesInParagraph, headline: s == 0);
        }

        EndTurnRun();
        if (paragraph >= 0)
            Unattributed(paragraph, cuesInParagraph);
        RunOnQuotes();
        if (pieces.Count > 0)
            HeadlineEchoes(pieces[0]);
        _found.Sort((a, b) => a.Quote.Start.CompareTo(b.Quote.Start));
        Release(pieces, spare);
        return _found;
    }

    // Sentence piece lists are the bulk of what a reading allocates; each thread keeps a bounded stock of them
    // for its next article, emptied so they hold no strings of this one.
    [ThreadStatic]
    private static Stack<List<Piece>>? t_spareSentences;

    private static void Release(List<List<Piece>> pieces, Stack<List<Piece>> spare)
    {
        foreach (var list in pieces)
        {
            if (spare.Count >= 256)
                break;
            list.Clear();
            if (list.Capacity > 1024)
                continue;
            spare.Push(list);
        }

        t_spareSentences = spare;
    }

    // "Asked whether Norway would respond, he said: "..."": a speech verb inside the question put to the speaker
    // reports no speech; the question runs from "whether" or "if" after "asked" to the next comma.
    private static bool InReportedQuestion(List<Piece> p, int verb)
    {
        for (var k = verb - 1; k >= 1; k--)
        {
            if (!p[k].IsWord)
                return false;
            if (p[k].Text is "whether" or "if" && p[k - 1].IsWord && p[k - 1].Text is "asked" or "Asked" or "asking" or "Asking")
                return true;
        }

        return false;
    }

    // A paragraph ending "He added:" hands its speaker to the quote paragraph that follows.
    private static List<(int At, CastMember Member, bool EndsWithColon)> CarryColon(List<(int At, CastMember Member, bool EndsWithColon)> cues) =>
        cues.Count > 0 && cues[^1].EndsWithColon ? [(-1, cues[^1].Member, false)] : [];

    private void ReadSentence(List<Piece> p, List<(int At, CastMember Member, bool EndsWithColon)> paragraphCues, bool headline)
    {
        CastMember? previous = null;
        var cues = CueFinder.Find(p);
        DropDescribedObjects(p, cues);
        if (IsPlainQuestion(p))
            cues.Clear();
        cues.RemoveAll(c => InReportedQuestion(p, c.Verb));
        if (headline && CueFinder.HeadlineColonCue(p) is { Speaker: { } named } colon && IntroducedPerson(named) && NamedInBody(named)
            && Resolve(named, named.Start) is { Kind: SpeakerKind.Person } person)
        {
            Contents(p, colon, person, -1, -1);
            return;
        }

        // "'Not a yes and not a no': Pistorius as parliaments wrestle with troop pledge": a cue in the occasion after the
        // speaker ("pledge") says nothing of the quote before the colon.
        if (headline && CueFinder.HeadlineTrailingSpeaker(p) is { Speaker: { } trailing } after && cues.TrueForAll(c => c.Verb > after.Verb + 1)
            && TrailingSpeaker(trailing) is { } speaker)
        {
            var quote = p[after.Verb - 1];
            var partial = AnyWord(p, 0, after.Verb - 1);
            EmitQuote(quote.QuoteIndex, speaker, partial ? QuoteKind.Partial : QuoteKind.Direct, p[0].Start, quote.End);
            return;
        }

        var reported = false;
        var personReported = false;
        for (var c = 0; c < cues.Count; c++)
        {
            var cue = cues[c];
            // "Analysis: ... diplomats see "..."": a head with words between its colon and quote names its speaker only
            // as a person the story introduces.
            if (cue.Form == CueForm.Colon && p[cue.Verb + 1].Kind != PieceKind.Quote && !(cue.Speaker is { } head && IntroducedPerson(head)))
                continue;
            // "Ask the people who would lead them and the confidence thins, writes Julian Marsh": a standfirst names
            // the column's author; the words are the column's, not a quote.
            if (cue.Form == CueForm.Inverted && cue.VerbText is "writes" && ParagraphOf(p[cue.Verb].Start) <= 1)
                continue;
            // "...," said one of two witnesses: right after a quote the phrase is a speaker whatever it looks like.
            // "according to Axelrod's memoir": whatever follows "according to" is a source.
            var strong = (cue.Form == CueForm.Inverted && cue.Verb > 0 && p[cue.Verb - 1].Kind == PieceKind.Quote) || DescribedAfterQuote(p, cue)
                || cue.Form == CueForm.According;
            // "Peskov told reporters, according to state news agency TASS": after a cue that has reported, a medium or a
            // document named as the source only says who carried the words; the words and the quotes after them stay
            // the speaker's, so the medium becomes no speaker of the paragraph.
            if (reported && cue.Form == CueForm.According && cue.Speaker is { } carrier && CueFinder.NamesCarrier(carrier))
                continue;
            var member = cue.Form == CueForm.Participle
                ? (CueFinder.WhileClauseSubject(p, c > 0 ? cues[c - 1].Verb : 0, cue.Verb) is { } clause ? Resolve(clause, clause.Start) : null)
                    ?? previous ?? ((CueFinder.ClauseSubject(p, cue.Verb) ?? CueFinder.Subject(p) ?? CueFinder.PronounSubject(p)) is { } subject ? Resolve(subject, subject.Start) : null)
                : cue.Speaker is null ? null : Resolve(cue.Speaker, cue.Speaker.Start, NamedListener(p, cue)) ?? (strong ? _cast.Unnamed(AsWritten(cue.Speaker.Text), cue.Speaker.Start) : null);
            if (cue.Form == CueForm.Colon && cue.Speaker is { } label && TranscriptRole(label.Text) is { } role)
                member = _cast.Unnamed(role, label.Start);
            // "Kyodo News, citing a source close to the matter, reported that ...": the source speaks.
            if (member is not null && CueFinder.CitedSource(p, cue) is { } cited && Resolve(cited, cited.Start) is { Kind: SpeakerKind.Unnamed or SpeakerKind.Person } citedSource)
                member = citedSource;
            if (cue.Form == CueForm.According && cue.Speaker is { } joint && SignersOf(p, cue, joint) is { } signers)
                member = signers;
            if (member is null)
                continue;
            // "..., an Ukrinform correspondent reports": the agency's byline, not a report of speech.
            if (cue.VerbText is "reports" or "reported" && cue.Speaker is { } byline && byline.Text.EndsWith("correspondent", StringComparison.Ordinal)
                && cue.Verb + 2 >= p.Count)
                continue;
            previous = member;
            if (ReportsPreviousSentence(p, cue, member))
            {
                reported = true;
                continue;
            }

            // "..., according to the council's account" after a cue that reported only says where the report comes
            // from; "..., according to Foreign Minister Sergei Lavrov" names who reported it, as the real samples have it.
            var fromDocument = reported && cue.Form == CueForm.According && cue.Speaker is { } source && CueFinder.NamesDocument(source.Text);
            var spoke = Contents(p, cue, member, NextSpeakerAt(p, cues, c), NextClauseAt(p, cues, c), fromDocument, personReported);
            reported |= spoke;
            if (spoke)
                IssuedThrough(p, cue.Verb, member);
            // Only a person's report: "The administration had promised support, she said, ..." is hers.
            personReported |= spoke && member.Kind == SpeakerKind.Person && OpensWithNamedPerson(p, cue);
            var endsWithColon = (cue.Verb + 1 < p.Count && p[cue.Verb + 1].Kind == PieceKind.Colon && cue.Verb + 2 == p.Count)
                || (!spoke && c == cues.Count - 1 && !SpeechVerbs.IsParticiple(cue.VerbText) && ColonEndsAfter(p, cue.Verb));
            if (spoke || endsWithColon || cue.Form != CueForm.Participle)
                paragraphCues.Add((p[cue.Verb].Start, member, endsWithColon));
        }

        if (cues.Count == 0 && !SubjectBeforeColon(p, paragraphCues))
            SubjectQuotes(p);
        if (cues.Count == 0)
        {
            PronounSubject(p);
            NoteBeat(p);
        }
    }

    // "Coalition leaders agreed to ..., according to a joint statement": a joint document that names no issuer speaks
    // for the group whose agreement it records, the plural subject of the sentence; "the statement" later is theirs.
    private CastMember? SignersOf(List<Piece> p, Cue cue, SpeakerPhrase document)
    {
        var words = document.Text.Split(' ');
        if (words.Length is < 2 or > 4 || !words.Contains("joint") || !CueFinder.NamesDocument(document.Text))
            return null;
        if (GroupSubject(p) is not { } subject || subject.End > p[cue.Verb].Start || Resolve(subject, subject.Start) is not { } signers)
            return null;
        _cast.Issued(words[^1], signers.Name, document.Start);
        return signers;
    }

    // "Coalition leaders", "The foreign ministers of the three states": a subject opening the sentence with a plural
    // head for people within four words; null otherwise.
    private static SpeakerPhrase? GroupSubject(List<Piece> p)
    {
        var start = SentencePieces.DatelineEnd(p);
        for (var h = start; h < p.Count && h <= start + 3 && p[h].IsWord; h++)
        {
            if (p[h].Text.EndsWith('s') && NameLexicon.IsPersonHead(p[h].Text))
                return new SpeakerPhrase(p[start].Start, p[h].End, string.Join(' ', p.Skip(start).Take(h - start + 1).Select(x => x.Text)), null);
        }

        return null;
    }

    // "When the interview steered Allen toward the race, he offered his thoughts on Trump's appeal. "...," he said": a
    // sentence whose subject is a pronoun keeps the story on the person it means, so the next pronoun finds them and
    // not the person named since in passing.
    private void PronounSubject(List<Piece> p)
    {
        var at = p.Count > 1 && p[0].Text is "He" or "She" ? 0 : OpeningClausePronoun(p);
        if (at < 0 || at + 1 >= p.Count || !p[at + 1].IsWord || !char.IsLower(p[at + 1].Text[0]))
            return;
        if (Resolve(new SpeakerPhrase(p[at].Start, p[at].End, p[at].Text.ToLowerInvariant(), null), p[at].Start) is { Kind: SpeakerKind.Person } member)
            _cast.Mention(member, p[at].Start);
    }

    // The "he" after "When ..., " / "After ..., ": -1 when the sentence opens otherwise.
    private static int OpeningClausePronoun(List<Piece> p)
    {
        if (p.Count < 4 || p[0].Text is not ("When" or "After" or "As" or "Although" or "While" or "Before" or "Once" or "Since" or "Though"))
            return -1;
        for (var k = 1; k + 1 < p.Count; k++)
        {
            if (p[k].Kind == PieceKind.Quote)
                return -1;
            if (p[k].Kind == PieceKind.Comma)
                return p[k + 1].Text is "he" or "she" ? k + 1 : -1;
        }

        return -1;
    }

    // "The embassy said in a statement on its Telegram channel that ... "...," the statement said." (or "said in the
    // statement", one named before): whoever spoke in a
    // statement (a letter, a post) issued it, so "the statement" later speaks for them.
    private void IssuedThrough(List<Piece> p, int verb, CastMember member)
    {
        // An unnamed source's statement is only theirs when they have signed one before ("Coalition leaders agreed ...,
        // according to a joint statement. "...," the leaders said in the statement.").
        if ((member.Kind == SpeakerKind.Unnamed && !_cast.HasIssued(member.Name)) || verb + 2 >= p.Count || p[verb + 1].Text != "in" || p[verb + 2].Text is not ("a" or "an" or "the" or "its" or "his" or "her" or "their"))
            return;
        var noun = verb + 3 < p.Count && p[verb + 3].IsWord && !CueFinder.IsDocument(p[verb + 3].Text) ? verb + 4 : verb + 3;
        if (noun < p.Count && p[noun].IsWord && CueFinder.IsDocument(p[noun].Text))
            _cast.Issued(p[noun].Text, member.Name, p[noun].Start);
    }

    // "REPORTER: "Does that include air power?"" / "MODERATOR: "..."": a briefing transcript labels its questioners by
    // what they are, in capitals; the label is one of them, not a person named "REPORTER". Null for other words.
    // "He described repeated Opposition demands for numbers as "a gift to Keston"": what a describing verb's object
    // holds before its "as" is the thing described, and a noun in it that looks like a speech verb ("demands",
    // "calls") reports no one.
    // "Are planners at the Harbour Council writing the plans?", "Chief, is the quay beyond repair?": a question that
    // opens with its auxiliary (after the name of whom it asks) and holds no quoted words asks, and reports no one's
    // words; "Did Brenn say the quay would close?" asks about a report. A report that ends in a question ("if it was as
    // bad as she said, he said, why had she not screamed?") opens otherwise.
    private static bool IsPlainQuestion(List<Piece> p)
    {
        if (p.Count < 3 || p[^1].Text != "?")
            return false;
        var opening = 0;
        for (var k = 1; k < p.Count && k <= 3; k++)
        {
            if (p[k].Kind == PieceKind.Comma)
            {
                opening = k + 1;
                break;
            }
        }

        if (!p[opening].IsWord || !QuestionAuxiliaries.Contains(p[opening].Text))
            return false;
        foreach (var piece in p)
        {
            if (piece.Kind == PieceKind.Quote)
                return false;
        }

        return true;
    }

    private static readonly FrozenSet<string> QuestionAuxiliaries = new[]
    {
        "is", "are", "was", "were", "do", "does", "did", "will", "would", "can", "could", "should", "has", "have", "had", "must", "may",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static void DropDescribedObjects(List<Piece> p, List<Cue> cues)
    {
        for (var c = cues.Count - 1; c > 0; c--)
        {
            if (InDescribedObject(p, cues, c))
                cues.RemoveAt(c);
        }
    }

    private static bool InDescribedObject(List<Piece> p, List<Cue> cues, int c)
    {
        var cue = cues[c];
        if (cue.Speaker is not { } speaker || cue.Form == CueForm.Colon)
            return false;
        for (var d = 0; d < c; d++)
        {
            if (!cues[d].VerbText.StartsWith("describ", StringComparison.Ordinal) || cues[d].Verb >= cue.Verb || p[cues[d].Verb].Start >= speaker.Start)
                continue;
            for (var k = cue.Verb + 1; k < p.Count && p[k].Kind != PieceKind.Quote; k++)
            {
                if (p[k].Text == "as")
                    return true;
            }
        }

        return false;
    }

    private static string? TranscriptRole(string label) =>
        label.Length > 2 && !label.Contains(' ') && !IsMixedCase(label) && label.ToLowerInvariant() is var role
            && TranscriptRoles.Contains(role) ? (role[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + role : null;

    private static readonly FrozenSet<string> TranscriptRoles = new[]
    {
        "reporter", "journalist", "moderator", "interviewer", "questioner", "host", "presenter", "anchor", "participant", "official",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The pieces of the sentence before the one being read (null for the headline and the first sentence after it).
    private List<Piece>? _previousPieces;

    // "The guarantees must be legally binding. President Tomas Brenn stated this at a press conference in Berlin, a
    // correspondent reports.": state news agencies give the words first and then say who spoke them; "this" after the
    // verb is the sentence before, reported speech. Only when "this" ends the clause or a circumstance follows it.
    private bool ReportsPreviousSentence(List<Piece> p, Cue cue, CastMember member)
    {
        var v = cue.Verb;
        if (cue.Form != CueForm.Normal || _previousPieces is not { Count: > 0 } previous || v + 1 >= p.Count || p[v + 1].Text != "this"
            || (v + 2 < p.Count && p[v + 2].IsWord && !ThisCircumstances.Contains(p[v + 2].Text)))
            return false;
        // "BERLIN – The guarantees ...": the words start after the sentence's dateline.
        var dateline = SentencePieces.DatelineEnd(previous);
        if (dateline >= previous.Count)
            return false;
        var start = previous[dateline].Start;
        var end = previous[^1].End;
        while (end > start && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] is '.' or '!'))
            end--;
        if (end - start < 12 || _text.AsSpan(start, end - start).Contains('\n'))
            return false;
        Emit(member, QuoteKind.Indirect, start, end, start, end);
        return true;
    }

    private static readonly FrozenSet<string> ThisCircumstances = new[]
    {
        "at", "in", "on", "during", "after", "following", "before", "while", "when", "to", "via", "from", "speaking", "ahead",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The person a headline names after its quote: one the story introduces, by name or by title ("the general").
    private CastMember? TrailingSpeaker(SpeakerPhrase phrase) =>
        phrase.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
            ? _cast.Describe(phrase.Text, phrase.Start, RecentFrom(phrase.Start), AheadTo(phrase.Start)) is { Kind: SpeakerKind.Person } described ? described : null
            : IntroducedPerson(phrase) && Resolve(phrase, phrase.Start) is { Kind: SpeakerKind.Person } named ? named : null;

    // "He told Slotkin that ...": a person the article knows, named right after a verb that takes a listener.
    private CastMember? NamedListener(List<Piece> p, Cue cue)
    {
        if (cue.Form != CueForm.Normal || !SpeechVerbs.HasListener(cue.VerbText) || cue.Verb + 1 >= p.Count || !p[cue.Verb + 1].IsCapitalised)
            return null;
        var last = cue.Verb + 1;
        while (last + 1 < p.Count && p[last + 1].IsCapitalised && last - cue.Verb < 3)
            last++;
        return KnownPerson(CueFinder.Join(p, cue.Verb + 1, last));
    }

    // "Brenn: ..." heads a story only as the person it introduces ("Tomas Brenn said ..."); "The Latest:" or "Breaking:"
    // names no one.
    private bool IntroducedPerson(SpeakerPhrase named) => KnownPerson(named.Text) is not null;

    // "Portcullis Morning: Troops talk rattles the tearoom": a newsletter's name heads its headline as a person would;
    // only a name the story goes on to use after the headline is someone speaking.
    private bool NamedInBody(SpeakerPhrase named)
    {
        var surname = named.Text.AsSpan(named.Text.LastIndexOf(' ') + 1);
        var body = _paragraphStarts.Count > 1 ? _paragraphStarts[1] : _text.Length;
        return _text.AsSpan(body).Contains(surname, StringComparison.Ordinal);
    }

    // A capitalised institution word before "to the" and a capitalised place: "Mission to the EU", "Embassy to the Holy See".
    private static bool IsSentBody(string[] words)
    {
        var to = Array.IndexOf(words, "to");
        return to >= 1 && to + 2 < words.Length && words[to + 1] == "the" && char.IsUpper(words[to + 2][0]) && char.IsUpper(words[to - 1][0])
            && NameLexicon.InstitutionWords.Contains(words[to - 1]);
    }

    // A phrase whose span opens with, or follows, a preposition the phrase's words left out ("In another tweet"), or
    // the "one" of "one another" ("pitted against one another").
    private bool AfterPreposition(SpeakerPhrase phrase)
    {
        if (!_text.AsSpan(phrase.Start).StartsWith(phrase.Text, StringComparison.Ordinal))
            return true;
        var before = _text.AsSpan(0, phrase.Start).TrimEnd();
        var word = before[(before.LastIndexOfAny(' ', '\n') + 1)..];
        return word is "in" or "In" or "on" or "On" or "at" or "At" or "by" or "from" or "for" or "of" or "to" or "with" or "one";
    }

    // The person of the article whose surname the words name; null when they name no person or no one known.
    private CastMember? KnownPerson(string words) =>
        NameParts.Parse(words) is { Kind: SpeakerKind.Person } parts ? _cast.KnownSurname(parts) : null;

    // ""...," federal prosecutors wrote": so is a description between a quote that hands over ("...," or "...?") and
    // its verb, a speech verb or a past tense ("one user commented", not "other media appearances"). A scare-quoted
    // word ("alternative" information ecosystem) hands over nothing; a pronoun needs its person.
    private static bool DescribedAfterQuote(List<Piece> p, Cue cue)
    {
        if (cue.Form != CueForm.Normal || cue.Speaker is not { } speaker || !char.IsLower(speaker.Text[0]) || NameLexicon.Pronouns.Contains(speaker.Text)
            || !(SpeechVerbs.IsSpeech(cue.VerbText) || cue.VerbText.EndsWith("ed", StringComparison.Ordinal)))
            return false;
        var k = Index(p, speaker.Start);
        return k >= 1 && ((p[k - 1].Kind == PieceKind.Quote && p[k - 1].LastQuoted is ',' or '?' or '!')
            || (k >= 2 && p[k - 1].Kind == PieceKind.Comma && p[k - 2].Kind == PieceKind.Quote));
    }

    // "He told his audience, to rowdy applause:", "As X reported after the raid:": the sentence's last cue said nothing
    // yet and its sentence ends in a colon with no quote after the verb, so the next paragraph's quote is what it says.
    // Only a finite verb: "From X writing at the Post:" names the source of an excerpt, not a speaker.
    private static bool ColonEndsAfter(List<Piece> p, int verb)
    {
        if (p[^1].Kind != PieceKind.Colon)
            return false;
        for (var k = verb + 1; k < p.Count; k++)
        {
            if (p[k].Kind == PieceKind.Quote)
                return false;
        }

        return true;
    }

    // "a woman asked for a photo and Clinton said, "..."": what follows the next cue's own speaker is that cue's, so the
    // quoted words of a cue end where the next named speaker begins; -1 when no later cue names one before a quote.
    private static int NextSpeakerAt(List<Piece> p, List<Cue> cues, int c)
    {
        for (var n = c + 1; n < cues.Count; n++)
        {
            if (cues[n].Form != CueForm.Normal || cues[n].Speaker is not { } speaker || speaker.Start <= p[cues[c].Verb].End)
                continue;
            // Only quoted words are at stake: an indirect clause running on past the next speaker is left as it was.
            var at = p.FindIndex(x => x.Start >= speaker.Start);
            // "said ... and that both leaders agreed "..."": a source no name makes, inside the reported clause, is
            // part of what the first speaker reports.
            if (at > 0 && p[at - 1].Text == "that" && !speaker.Text.Any(char.IsUpper))
                continue;
            // "said it would vote against the levy, which it described as "..."": the relative's pronoun is the
            // speaker going on, not the next one.
            if (at > 1 && p[at - 1].Text == "which" && p[at - 2].Kind == PieceKind.Comma && NameLexicon.Pronouns.Contains(speaker.Text))
                continue;
            // "Güler said Türkiye was open to it, a subject on which, he said, "...": a pronoun's attribution set off
            // by commas inside the clause of a person named is that person's aside.
            if (at > 0 && p[at - 1].Kind == PieceKind.Comma && NameLexicon.Pronouns.Contains(speaker.Text) && cues[n].Verb + 1 < p.Count
                && p[cues[n].Verb + 1].Kind == PieceKind.Comma && OpensWithNamedPerson(p, cues[c]))
                continue;
            return at >= 0 && p.FindIndex(at, x => x.Kind == PieceKind.Quote) >= 0 ? at : -1;
        }

        return -1;
    }

    // "said Britain would keep up the pressure, and Downing Street said ...", "said X, while other voters said Y": a
    // reported clause ends at the ", and", ", but" or "while" that opens the next cue's clause with its own speaker
    // (without the comma "and" may join two subjects: "said Putin and Witkoff had agreed"); the link's index, or -1.
    private static int NextClauseAt(List<Piece> p, List<Cue> cues, int c)
    {
        for (var n = c + 1; n < cues.Count; n++)
        {
            if (cues[n].Form != CueForm.Normal || cues[n].Speaker is not { } speaker || speaker.Start <= p[cues[c].Verb].End)
                continue;
            var at = p.FindIndex(x => x.Start >= speaker.Start);
            // ", while interim NDP Leader Tomas Brenn said": a lower-case word of the title may precede the name.
            var before = at - 1;
            while (before > cues[c].Verb + 1 && at - before <= 2 && p[before].IsWord && char.IsLower(p[before].Text[0])
                && (NameLexicon.RoleWords.Contains(p[before].Text) || p[before].Text is "interim" or "outgoing" or "incoming"))
                before--;
            var link = LinkBeforeCircumstance(p, before);
            return link > cues[c].Verb + 1 && p[link].IsWord
                && (p[link].Text is "while" or "whereas" || (p[link].Text is "and" or "but" && p[link - 1].Kind == PieceKind.Comma)) ? link : -1;
        }

        return -1;
    }

    // "Güler, speaking to reporters, said ...", not "After Clinton accused him of sexism, he warned, ...": the cue's
    // speaker is a person named at the sentence's start, whose clause the sentence is.
    private static bool OpensWithNamedPerson(List<Piece> p, Cue cue) =>
        cue.Speaker is { } named && p.FindIndex(x => x.Start >= named.Start) == SentencePieces.DatelineEnd(p)
        && NameParts.Parse(named.Text) is { Kind: SpeakerKind.Person };

    // ", and on Thursday Brenn said ...", ", but in Kyiv officials said ...": a short circumstance may stand between the
    // link and the next speaker; the link's index then, `k` otherwise.
    private static int LinkBeforeCircumstance(List<Piece> p, int k)
    {
        for (var j = k - 1; j >= 2 && j >= k - 4; j--)
        {
            if (!p[j].IsWord)
                return k;
            if (p[j].Text is "and" or "but" && p[j - 1].Kind == PieceKind.Comma)
                return p[j + 1].Text is "on" or "in" or "at" or "later" or "earlier" or "last" or "this" or "then" or "meanwhile" or "separately" ? j : k;
        }

        return k;
    }

    // ", when he said": the pronoun at `at` follows "when" and a comma.
    private bool AfterCommaAndWhen(int at) =>
        at >= 7 && _text.AsSpan(0, at).TrimEnd() is var before && before.EndsWith(", when", StringComparison.Ordinal);

    // "Asked whether Finland could spare the troops, he said", ""...," he said, when asked if France would raise its
    // offer": a question about what a country will do is put to that country's own person. The folded adjective of
    // the country the sentence of `at` asks about, as the question's subject before its verb; null when it asks none.
    private string? AskedAboutACountry(int at)
    {
        var sentence = SentenceOf(at);
        var span = _text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        var asked = span.IndexOf("sked whether ", StringComparison.Ordinal);
        var length = "sked whether ".Length;
        if (asked < 0)
            (asked, length) = (span.IndexOf("sked if ", StringComparison.Ordinal), "sked if ".Length);
        if (asked < 1 || span[asked - 1] is not ('a' or 'A'))
            return null;
        var question = span[(asked + length)..].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (question.Length < 2)
            return null;
        var country = Tokenizer.Fold(question[0].EndsWith("'s", StringComparison.Ordinal) ? question[0][..^2] : question[0]);
        return char.IsUpper(question[0][0]) && QuestionVerbs.Contains(question[1]) && NameLexicon.FoldedDemonyms.TryGetValue(country, out var adjective) ? adjective : null;
    }

    private static readonly FrozenSet<string> QuestionVerbs = new[]
    {
        "would", "could", "will", "should", "can", "might", "may", "was", "is", "had", "has", "planned", "intended", "wanted",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The sentence holding `offset`; an empty span at `offset` when it falls between sentences.
    private TextSpan SentenceOf(int offset) =>
        SentenceIndexOf(offset) is var s and >= 0 && offset < _sentences[s].End ? _sentences[s] : new TextSpan(offset, offset);

    // True when "he" or "she" stands as a word in [from, to).
    private bool PronounBetween(int from, int to)
    {
        var span = _text.AsSpan(from, Math.Max(0, to - from));
        foreach (var word in span.Split(' '))
        {
            var w = span[word].Trim(",;:");
            if (w is "he" or "He" or "she" or "She")
                return true;
        }

        return false;
    }

    private int SentenceStartOf(int offset) => SentenceIndexOf(offset) is var s and >= 0 ? _sentences[s].Start : 0;

    // The last sentence starting at or before `offset` (sentences are in order and do not overlap); -1 when none does.
    private int SentenceIndexOf(int offset)
    {
        int lo = 0, hi = _sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_sentences[mid].Start <= offset)
                (found, lo) = (mid, mid + 1);
            else
                hi = mid - 1;
        }

        return found;
    }

    // Where a paragraph ends: where the next starts, or the text's end.
    private int ParagraphEnd(int paragraph) => paragraph + 1 < _paragraphStarts.Count ? _paragraphStarts[paragraph + 1] : _text.Length;

    // Where a paragraph's words start: after a list's bullet, if one opens it.
    private int WordsStart(int paragraph)
    {
        var start = _paragraphStarts[paragraph];
        var end = ParagraphEnd(paragraph);
        return QuoteMarkScanner.AfterBullet(_text, start, end);
    }

    private int ParagraphOf(int offset)
    {
        var i = _paragraphStarts.BinarySearch(offset);
        return i >= 0 ? i : ~i - 1;
    }

    // listener: the person the same verb says was told ("He told Slotkin that ..."), whom its pronoun cannot mean.
    private CastMember? Resolve(SpeakerPhrase phrase, int at, CastMember? listener = null)
    {
        if (phrase.Text is "No 10" or "Number 10")
            phrase = phrase with { Text = "Downing Street" };
        // "The coalition of the willing said": the beat's coalition speaks as one body; "Leaders of the coalition of
        // the willing said" are its leaders, unnamed.
        if (phrase.Text.EndsWith("coalition of the willing", StringComparison.OrdinalIgnoreCase))
        {
            var of = phrase.Text.IndexOf(" of the ", StringComparison.Ordinal);
            return phrase.Text[..of].Split(' ')[^1] is "coalition" or "Coalition" ? _cast.Institution("Coalition of the Willing", at) : _cast.Unnamed(Lower(phrase.Text), at);
        }

        var words = phrase.Text.Split(' ');
        // "The ministry itself said", "Brenn himself wrote": the intensifier only stresses who speaks.
        if (words.Length >= 2 && words[^1] is "itself" or "himself" or "herself" or "themselves")
        {
            phrase = phrase with { Text = phrase.Text[..phrase.Text.LastIndexOf(' ')] };
            words = words[..^1];
        }

        if (SeatStart(words) is var seat and > 0)
        {
            phrase = phrase with { Text = string.Join(' ', words, 0, seat) };
            words = words[..seat];
        }

        if ((OwnerOfText(phrase, words, at) ?? PaperJustCited(words, at)) is { } owner)
            return owner;
        if (words.Length == 1 && NameLexicon.Pronouns.Contains(words[0]))
        {
            var paragraph = ParagraphOf(at);
            // "The Élysée referred us to remarks by President Emmanuel Macron, when he said ...": a pronoun opening a
            // clause of time after a comma means the person its sentence named, when no person it could mean is the
            // sentence's subject.
            // "He avoided criticising Trump until recently, when he said ...": a pronoun before it is the subject.
            if (words[0] is "he" or "she" && AfterCommaAndWhen(at) && SentenceStartOf(at) is var sentenceStart && !PronounBetween(sentenceStart, at - 6)
                && _cast.NamedInPassing(words[0], sentenceStart, at, listener) is { } named)
                return named;
            if (words[0] is "he" or "she" && AskedAboutACountry(at) is { } adjective && _cast.OneOfNationality(adjective, words[0], at, listener) is { } national)
                return national;
            var opensWithQuote = _text.AsSpan(WordsStart(paragraph)).TrimStart().IndexOfAny(QuoteOpeners) == 0;
            // The speaker of a direct quote two paragraphs back, across one background paragraph ("Earlier in the week,
            // Putin agreed ...", "The call came a day after Putin said ..."): a flashback does not take the floor.
            if (opensWithQuote && paragraph >= 2 && _lastDirectSpeaker is { IsPersonal: true } direct && direct != listener && ParagraphOf(_lastDirectAt) == paragraph - 2
                && IsBackground(paragraph - 1) && (words[0] is "he" or "He" ? direct.Gender != 'f' : words[0] is "she" or "She" ? direct.Gender != 'm' : false))
                return direct;
            // ""...," he said" in a paragraph that opens with a quote, right after a paragraph quoting a compatible
            // speaker: the conversation goes on with that speaker.
            if (opensWithQuote && _lastSpeaker is { IsPersonal: true } last && last != listener && ParagraphOf(_lastSpeakerAt) == paragraph - 1
                && (words[0] is "he" or "He" ? last.Gender != 'f' : words[0] is "she" or "She" ? last.Gender != 'm' : false))
                return last;
            return _cast.Pronoun(words[0], at, RecentFrom(at), _paragraphStarts[Math.Max(0, paragraph - 1)], listener);
        }

        if (OfficeOfPerson(words, at) is { } office)
            return office;
        // "Russia's Permanent Mission to the EU said": a body named for where it is sent is an institution, not a
        // person called "EU" nor an unnamed source.
        if (IsSentBody(words))
            return _cast.Institution(phrase.Text, at);
        // "Alternative for Germany (AfD) said": a name its initials follow in brackets is an organisation's, whatever
        // its words ("for Germany" is no surname).
        if (words.Length > 2 && Array.Exists(words, w => w is "for" or "of" or "and") && char.IsUpper(words[0][0]) && InitialsAfter(phrase.End))
            return _cast.Institution(phrase.Text, at);
        // "One of the diplomats said": a share of a group speaks as written, not as the group.
        if (words is [var share, "of", "them"] && CueFinder.IsPartitive(share))
            return _cast.Unnamed(IndefiniteAppositionAfter(phrase.End) ?? ShareOfTheGroup(share, at), at);
        if (words.Length >= 3 && CueFinder.IsPartitive(words[0]) && words[1] == "of" && (words[^1].EndsWith('s') || words[^1] is "people"))
            return _cast.Unnamed(IndefiniteAppositionAfter(phrase.End) ?? Lower(phrase.Text), at);

        // "..., says minister", "Pentagon official tells senators": a headline calls by role alone the person the story
        // introduces with that role.
        if (ParagraphOf(at) == 0 && words.Length <= 3 && !NameLexicon.Determiners.Contains(words[0])
            && (NameLexicon.RoleWords.Contains(words[^1]) || NameLexicon.UnnamedHeads.Contains(words[^1])) && char.IsLower(words[^1][0])
            && (_cast.Describe(phrase.Text, at, RecentFrom(at), LedeEnd()) ?? WithoutNationality(words, at) ?? OfficeOfNextSubject(words, at)) is { Kind: SpeakerKind.Person } introduced)
            return introduced;

        // "Blumenthal and Cohen:", "Trump and Ryan issued a statement saying": people named together speak together,
        // kept as written; neither alone said it.
        if (IsNamedGroup(words))
            return _cast.Unnamed(phrase.Text, at);
        // "..., and another called it "platinum-standard"": "another" or an ordinal standing alone is one more of the
        // sources just quoted, as it is when it opens the sentence.
        // ("In another tweet, Trump called ...": after a preposition it is no subject.)
        if (words is ["another"] or ["a", "second" or "third" or "fourth" or "fifth"] && !AfterPreposition(phrase))
            return _cast.Unnamed(phrase.Text, at);
        // "Officials said": capitalised only because it opens the sentence.
        if (words.Length <= 3 && char.IsUpper(words[0][0]) && (NameLexicon.UnnamedHeads.Contains(words[^1]) || NameLexicon.Determiners.Contains(words[0]))
            && AllLower(words, 1))
            return _cast.Describe(phrase.Text, at, RecentFrom(at)) is { } known && (words[0] is "The" || (CueFinder.IsPossessive(words[0]) && !NameLexicon.InstitutionWords.Contains(words[^1]))
                    || (words is ["His" or "Her" or "Their", var kin] && NameLexicon.GenderOfNoun(kin) != '?' && known.Kind == SpeakerKind.Person)) ? known
                : OfficeOfLatestSubject(words, at) ?? OfficeOfNextSubject(words, at) ?? (IsPartyMember(words) ? CalledLatestSubject(words, at) : null)
                    ?? _cast.Unnamed(Lower(phrase.Text), at);
        // "The Nato Secretary General said": a phrase headed by a role word describes a person, even when an
        // organisation's name qualifies it; it is neither the organisation nor a person named "Nato".
        if (words.Length > 1 && HeadIsRole(words))
        {
            var described = InnerDescriptionStart(words) is var d and > 0 ? string.Join(' ', words[d..]) : phrase.Text;
            return _cast.Describe(described, at, RecentFrom(at), AheadTo(at)) ?? OfficeOfLatestSubject(words, at) ?? OfficeOfNextSubject(words, at) ?? CalledLatestSubject(words, at)
                ?? PartyOfLatestSubject(words, at) ?? _cast.Unnamed(Lower(described), at);
        }

        // "Hillary Clinton's right-hand woman", "Trump's spokesman": someone described through another, kept as written.
        // "Ukraine's top diplomat", "the country's top diplomat" may be the foreign minister the article named.
        if (words.Length >= 2 && char.IsLower(words[^1][0]) && NameLexicon.UnnamedHeads.Contains(words[^1]) && words.Any(CueFinder.IsPossessive)
            && char.IsUpper(words[0][0]))
            return (_cast.Describe(phrase.Text, at, RecentFrom(at)) is { Kind: SpeakerKind.Person } holder ? holder : null) ?? _cast.Unnamed(phrase.Text, at);
        var determiner = NameLexicon.Determiners.Contains(words[0]);
        // "A Nordic ambassador in Brussels", "a deputy from the ruling Servant of the People party": an unnamed source
        // qualified by a place, a body or a matter is the source up to its head noun, never a person named "Brussels".
        // "People close to Brenn", "officials in Kyiv": so is a source without a determiner. A definite one ("the
        // person familiar with the planning") may be someone described before, whom the description finds.
        var qualified = determiner ? PostmodifiedHead(words) : QualifiedPeople(words);
        if (qualified >= 0)
        {
            var source = string.Join(' ', words, 0, qualified + 1);
            // "..., the top US commander in Europe told senators" opening a story that names "Gen. X, who heads US
            // European Command" next: a definite source may be introduced just after.
            return (words[0] is "the" or "The" ? _cast.Describe(source, at, RecentFrom(at), AheadTo(at)) : null) ?? _cast.Unnamed(Lower(source), at);
        }

        if (AnyUpper(words, determiner ? 1 : 0))
        {
            if (EpithetOfLatestSubject(words, at) is { } called)
                return called;
            // "the former Army captain said": a description headed by a lower-case career is no name, whatever body
            // its capitals name.
            if (words[0] is "the" or "The" && char.IsLower(words[^1][0]) && (CareerHeads.Contains(words[^1]) || LifeHeads.Contains(words[^1]))
                && (_cast.Describe(phrase.Text, at, RecentFrom(at)) ?? CalledLatestSubject(words, at)) is { } career)
                return career;
            if (NameParts.Parse(phrase.Text) is not null)
                return _cast.Named(phrase.Text, at, phrase.Role);
            if (NameParts.IsGroup(words[^1]))
                return Group(phrase.Text, words, at);
            // "Democratic senators wrote", "Baltic lawmakers said": people described by a proper adjective speak as written.
            return _cast.Describe(phrase.Text, at, RecentFrom(at)) ?? CalledLatestSubject(words, at) ?? PartyOfLatestSubject(words, at)
                ?? (determiner || (words.Length <= 4 && IsPeople(words[^1])) ? _cast.Unnamed(Lower(phrase.Text), at) : null);
        }

        if (words[0] is "the" or "The")
            return _cast.Describe(phrase.Text, at, RecentFrom(at)) ?? EpithetOfLatestSubject(words, at) ?? CalledLatestSubject(words, at)
                ?? (words.Length <= 4 ? _cast.Unnamed(Lower(phrase.Text), at) : null);
        var head = words[^1];
        if (words.Length <= 8 && (determiner || NameLexicon.UnnamedHeads.Contains(head)) && (NameLexicon.UnnamedHeads.Contains(head) || head.EndsWith('s')))
            return _cast.Unnamed(Lower(phrase.Text), at);
        if (IsShareOfPeople(words))
            return _cast.Unnamed(Lower(phrase.Text), at);
        return determiner && PostmodifiedHead(words) is var k and > 0 ? _cast.Unnamed(Lower(string.Join(' ', words, 0, k + 1)), at) : null;
    }

    // "Western diplomats in Ankara said ... "...," one of them said": one of the diplomats, as the group's noun says;
    // "one of them" when "them" stands for no group of people.
    private string ShareOfTheGroup(string share, int at)
    {
        var group = _cast.Pronoun("they", at, RecentFrom(at), _paragraphStarts[Math.Max(0, ParagraphOf(at) - 1)]);
        var noun = group is { Kind: SpeakerKind.Unnamed, Plural: true } ? LastWord(group.Name) : null;
        return noun is not null && noun.EndsWith('s') && NameLexicon.UnnamedHeads.Contains(noun) ? $"{Lower(share)} of the {noun}" : $"{Lower(share)} of them";
    }

    // ""...," said one of the people, a European defence official.": the apposition says which of them spoke. An
    // indefinite source's description up to the sentence's end or next comma, headed by a source's noun; null otherwise.
    private string? IndefiniteAppositionAfter(int end)
    {
        var rest = _text.AsSpan(end);
        if (!rest.StartsWith(", a ", StringComparison.Ordinal) && !rest.StartsWith(", an ", StringComparison.Ordinal))
            return null;
        rest = rest[2..];
        var stop = rest.IndexOfAny(".,;\n");
        var apposition = (stop < 0 ? rest : rest[..stop]).ToString();
        var words = apposition.Split(' ');
        return words.Length <= 6 && NameLexicon.UnnamedHeads.Contains(words[^1]) ? apposition : null;
    }

    // " (AfD)", " (SVR)": initials in brackets right after `end`.
    private bool InitialsAfter(int end)
    {
        var i = end;
        while (i < _text.Length && _text[i] == ' ')
            i++;
        if (i >= _text.Length || _text[i] != '(')
            return false;
        var close = _text.IndexOf(')', i);
        if (close < 0 || close - i > 7)
            return false;
        var inside = _text.AsSpan(i + 1, close - i - 1);
        // Letters only: "(R-WI)" after a politician's name is a party and a state.
        foreach (var c in inside)
        {
            if (!char.IsLetter(c))
                return false;
        }

        return inside.Length >= 2 && inside[0] is >= 'A' and <= 'Z' && inside[1..].ContainsAnyInRange('A', 'Z');
    }

    // "Swedish Prime Minister Ulf Kristersson's office said": the office of a person the article gave a role speaks
    // as that person's office, named by role and name ("Office of Swedish Prime Minister Ulf Kristersson"); "His office
    // said" after the prime minister, which does not repeat the name, as the office of the role ("Office of the Prime
    // Minister"), when the role is an office. Null when the owner is no person with a role.
    private CastMember? OfficeOfPerson(string[] words, int at)
    {
        if (words.Length < 2 || words[^1] != "office")
            return null;
        if (words.Length == 2 && words[0] is "His" or "his" or "Her" or "her")
        {
            var holder = _cast.Pronoun(words[0] is "His" or "his" ? "he" : "she", at, RecentFrom(at), _paragraphStarts[Math.Max(0, ParagraphOf(at) - 1)]);
            return holder is { Kind: SpeakerKind.Person, FirstRole: { } held } && OfficeHeads.Contains(LastWord(held).ToLowerInvariant())
                ? _cast.Institution(SeatOf(holder) ?? $"Office of the {held}", at)
                : null;
        }

        if (!CueFinder.EndsInPossessiveS(words[^2]) || !char.IsUpper(words[^2][0]))
            return null;
        var name = string.Join(' ', words, 0, words.Length - 1)[..^2];
        if (NameParts.Parse(name) is not { Kind: SpeakerKind.Person } || _cast.Named(name, at) is not { FirstRole: { } role } owner)
            return null;
        return _cast.Institution(SeatOf(owner) ?? (NationalRole(owner) is { } national ? $"Office of the {national}" : $"Office of {role} {owner.Name}"), at);
    }

    // "Swedish Prime Minister Ulf Kristersson's office said" is the Office of the Swedish Prime Minister: an office with
    // a country outlives its holder, so it goes by the role; the role the article gives first, else the profile's.
    private static string? NationalRole(CastMember holder)
    {
        static bool National(string? role) => role is not null && role.Split(' ').Any(w => NameLexicon.IsDemonym(w));
        return National(holder.FirstRole) ? holder.FirstRole : National(holder.SeedRole) ? holder.SeedRole : null;
    }

    // "Macron's office said" is the Elysée speaking: the offices that go by the name of their seat.
    private static string? SeatOf(CastMember holder)
    {
        var roles = string.Join(' ', holder.Roles.Append(holder.SeedRole ?? "")).ToLowerInvariant().Split(' ');
        bool Has(string word) => roles.Contains(word);
        if (Has("president") && !Has("vice") && (Has("french") || Has("france")))
            return "Elysée";
        if (Has("president") && !Has("vice") && (Has("russian") || Has("russia")))
            return "Kremlin";
        return Has("prime") && (Has("british") || Has("uk") || Has("britain")) ? "Downing Street" : null;
    }

    private static string LastWord(string phrase) => phrase[(phrase.LastIndexOf(' ') + 1)..];

    // "..., says Polish deputy minister" over a story that introduces "Deputy Defence Minister Cezary Tomczyk" in its
    // second or third paragraph: a headline gives the nationality the story leaves to its dateline, so the role without
    // it finds the person. Null when the description opens with no nationality.
    private CastMember? WithoutNationality(string[] words, int at) =>
        words.Length >= 2 && NameLexicon.IsDemonym(words[0]) ? _cast.Describe(string.Join(' ', words, 1, words.Length - 1), at, RecentFrom(at), LedeEnd()) : null;

    // The end of a story's first three paragraphs after the headline: where it introduces whom the headline names.
    private int LedeEnd() => _paragraphStarts.Count > 4 ? _paragraphStarts[4] : _text.Length;

    // "Democrats say", "some Ukrainians said": a group speaks as written; only "the" or "those" refer back to a group
    // named before, never to a person whose role mentions it.
    private CastMember Group(string phrase, string[] words, int at) =>
        words[0] is "the" or "The" or "those" or "Those" or "these" or "These" && _cast.Describe(phrase, at, RecentFrom(at)) is { Kind: SpeakerKind.Unnamed } known
            ? known
            : _cast.Unnamed(Lower(phrase), at);

    // "Tomas Brenn flew to Kyiv ... The minister said", "the Republican presidential candidate said": a definite
    // description headed by an office that no one's given role fits is the story's latest subject, when the story
    // gave that person no role to compare: it names someone, then calls them by their office. Null otherwise.
    private CastMember? OfficeOfLatestSubject(string[] words, int at) =>
        words.Length > 1 && words[0] is "the" or "The" && OfficeHeads.Contains(words[^1]) ? _cast.RolelessSubject(at, RecentFrom(at))
            : EpithetOfLatestSubject(words, at);

    // "..., the armed forces minister told MPs on Tuesday." over a paragraph that opens "Tomas Brenn, giving evidence to
    // the committee, faced ...": a lede calls by office the person the story names, with no role, at the start of the
    // paragraph after it. The office becomes that person's role, so the headline's "Minister tells MPs" and a later
    // "the minister said" find them too. Null outside the headline and the lede, or when no such person opens the
    // next paragraph (someone the headline or lede named already is not the one the office stands for).
    private CastMember? OfficeOfNextSubject(string[] words, int at)
    {
        var office = words[0] is "the" or "The" ? words[1..] : words;
        if (office.Length is 0 or > 4 || !OfficeHeads.Contains(office[^1].ToLowerInvariant()) || ParagraphOf(at) is var paragraph && paragraph > LedeParagraph())
            return null;
        if (paragraph > 0 && !Array.TrueForAll(office, w => char.IsLower(w[0])))
            return null;
        var next = LedeParagraph() + 1;
        if (next >= _paragraphStarts.Count)
            return null;
        var start = _paragraphStarts[next];
        var end = ParagraphEnd(next);
        if (_cast.FirstSubject(start, end) is not { Kind: SpeakerKind.Person, Roles.Count: 0 } named || _cast.FirstMentionAt(named) is var first && (first < start || first > start + 1))
            return null;
        named.AddRole(string.Join(' ', office));
        return named;
    }

    // The story's first paragraph after the headline and any bracketed note ("[Translated from the German.]").
    private int LedeParagraph()
    {
        var lede = 1;
        while (lede + 1 < _paragraphStarts.Count && _text.AsSpan(_paragraphStarts[lede]).TrimStart().StartsWith("["))
            lede++;
        return lede;
    }

    // "Sen. Roger Wicker said ... "...," the Mississippi Republican said", "the 51-year-old told reporters": an epithet
    // of party, age or nationality calls the story's latest subject by something no role states. Null otherwise.
    // "the 47-year-old told reporters" after "Hanno Pevkur, 47,": the person of that age, whoever spoke last.
    private CastMember? EpithetOfLatestSubject(string[] words, int at) =>
        words.Length is > 1 and <= 4 && words[0] is "the" or "The" && (IsEpithet(words[^1]) || IsOriginEpithet(words))
            ? OfStatedAge(words, at) ?? _cast.LatestSubject(at, RecentFrom(at))
            : null;

    private CastMember? OfStatedAge(string[] words, int at) =>
        Array.Find(words, NameLexicon.IsAge) is { } epithet && int.TryParse(epithet.AsSpan(0, epithet.IndexOf('-')), out var age) ? _cast.OfAge(age, at) : null;

    // "the Welshman", "the Scot", "the Mayo man", "the Leeds woman": where a person comes from, said of the person.
    private static bool IsOriginEpithet(string[] words) =>
        (words.Length == 2 && OriginNouns.Contains(words[1]))
        || (words.Length == 3 && words[2] is "man" or "woman" && char.IsUpper(words[1][0]) && !NameLexicon.RoleWords.Contains(words[1]) && !CueFinder.IsPossessive(words[1]));

    private static readonly HashSet<string> OriginNouns = new(StringComparer.Ordinal)
    {
        "Welshman", "Welshwoman", "Scotsman", "Scotswoman", "Scot", "Englishman", "Englishwoman", "Irishman", "Irishwoman", "Frenchman",
        "Frenchwoman", "Dutchman", "Dutchwoman", "Cornishman", "Yorkshireman", "Finn", "Dane", "Swede", "Pole", "Brit", "Kiwi",
    };

    // ""...," the Reform MP said" after "Reform UK's Graham Stoddart accused ...": a definite description of an office
    // or a career that fits no role the article stated calls the person who was the subject just before by what the
    // writer knows of them. Only the latest subject of this paragraph or the one before, and only one the article gave
    // no office, or an office of that name: "the former central banker" after "Defence Minister David McGuinty ...
    // he said" is Carney, whom only the reader's knowledge finds, and no guess is better than the minister. Heads
    // that an unnamed source goes by ("the spokesman", "the official") are left alone: those are often never named.
    // "..., said the grandmother of four" after "Councillor Anna Quill, the mayor, ... she said": a word for a person's
    // family or time of life is no office, so any office the subject holds is no objection; only a gender the word
    // states must not clash.
    // "the secretary general" is no general (NameLexicon.RoleWord).
    private CastMember? CalledLatestSubject(string[] words, int at) =>
        words.Length is > 1 and <= 5 && words[0] is "the" or "The" && (CareerHeads.Contains(NameLexicon.RoleWord(words[^2].ToLowerInvariant(), words[^1].ToLowerInvariant())) || LifeHeads.Contains(words[^1])
            || IsPartyMember(words))
        && ((IsPartyMember(words) ? PersonJustNamedInPassing(at) : null) ?? _cast.LatestSubject(at, _paragraphStarts[Math.Max(0, ParagraphOf(at) - 1)])) is { } latest
        && (LifeHeads.Contains(words[^1])
            ? NameLexicon.GenderOfNoun(words[^1]) is var gender && (gender == '?' || latest.Gender == '?' || gender == latest.Gender)
            : Memberships.Contains(words[^1]) || latest.Roles.TrueForAll(role => RoleNames(role, words[^1]) || !HoldsOffice(role)))
            ? latest
            : null;

    // "That did not satisfy Mark Tavo. The Conservative member told the minister: ...": a person the sentence before
    // named only in passing, with no role and no one its subject, is the member the next sentence goes on to describe.
    private CastMember? PersonJustNamedInPassing(int at)
    {
        var sentence = SentenceStartOf(at);
        if (sentence == 0)
            return null;
        var before = SentenceStartOf(sentence - 1);
        return ParagraphOf(before) == ParagraphOf(at) ? _cast.OnlyPersonInPassing(before, sentence) : null;
    }

    // "the Conservative member", "the Labour member": a member after a party's capitalised name sits in a parliament,
    // as an MP does (a "member" alone may belong to anything).
    private static bool IsPartyMember(string[] words) =>
        words.Length >= 3 && words[^1] == "member" && char.IsUpper(words[^2][0]) && !NameLexicon.IsDemonym(words[^2]);

    // "The Labour MP for Slough said", "the Conservative member for Rayleigh and Wickford": the seat a member of a
    // parliament holds only says where they were elected; it names no one ("Slough" is no surname). The index of that
    // "for" in a definite description headed by a member, when a place in capitals (joined by "and") ends it; -1 otherwise.
    private static int SeatStart(string[] words)
    {
        if (words.Length < 4 || words[0] is not ("the" or "The"))
            return -1;
        var seat = Array.IndexOf(words, "for");
        if (seat < 2 || seat == words.Length - 1 || !SeatHolders.Contains(words[seat - 1]))
            return -1;
        for (var k = seat + 1; k < words.Length; k++)
        {
            if (!char.IsUpper(words[k][0]) && words[k] is not "and")
                return -1;
        }

        return seat;
    }

    // Who holds a seat "for" a place: "the MP for Slough", "the member for Hexham", "the senator for Tasmania".
    private static readonly HashSet<string> SeatHolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "mp", "mep", "msp", "mla", "ms", "td", "member", "senator", "councillor", "candidate", "deputy",
    };

    // "the Conservative MP" after "The shadow defence secretary, James Cartlidge, said": a seat in a parliament is
    // held with any office, so the office the article gave is no objection.
    private static readonly HashSet<string> Memberships = new(StringComparer.OrdinalIgnoreCase) { "mp", "mep", "msp", "lawmaker", "legislator", "parliamentarian", "member" };

    // "Belgian Prime Minister Tomas Brenn said ... "...," the N-VA leader told the Chamber": a party or body named
    // before an office says where the person of the office stands; without it, the description must find the subject
    // of this paragraph it calls by that office.
    private CastMember? PartyOfLatestSubject(string[] words, int at)
    {
        if (words.Length is < 3 or > 5 || words[0] is not ("the" or "The") || !OfficeHeads.Contains(words[^1]))
            return null;
        var party = 1;
        while (party < words.Length - 1 && char.IsUpper(words[party][0]) && !NameLexicon.RoleWords.Contains(words[party]) && !NameLexicon.IsDemonym(words[party])
            && !CueFinder.IsPossessive(words[party]))
            party++;
        if (party == 1 || party > 3)
            return null;
        var office = "the " + string.Join(' ', words, party, words.Length - party);
        var paragraph = _paragraphStarts[ParagraphOf(at)];
        if (_cast.LatestSubject(at, paragraph) is { } latest)
            return _cast.Describe(office, at, paragraph) == latest ? latest : null;
        // "Asked whether soldiers could go, the Social Democrat minister said": with no one before it in its
        // paragraph, the office finds whom the story last called so.
        return _cast.Describe(office, at, RecentFrom(at)) is { Kind: SpeakerKind.Person } holder ? holder : null;
    }

    // Words for a person by family or time of life ("the grandmother", "the pensioner"), which any office holder may be.
    private static readonly HashSet<string> LifeHeads = new(StringComparer.Ordinal)
    {
        "grandmother", "grandfather", "grandparent", "mother", "father", "parent", "widow", "widower", "pensioner", "retiree",
    };

    private static bool HoldsOffice(string role) => role.Split(' ').Any(CareerHeads.Contains);

    private static bool RoleNames(string role, string head) => role.Split(' ').Contains(head, StringComparer.OrdinalIgnoreCase);

    private static bool IsEpithet(string head) =>
        NameLexicon.IsAge(head) || PartyEpithets.Contains(head) || NameLexicon.IsDemonym(head);

    private static readonly HashSet<string> PartyEpithets = new(StringComparer.OrdinalIgnoreCase)
    {
        "republican", "democrat", "conservative", "liberal", "socialist", "centrist", "nationalist", "populist", "veteran",
    };

    // Heads of a description that an office holder is called by; a spokesman or an aide is someone else.
    private static readonly HashSet<string> OfficeHeads = new(StringComparer.Ordinal)
    {
        "minister", "secretary", "president", "chancellor", "premier", "senator", "governor", "mayor", "candidate", "nominee",
        "ambassador", "envoy", "commissioner", "chairman", "chairwoman", "leader", "congressman", "congresswoman", "lawmaker",
    };

    private static readonly HashSet<string> CareerHeads = new(OfficeHeads.Concat(
    [
        "mp", "mep", "captain", "colonel", "general", "admiral", "commander", "banker", "economist", "professor",
        "lawyer", "politician", "veteran", "analyst", "scholar", "historian", "academic", "lieutenant", "major",
        "trooper", "soldier", "serviceman", "sergeant", "corporal", "priest",
        // Everyday trades a feature calls its people by ("the former mill worker", "the farmer").
        "worker", "farmer", "teacher", "nurse", "doctor", "driver", "engineer", "fisherman", "miner", "shopkeeper", "mechanic",
        "volunteer", "student", "businessman", "businesswoman", "entrepreneur", "journalist", "writer", "pilot",
    ]), StringComparer.OrdinalIgnoreCase);

    private static bool IsNamedGroup(string[] words)
    {
        var and = Array.IndexOf(words, "and");
        return and > 0 && and + 1 < words.Length && words.Length <= 6 && char.IsUpper(words[and - 1][0]) && char.IsUpper(words[and + 1][0])
            && char.IsUpper(words[0][0]) && char.IsUpper(words[^1][0]);
    }

    // "two officials familiar with the planning", "a diplomat close to the talks": an unnamed source's head noun comes
    // early and what follows it only says which source, so the source is kept up to its head; -1 when there is none.
    private static int PostmodifiedHead(string[] words)
    {
        for (var k = 1; k <= 3 && k + 1 < words.Length; k++)
        {
            if (NameLexicon.IsPersonHead(words[k]) && (SourceQualifiers.Contains(words[k + 1]) || words[k + 1] == "who"))
                return k;
        }

        return -1;
    }

    // "senators", "officials", "lawmakers": a plural noun for people ("air defences" and "states" are things).
    private static bool IsPeople(string head) =>
        head.Length > 3 && head[^1] == 's' && char.IsLower(head[0])
        && (NameLexicon.IsPersonHead(head) || (NameLexicon.RoleWords.Contains(head[..^1]) && !RoleThings.Contains(head[..^1])));

    // Role words that, in the plural, are things or places rather than people.
    private static readonly HashSet<string> RoleThings = new(StringComparer.Ordinal)
    {
        "defence", "defense", "state", "house", "home", "campaign", "cabinet", "press", "security", "interior", "foreign", "national",
    };

    // "people close to Brenn", "Officials in Kyiv": a plural person noun opening the phrase, qualified by what follows.
    // "Officials in Kyiv", "Western diplomats in Ankara", "Senior European officials familiar with the talks": people
    // without a determiner, perhaps after an adjective or two, qualified by a place or a matter. The head's index, or
    // -1 when the words are no such source.
    private static int QualifiedPeople(string[] words)
    {
        for (var h = 0; h < Math.Min(3, words.Length - 2); h++)
        {
            var head = words[h];
            if (head.Length > 1 && head[^1] is 's' or 'e' && NameLexicon.IsPersonHead(head.ToLowerInvariant()) && SourceQualifiers.Contains(words[h + 1]))
                return h;
            if (!(NameLexicon.IsDemonym(head) || SourceAdjectives.Contains(head) || (h > 0 && char.IsLower(head[0]) && NameLexicon.RoleWords.Contains(head))))
                return -1;
        }

        return -1;
    }

    private static readonly FrozenSet<string> SourceAdjectives = new[]
    {
        "Western", "European", "Nordic", "Baltic", "Arab", "Allied", "Senior", "Other", "Some", "Several", "Two", "Three",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The words that tie what follows to a source's head noun: "familiar with", "close to", "in Kyiv".
    private static readonly FrozenSet<string> SourceQualifiers = new[]
    {
        "familiar", "close", "with", "on", "involved", "briefed", "knowledgeable", "from", "in", "at", "for", "posted", "stationed", "serving", "based",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The head of an English noun phrase is its last word before any "of" ("Office of the President" is an office).
    // "... from Romania undercut the very deterrence the general had described": reading left from the verb ran on
    // past the clause that holds it; "the" after a lower-case word that is neither a role nor a preposition opens
    // the description that speaks ("the general"). -1 when no such "the" stands inside the phrase.
    private static int InnerDescriptionStart(string[] words)
    {
        for (var k = words.Length - 2; k >= 2; k--)
        {
            if (words[k] == "the" && char.IsLower(words[k - 1][0]) && !NameLexicon.RoleWords.Contains(words[k - 1])
                && words[k - 1] is not ("of" or "for" or "and" or "to" or "in" or "on" or "at" or "with" or "from" or "by"))
                return k;
        }

        return -1;
    }

    private static bool HeadIsRole(string[] words)
    {
        var of = Array.IndexOf(words, "of");
        // "Secretary of State Marco Rubio", "Minister of Defence Tomas Brenn": a full name after the role's "of" phrase
        // is the person who holds the role, not a description of someone.
        if (of > 0 && EndsInFullName(words))
            return false;
        var head = words[of > 0 ? of - 1 : ^1];
        return NameLexicon.RoleWords.Contains(head) && !NameLexicon.InstitutionWords.Contains(head) && !CueFinder.IsPossessive(head);
    }

    private static bool EndsInFullName(string[] words) =>
        NameParts.Parse(string.Join(' ', words)) is { Kind: SpeakerKind.Person, Role: not null, Tokens.Length: >= 2 };

    // "most said they were "very worried"", "21 percent said "not too likely"": a share of those asked speaks for them.
    // Only a number or a hedge may come before the share ("about half", "Only 24 percent"; not "won the most").
    private static bool IsShareOfPeople(string[] words)
    {
        var share = words[^1];
        if (words.Length > 3 || !(share is "percent" or "most" or "half" || (share.EndsWith('%') && char.IsDigit(share[0]))))
            return false;
        for (var k = 0; k < words.Length - 1; k++)
        {
            if (!char.IsDigit(words[k][0]) && !ShareHedges.Contains(words[k]))
                return false;
        }

        return true;
    }

    private static readonly HashSet<string> ShareHedges = new(StringComparer.OrdinalIgnoreCase) { "about", "nearly", "almost", "only", "just", "roughly", "fully" };

    // Where "recent" starts for a reference at `at`: three paragraphs back. A person who was a subject or speaker since
    // then is who a pronoun or a description most likely means.
    private int RecentFrom(int at) => _paragraphStarts[Math.Max(0, ParagraphOf(at) - 3)];

    // Where "soon after" ends for a description at `at` that no one before it fits: the end of the next paragraph.
    private int AheadTo(int at)
    {
        // A headline's "general tells senators" may name whom the story introduces after its opening paragraph.
        var paragraph = ParagraphOf(at);
        var next = paragraph + (paragraph == 0 ? 3 : 2);
        return next < _paragraphStarts.Count ? _paragraphStarts[next] : _text.Length;
    }

    private static bool AllLower(string[] words, int from)
    {
        for (var k = from; k < words.Length; k++)
        {
            if (!char.IsLower(words[k][0]))
                return false;
        }

        return true;
    }

    private static bool AnyUpper(string[] words, int from)
    {
        for (var k = from; k < words.Length; k++)
        {
            if (char.IsUpper(words[k][0]))
                return true;
        }

        return false;
    }

    // The marks a quote can open with, in English and in translated European copy (QuoteMarkScanner).
    private static readonly System.Buffers.SearchValues<char> QuoteOpeners = System.Buffers.SearchValues.Create("\"“„«»”");

    private bool IsBackground(int paragraph)
    {
        var start = _paragraphStarts[paragraph];
        var end = ParagraphEnd(paragraph);
        var text = _text.AsSpan(start, end - start).Trim();
        if (text.IndexOfAny(QuoteOpeners) >= 0)
            return false;
        foreach (var opener in BackgroundOpeners)
        {
            if (text.StartsWith(opener, StringComparison.Ordinal))
                return true;
        }

        foreach (var link in BackgroundLinks)
        {
            if (text.Contains(link, StringComparison.Ordinal))
                return true;
        }

        return OpensWithFamily(text);
    }

    // "Her husband, Andriy, commands a drone unit. Their daughter, Sofia, is 19.": a paragraph on the speaker's family
    // is background to the speaker, not a new one.
    private static bool OpensWithFamily(ReadOnlySpan<char> text)
    {
        if (!(text.StartsWith("Her ", StringComparison.Ordinal) || text.StartsWith("His ", StringComparison.Ordinal) || text.StartsWith("Their ", StringComparison.Ordinal)))
            return false;
        var noun = text[(text.IndexOf(' ') + 1)..];
        var end = noun.IndexOfAny(' ', ',');
        return end > 0 && NameLexicon.IsKin(noun[..end].ToString());
    }

    private static readonly string[] BackgroundOpeners =
        ["Earlier", "Previously", "Last week", "Last month", "Last year", "Back in", "Days earlier", "A day earlier", "The day before", "Hours earlier", "Weeks earlier"];

    private static readonly string[] BackgroundLinks =
        [" came a day after ", " came after ", " comes after ", " came days after ", " came hours after ", " comes a day after ", " came a week after "];

    // "Officials said", "A senior official said": capitalised only because they open the sentence. A proper adjective
    // keeps its capital ("Ukrainian officials").
    private static string Lower(string phrase)
    {
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? phrase : phrase[..space];
        return phrase.Length > 1 && char.IsUpper(phrase[0]) && !char.IsUpper(phrase[1]) && (NameLexicon.Determiners.Contains(first) || NameLexicon.UnnamedHeads.Contains(first))
            ? char.ToLowerInvariant(phrase[0]) + phrase[1..]
            : phrase;
    }

    // A description keeps its capitals ("Marlow's memoir") but not a determiner's at a sentence start ("One user").
    private static string AsWritten(string phrase) => NameLexicon.Determiners.Contains(phrase.Split(' ')[0]) ? Lower(phrase) : phrase;

    private void Emit(CastMember member, QuoteKind kind, int start, int end, int clauseStart, int clauseEnd)
    {
        // Two cues of one sentence ("insisted ..., and said") may report the same clause: it is one quote. A report
        // inside one already read ("said the coalition had agreed that ...") is the outer speaker's words, unless a
        // person is named as its source (PolNeAR annotates "said Trump had told him that ..." as Trump's too).
        if (_found.Exists(f => (f.Quote.Start == start && f.Quote.End == end)
            || (kind == QuoteKind.Indirect && member.Kind != SpeakerKind.Person && f.Quote.Kind == QuoteKind.Indirect && f.Quote.Start <= start && f.Quote.End >= end)))
            return;
        _lastSpeaker = member;
        _lastSpeakerAt = start;
        if (kind == QuoteKind.Direct)
            (_lastDirectSpeaker, _lastDirectAt) = (member, start);
        _cast.Mention(member, start);
        var speaker = member.Kind == SpeakerKind.Institution ? InstitutionNames.Canonical(member.Name) : member.Name;
        var role = member.FirstRole;
        if (_identities is not null && member.Kind != SpeakerKind.Unnamed && !IsUnseededSurname(member, speaker))
        {
            var identity = _identities.Resolve(speaker, member.Kind, role);
            speaker = identity.Canonical;
            role ??= identity.Roles.Count > 0 ? identity.Roles[0] : null;
        }

        _found.Add(new QuoteFinding(new Quote(speaker, role, _text[start..end], kind, start, end), clauseStart, clauseEnd, member.Kind));
        _foundSpeakers.Add(member);
    }

    // "Carson said" in a story that never gives a first name: another story's Ben Carson may be someone else of that
    // name, so a surname alone joins a known person only when a topic profile names them ("Healey" is John Healey).
    private bool IsUnseededSurname(CastMember member, string speaker) =>
        member.Kind == SpeakerKind.Person && !speaker.Contains(' ') && _identities!.FindSeeded(speaker) is null;

    private void EmitQuote(int q, CastMember member, QuoteKind kind, int clauseStart, int clauseEnd)
    {
        if (_quoteSpeaker[q] is not null)
            return;
        _quoteSpeaker[q] = member;
        var span = _spans[q];
        Emit(member, kind, span.Start, span.End, kind == QuoteKind.Partial ? clauseStart : span.Start, kind == QuoteKind.Partial ? clauseEnd : span.End);
    }
}
