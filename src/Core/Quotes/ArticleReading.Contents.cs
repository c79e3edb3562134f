using System.Collections.Frozen;
namespace NewsBot.Core.Quotes;

/// <summary>What each cue says: the quotes beside it, or the clause it reports.</summary>
internal sealed partial class ArticleReading
{
    private static readonly HashSet<string> ScareMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "so-called", "dubbed", "known", "termed", "nicknamed", "labelled", "labeled", "branded", "term", "phrase", "word", "slogan", "label", "headlined", "titled", "entitled",
    };

    // afterReport: an earlier cue of the sentence has already reported its words; afterPersonReport: one whose speaker
    // is a person.
    private bool Contents(List<Piece> p, Cue cue, CastMember member, int nextSpeaker, int nextClause, bool afterReport = false, bool afterPersonReport = false)
    {
        var v = cue.Verb;
        var speakerFirst = cue.Speaker is null ? v : Index(p, cue.Speaker.Start);
        var speakerLast = cue.Speaker is null ? v : Index(p, cue.Speaker.End) - 1;
        var spoke = false;
        switch (cue.Form)
        {
            case CueForm.According when speakerFirst <= 2:
                var comma = p.FindIndex(speakerLast + 1, x => x.Kind == PieceKind.Comma);
                return comma > 0 && Report(p, comma + 1, LastContent(p), member, cue);
            // "The force, according to Brenn, would number 10,000": too short a subject before, the words after the source.
            // "Brenn told him that help would come, according to the council's account": the words before are what the
            // earlier cue reported; the account only says where the report comes from.
            case CueForm.According:
                return (!afterReport && Report(p, 0, Before(p, v), member, cue))
                    || (speakerLast + 2 < p.Count && p[speakerLast + 1].Kind == PieceKind.Comma && Report(p, speakerLast + 2, LastContent(p), member, cue));
            case CueForm.Inverted:
                spoke = Report(p, 0, Before(p, v), member, cue);
                return AfterSpeaker(p, speakerLast, member, cue) || spoke;
        }

        // ""...," he said, in remarks carried by state media": after a quote only another quote or a "that" clause follows.
        // Only a quote that opens the sentence counts: "On Fox News's "Sunday Futures," Issa said the ..." quotes a title.
        var attribution = DescribedFirst(p, cue, speakerFirst);
        var quoteBefore = attribution > 0 && p[attribution - 1].Kind == PieceKind.Quote ? attribution - 1
            : attribution > 1 && p[attribution - 1].Kind == PieceKind.Comma && p[attribution - 2].Kind == PieceKind.Quote ? attribution - 2 : -1;
        var afterQuote = quoteBefore >= 0 && !AnyWord(p, 0, quoteBefore);

        var from = v + 1;
        if (cue.Form == CueForm.Colon)
            return Report(p, from, LastContent(p), member, cue);
        // "called for a "clear, shared" rulebook", "asked allies to "stand firm"": an appeal reports the quoted words it
        // holds; what it asks for without quote marks is a call for action, not a report of speech, and is not a quote.
        if (CueFinder.AppealStart(p, v, cue.VerbText) is var appeal and > 0)
            return Report(p, appeal, RelativeClauseEnd(p, v, appeal), member, cue, quotedOnly: true, appeal: true);
        if (SpeechVerbs.HasListener(cue.VerbText))
            from = SkipListener(p, from, cue.VerbText);
        from = SkipToContent(p, from);
        // "John Healey has said after talks in Paris": a clause opening with a preposition is circumstance, not speech.
        var circumstance = from < p.Count && p[from].IsWord && p[from - 1].Text != "that"
            && p[from].Text is "after" or "before" or "during" or "following" or "while" or "when" or "at" or "in" or "on" or "as" or "ahead" or "amid" or "since" or "from" or "to" or "with" or "without"
            // "vowed to "take our fight" to the states": after a verb of promise, "to" opens what was promised.
            && !(p[from].Text == "to" && SpeechVerbs.Promises(cue.VerbText))
            // "said at least three countries had ...": "at least" and "at most" count what follows, they place nothing.
            && !(p[from].Text == "at" && from + 1 < p.Count && p[from + 1].Text is "least" or "most")
            // "whom she described as "peaceful"": after a verb of naming that needs a quote, "as" opens the description.
            && !(p[from].Text == "as" && SpeechVerbs.NeedsQuote(cue.VerbText) && p.FindIndex(from, x => x.Kind == PieceKind.Quote) is var q && q > from && q - from <= 4);
        // "Is there a risk that Europe promises more than it can deliver?": promising more or less than something
        // promises an amount, not a reported clause.
        circumstance |= SpeechVerbs.Promises(cue.VerbText) && from + 1 < p.Count && p[from].Text is "more" or "less" or "much" or "too" && p[from + 1].Text is "than" or "much" or "little";
        // "told reporters at the base, where he inspected the squadron": a relative after the comma says where or when
        // it was said; the report comes after it (", where he is a contributor, that ..."), or there is none.
        if (!circumstance && from > v + 1 && from < p.Count && p[from - 1].Kind == PieceKind.Comma && p[from].Text is "where" or "when")
        {
            var that = ThatAfterComma(p, from);
            (from, circumstance) = that > 0 ? (that + 1, false) : (from, true);
        }

        // "..., Brenn said on Wednesday, ending months of doubt": a participle after the comma says what else happened;
        // the reported words are the clause before. A speech participle that opens its own report (", adding that ...",
        // ", adding, "..."", ", saying its headquarters was ready") is a cue of its own; one that speaks only through
        // quoted words (", referring to the plan") still reports here.
        if (from > v + 1 && from < p.Count && p[from - 1].Kind == PieceKind.Comma && p[from].IsWord && p[from].Text.EndsWith("ing", StringComparison.Ordinal))
            circumstance |= !SpeechVerbs.IsSpeech(p[from].Text) || OpensOwnReport(p, from + 1)
                || (!SpeechVerbs.NeedsQuote(p[from].Text) && from + 1 < p.Count && p[from + 1].IsWord && StartsClause(p, from + 1));
        // "..., Brenn said on Friday, a day after a summit at which 26 ports pledged ...": a phrase of time after the
        // comma says when it was said, not what.
        circumstance |= from > v + 1 && from < p.Count && p[from - 1].Kind == PieceKind.Comma && OpensTimeAfter(p, from);
        var before = CoordinatedBefore(p, attribution - 1);
        var alsoBefore = false;
        if (!circumstance && SetOffMidSentence(p, cue, before, v, from))
        {
            // "Turkey is ready to lead, Güler said on Thursday, but he insisted that ...": the next cue's clause opens
            // right after the attribution; what this one reported is the clause before it.
            if (nextClause == from)
                circumstance = true;
            // "The talks would go on, the spokesperson said, but did not say whether ...", "..., but declined to give
            // details": what the speaker would not say is their own next act, not more of what was said ("He had no
            // affiliations, the airline added, and had passed all checks" goes on with what was said).
            else if (p[from].IsWord && p[from].Text is "and" or "but" && DeclinesToSay(p, from + 1))
                circumstance = true;
            // "Exports depended on safe lanes, he wrote, and every mine removed "is a ship ..."": a clause coordinated
            // with the one before the attribution is reported too, without its link.
            else if (p[from].IsWord && p[from].Text is "and" or "but" && from + 1 < p.Count && ClauseStart(p, before) >= 0)
                (from, alsoBefore) = (from + 1, true);
            // "Things have changed, she says, especially online", not "The main problem, she says, is money": after a
            // main clause the words that follow the attribution only go on with it; they are no predicate of a subject.
            else if (IsMainClause(p, before) && !OpensWithPredicate(p, from))
                alsoBefore = true;
            // "The Army would need reservists, he said, particularly engineers and medics.": a few words with no verb
            // or quoted words of their own only qualify the clause before, which is what was reported.
            // "The regiment was not going "to pick a fight", he said, but to make sure that a peace held.": nor do
            // words that open with an infinitive, which has no subject to stand as a clause.
            if (alsoBefore && (IsShortFragment(p, from) || (p[from].Text == "to" && p.FindIndex(from, x => x.Kind == PieceKind.Quote) < 0)))
                circumstance = true;
            // "The port would need 75,000 crew, the authors argue, once training and leave are allowed for.": a condition
            // after the attribution qualifies the reported clause; it is no report of its own.
            if (alsoBefore && p[from].Text is "once" or "provided" or "unless" && p.FindIndex(from, x => x.Kind == PieceKind.Quote) < 0)
                circumstance = true;
        }

        if (from < p.Count && !circumstance && (!afterQuote || p[from].Kind == PieceKind.Quote || p[from - 1].Text == "that"))
        {
            // "Quill asked whether Washington would provide air cover": a question put to someone is no report of
            // what anyone said (eval/quotes/ANNOTATION.md); only quoted words in it are the asker's.
            var question = IsReportedQuestion(p, v);
            spoke = nextClause > from ? Report(p, from, Math.Min(nextClause - 1, RelativeClauseEnd(p, v, from)), member, cue, quotedOnly: question)
                : nextSpeaker > from ? Report(p, from, nextSpeaker - 1, member, cue, quotedOnly: true)
                : Report(p, from, Math.Min(RelativeClauseEnd(p, v, from), BeforeSecondCue(p, from)), member, cue, quotedOnly: question);
        }

        // "..., Marlow said." / "..., Marlow told reporters on Monday.": the attribution closes a sentence of reported words.
        var closing = !spoke && ShortTail(p, v + 1) && before >= 0 && p.FindIndex(0, before + 1, x => x.Kind == PieceKind.Quote) < 0;
        // "Güler ... said Türkiye was open to it, a subject on which, he said, "..."": the words before an aside
        // attribution are already the earlier cue's report.
        if (cue.Form == CueForm.Normal && !(afterPersonReport && IsPronounAside(p, cue)) && before >= 0 && p[before].Kind is PieceKind.Comma or PieceKind.Quote or PieceKind.Dash && !OpensWithCircumstance(p, !closing))
        {
            var end = before;
            if (!spoke || alsoBefore || OnlyQuotes(p, 0, end))
                spoke = Report(p, 0, end, member, cue) || spoke;
        }

        return spoke;
    }

    // "a day after", "two weeks before", "hours after", "shortly before", "the day after": an amount of time, then
    // "after" or "before".
    private static bool OpensTimeAfter(List<Piece> p, int from)
    {
        if (!p[from].IsWord || !TimeAmounts.Contains(p[from].Text))
            return false;
        for (var k = from + 1; k < p.Count && k <= from + 2 && p[k].IsWord; k++)
        {
            if (p[k].Text is "after" or "before")
                return true;
        }

        return false;
    }

    private static readonly FrozenSet<string> TimeAmounts = new[]
    {
        "a", "an", "one", "two", "three", "four", "five", "the", "days", "hours", "weeks", "months", "minutes", "moments", "shortly", "just", "soon", "only",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The colon after up to six words from `a` (and before `b`), or -1.
    private static int ColonWithin(List<Piece> p, int a, int b)
    {
        for (var k = a + 1; k < b && k <= a + 7; k++)
        {
            if (p[k].Kind == PieceKind.Colon)
                return k;
            if (!p[k].IsWord)
                return -1;
        }

        return -1;
    }

    // ", he said,": a pronoun's attribution set off by commas.
    private static bool IsPronounAside(List<Piece> p, Cue cue) =>
        cue.Speaker is { } speaker && NameLexicon.Pronouns.Contains(speaker.Text) && Index(p, speaker.Start) is var k and > 0
        && p[k - 1].Kind == PieceKind.Comma && cue.Verb + 1 < p.Count && p[cue.Verb + 1].Kind == PieceKind.Comma;

    // The "that" right after a later comma of the sentence, or -1.
    private static int ThatAfterComma(List<Piece> p, int from)
    {
        for (var k = from + 1; k + 1 < p.Count; k++)
        {
            if (p[k].Kind == PieceKind.Comma && p[k + 1].Text == "that")
                return k + 1;
        }

        return -1;
    }

    // "..., a spokeswoman, Anna Quill, said": a description set off before the name it gives a role belongs to the
    // attribution; where the attribution starts (the speaker's first piece when nothing describes it first).
    private static int DescribedFirst(List<Piece> p, Cue cue, int speakerFirst)
    {
        if (cue.Form != CueForm.Normal || cue.Speaker?.Role is not { } role || speakerFirst < 2 || p[speakerFirst - 1].Kind != PieceKind.Comma)
            return speakerFirst;
        var k = speakerFirst - 2;
        while (k >= 0 && p[k].IsWord && speakerFirst - k <= 8)
            k--;
        var first = k + 1;
        // ""...," the defence minister, Anna Quill, said": the description may follow the quote itself.
        return first <= speakerFirst - 2 && (k < 0 || p[k].Kind is PieceKind.Comma or PieceKind.Quote)
            && CueFinder.Join(p, first, speakerFirst - 2).EndsWith(role, StringComparison.OrdinalIgnoreCase) ? first : speakerFirst;
    }

    // "..., Brenn said on Monday, ...": a cue whose speaker follows a comma inside the sentence and whose verb (with
    // any time or place after it) is closed by a comma before more words: the attribution is set off mid-sentence.
    // "Some doubt is useful, Hollis said — but "only if ..."": a dash after the attribution sets it off as a comma does.
    private static bool SetOffMidSentence(List<Piece> p, Cue cue, int before, int v, int from) =>
        cue.Form == CueForm.Normal && before > 0 && p[before].Kind == PieceKind.Comma && AnyWord(p, 0, before)
        && from > v + 1 && from < p.Count && p[from - 1].Kind is PieceKind.Comma or PieceKind.Dash && p[from].IsWord;

    // At most six words to the sentence's end, with no quote and no verb of their own ("particularly engineers and
    // medics", "by the upcoming vote").
    private static bool IsShortFragment(List<Piece> p, int from)
    {
        var words = 0;
        for (var k = from; k < p.Count; k++)
        {
            if (p[k].Kind == PieceKind.Quote)
                return false;
            if (p[k].IsWord)
                words++;
        }

        return words is > 0 and <= 6 && !HasFiniteVerb(p, from, p.Count - 1);
    }

    // "is figuring out", "must still register", "represents a shift": a verb first (after an adverb perhaps), so the
    // words before the attribution were its subject.
    // "did not say", "would not say", "declined to comment", "refused to give details": a refusal to speak, at k.
    private static bool DeclinesToSay(List<Piece> p, int k) =>
        k + 2 < p.Count && ((p[k].Text is "declined" or "refused" && p[k + 1].Text == "to")
            || (p[k].Text is "did" or "would" or "could" or "does" or "will" && p[k + 1].Text == "not" && SpeechVerbs.IsSpeech(p[k + 2].Text)));

    private static bool OpensWithPredicate(List<Piece> p, int k)
    {
        var word = p[k].Text;
        if (!char.IsLower(word[0]))
            return false;
        if (StartsPredicate(word) || IrregularPast.Contains(word) || (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or '\'' or '’')))
            return true;
        // "also brought", "quickly became": an adverb before the verb.
        return k + 1 < p.Count && p[k + 1].IsWord && (NameLexicon.BetweenWords.Contains(word) || CueFinder.IsMannerAdverb(word))
            && (StartsPredicate(p[k + 1].Text) || IrregularPast.Contains(p[k + 1].Text));
    }

    // The words before the comma at `end` are a main clause of at least four words with a verb of its own ("The Army
    // would need reservists"): not a subject ("His wife") and no clause part (OpensClauseAlone).
    private static bool IsMainClause(List<Piece> p, int end) =>
        ClauseStart(p, end) is var start and >= 0 && WordsBetween(p, start, end) >= 4 && HasFiniteVerb(p, start, end - 1);

    // Where the words before the comma at `end` start, when they may stand as a clause of their own: not a clause of
    // condition or time ("If the demands are not met"), a phrase of circumstance ("Despite the announced expansion"),
    // a clause cut at its link ("the days when"), or words after a dash or colon, where the sentence's own report may
    // stand; -1 otherwise.
    private static int ClauseStart(List<Piece> p, int end)
    {
        var start = SentencePieces.DatelineEnd(p);
        while (start < end && (!p[start].IsWord || p[start].Text is "And" or "But" or "So"))
            start++;
        for (var k = start; k < end; k++)
        {
            if (p[k].Kind is PieceKind.Dash or PieceKind.Colon)
                return -1;
        }

        return start < end && !Subordinators.Contains(p[start].Text) && !(p[end - 1].IsWord && NameLexicon.Boundaries.Contains(p[end - 1].Text)) ? start : -1;
    }

    private static int WordsBetween(List<Piece> p, int start, int end)
    {
        var words = 0;
        for (var k = start; k < end; k++)
        {
            if (p[k].IsWord)
                words++;
        }

        return words;
    }

    private static readonly FrozenSet<string> Subordinators = new[]
    {
        "if", "unless", "when", "whenever", "while", "although", "though", "because", "since", "as", "after", "before", "until", "once", "whether", "even",
        "in", "on", "at", "despite", "with", "without", "for", "from", "by", "during", "under", "over", "amid", "following", "besides", "beyond", "what", "whatever", "those",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "..., said Finnish defence minister Antti Häkkänen, "and we will."": a second quote after the speaker.
    private bool AfterSpeaker(List<Piece> p, int speakerLast, CastMember member, Cue cue)
    {
        var i = speakerLast + 1;
        while (i < p.Count && p[i].Kind is PieceKind.Comma or PieceKind.Colon)
            i++;
        return i < p.Count && p[i].Kind == PieceKind.Quote && Report(p, i, LastContent(p), member, cue);
    }

    // quotedOnly: the clause was cut short at the next speaker, so only quoted words in it are reported, never the
    // cut clause as indirect speech.
    // appeal: the clause is what an appeal asked for ("asked allies to ...", "called for ..."), read only for the quoted
    // words in it (with quotedOnly), of which one word is enough.
    private bool Report(List<Piece> p, int a, int b, CastMember member, Cue cue, bool quotedOnly = false, bool appeal = false)
    {
        // "HELSINKI: Finland will ..., the minister said": the dateline is where the story was filed, not what was said.
        if (a == 0)
            a = SentencePieces.DatelineEnd(p);
        while (a <= b && p[a].Kind is PieceKind.Comma or PieceKind.Colon or PieceKind.Dash or PieceKind.Other)
            a++;
        while (b >= a && p[b].Kind is PieceKind.Comma or PieceKind.Colon or PieceKind.Dash or PieceKind.End or PieceKind.Other)
            b--;
        if (a > b)
            return false;
        if (OnlyQuotes(p, a, b))
        {
            var any = false;
            for (var i = a; i <= b; i++)
            {
                if (p[i].Kind == PieceKind.Quote && _quoteSpeaker[p[i].QuoteIndex] is null && !IsTitle(p[i].QuoteIndex) && !IsLabel(p[i].QuoteIndex))
                {
                    EmitQuote(p[i].QuoteIndex, member, QuoteKind.Direct, 0, 0);
                    any = true;
                }
            }

            return any;
        }

        if (p[a].IsWord && p[a].Text == "that")
            a++;
        // "repeated it almost word for word: Italy will not send ...": the words after the colon are what was said.
        if (p[a].Text is "it" or "this" && ColonWithin(p, a, b) is var colon and > 0)
            a = colon + 1;
        var words = 0;
        var quotedWords = 0;
        var dated = false;
        var partials = new List<int>();
        for (var i = a; i <= b; i++)
        {
            if (p[i].IsWord)
            {
                words++;
                dated |= NameLexicon.Dates.Contains(p[i].Text);
            }
            else if (p[i].Kind == PieceKind.Quote && !IsScare(p, i))
            {
                partials.Add(i);
                quotedWords += _spans[p[i].QuoteIndex].Words(_text);
            }
        }

        // "called Trump "unhinged"": a verb that speaks only through quoted words needs no more than its object.
        // "saying that outsiders "look at these fools ..."": long quoted words make a clause of one word enough
        // (not "said Wednesday, "..."": a day is when, not what).
        // "added that planning "continues at pace"": after "that" a subject and its quoted predicate are a clause.
        // "Pevkur says Estonia 'ready to contribute'": a headline drops the verb its quoted predicate needs.
        var least = appeal ? 1 : partials.Count > 0 && (SpeechVerbs.NeedsQuote(cue.VerbText) || (a > 0 && p[a - 1].Text == "that") || ParagraphOf(p[a].Start) == 0) ? 2 : 3;
        if ((words + partials.Count < least && !(words >= 1 && quotedWords >= 4 && !dated)) || a > b)
            return false;
        var clauseStart = p[a].Start;
        var clauseEnd = p[b].End;
        if (partials.Count > 0)
        {
            // "said Warsaw had no request but was "open to discussing" it": the reported words before the turn are
            // indirect speech of their own; the quoted words report from the turn on.
            var turn = quotedOnly || SpeechVerbs.NeedsQuote(cue.VerbText) ? -1 : TurnBeforeQuote(p, a, partials[0]);
            if (turn > 0)
            {
                var end = TrimEnd(clauseStart, p[turn - 1].End);
                Emit(member, QuoteKind.Indirect, clauseStart, end, clauseStart, end);
                a = p[turn + 1].Text == "that" ? turn + 2 : turn + 1;
            }

            // "argued that a database would help, saying it is "all about management"": the words before the second
            // speech verb are indirect speech of their own; the quoted words report from after it.
            var participle = SpeechVerbBefore(p, a, partials[0]);
            if (participle > 0)
            {
                if (!quotedOnly && !SpeechVerbs.NeedsQuote(cue.VerbText))
                {
                    var end = TrimEnd(clauseStart, p[LinkBefore(p, participle) - 1].End);
                    Emit(member, QuoteKind.Indirect, clauseStart, end, clauseStart, end);
                }

                a = p[participle + 1].Text == "that" ? participle + 2 : participle + 1;
            }

            EmitPartials(p, a, b, partials, member);
            if (!quotedOnly && ThatClauseAfter(p, partials[^1], b) is var rest and > 0)
            {
                var end = TrimEnd(p[rest].Start, p[CircumstanceAfter(p, rest, b)].End);
                Emit(member, QuoteKind.Indirect, p[rest].Start, end, p[rest].Start, end);
            }

            return true;
        }

        if (quotedOnly || (SpeechVerbs.NeedsQuote(cue.VerbText) && !DescribedAs(p, a, b, cue.VerbText) && !ThatClauseOf(p, cue, a)) || ((SpeechVerbs.IsBelief(cue.VerbText) || SpeechVerbs.NeedsThat(cue.VerbText)) && !HasThat(p, cue.Verb, a)))
            return false;
        if (SpeechVerbs.TakesObject(cue.VerbText) && !HasThat(p, cue.Verb, a) && !HasFiniteVerb(p, a, b))
            return false;
        clauseEnd = p[CircumstanceAfter(p, a, b)].End;
        Emit(member, QuoteKind.Indirect, clauseStart, TrimEnd(clauseStart, clauseEnd), clauseStart, TrimEnd(clauseStart, clauseEnd));
        return true;
    }

    // "reported intense fighting around the town", "announced new packages": a verb that also takes a plain object
    // reports speech only through a clause, which has a verb of its own: an auxiliary or a past tense, or a subject
    // pronoun to open it; or it reports a promise through its infinitive ("pledged to send instructors").
    private static bool HasFiniteVerb(List<Piece> p, int a, int b)
    {
        if (p[a].Text is "to" or "it" or "he" or "she" or "they" or "we" or "there" || OpensWithContractedPronoun(p[a].Text))
            return true;
        for (var k = a; k <= b; k++)
        {
            if (p[k].IsWord && ((SecondVerb(p[k].Text) && !p[k].Text.Contains('-')) || IrregularPast.Contains(p[k].Text)))
                return true;
        }

        return false;
    }

    // "he's worth $10 billion", "it's over": a subject pronoun with its verb contracted onto it.
    private static bool OpensWithContractedPronoun(string word)
    {
        var mark = word.IndexOfAny(['\'', '’']);
        return mark > 0 && word[..mark] is "he" or "she" or "it" or "they" or "we" or "there" or "that";
    }

    // Past tenses that do not end in "-ed" ("sold", "made"), and the auxiliaries SecondVerb leaves out.
    private static readonly FrozenSet<string> IrregularPast = new[]
    {
        "do", "am", "sold", "made", "took", "gave", "got", "went", "came", "saw", "told", "said", "won", "lost", "left", "kept",
        "felt", "thought", "knew", "began", "became", "held", "paid", "sent", "spent", "built", "met", "brought", "bought", "ran", "fell",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "said American involvement was "vital" and that Britain was working on the details" (or "but that"): a second "that" clause
    // with no quoted words after the last ones is indirect speech of its own, however short its subject and verb ("...
    // "more symbolic than decisive", but that symbols mattered"); where it starts, or -1.
    private static int ThatClauseAfter(List<Piece> p, int lastQuote, int b)
    {
        for (var k = lastQuote + 1; k + 1 <= b; k++)
        {
            if (p[k].Kind == PieceKind.Quote)
                return -1;
            if (p[k].Text is "and" or "but" && p[k + 1].Text == "that")
            {
                var words = 0;
                for (var i = k + 2; i <= b; i++)
                {
                    if (p[i].Kind == PieceKind.Quote)
                        return -1;
                    if (p[i].IsWord)
                        words++;
                }

                return words >= 2 ? k + 2 : -1;
            }
        }

        return -1;
    }

    // "said he will "try" and insisted that his party was "still ahead"": each partial quote is reported by its own
    // clause. A clause ends where the sentence moves on after its quoted words; when more quoted words follow in a
    // clause of their own (words other than a bare "and" between), that clause starts after its link and any "that".
    private void EmitPartials(List<Piece> p, int a, int b, List<int> partials, CastMember member)
    {
        var start = a;
        for (var n = 0; n < partials.Count;)
        {
            var end = ReportedEnd(p, partials[n], b);
            var last = n;
            while (last + 1 < partials.Count && (partials[last + 1] <= end || !OpensClause(p, end + 1, partials[last + 1])))
            {
                last++;
                end = ReportedEnd(p, partials[last], b);
            }

            for (var i = n; i <= last; i++)
                EmitQuote(p[partials[i]].QuoteIndex, member, QuoteKind.Partial, p[start].Start, p[end].End);
            n = last + 1;
            if (n < partials.Count)
                start = NextClauseStart(p, end + 1, partials[n]);
        }
    }

    // The "and" or "but" that starts a second verb phrase of the same subject before the first quoted words ("... and
    // would take "appropriate measures"", "... but was "open""), or a second "that" clause ("... and that the Greens
    // wanted "clear rules"", "... but that it was "too early""), after a reported clause of at least four words with no quote of its own; -1 when there
    // is none.
    private static int TurnBeforeQuote(List<Piece> p, int a, int quote)
    {
        for (var k = quote - 2; k > a + 3; k--)
        {
            // ", but it intends to "do its part"": a clause of its own, with its subject pronoun, turns too.
            if (!(p[k].IsWord && p[k].Text is "and" or "but") || !p[k + 1].IsWord
                || !(SecondVerb(p[k + 1].Text) || p[k + 1].Text == "that"
                    || (p[k - 1].Kind == PieceKind.Comma && p[k + 1].Text is "it" or "he" or "she" or "they" or "we" && p[k + 2].IsWord)))
                continue;
            var words = 0;
            for (var i = a; i < k; i++)
            {
                if (p[i].Kind == PieceKind.Quote)
                    return -1;
                if (p[i].IsWord)
                    words++;
            }

            return words >= 4 ? k : -1;
        }

        return -1;
    }

    // "criticized the accord, saying the deal goes "nowhere near far enough"", "... and called him "a feminist"": the
    // last speech verb after a comma or "and" before the first quoted words, at least two words into the clause, which
    // reports them; -1 when there is none.
    private static int SpeechVerbBefore(List<Piece> p, int a, int quote)
    {
        for (var k = quote - 1; k > a + 1; k--)
        {
            if (p[k].IsWord && (p[k - 1].Kind == PieceKind.Comma || p[k - 1].Text == "and" || WhichItBefore(p, k)) && char.IsLower(p[k].Text[0]) && SpeechVerbs.IsSpeech(p[k].Text))
                return k;
        }

        return -1;
    }

    // "... against any deployment, which it described as "a step towards war"": a relative whose subject is the speaker
    // again reports the quoted words with its own verb.
    private static bool WhichItBefore(List<Piece> p, int k) =>
        k >= 3 && p[k - 1].Text is "it" or "he" or "she" or "they" && p[k - 2].Text == "which" && p[k - 3].Kind == PieceKind.Comma;

    // The comma or "and" before the speech verb SpeechVerbBefore found.
    private static int LinkBefore(List<Piece> p, int verb) => WhichItBefore(p, verb) ? verb - 3 : verb - 1;

    private static bool SecondVerb(string word) =>
        word is "is" or "was" or "were" or "are" or "would" or "will" or "could" or "should" or "can" or "may" or "might" or "must"
            or "had" or "has" or "have" or "did" or "does"
        || (word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal));

    // Between two quoted passages: a clause of its own has at least two words that are not "and" or "or".
    private static bool OpensClause(List<Piece> p, int from, int quote)
    {
        var words = 0;
        for (var k = from; k < quote; k++)
        {
            if (p[k].IsWord && p[k].Text is not ("and" or "or"))
                words++;
        }

        return words >= 2;
    }

    // ", insisting that his party was "still ahead"": the clause starts after "that" when one comes before the quote,
    // else after the punctuation and linking word.
    private static int NextClauseStart(List<Piece> p, int from, int quote)
    {
        for (var k = quote - 1; k >= from; k--)
        {
            if (p[k].IsWord && p[k].Text == "that")
                return k + 1;
        }

        var i = from;
        while (i < quote && (!p[i].IsWord || ClauseLinks.Contains(p[i].Text)))
            i++;
        return i;
    }

    // "She says she has never seen him shout, though she has seen him go silent": a concession whose subject is the
    // pronoun the reported clause opens with goes on with the speaker's own account.
    private static bool SameSubjectConcedes(List<Piece> p, int a, int link, int b) =>
        link + 1 <= b && p[link].Text is "though" or "although" && p[a].Text is "he" or "she" or "I" or "we" && p[link + 1].Text == p[a].Text;

    // "said Rome would send engineers, in remarks translated from Italian": where and how it was said, set off by a
    // comma at the end, is not what was said; the last piece of the reported clause before it.
    private static int CircumstanceAfter(List<Piece> p, int a, int b)
    {
        for (var k = a + 3; k + 1 <= b; k++)
        {
            if (SecondCueAt(p, k + 1))
                return k - 1;
            // "..., though several states remained opposed", "... even as allies pressed ahead", ", after hosting a call":
            // a concession or a time set against the reported words is the writer's.
            if (p[k + 1].IsWord && ((p[k].Kind == PieceKind.Comma && (p[k + 1].Text is "though" or "although" or "while" or "whereas"
                    || (p[k + 1].Text is "after" or "before" && k + 2 <= b && p[k + 2].IsWord && SpeechVerbs.IsParticiple(p[k + 2].Text))))
                || (p[k].Text == "even" && p[k + 1].Text == "as"))
                && !SameSubjectConcedes(p, a, k + 1, b))
                return k - 1;
            if (p[k].Kind != PieceKind.Comma || !p[k + 1].IsWord)
                continue;
            var next = p[k + 1].Text;
            var after = k + 2 <= b && p[k + 2].IsWord ? p[k + 2].Text : "";
            var third = k + 3 <= b && p[k + 3].IsWord ? p[k + 3].Text : "";
            if (next is "speaking" or "writing" or "citing" || (next == "according" && after == "to")
                || (next == "in" && (after is "remarks" or "comments" || (after is "a" or "an" && third is "statement" or "interview" or "speech" or "post" or "tweet" or "letter" or "email" or "video" or "briefing"))))
                return k - 1;
        }

        return b;
    }

    // "posted on Telegram that the talks had gone well", "demanded that the allies act": a "that" before a clause that
    // opens with its subject (not the "that" of "posted that video"), after a verb that takes one.
    private static bool ThatClauseOf(List<Piece> p, Cue cue, int a) =>
        SpeechVerbs.ReportsThatClause(cue.VerbText) && a > cue.Verb + 1 && a < p.Count && p[a - 1].Text == "that" && p[a].IsWord
        && (p[a].IsCapitalised || char.IsDigit(p[a].Text[0]) || p[a].Text is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "our" or "he" or "she" or "it" or "they" or "we" or "there" or "this" or "some" or "no"
            // "posted on Telegram that partners had agreed ...": a bare plural subject, then its verb.
            || (a + 1 < p.Count && p[a + 1].IsWord && StartsPredicate(p[a + 1].Text)));

    // "described the talks as constructive but unfinished": a verb of describing speaks without quote marks too, through
    // an object and what it was called; a bare "described as" right after the verb is a passive, not speech.
    private static bool DescribedAs(List<Piece> p, int a, int b, string verb)
    {
        if (!verb.StartsWith("describ", StringComparison.Ordinal))
            return false;
        for (var k = a + 1; k <= b - 2 && k <= a + 8; k++)
        {
            if (!p[k].IsWord)
                return false;
            if (p[k].Text == "as")
                return p[a].Text != "as";
        }

        return false;
    }

    // "says she respects Sanders' "passion and commitment" but argues ...": the reported clause of a partial quote ends
    // where the sentence moves on after its last quoted words: at a comma, dash or colon, or a linking word.
    private static int ReportedEnd(List<Piece> p, int lastQuote, int b)
    {
        // ""a tax on farmers," arguing that ...": a comma inside the closing mark turns the sentence too.
        if (lastQuote < b && p[lastQuote].LastQuoted == ',')
            return lastQuote;
        for (var k = lastQuote + 1; k <= b; k++)
        {
            if (p[k].Kind is PieceKind.Comma or PieceKind.Dash or PieceKind.Colon || (p[k].IsWord && ClauseLinks.Contains(p[k].Text)))
                return k - 1;
        }

        return b;
    }

    private static readonly FrozenSet<string> ClauseLinks =
        new[] { "and", "but", "before", "while", "when", "saying", "adding", "as" }.ToFrozenSet(StringComparer.Ordinal);

    // "Asked about the Kremlin's remarks, he said: ...": an opening participle phrase or time clause sets the scene;
    // it is not what the speaker said. A time clause is said, though, when the attribution closes the sentence with
    // nothing reported after it ("After two decades in office, Brenn will stay on as an adviser, Marlow said").
    private static bool OpensWithCircumstance(List<Piece> p, bool reportedAfter) =>
        p.Count > 0 && p[0].IsWord && (p[0].Text is "Asked" or "Speaking" or "Responding" or "Pressed" or "Questioned" or "Interviewed"
            or "Addressing" or "Appearing" or "Writing" or "Referring" or "Commenting" or "Reacting" or "Challenged"
            || (reportedAfter && p[0].Text is "After" or "Before" or "When" or "While" or "Although" or "Though" or "Because" or "Despite" or "During"
                or "Since" or "Until" or "Once" or "Following" or "Amid"));

    // "..., current and former officials said", "..., Brenn and Quill said": the speaker phrase read is the last of
    // two joined by "and" or "or"; the piece before the first one, when a comma sets both off.
    private static int CoordinatedBefore(List<Piece> p, int before)
    {
        var k = before;
        if (k < 2 || !(p[k].IsWord && p[k].Text is "and" or "or"))
            return before;
        k--;
        while (k > 0 && before - k <= 3 && p[k].IsWord)
            k--;
        return p[k].Kind == PieceKind.Comma && k < before - 1 ? k : before;
    }

    // At most six words and the sentence's end from `from` on ("told reporters on Monday."): nothing more is reported.
    private static bool ShortTail(List<Piece> p, int from)
    {
        var k = from;
        while (k < p.Count && p[k].IsWord && k - from < 6)
            k++;
        return k >= p.Count || p[k].Kind == PieceKind.End;
    }

    private int TrimEnd(int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] is ',' or '.' or ';' or ':'))
            end--;
        return end;
    }

    private static bool HasThat(List<Piece> p, int verb, int contentStart) =>
        p.Skip(verb + 1).Take(contentStart - verb).Any(x => x.Text == "that") || (contentStart > 0 && p[contentStart - 1].Text == "that");

    private static bool AnyWord(List<Piece> p, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (p[i].IsWord)
                return true;
        }

        return false;
    }

    private static bool OnlyQuotes(List<Piece> p, int a, int b)
    {
        var quotes = 0;
        for (var i = a; i <= b; i++)
        {
            if (p[i].Kind == PieceKind.Quote)
                quotes++;
            else if (p[i].IsWord && p[i].Text != "and")
                return false;
        }

        return quotes > 0;
    }

    // "leaders in the "coalition of the willing"": a term the topic follows, quoted alone outside a reported clause, is
    // the thing's name (inside one, "reported that a backstop in the form of "air cover" would ...", the source's word).
    private bool IsLabel(int q) =>
        _labels is { Count: > 0 } && _labels.Contains(_text[_spans[q].Start.._spans[q].End].ToLowerInvariant());

    // Nouns that a name in title case may come right before: "the "Eastern Sentry" operation".
    private static readonly FrozenSet<string> NamedThings = new[]
    {
        "operation", "plan", "initiative", "mission", "programme", "program", "doctrine", "strategy", "formula", "format", "group", "force",
        "coalition", "deal", "pact", "summit", "process", "project", "package", "fund", "scheme", "campaign",
    }.ToFrozenSet(StringComparer.Ordinal);

    private bool IsScare(List<Piece> p, int i)
    {
        var span = _spans[p[i].QuoteIndex];
        if (span.Words(_text) > 4)
            return false;
        // "informally dubbed the "coalition of the willing"": an article may stand between the marker and the term.
        if (i > 1 && p[i - 1].Text is "the" or "a" or "an" && p[i - 2].IsWord && ScareMarkers.Contains(p[i - 2].Text))
            return true;
        // "prepared to send a "reassurance force"", "some form of US "backstop"": a term the topic follows, right after
        // a determiner, a possessive or a capitalised modifier, is the article's name for the thing. After a
        // preposition ("in the form of "air cover"") it is the source's wording.
        // "Macron unveils plan for "reassurance force"": a headline quotes the topic's own term as its name.
        if (i > 0 && p[i - 1].IsWord && IsLabel(p[i].QuoteIndex)
            && (NameLexicon.Determiners.Contains(p[i - 1].Text) || CueFinder.IsPossessive(p[i - 1].Text) || p[i - 1].IsCapitalised || ParagraphOf(span.Start) == 0))
            return true;
        // "the alliance's new "Eastern Sentry" operation": a name in title case before the noun it names.
        if (i > 0 && i + 1 < p.Count && p[i + 1].IsWord && char.IsLower(p[i + 1].Text[0]) && NamedThings.Contains(p[i + 1].Text)
            && IsTitleCase(span.Start, span.End))
            return true;
        // "known as", "is described as": a name; "which it described as "..."" quotes the describer.
        return i > 0 && p[i - 1].IsWord && (ScareMarkers.Contains(p[i - 1].Text) || (p[i - 1].Text == "as" && i > 1
            && (p[i - 2].Text == "known" || (p[i - 2].Text == "described" && i > 2 && p[i - 3].Text is "is" or "was" or "are" or "were" or "been" or "being"))));
    }

    private int SkipListener(List<Piece> p, int from, string verb)
    {
        // "told "Fox and Friends" that ...", "told NBC's "Today" the ...": the programme is the listener.
        var programme = from + 1 < p.Count && p[from].IsCapitalised && CueFinder.IsPossessive(p[from].Text) ? from + 1 : from;
        if (programme < p.Count && p[programme].Kind == PieceKind.Quote && IsTitle(p[programme].QuoteIndex))
            return programme + 1;
        // "warned the border would close": only "told" always has a listener; the others only before "that".
        if (verb is not ("told" or "tell" or "tells" or "telling") && !p.Skip(from).Take(6).Any(x => x.Text == "that"))
            return from;
        for (var k = from; k < p.Count && k < from + 6; k++)
        {
            if (p[k].Text == "that" && !OpensRelativeClause(p, k, from))
                return k;
            // "told reporters: ...", "told reporters, "..."": the listener ends at the mark; the sentence's end comes
            // after a short reported clause ("telling reporters the allies would deliver.").
            if (p[k].Kind == PieceKind.End)
                break;
            if (!p[k].IsWord)
                return k;
        }

        // "told reporters the plan would fail", "told a news conference at the Elysee ...": the listener is a capitalised
        // name, or up to three lower-case words before a function word, a name or a verb, after a determiner perhaps.
        var i = from;
        if (i < p.Count && p[i].IsWord && NameLexicon.Determiners.Contains(p[i].Text))
            i++;
        if (i < p.Count && p[i].IsCapitalised)
        {
            while (i < p.Count && p[i].IsCapitalised)
                i++;
            return i;
        }

        var first = i;
        while (i < p.Count && i - first < 3 && (i == first || IsListenerWord(p[i])))
            i++;
        // "told broadcaster ZDF the plan ...", "told the newspaper Le Monde": a medium's name after the word for it.
        if (i > first && i < p.Count && p[i].IsCapitalised && MediaNouns.Contains(p[i - 1].Text))
        {
            while (i < p.Count && p[i].IsCapitalised)
                i++;
        }

        return Math.Min(p.Count, i);
    }

    private static readonly FrozenSet<string> MediaNouns = new[]
    {
        "broadcaster", "newspaper", "daily", "weekly", "magazine", "channel", "network", "agency", "radio", "television", "station", "outlet", "website", "broadcasters",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsListenerWord(Piece piece) =>
        piece.IsWord && char.IsLower(piece.Text[0]) && piece.Text != "of" && !piece.Text.Contains('\'') && !piece.Text.Contains('’')
        && !NameLexicon.Boundaries.Contains(piece.Text) && !NameLexicon.Determiners.Contains(piece.Text)
        && !NameLexicon.Pronouns.Contains(piece.Text) && !SecondVerb(piece.Text) && !SpeechVerbs.IsSpeech(piece.Text);

    private int SkipToContent(List<Piece> p, int from)
    {
        for (var k = from; k < p.Count && k < from + 9; k++)
        {
            // "said the ratification changed nothing and that ...": the "that" after "and" opens a second clause.
            if (p[k].Text == "that" && k > from && p[k - 1].Text == "and")
                break;
            // "said on Thursday, but he insisted that ...": a new clause after the comma holds no "that" of this verb.
            if (p[k].Kind == PieceKind.Comma && k + 2 < p.Count && p[k + 1].Text is "and" or "but" && p[k + 2].Text != "that")
                break;
            // "said on Monday, in the clearest sign yet that ...": after a comma and a preposition, only a "that" right
            // after a comma (", in a statement, that ...") is this verb's; one after a noun is the noun's.
            if (p[k].Text == "that" && !OpensRelativeClause(p, k, from) && !(p[k - 1].IsWord && CircumstanceSetOff(p, from, k)))
                return k + 1;
            // "stating on NBC's "Meet the Press" that ...": a programme's title is no quote to stop at.
            if ((p[k].Kind == PieceKind.Quote && !IsTitle(p[k].QuoteIndex)) || p[k].Kind is PieceKind.End or PieceKind.Colon || OpensOwnClause(p, k))
                break;
        }

        if (ThatAfterLongCircumstance(p, from) is var late and > 0)
            return late + 1;
        var i = from;
        // "said on Tuesday", "said in a statement", "said last week": not the content.
        while (i < p.Count && p[i].IsWord && (p[i].Text is "on" or "in" or "at" or "last" or "this" or "late" or "early" or "earlier" or "yesterday" or "today" or "previously" or "repeatedly" or "recently" or "publicly" or "also" or "again"
            // "said Wednesday morning on MSNBC's "Morning Joe"": the day, like "on Tuesday", is when it was said.
            || NameLexicon.Dates.Contains(p[i].Text)))
        {
            if (TimeThenSubject(p, i) is var subject and > 0)
            {
                i = subject;
                break;
            }

            var j = i + 1;
            while (j < p.Count && p[j].IsWord && j - i <= 4 && !(p[j].Text is "that" or "it" or "he" or "she" or "they" or "the" && j > i + 1 && p[j - 1].IsCapitalised))
            {
                if (p[j].IsCapitalised && p[j - 1].Text is "a" or "an")
                    break;
                j++;
                if (j < p.Count && p[j].Kind == PieceKind.Comma)
                    break;
            }

            // "told Politico earlier this week.": a time running to the sentence's end leaves nothing reported.
            if (j >= p.Count || p[j].Kind == PieceKind.End)
                return j;
            if (p[j].Kind is not (PieceKind.Comma or PieceKind.Colon or PieceKind.Quote))
                break;
            // "said on MSNBC's "Morning Joe" on Sunday that": the programme is where it was said, like the day.
            i = p[j].Kind == PieceKind.Quote && IsTitle(p[j].QuoteIndex) ? j + 1 : j;
        }

        while (i < p.Count && p[i].Kind is PieceKind.Comma or PieceKind.Colon or PieceKind.Dash)
            i++;
        return i;
    }

    // "told reporters at the White House on Monday, after meeting seven European leaders, that ...": a "that" right after
    // the comma closing a circumstance set off after the verb is the verb's, however long the circumstance. Only words
    // and commas stand between; -1 when there is no such "that".
    private static int ThatAfterLongCircumstance(List<Piece> p, int from)
    {
        for (var k = from + 1; k < p.Count && k < from + 20; k++)
        {
            if (!p[k].IsWord && p[k].Kind != PieceKind.Comma)
                return -1;
            if (p[k].Text == "that")
                return k >= from + 9 && p[k - 1].Kind == PieceKind.Comma && CircumstanceSetOff(p, from, k) ? k : -1;
        }

        return -1;
    }

    // The cue of "asked whether ...", "wanted to know why ...": its last piece is the question word.
    private static bool IsReportedQuestion(List<Piece> p, int v) =>
        p[v].Text is "whether" or "why" or "how" or "who" or "what" or "when" && v > 0 && p[v - 1].Text is "ask" or "asks" or "asked" or "asking" or "know";

    // A comma and a preposition between `from` and `k`: a phrase of circumstance set off after the verb.
    private static bool CircumstanceSetOff(List<Piece> p, int from, int k)
    {
        for (var m = from; m + 1 < k; m++)
        {
            if (p[m].Kind == PieceKind.Comma && p[m + 1].IsWord && p[m + 1].Text is "in" or "at" or "on" or "after" or "during" or "with" or "as")
                return true;
        }

        return false;
    }

    // "Brenn, who said he backed the plan, said the vote would pass": a cue in a relative clause after the subject
    // reports up to the comma where the main verb resumes; the sentence's last piece for any other cue.
    private static int RelativeClauseEnd(List<Piece> p, int v, int from)
    {
        var k = v - 1;
        while (k > 0 && p[k].IsWord && NameLexicon.BetweenWords.Contains(p[k].Text))
            k--;
        if (!(k >= 1 && p[k].Text == "who" && p[k - 1].Kind == PieceKind.Comma))
            return LastContent(p);
        for (var c = from + 1; c + 1 < p.Count; c++)
        {
            if (p[c].Kind == PieceKind.Comma && ResumesMainVerb(p, c + 1))
                return c - 1;
        }

        return LastContent(p);
    }

    // A speech verb, an auxiliary, or a past tense not opening a passive phrase ("recounted", not "backed by").
    private static bool ResumesMainVerb(List<Piece> p, int k)
    {
        if (!p[k].IsWord || !char.IsLower(p[k].Text[0]))
            return false;
        var word = p[k].Text;
        return SpeechVerbs.IsSpeech(word) || word is "is" or "was" or "has" or "had" or "will" or "would" or "can" or "could"
            || (word.EndsWith("ed", StringComparison.Ordinal) && !(k + 1 < p.Count && p[k + 1].Text == "by"));
    }

    // "confirmed that a meeting had taken place but said it had been "short and correct"": the reported clause ends
    // before the "but" or "and" that opens the subject's next cue, which reports what follows it; the last piece
    // otherwise.
    private static int BeforeSecondCue(List<Piece> p, int from)
    {
        for (var k = from + 2; k < p.Count; k++)
        {
            if (p[k].Kind == PieceKind.End)
                break;
            if (p[k - 1].Text is "and" or "but" && SecondCueAt(p, k)
                && (k + 1 >= p.Count || p[k + 1].Kind == PieceKind.Quote || p[k + 1].Text == "that" || (p[k + 1].IsWord && StartsClause(p, k + 1))))
                return k - 2;
        }

        return p.Count - 1;
    }

    // A word that can open a reported clause after a verb: a pronoun, a determiner or a capitalised name.
    private static bool StartsClause(List<Piece> p, int k) =>
        p[k].IsCapitalised || NameLexicon.Pronouns.Contains(p[k].Text) || NameLexicon.Determiners.Contains(p[k].Text);

    private static bool OpensOwnReport(List<Piece> p, int k) =>
        k < p.Count && (p[k].Text == "that" || p[k].Kind == PieceKind.Quote
            || (p[k].Kind is PieceKind.Comma or PieceKind.Colon && k + 1 < p.Count && p[k + 1].Kind == PieceKind.Quote));

    // "said the allies wanted a settlement that would last", "told reporters after a summit that ran late": a "that"
    // after a noun and right before a verb opens a relative clause on that noun, not the reported clause.
    private static bool OpensRelativeClause(List<Piece> p, int k, int from) =>
        k > from && p[k - 1].IsWord && char.IsLower(p[k - 1].Text[0]) && k + 1 < p.Count && p[k + 1].IsWord && StartsPredicate(p[k + 1].Text);

    // An auxiliary or a past tense (SecondVerb's), a common irregular past, or any word in "-ed".
    private static bool StartsPredicate(string word) =>
        SecondVerb(word) || word is "ran" or "took" or "made" or "came" or "went" or "began" or "left" or "met" or "held"
        || (word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal));

    // "said the plan was so bold that ...": a "that" after an auxiliary belongs to the reported clause; one after a
    // second cue ("..., adding that") belongs to that cue.
    private static bool OpensOwnClause(List<Piece> p, int k) =>
        p[k].IsWord && (p[k].Text is "is" or "was" or "were" or "are" or "would" or "will" or "could" or "should" or "can" or "may" or "might" or "must"
            || SecondCueAt(p, k)
            // "said families had known for weeks that ...": so does one after a perfect's auxiliary, unless it is a
            // speech verb's ("said his campaign has argued that ..."); what a group "had agreed that" is still what the
            // speaker reported ("said the coalition had agreed that ...").
            || (p[k].Text is "had" or "has" or "have" && k + 1 < p.Count && (!SpeechVerbs.IsSpeech(p[k + 1].Text) || SpeechVerbs.IsBelief(p[k + 1].Text))));

    // "..., adding that", "... but added that", "... and warned against": a speech verb after "and" or "but", or an -ing
    // one after a comma, is the subject's next cue ("the plan, called Shield," is no cue: a bare comma needs the -ing).
    private static bool SecondCueAt(List<Piece> p, int k)
    {
        if (k < 1 || !p[k].IsWord || !char.IsLower(p[k].Text[0]) || !SpeechVerbs.IsSpeech(p[k].Text))
            return false;
        var before = p[k - 1];
        return before.Text is "and" or "but" || (before.Kind == PieceKind.Comma && SpeechVerbs.IsParticiple(p[k].Text));
    }

    // "said on Monday it was ready", "said last week the plan had failed": a time phrase without a comma, then a clause
    // opening with its subject; returns where that clause starts, or -1.
    private static int TimeThenSubject(List<Piece> p, int i)
    {
        i = AfterPlace(p, i);
        if (i >= p.Count || !p[i].IsWord)
            return -1;
        if (i > 0 && p[i - 1].IsCapitalised && p[i].Text is "it" or "he" or "she" or "they" or "we" or "there" or "the")
            return i;
        // "said in a statement the UK would ...": after the document a clause opens with its subject, or a time does
        // ("said in a statement Thursday night they ...").
        if (AfterDocument(p, i) is var document and > 0)
        {
            if (document >= p.Count || !p[document].IsWord)
                return -1;
            if (!NameLexicon.Dates.Contains(p[document].Text) && p[document].Text is not ("on" or "last" or "this" or "earlier"))
                return p[document].IsCapitalised || p[document].Text is "it" or "he" or "she" or "they" or "we" or "there" or "the" ? document : -1;
            i = document;
        }
        var k = p[i].Text is "on" or "in" or "at" ? i + 1 : i;
        var times = 0;
        while (k < p.Count && k - i <= 3 && p[k].IsWord && (NameLexicon.Dates.Contains(p[k].Text) || TimeWords.Contains(p[k].Text)))
        {
            times += TimeWords.Contains(p[k].Text) && p[k].Text is "last" or "this" or "next" or "earlier" ? 0 : 1;
            k++;
        }

        return times > 0 && k < p.Count && p[k].IsWord && (p[k].Text is "it" or "he" or "she" or "they" or "we" or "there" or "the" || p[k].IsCapitalised) ? k : -1;
    }

    // "in a statement", "in an interview", "in a televised address": where the words were said; the index after it,
    // or -1 when none opens at i.
    private static int AfterDocument(List<Piece> p, int i)
    {
        if (p[i].Text != "in" || i + 2 >= p.Count || !(p[i + 1].Text is "a" or "an" or "his" or "her" or "its" or "their"))
            return -1;
        var k = i + 2;
        if (k + 1 < p.Count && p[k].IsWord && !SpokenDocuments.Contains(p[k].Text))
            k++;
        return p[k].IsWord && SpokenDocuments.Contains(p[k].Text) ? k + 1 : -1;
    }

    private static readonly FrozenSet<string> SpokenDocuments =
        new[] { "statement", "interview", "speech", "address", "letter", "post", "briefing", "readout", "tweet", "video", "op-ed", "article", "email" }.ToFrozenSet(StringComparer.Ordinal);

    // "said in Paris on Tuesday the ...", "told reporters in Brussels the ...": a place of up to three capitalised words
    // after "in" or "at" is where it was said; the index after it, or i when there is none.
    private static int AfterPlace(List<Piece> p, int i)
    {
        if (p[i].Text is not ("in" or "at"))
            return i;
        var k = i + 1;
        while (k < p.Count && k - i <= 3 && p[k].IsWord && p[k].IsCapitalised && !NameLexicon.Dates.Contains(p[k].Text))
            k++;
        return k > i + 1 ? k : i;
    }

    private static readonly FrozenSet<string> TimeWords =
        new[] { "last", "this", "next", "earlier", "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend" }.ToFrozenSet(StringComparer.Ordinal);

    private static int Index(List<Piece> p, int offset)
    {
        var i = p.FindIndex(x => x.Start >= offset);
        return i < 0 ? p.Count : i;
    }

    private static int Before(List<Piece> p, int index) => index - 1;

    private static int LastContent(List<Piece> p) => p.Count - 1;
}
