using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>Finds the speech cues of a sentence and reads the speaker phrase each one names.</summary>
internal static partial class CueFinder
{
    private static readonly HashSet<string> Invertible = new(StringComparer.Ordinal)
    {
        "said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "continued", "explained", "noted", "insisted",
        "replied", "declared", "warned", "argued", "stressed", "concluded", "recalled", "tweeted", "responded", "acknowledged", "observed",
    };


    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year", "night", "morning",
        "evening", "afternoon", "weekend", "time", "past",
    };

    // Sentence adverbs set off by commas between a speaker and the verb: "Hunter, meanwhile, told Politico".
    private static readonly HashSet<string> Parentheticals = new(StringComparer.OrdinalIgnoreCase)
    {
        "meanwhile", "however", "too", "though", "instead", "also", "then", "moreover", "nonetheless", "nevertheless", "meantime",
        "likewise", "similarly", "separately", "again", "though", "ultimately", "later", "earlier",
    };

    /// <summary>The cues of the sentence <paramref name="p"/>, in order.</summary>
    public static List<Cue> Find(List<Piece> p)
    {
        var cues = new List<Cue>();
        // "Q: On reports that Washington will not supply missiles": an interviewer's question reports nobody's words.
        if (p.Count > 2 && p[0].Text is "Q" && p[1].Kind == PieceKind.Colon)
            return cues;
        for (var v = 0; v < p.Count; v++)
        {
            if (!p[v].IsWord)
                continue;
            var word = p[v].Text;
            // "In his view, the commitment in Latvia already limits ...": opening the sentence, the holder of the view
            // is its source, as with "according to him".
            if (v == 0 && word == "In" && v + 3 < p.Count && p[v + 1].Text is "his" or "her" or "their" && p[v + 2].Text is "view" or "opinion" or "words"
                && p[v + 3].Kind == PieceKind.Comma)
            {
                var holder = p[v + 1].Text switch { "his" => "he", "her" => "she", _ => "they" };
                cues.Add(new Cue(v, "according to", new SpeakerPhrase(p[v + 1].Start, p[v + 1].End, holder, null), CueForm.According));
                v += 3;
                continue;
            }

            // "In coalition circles it was said that ...": an impersonal passive speaks for the circles the sentence
            // opens in; the cue reads on from the verb.
            if (v >= 4 && p[v - 1].Text is "was" or "is" && p[v - 2].Text == "it" && CirclesOpening(p, v - 2) is { } circles && SpeechVerbs.IsSpeech(word))
            {
                cues.Add(new Cue(v, word, circles, CueForm.Normal));
                continue;
            }

            // "..., a charge the ministry has previously rejected": a verb in a relative clause on a noun for a claim,
            // set off after the clause the noun sums up, answers the claim; it reports nothing.
            if (InClaimApposition(p, v))
                continue;
            // "In Brenn's view, the quay ...", "In Tomas Brenn's words, ...": a named holder works as the pronoun does.
            if (v == 0 && word == "In" && NamedHolderView(p) is { } holderName)
            {
                cues.Add(new Cue(v, "according to", holderName, CueForm.According));
                v += 2;
                continue;
            }

            if (word is "according" or "According" && v + 1 < p.Count && p[v + 1].Text == "to")
            {
                cues.Add(new Cue(v, "according to", AuthorOf(p, IssuerOf(p, ReadRight(p, v + 2))), CueForm.According));
                continue;
            }

            // ""...," read the email.": a document speaks through "read" only right after its quote.
            if (word is "read" or "reads" && v >= 1 && (p[v - 1].Kind == PieceKind.Quote || (v >= 2 && p[v - 1].Kind == PieceKind.Comma && p[v - 2].Kind == PieceKind.Quote))
                && ReadRight(p, v + 1) is { } document && EndsClause(p, document))
            {
                cues.Add(new Cue(v, word, document, CueForm.Inverted));
                continue;
            }

            // "The leaders' statement read in part: "..."": a document before "read" and a colon speaks through it.
            if (word is "read" or "reads" && ReadOutEnd(p, v) is var readOut and > 0 && ReadLeft(p, v) is { } reader && IsReadOut(reader.Text))
            {
                cues.Add(new Cue(readOut, word, reader, CueForm.Normal));
                continue;
            }

            // "As Vulture put it, "..."": the quote after "put it" is the speaker's wording.
            if (word is "put" or "puts" && PutItEnd(p, v) is var putIt and > 0 && ReadLeft(p, v) is { } wording)
            {
                cues.Add(new Cue(putIt, "put it", wording, CueForm.Normal));
                continue;
            }

            // "One diplomat summed up the mood in the building: "..."": summing something up words it as the quote after
            // the colon; the cue reads on from the last word before the colon.
            // "The mood was summed up by one of them, who spoke on condition of anonymity: "..."": in the passive the
            // agent after "by" sums it up; a relative after it may say how they spoke.
            if (word == "summed" && NextIs(p, v, "up") && v > 0 && p[v - 1].Text is "was" or "were" or "is" or "been" && NextIs(p, v + 1, "by")
                && AgentBeforeColon(p, v + 3) is var (agentEnd, agentColon) && agentColon > 0)
            {
                cues.Add(new Cue(agentColon - 1, "summed up", Phrase(p, v + 3, agentEnd, null), CueForm.Normal));
                v = agentColon;
                continue;
            }

            if (word is "summed" or "sums" or "sum" && NextIs(p, v, "up") && ColonBeforeQuote(p, v + 2, 6) is var summedColon and > 0 && ReadLeft(p, v) is { } summer)
            {
                cues.Add(new Cue(summedColon - 1, "summed up", summer, CueForm.Normal));
                v = summedColon;
                continue;
            }

            // "Brenn pointed out that ...", "..., making it clear that ...": the phrase is one cue, read from its first word.
            if (char.IsLower(word[0]) && SpeechPhraseEnd(p, v) is var end and >= 0 && !IsNounUse(p, v) && PhraseCue(p, v, end) is { } phrase)
            {
                cues.Add(phrase);
                v = end;
                continue;
            }

            if (!char.IsLower(word[0]) || !SpeechVerbs.IsSpeech(word) || IsNounUse(p, v))
                continue;
            // "The pledges add up to "a force on paper"": adding up is no speaking.
            if (word is "add" or "adds" or "added" && v + 1 < p.Count && p[v + 1].Text == "up")
                continue;
            // "Rubio will continue to be "a champion"": carrying on doing something is not speaking.
            if (word is "continue" or "continues" or "continued" or "continuing" && v + 1 < p.Count && p[v + 1].Text == "to")
                continue;
            // "He added that dialogue with Keston continued "at the working level"": a quote right after it, with no comma
            // or colon between, is how something went on, not what was said.
            if (word is "continue" or "continues" or "continued" && v + 1 < p.Count && p[v + 1].Kind == PieceKind.Quote && v > 0 && p[v - 1].IsWord)
                continue;
            // "The debate continued until 5.54 pm", "Quill continued for an hour": a time after it is how long something
            // went on, not what was said.
            if (word is "continue" or "continues" or "continued" && v + 1 < p.Count && p[v + 1].Text is "until" or "till" or "for" or "into" or "through" or "throughout")
                continue;
            // "a full ceasefire, guarantees and continued pressure on Keston": after the "and" of a list and before a
            // noun, "continued" says what kind of pressure, and no one speaks.
            if (word == "continued" && v > 0 && p[v - 1].Text is "and" or "or" && v + 1 < p.Count && p[v + 1].IsWord && char.IsLower(p[v + 1].Text[0])
                && !IsFunctionWord(p, v + 1) && !NameLexicon.Determiners.Contains(p[v + 1].Text) && p[v + 1].Text is not ("that" or "to" or "by" or "on" or "in" or "with"))
                continue;
            // "the expansion ... would continue "on schedule"": after a modal, going on is not speaking.
            if (word is "continue" && v > 0 && (Modals.Contains(p[v - 1].Text) || p[v - 1].Text == "to"))
                continue;
            // "quoted an official as calling him "..."": any speech participle after "quoted ... as".
            if ((word == "saying" || (SpeechVerbs.IsParticiple(word) && word.EndsWith("ing", StringComparison.Ordinal))) && v > 0 && p[v - 1].Text == "as")
            {
                var quoted = FindQuoting(p, v - 2, 14);
                // "Brenn was quoted (by the agency) as saying", "X is quoted in the release as saying": in the passive
                // the subject speaks, not the medium or the document.
                if (quoted >= 1 && p[quoted - 1].Text is "was" or "were" or "is" or "are" or "been" or "being"
                    && (quoted + 1 > v - 2 || p[quoted + 1].Text is "by" or "in" or "on") && ReadLeft(p, quoted - 1) is { } subject)
                {
                    cues.Add(new Cue(v, word, subject, CueForm.QuotedAs));
                    continue;
                }

                if (quoted >= 0 && quoted + 1 <= v - 2)
                {
                    cues.Add(new Cue(v, word, Phrase(p, quoted + 1, v - 2, null), CueForm.QuotedAs));
                    continue;
                }
            }

            if (SpeechVerbs.IsParticiple(word) && AfterDocument(p, v))
            {
                cues.Add(new Cue(v, word, null, CueForm.Participle));
                continue;
            }

            // "It was announced by the defence ministry that ...": in the passive the agent after "by" speaks; the cue
            // reads on from the agent's last word.
            if (PassiveAgent(p, v) is { } agent)
            {
                cues.Add(new Cue(Index(p, agent.End) - 1, word, agent, CueForm.Normal));
                continue;
            }

            if (IsReducedPassive(p, v) || ModifiesObject(p, v))
                continue;

            // "Brenn responded by pointing a finger at her, saying ...": what someone did to respond is no report; the
            // participle after it is. "concluded by warning that ...", "by making it clear that ..." still speak.
            if (v + 2 < p.Count && p[v + 1].Text == "by" && p[v + 2].IsWord && p[v + 2].Text.EndsWith("ing", StringComparison.Ordinal)
                && !SpeechVerbs.IsSpeech(p[v + 2].Text) && SpeechPhraseEnd(p, v + 2) < 0)
                continue;
            var left = ReadLeft(p, v);
            // "diplomatic sources quoted by the Efe agency said": the medium only passes on what its sources said.
            if (left is not null && Index(p, left.Start) is var from and >= 3 && p[from - 1].Text == "by" && p[from - 2].Text is "quoted" or "cited"
                && ReadLeft(p, from - 2) is { } source && NameLexicon.IsPersonHead(source.Text[(source.Text.LastIndexOf(' ') + 1)..]))
                left = source;
            // "he had written to the defence secretary asking for ...": a participle after a preposition's object is
            // what the clause's subject did, not what the object said.
            if (left is not null && AfterPrepositionObject(p, v, left))
                cues.Add(new Cue(v, word, null, CueForm.Participle));
            else if (left is not null)
                cues.Add(new Cue(v, word, left, CueForm.Normal));
            else if ((Invertible.Contains(word) || HandedOver(p, v)) && LeftIsOpen(p, v) && !OpensWithFunctionWord(p, v + 1) && ReadRight(p, v + 1) is { } right
                && (EndsClause(p, right) || (AfterQuote(p, v) && OpensSpeaker(p, v + 1))))
                cues.Add(new Cue(v, word, NamedAfterDescription(p, right) ?? right, CueForm.Inverted));
            else if (v > 0 && ((SpeechVerbs.IsParticiple(word) && p[v - 1].Kind == PieceKind.Comma) || AfterConjunction(p, v) || IsGerundCue(p, v)))
                cues.Add(new Cue(v, word, null, CueForm.Participle));
        }

        // Any verb works as a cue when the layout leaves no doubt: ""...," he surmised." or "X elaborated: "..."".
        for (var v = 0; v < p.Count; v++)
        {
            if (!p[v].IsWord)
                continue;
            var phrasal = IsPhrasalVerb(p[v].Text);
            if (!(phrasal || LooksLikeVerb(p[v].Text)) || HasCueAt(cues, v))
                continue;
            // ""...," beamed Ed Marlow of Leeds.": a verb between a quote and a name ending the clause is inverted.
            if (!phrasal && AfterQuote(p, v) && v + 1 < p.Count && p[v + 1].IsCapitalised && ReadRight(p, v + 1) is { } named && EndsClause(p, named))
            {
                cues.Add(new Cue(v, p[v].Text, named, CueForm.Inverted));
                continue;
            }

            // "Trump went on," / "Clinton shot back:": the particle belongs to the verb.
            var next = phrasal && v + 1 < p.Count && p[v + 1].Text is "on" or "back" ? v + 1 : v;
            // "Rubio fired back forcefully: "..."": a manner adverb may follow the particle.
            if (next > v && next + 1 < p.Count && p[next + 1].IsWord && IsMannerAdverb(p[next + 1].Text))
                next++;
            var beforeQuote = next + 2 < p.Count && p[next + 1].Kind is PieceKind.Colon or PieceKind.Comma && p[next + 2].Kind == PieceKind.Quote;
            // ""...," Brenn shot back with a laugh.": after its particle a phrasal verb may go on with a circumstance.
            var endsAfter = next + 1 >= p.Count || p[next + 1].Kind is PieceKind.End or PieceKind.Comma || (next > v && p[next + 1].Text is "with" or "at" or "in" or "to");
            // Reading the speaker is the costly part and most verb-like words stand nowhere near a quote: look first.
            if (!beforeQuote && !endsAfter)
                continue;
            var left = ReadLeft(p, v);
            if (left is null || WordCount(left.Text) > 6 || NamesAThing(left.Text))
                continue;
            var leftStart = Index(p, left.Start);
            var afterQuote = leftStart > 0 && (p[leftStart - 1].Kind == PieceKind.Quote || (leftStart > 1 && p[leftStart - 1].Kind == PieceKind.Comma && p[leftStart - 2].Kind == PieceKind.Quote))
                && endsAfter;
            if (beforeQuote || afterQuote)
                cues.Add(new Cue(v, p[v].Text, left, CueForm.Normal));
        }

        if (cues.Count == 0 && SpeakingLabel(p) is { } label)
            cues.Add(label);
        cues.Sort((a, b) => a.Verb.CompareTo(b.Verb));
        DropSubjectsOfParentheticals(p, cues);
        DropSourcesOfReports(p, cues);

        // "Healey: "..."": a short capitalised name, a colon and a quote.
        // "Brenn: «We are ready» – ports promise crews": a headline's second clause after a dash has its own cues.
        var colon = p.FindIndex(x => x.Kind == PieceKind.Colon);
        if (cues.Count > 0 && !(colon > 0 && colon + 2 < p.Count && p[colon + 2].Kind == PieceKind.Dash && cues.TrueForAll(c => c.Verb > colon + 2)))
            colon = -1;
        if (colon is > 0 and <= 5 && colon + 1 < p.Count && p[colon + 1].Kind == PieceKind.Quote && AllCapitalised(p, 0, colon - 1))
            cues.Add(new Cue(colon, ":", Phrase(p, 0, colon - 1, null), CueForm.Colon));
        else if (colon > 0 && colon + 1 < p.Count && p[colon + 1].Kind == PieceKind.Quote && NamedBeforeColon(p, colon) is { } named)
            cues.Add(new Cue(colon, ":", Phrase(p, named, colon - 1, null), CueForm.Colon));
        // "16:02 – Rutte: Nato 'not a party' but 'not a bystander'": a head (no full stop) naming its speaker before the
        // colon gives them the quoted words after it.
        else if (colon > 0 && p[^1].Kind != PieceKind.End && p.FindIndex(colon + 1, x => x.Kind == PieceKind.Quote) > 0
            && NamedBeforeColon(p, colon) is { } head && colon - head <= 3)
            cues.Add(new Cue(colon, ":", Phrase(p, head, colon - 1, null), CueForm.Colon));
        return cues;
    }

    // "A White House official, speaking on condition of anonymity:": a line that is only a speaker, how they spoke and a
    // colon labels the quote paragraph after it. The cue stands on the last word, so its colon carries the speaker on.
    private static Cue? SpeakingLabel(List<Piece> p)
    {
        if (p.Count < 5 || p[^1].Kind != PieceKind.Colon || !p[0].IsCapitalised)
            return null;
        var comma = p.FindIndex(x => x.Kind == PieceKind.Comma);
        if (comma < 1 || comma + 2 >= p.Count - 1 || p[comma + 1].Text is not ("speaking" or "writing" or "commenting"))
            return null;
        for (var k = 0; k < p.Count - 1; k++)
        {
            if (k != comma && !p[k].IsWord)
                return null;
        }

        return new Cue(p.Count - 2, p[comma + 1].Text, Phrase(p, 0, comma - 1, null), CueForm.Normal);
    }

    /// <summary>
    /// "Brenn: 26 countries pledge to guarantee Ukraine's security": a headline opening with a short name and a colon
    /// gives that person's words without quote marks. Null when the sentence is not so built; a dateline in capitals
    /// ("KYIV:") names no speaker, and quoted words after the colon are left to the rules for quotes.
    /// </summary>
    public static Cue? HeadlineColonCue(List<Piece> p)
    {
        var colon = p.FindIndex(x => x.Kind == PieceKind.Colon);
        if (colon is < 1 or > 3 || !AllCapitalised(p, 0, colon - 1) || colon + 3 >= p.Count || p.FindIndex(colon, x => x.Kind == PieceKind.Quote) >= 0)
            return null;
        for (var k = 0; k < colon; k++)
        {
            if (!p[k].Text.AsSpan(1).ContainsAnyInRange('a', 'z'))
                return null;
        }

        return new Cue(colon, ":", Phrase(p, 0, colon - 1, null), CueForm.Colon);
    }

    /// <summary>
    /// "Intelligence 'for as long as it takes': Rubio", "'We are a fire brigade': the general who would lead ...": a
    /// headline naming after a quote and a colon who said it, by a short name or "the" and a title. Null otherwise.
    /// </summary>
    public static Cue? HeadlineTrailingSpeaker(List<Piece> p)
    {
        var colon = p.FindIndex(1, x => x.Kind == PieceKind.Colon);
        if (colon < 1 || p[colon - 1].Kind != PieceKind.Quote || colon + 1 >= p.Count || !p[colon + 1].IsWord)
            return null;
        var first = InterviewedAfter(p, colon + 1);
        if (p[first].Text is "the" or "The")
            return first + 1 < p.Count && p[first + 1].IsWord && char.IsLower(p[first + 1].Text[0])
                ? new Cue(colon, ":", Phrase(p, first, first + 1, null), CueForm.Colon) : null;
        var last = first;
        while (last + 1 < p.Count && p[last + 1].IsWord && p[last + 1].IsCapitalised)
            last++;
        // "'Our jets can be there in minutes': Brekelmans as allies sketch ...", "'...': Shmyhal on what ...": the
        // headline may go on to say what the occasion was.
        var rest = last + 1;
        // A name after "Q&A with" may carry its titles ("Lt Gen Sir Tomas Brenn").
        var longest = first > colon + 1 ? 6 : 3;
        return p[first].IsCapitalised && last - first < longest && (rest >= p.Count || p[rest].Kind == PieceKind.End || (p[rest].IsWord && char.IsLower(p[rest].Text[0])))
            ? new Cue(colon, ":", Phrase(p, first, last, null), CueForm.Colon) : null;
    }

    // "'A ceasefire is not peace': Q&A with Tomas Brenn", "'...': an interview with Anna Quill": a headline quoting the
    // person it interviews names them after the words that say so; the first piece of the name, or `at` when none.
    private static int InterviewedAfter(List<Piece> p, int at)
    {
        var k = at;
        if (k < p.Count && p[k].Text == "Q&A")
            k++;
        else if (k + 1 < p.Count && p[k].Text is "An" or "an" && p[k + 1].Text is "interview" or "Interview")
            k += 2;
        else if (k < p.Count && p[k].Text is "Interview" or "interview")
            k++;
        else
            return at;
        return k + 1 < p.Count && p[k].Text is "with" or "With" && p[k + 1].IsCapitalised ? k + 1 : at;
    }

    // "according to calculations by Ed Marlow", "according to a court document filed by state attorney Ed Marlow":
    // the work a named author wrote speaks with the author's voice; without a name after "by" the work stays the source.
    private static SpeakerPhrase? AuthorOf(List<Piece> p, SpeakerPhrase? work)
    {
        if (work is null)
            return null;
        var by = Index(p, work.End);
        if (by < 0 || by + 1 >= p.Count || p[by].Text != "by" || ReadRight(p, by + 1) is not { } author)
            return work;
        var from = by + 1;
        var to = Index(p, author.End);
        return AnyCapitalised(p, from, (to < 0 ? p.Count : to) - 1) ? author : work;
    }

    // "Cost estimates, he added, were ...": before an attribution set off by commas, a word that looks like a verb ends
    // the subject of the reported words; it is not a cue of its own.
    private static void DropSubjectsOfParentheticals(List<Piece> p, List<Cue> cues)
    {
        for (var c = cues.Count - 2; c >= 0; c--)
        {
            var (cue, next) = (cues[c], cues[c + 1]);
            if (cue.Form == CueForm.Normal && cue.Verb + 2 < p.Count && p[cue.Verb + 1].Kind == PieceKind.Comma && next.Speaker is { } speaker
                && speaker.Start == p[cue.Verb + 2].Start && next.Verb + 1 < p.Count && p[next.Verb + 1].Kind == PieceKind.Comma)
                cues.RemoveAt(c);
            else if (InsideAsideOf(p, cue, next))
                cues.RemoveAt(c);
        }
    }

    // "Foreign Minister Mara Quill, appearing at Senate estimates, said": a verb-like word ending an aside that the
    // next cue's speaker reading stepped over ("estimates") belongs to that aside; it is no cue of its own.
    private static bool InsideAsideOf(List<Piece> p, Cue cue, Cue next) =>
        cue.Form == CueForm.Normal && next.Form == CueForm.Normal && next.Speaker is { } speaker && cue.Speaker is { } inner
        && speaker.End < inner.Start && inner.Start < p[cue.Verb].Start && next.Verb == cue.Verb + 2 && p[cue.Verb + 1].Kind == PieceKind.Comma
        && p.FindIndex(x => x.Start >= speaker.End) is var after and > 0 && p[after].Kind == PieceKind.Comma
        && p.Skip(after).Take(next.Verb - after).All(x => x.IsWord || x.Kind == PieceKind.Comma);

    // Verbs that take a particle before a quote ("went on", "shot back"); a switch, as every word is tested.
    private static bool IsPhrasalVerb(string word) => word is "went" or "goes" or "shot" or "shoots" or "fired" or "fires" or "hit" or "hits";

    // "POLLS TOO EARLY - Mark Blumenthal and Jon Cohen: "..."", "More from Jones: "..."", "surprise pollster Daron Shaw:
    // "..."": a short run of capitalised names right before a colon and a quote, after a dash, "from" or a lower-case word.
    private static int? NamedBeforeColon(List<Piece> p, int colon)
    {
        var k = colon - 1;
        while (k >= 0 && colon - k <= 6 && p[k].IsWord && (p[k].IsCapitalised || p[k].Text == "and"))
            k--;
        var first = k + 1;
        if (first >= colon || !p[first].IsCapitalised || !p[colon - 1].IsCapitalised || ListenerBefore(p, first))
            return null;
        return k < 0 || p[k].Kind == PieceKind.Dash || (p[k].IsWord && char.IsLower(p[k].Text[0]) && !NameLexicon.Boundaries.Contains(p[k].Text)) || p[k].Text == "from"
            ? first : null;
    }

    // "... broke down what was wrong to the Dutch newspaper NRC Handelsblad: "..."": a name after "to" or "told" is
    // whom the words were for, not who said them.
    private static bool ListenerBefore(List<Piece> p, int first)
    {
        for (var k = first - 1; k >= 0 && first - k <= 4 && p[k].IsWord; k--)
        {
            if (p[k].Text is "to" or "told" or "tells" or "tell")
                return true;
        }

        return false;
    }

    // "Trump issued a statement saying ...", "The town released a statement Wednesday saying ...": what the document
    // says, its issuer says; a day may stand between.
    private static bool AfterDocument(List<Piece> p, int v)
    {
        var k = v - 1;
        if (k > 0 && NameLexicon.Dates.Contains(p[k].Text))
            k--;
        if (k < 1 || !p[k].IsWord || !Documents.Contains(p[k].Text))
            return false;
        // "a statement", "a new statement": a determiner, perhaps with one word after it, opens the document.
        return NameLexicon.Determiners.Contains(p[k - 1].Text) || (k > 1 && p[k - 1].IsWord && NameLexicon.Determiners.Contains(p[k - 2].Text));
    }

    /// <summary>True for a noun of a document that speaks for its issuer ("statement", "note", "letter").</summary>
    public static bool IsDocument(string word) => Documents.Contains(word);

    /// <summary>
    /// True for a document that speaks for whoever the copy says issued it: a statement, or a report or study
    /// "published by the Harbour Institute", which "the report says" later quotes.
    /// </summary>
    public static bool IsIssuedDocument(string word) => IssuedDocuments.Contains(word);

    /// <summary>True for a publication's noun that is no statement-like document: "report", "study", "paper".</summary>
    public static bool IsPublication(string word) => Publications.Contains(word);

    private static readonly HashSet<string> Publications = new(StringComparer.Ordinal) { "report", "study", "paper", "analysis", "assessment" };

    /// <summary>
    /// Where "by" or "from" is expected after a document's noun at <paramref name="k"/> - 1: past the participle of its
    /// issuing ("released", "published", "put out") and the day it came ("on Wednesday", "last week", "Monday").
    /// </summary>
    public static int IssuerCueAt(List<Piece> p, int k)
    {
        if (k < p.Count && p[k].Text is "released" or "issued" or "published" or "sent" or "circulated" or "put" or "drafted" or "prepared" or "written" or "compiled")
            k++;
        if (k < p.Count && p[k].Text == "out")
            k++;
        if (k + 1 < p.Count && p[k].Text is "on" or "last" or "this" && (NameLexicon.Dates.Contains(p[k + 1].Text) || TimeWords.Contains(p[k + 1].Text)))
            k += 2;
        else if (k < p.Count && NameLexicon.Dates.Contains(p[k].Text))
            k++;
        return k;
    }

    private static readonly HashSet<string> Documents = new(StringComparer.Ordinal)
    {
        "statement", "letter", "email", "e-mail", "memo", "message", "ad", "advertisement", "video", "tweet", "post", "release", "note", "op-ed",
        "document", "cable", "dossier",
    };

    // Read for every word of every sentence (CastPass.IssuedDocuments): one lookup, not one per set. Declared after
    // both sets, which static initialisers need filled first.
    private static readonly FrozenSet<string> IssuedDocuments = Documents.Union(Publications).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when two document nouns may name one paper: a leaked memo is "the document" and "the cable" too.</summary>
    public static bool SameDocument(string one, string other) =>
        one == other || (InternalPapers.Contains(one) && InternalPapers.Contains(other));

    private static readonly HashSet<string> InternalPapers = new(StringComparer.Ordinal) { "memo", "document", "cable", "dossier", "note" };

    // "read:", "read in part:", "reads in full:", "read as follows:": the last word before the colon, or -1.
    private static int ReadOutEnd(List<Piece> p, int v)
    {
        if (v + 1 < p.Count && p[v + 1].Kind == PieceKind.Colon)
            return v;
        return v + 3 < p.Count && p[v + 3].Kind == PieceKind.Colon && ((p[v + 1].Text == "in" && p[v + 2].Text is "part" or "full") || (p[v + 1].Text == "as" && p[v + 2].Text == "follows"))
            ? v + 2 : -1;
    }

    // The documents whose wording is read out: "the statement", "the English version", "the communique".
    private static bool IsReadOut(string phrase) => IsWrittenText(phrase[(phrase.LastIndexOf(' ') + 1)..]);

    /// <summary>True for the head of a text someone issues or publishes: "statement", "communique", "editorial".</summary>
    public static bool IsWrittenText(string head) => IsDocument(head) || ReadOutDocuments.Contains(head);

    // Written texts beyond the documents IsDocument knows ("message" and "statement" are there).
    private static readonly HashSet<string> ReadOutDocuments = new(StringComparer.Ordinal)
    {
        "communique", "communiqué", "declaration", "text", "version", "editorial", "resolution", "notice", "sign", "banner", "placard",
    };

    private static bool IsGerundCue(List<Piece> p, int v) =>
        v > 1 && p[v].Text is "saying" or "telling" or "arguing" or "insisting" or "warning" or "noting" or "writing" or "adding"
        && p[v - 1].Text is "by" or "upon" or "after" or "before" or "while" or "when";

    // "..., said in a statement": a preposition or other function word after the verb opens no speaker.
    private static bool OpensWithFunctionWord(List<Piece> p, int k) =>
        k < p.Count && p[k].IsWord && char.IsLower(p[k].Text[0]) && NameLexicon.Boundaries.Contains(p[k].Text);

    // "Trump jokingly said": a manner adverb between subject and verb. Nouns ending in -ly ("the family said") are kept.
    internal static bool IsMannerAdverb(string word) =>
        word.Length >= 6 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal) && !LyNouns.Contains(word);

    private static readonly HashSet<string> LyNouns = new(StringComparer.Ordinal)
    {
        "family", "assembly", "supply", "anomaly", "monopoly", "daily", "weekly", "monthly", "quarterly", "butterfly", "homily", "rally",
    };

    // ""peace through strength", a slogan borrowed from Keston": an indefinite phrase headed by no person noun
    // describes the quoted words; it is no speaker for a verb only the layout made a cue.
    private static bool NamesAThing(string phrase)
    {
        var space = phrase.IndexOf(' ');
        if (space < 0 || phrase[..space] is not ("a" or "an" or "A" or "An"))
            return false;
        var head = phrase[(phrase.LastIndexOf(' ') + 1)..];
        return char.IsLower(head[0]) && !NameLexicon.IsPersonHead(head) && !NameLexicon.RoleWords.Contains(head);
    }

    // "-ed" or "-es" (tested by character: every word of every sentence comes here), or a few irregular forms.
    private static bool LooksLikeVerb(string word) =>
        word.Length > 3 && char.IsLower(word[0]) && ((word[^2] == 'e' && word[^1] is 'd' or 's') || word is "reads" or "read" or "wrote" or "writes" or "posted" or "quips");

    private static bool IsNounUse(List<Piece> p, int v)
    {
        // "a Washington think tank": the first word of a compound noun.
        if (p[v].Text is "think" && v + 1 < p.Count && p[v + 1].Text is "tank" or "tanks")
            return true;
        if (v == 0 || !p[v - 1].IsWord)
            return false;
        var before = p[v - 1].Text;
        // "by saying he would serve": a gerund after a preposition still speaks, for the sentence's subject.
        if (IsGerundCue(p, v) || GoesOnTo(p, v) || HabitWords(p, v) > 0)
            return false;
        // "the Bundestag will have the final say", "no say in it": an adjective between the determiner and "say".
        if (p[v].Text == "say" && before is "final" or "last" or "big" or "bigger" or "real" or "no" or "greater" or "direct")
            return true;
        // "an American promise that was "written in pencil"": after "a" and one word, a verb's bare form is a noun; a
        // singular subject there would have said "promises" or "promised".
        if (v >= 2 && p[v - 2].Text is "a" or "an" or "A" or "An" && IsBareForm(p[v].Text))
            return true;
        // "Analysts we spoke to said": the preposition ends a relative clause before the verb.
        if (before is "to" or "with" && ContactClauseStart(p, v - 1) > 0)
            return false;
        return before is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "this" or "that" or "to" or "The" or "A"
                or "in" or "of" or "with" or "by" or "for" or "on" or "at" or "these" or "those" or "our" or "my" or "your"
            || (p[v].Text is "called" or "calls" or "call" && v + 1 < p.Count && p[v + 1].Text is "for" or "on" or "off" or "up" && AppealStart(p, v, p[v].Text) < 0)
            // "the Kremlin's remarks, although ...": after a possessive the word is a noun, which reports words only when
            // they follow ("Trump's claim that ...", "Rubio's warning: "...""); only a past participle can follow a
            // contracted "has" ("Brenn's said it before").
            || (IsPossessive(before) && before.Length > 2 && !NameLexicon.Boundaries.Contains(before[..^2])
                && (!IsPastParticiple(p[v].Text) || ParticipleBeforeNoun(p, v)) && !ReportFollows(p, v + 1));
    }

    // "Russia's stated aim", "Trump's continued appeal": a participle between a possessive and a noun describes the
    // noun; a contracted "has" goes on with an object or an adverb ("Brenn's said it before", "He's reported from").
    private static bool ParticipleBeforeNoun(List<Piece> p, int v) =>
        AdjectivalParticiples.Contains(p[v].Text) && v + 1 < p.Count && p[v + 1].IsWord && char.IsLower(p[v + 1].Text[0])
        && !NameLexicon.Determiners.Contains(p[v + 1].Text) && !NameLexicon.Pronouns.Contains(p[v + 1].Text) && !ParticipleFollowers.Contains(p[v + 1].Text);

    private static readonly FrozenSet<string> AdjectivalParticiples = new[]
    {
        "stated", "declared", "continued", "repeated", "professed", "avowed", "alleged", "claimed", "expressed", "proposed",
        "promised", "announced", "reported", "publicised", "publicized",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ParticipleFollowers = new[]
    {
        "that", "it", "him", "them", "us", "me", "to", "from", "on", "in", "at", "for", "with", "by", "about", "before", "again",
        "repeatedly", "publicly", "privately", "already", "often", "last", "earlier", "recently", "twice", "once", "so", "as", "how", "what", "why",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "promise", "warn", "claim": neither a third person's "-s", a past tense nor a participle.
    private static bool IsBareForm(string word) =>
        !word.EndsWith('s') && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal) && !IsPastParticiple(word)
        && word is not ("wrote" or "spoke" or "gave" or "made" or "put" or "read" or "felt" or "knew" or "went" or "came" or "saw" or "ran" or "led" or "sent" or "left");

    private static bool IsPastParticiple(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word is "said" or "told" or "thought" or "written";

    // A "that" within five words after the verb `v`, before the quote at `quote`.
    // "who said foreign troops were "absolutely unacceptable" to Moscow "in any format"": a subject and an auxiliary
    // before the relative's first quote make a reported clause without "that", whose quoted words are its report too.
    private static bool ClauseBeforeQuote(List<Piece> p, int v)
    {
        for (var k = v + 2; k < p.Count && k <= v + 12 && p[k].IsWord; k++)
        {
            if (Auxiliaries.Contains(p[k].Text))
                return k + 1 < p.Count && p.FindIndex(k + 1, x => x.Kind == PieceKind.Quote) is var first and > 0 && p.Skip(k + 1).Take(first - k - 1).All(x => x.IsWord);
        }

        return false;
    }

    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "was", "were", "is", "are", "would", "will", "could", "can", "should", "must", "had", "has", "have", "might", "may",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool ThatBefore(List<Piece> p, int v, int quote)
    {
        for (var k = v + 1; k < quote && k <= v + 6; k++)
        {
            if (p[k].Text == "that")
                return true;
            if (!p[k].IsWord)
                return false;
        }

        return false;
    }

    // Where the name ending at `last` starts: capitalised words, and "for", "of" or "and" between two of them.
    private static int NameBeforeInitials(List<Piece> p, int last)
    {
        var start = last;
        for (var k = last - 1; k >= 0 && p[k].IsWord && last - k < 8; k--)
        {
            if (p[k].IsCapitalised && !NameLexicon.Determiners.Contains(p[k].Text))
                start = k;
            else if (!(p[k].Text is "for" or "of" or "and" && k > 0 && p[k - 1].IsCapitalised))
                break;
        }

        return start;
    }

    // "SVR", "AfD", "PiS": a short word with at least two capitals.
    private static bool IsInitials(Piece piece) =>
        piece.IsWord && piece.Text.Length is >= 2 and <= 6 && piece.Text.Count(char.IsUpper) >= 2;

    // The colon within `most` words from `from` that a quote follows, or -1.
    // The agent's last piece (before a comma opening a relative, or the colon) and the colon before a quote that ends
    // the agent's clause; (-1, -1) when no such colon follows within 16 pieces.
    private static (int End, int Colon) AgentBeforeColon(List<Piece> p, int from)
    {
        var end = -1;
        for (var k = from; k < p.Count && k <= from + 16; k++)
        {
            if (p[k].Kind == PieceKind.Colon)
                return k > from && k + 1 < p.Count && p[k + 1].Kind == PieceKind.Quote ? (end >= 0 ? end : k - 1, k) : (-1, -1);
            if (p[k].Kind == PieceKind.Comma && end < 0)
                end = k - 1;
            else if (!p[k].IsWord)
                return (-1, -1);
        }

        return (-1, -1);
    }

    private static int ColonBeforeQuote(List<Piece> p, int from, int most)
    {
        for (var k = from; k < p.Count && k <= from + most; k++)
        {
            if (p[k].Kind == PieceKind.Colon)
                return k + 1 < p.Count && p[k + 1].Kind == PieceKind.Quote ? k : -1;
            if (!p[k].IsWord)
                return -1;
        }

        return -1;
    }

    // "As Quill put it, the guarantees must be more than words": opening a sentence with "As", the wording may be reported too.
    // "put it, "..."", "put it like this: "..."", "put it bluntly: "..."": the last word of the phrase before its
    // comma or colon, or -1 when no quote follows it.
    private static int PutItEnd(List<Piece> p, int v)
    {
        if (v + 3 >= p.Count || p[v + 1].Text != "it")
            return -1;
        var end = v + 1;
        while (end + 1 < p.Count && end - v < 4 && p[end + 1].IsWord && PutItManner.Contains(p[end + 1].Text))
            end++;
        return end + 2 < p.Count && p[end + 1].Kind is PieceKind.Comma or PieceKind.Colon
            && (p[end + 2].Kind == PieceKind.Quote || (p[end + 2].IsWord && p[0].Text == "As" && v <= 6 && end == v + 1)) ? end : -1;
    }

    private static readonly HashSet<string> PutItManner = new(StringComparer.Ordinal) { "like", "this", "that", "way", "bluntly", "simply", "plainly", "starkly", "thus" };

    // "The email went on to say, "..."": going on to speak is speaking.
    private static bool GoesOnTo(List<Piece> p, int v) =>
        v >= 3 && p[v - 1].Text == "to" && p[v - 2].Text == "on" && p[v - 3].Text is "went" or "goes" or "go" or "going" or "gone";

    // "The Defence Secretary likes to say that ...", "Brenn is fond of saying": the words of a habit between the speaker
    // and the speech verb; how many (0 when none).
    private static int HabitWords(List<Piece> p, int v)
    {
        if (v >= 2 && p[v - 1].Text == "to" && p[v - 2].Text is "likes" or "liked" or "loves" or "loved")
            return 2;
        return v >= 3 && p[v - 1].Text == "of" && p[v - 2].Text == "fond" && p[v - 3].Text is "is" or "was" or "are" or "were" ? 3 : 0;
    }

    // "... and said", "... but have speculated": a second verb phrase of the sentence's subject, auxiliaries allowed.
    private static bool AfterConjunction(List<Piece> p, int v)
    {
        var k = v - 1;
        while (k > 0 && p[k].IsWord && NameLexicon.BetweenWords.Contains(p[k].Text))
            k--;
        return p[k].Text is "and" or "but";
    }

    private static bool ReportFollows(List<Piece> p, int k) =>
        k < p.Count && (p[k].Kind is PieceKind.Quote or PieceKind.Colon || p[k].Text == "that");

    private static bool LeftIsOpen(List<Piece> p, int v)
    {
        var j = v - 1;
        while (j >= 0 && p[j].IsWord && IsBetweenWord(p, j))
            j--;
        return j < 0 || p[j].Kind is PieceKind.Comma or PieceKind.Quote or PieceKind.Dash or PieceKind.Colon;
    }

    private static SpeakerPhrase? ReadLeft(List<Piece> p, int v)
    {
        var j = v - 1;
        // "Trump is insisting that ...": the auxiliary of a progressive stands between speaker and verb.
        if (j >= 0 && p[j].Text is "is" or "are" or "was" or "were" or "been" && p[v].Text.EndsWith("ing", StringComparison.Ordinal))
            j--;
        if (GoesOnTo(p, v))
            j -= 3;
        j -= HabitWords(p, v);
        // "Russia's Foreign Intelligence Service (SVR) said", "Alternative for Germany (AfD) said": the initials in
        // brackets after a name repeat it.
        // The name they abbreviate may hold "for", "of" or "and" between its capitalised words.
        if (j >= 3 && p[j].Text == ")" && p[j - 2].Text == "(" && IsInitials(p[j - 1]) && p[j - 3].IsCapitalised)
        {
            var abbreviated = NameBeforeInitials(p, j - 3);
            if (abbreviated < j - 4 && p.Skip(abbreviated).Take(j - 3 - abbreviated).Any(x => x.Text is "for" or "of" or "and"))
                return Phrase(p, abbreviated, j - 3, null);
            j -= 3;
        }

        while (j >= 0 && p[j].IsWord && (IsBetweenWord(p, j) || TimeWords.Contains(p[j].Text) || IsMannerAdverb(p[j].Text)
            || (p[j].Text is "on" or "last" or "this" or "late" or "early" && j + 1 < v && TimeWords.Contains(p[j + 1].Text))
            || (p[j].Text is "the" or "that" && j > 0 && p[j - 1].Text is "at" or "by" or "in" or "over" or "during" && j + 1 < v && TimeWords.Contains(p[j + 1].Text))
            || (p[j].Text is "at" or "by" or "in" or "over" or "during" && j + 2 < v && p[j + 1].Text is "the" or "that" && TimeWords.Contains(p[j + 2].Text))))
            j--;
        if (j < 0)
            return null;
        // "No 10 said": the British press's name for Downing Street.
        if (j >= 1 && p[j].Text == "10" && p[j - 1].Text is "No" or "Number")
            return Phrase(p, j - 1, j, null);
        if (AsideOpens(p, j) is var aside and > 0)
            j = aside - 1;
        // ""...," one of them said": a share of the group the pronoun stands for.
        if (p[j].Text == "them" && j >= 2 && p[j - 1].Text == "of" && IsPartitive(p[j - 2].Text))
            return Phrase(p, j - 2, j, null);
        if (ContactClauseStart(p, j) is var contact and > 0 && p[contact - 1].IsWord && !NameLexicon.Pronouns.Contains(p[contact - 1].Text))
            j = contact - 1;
        if (p[j].IsWord && NameLexicon.Pronouns.Contains(p[j].Text))
            return p[j].Text is "I" or "i" or "we" or "We" ? null : Phrase(p, j, j, null);
        // "Brenn, in an interview on Saturday, said": failing an apposition, a circumstance set off by commas stands
        // between speaker and verb.
        if (p[j].Kind == PieceKind.Comma)
            return Apposition(p, j) ?? (CircumstanceOpens(p, j) is var open and > 0 ? ReadLeft(p, open) : null);
        // Only for reported speech: quoted words after a relative ("Brenn, who called it "a swindle of a deal"") keep the
        // speaker the quote rules find, and a verb that speaks only through them ("who has called the plan a hoax") says
        // nothing; a quoted term of a word or two ("who said ... Russia's "shadow fleet"") leaves the report alone.
        // "Zakharova, who told her briefing that London was "rehearsing an intervention"": quoted words inside the
        // relative's own "that" clause are its report too.
        if (p[j].Text == "who" && j >= 2 && p[j - 1].Kind == PieceKind.Comma && p[j - 2].IsWord)
            return SpeechVerbs.NeedsQuote(p[v].Text) || (p.FindIndex(v, x => x.Kind == PieceKind.Quote && x.Text.Count(c => c == ' ') >= 2) is var quoted and >= 0
                    && !ThatBefore(p, v, quoted) && !ClauseBeforeQuote(p, v))
                ? null : Antecedent(p, j - 1);
        if (RelativeHead(p, j) is { } described)
            return described;
        if (PartyName(p, j) is { } party)
            return party;
        var start = WholeCoalition(p, CollectLeft(p, j), j);
        // "Her office said", "Her spokeswoman said": "her" is a possessive before a noun that speaks, not an object.
        if (start == j && j >= 1 && p[j - 1].Text is "Her" or "her" && char.IsLower(p[j].Text[0])
            && (NameLexicon.UnnamedHeads.Contains(p[j].Text) || NameLexicon.InstitutionWords.Contains(p[j].Text)))
            return Phrase(p, PartitiveBefore(p, j - 1), j, null);
        // "Justin Bronk of the Royal United Services Institute told": a person named before "of the" and a body speaks;
        // the body is where they work.
        if (start <= j && start >= 3 && p[start].Text == "the" && p[start - 1].Text == "of" && p[start - 2].IsCapitalised
            && CollectLeft(p, start - 2) is var person && person <= start - 2
            && NameParts.Parse(Join(p, person, start - 2)) is { Kind: SpeakerKind.Person, Tokens.Length: >= 2 })
            return Phrase(p, person, start - 2, Join(p, start - 1, j));
        // "The Ministry of Defence in London said", "the Russian embassy in Dublin said": the place is where the
        // speaker is, not who speaks.
        // "A senior officer at Army Headquarters in nearby Andover said": "nearby" may stand before the place, and the
        // body may itself qualify an unnamed source, who then speaks.
        var place = start >= 3 && p[start - 1].Text is "nearby" or "neighbouring" or "neighboring" ? start - 1 : start;
        // "Her critics in Kyiv say": so is a person noun's; the people speak, not the capital.
        if (start <= j && j - start < 2 && place >= 2 && p[place - 1].Text == "in" && p[place - 2].IsWord
            && (p[place - 2].IsCapitalised || NameLexicon.InstitutionWords.Contains(p[place - 2].Text) || NameLexicon.IsPersonHead(p[place - 2].Text))
            && AllCapitalised(p, start, j) && CollectLeft(p, place - 2) is var named && named <= place - 2)
            return Phrase(p, place < start && PostmodifiedSubject(p, named) is var source and >= 0 ? source : named, place - 2, null);
        if (start <= j && PostmodifiedSubject(p, start) is var subject and >= 0)
            return Phrase(p, subject, j, null);
        return start <= j ? Phrase(p, start, j, null) : null;
    }

    // "Analysts we spoke to said", "Residents I interviewed said": a relative clause without "who" says how the writer
    // reached the speaker, who is the noun before it; where that clause starts, or -1.
    private static int ContactClauseStart(List<Piece> p, int j)
    {
        if (j >= 2 && p[j].Text is "to" or "with" && p[j - 1].Text is "spoke" or "talked" or "speak" or "talk" && p[j - 2].Text is "we" or "I")
            return j - 2;
        return j >= 1 && p[j].Text is "interviewed" or "contacted" or "surveyed" or "asked" or "polled" && p[j - 1].Text is "we" or "I" ? j - 1 : -1;
    }

    // "The opposition Law and Justice (PiS) party said", "the Law and Justice party said": a party's name may hold "and"
    // and be followed by its initials; the party is its name. Null unless `j` is "party" after such a name.
    private static SpeakerPhrase? PartyName(List<Piece> p, int j)
    {
        if (j < 1 || p[j].Text is not ("party" or "Party"))
            return null;
        var last = j - 1;
        if (p[last].Text == ")" && last >= 3 && p[last - 2].Text == "(")
            last -= 3;
        if (last < 2 || !p[last].IsCapitalised || p[last - 1].Text != "and" || !p[last - 2].IsCapitalised)
            return null;
        var start = last - 2;
        while (start > 0 && p[start - 1].IsCapitalised && !NameLexicon.Determiners.Contains(p[start - 1].Text))
            start--;
        return Phrase(p, start, last, null);
    }

    // "Two officials familiar with the talks said", "A deputy from the ruling party of the west said": reading left
    // stops at a preposition, but the words before it are the head of the subject the phrase only qualifies. Where
    // that subject starts, when it opens the clause with an unnamed source's or a role's head ("officials", "deputy")
    // and, perhaps, a word that ties the phrase to it ("familiar", "involved"); -1 otherwise.
    private static int PostmodifiedSubject(List<Piece> p, int start)
    {
        for (var hops = 0; hops < 3; hops++)
        {
            var k = start - 1;
            // "officials in Warsaw and Bucharest": two places joined are one object of the phrase.
            if (k >= 1 && p[k].Text == "and" && p[k - 1].IsCapitalised && CollectLeft(p, k - 1) is var joined && joined < k)
            {
                start = joined;
                continue;
            }

            // "a senior officer at Army Headquarters in nearby Andover said": a word placing the place comes before it.
            if (k >= 2 && p[k].IsWord && PlaceAdjectives.Contains(p[k].Text))
                k--;
            if (k < 1 || !p[k].IsWord || p[k].Text is not ("with" or "in" or "from" or "of" or "at" or "for" or "to" or "on"))
                return -1;
            var head = SourceTies.Contains(p[k - 1].Text) ? k - 2 : k - 1;
            if (head < 0 || !p[head].IsWord)
                return -1;
            // "One of the diplomats said": a share of a group opens the subject.
            if (p[k].Text == "of" && IsPartitive(p[head].Text) && OpensShare(p, head))
                return head;
            var first = CollectLeft(p, head);
            if (first > head)
                return -1;
            // "Democrats on the committee said": a group is such a head too.
            // "Officials familiar with the talks said": the head may be capitalised only because it opens the sentence.
            var lower = char.IsLower(p[head].Text[0]) || (head == 0 && NameLexicon.UnnamedHeads.Contains(p[head].Text.ToLowerInvariant()));
            if ((lower && (IsUnnamedHead(p, head) || NameLexicon.RoleWords.Contains(p[head].Text) || head == 0)) || (head == first && NameParts.IsGroup(p[head].Text)))
                // "..., including a national security adviser to his campaign": a participle opens no subject.
                return OpensClause(p, first) && !(char.IsLower(p[first].Text[0]) && p[first].Text.EndsWith("ing", StringComparison.Ordinal)) ? first : -1;
            start = first;
        }

        return -1;
    }

    // "According to a note from the Elysée, the president told the leaders that ...": a document only records a report
    // whose speaker the clause names; the words are the president's, so the "according to" cue goes. A newspaper or
    // a person given as the source ("according to GMA News, Salceda said") stays the source, as PolNeAR has it.
    private static void DropSourcesOfReports(List<Piece> p, List<Cue> cues)
    {
        for (var c = cues.Count - 2; c >= 0; c--)
        {
            if (cues[c].Form != CueForm.According || cues[c].Speaker is not { } source || cues[c + 1] is not { Form: CueForm.Normal, Speaker: { } speaker }
                || !p.Skip(cues[c].Verb + 2).Take(3).Any(x => IsRecord(x.Text)))
                continue;
            // Only a report: "the leaders agreed to tighten sanctions" is what the statement says happened, and "the
            // media would call him a coward" a claim; "said", "told" or a verb with its "that" report someone's words.
            var v = cues[c + 1].Verb;
            var reported = !Modals.Contains(p[v - 1].Text)
                && (cues[c + 1].VerbText is "said" or "told" || p.Skip(v + 1).Take(4).Any(x => x.Text == "that"));
            var after = Index(p, source.End);
            if (reported && after < p.Count && p[after].Kind == PieceKind.Comma && Index(p, speaker.Start) == after + 1)
                cues.RemoveAt(c);
        }
    }

    // "In coalition circles", "In Berlin government circles,": the circles named by the "In" that opens the sentence
    // and ends, perhaps with a comma, right before `it`; null otherwise.
    private static SpeakerPhrase? CirclesOpening(List<Piece> p, int it)
    {
        var start = SentencePieces.DatelineEnd(p);
        var last = p[it - 1].Kind == PieceKind.Comma ? it - 2 : it - 1;
        if (p[start].Text != "In" || last - start is < 2 or > 5 || p[last].Text != "circles")
            return null;
        for (var k = start + 1; k <= last; k++)
        {
            if (!p[k].IsWord)
                return null;
        }

        return Phrase(p, start + 1, last, null);
    }

    // The name in "In Brenn's view," / "In Tomas Brenn's opinion," opening the sentence, without its "'s"; null otherwise.
    private static SpeakerPhrase? NamedHolderView(List<Piece> p)
    {
        for (var k = 1; k <= 2 && k + 2 < p.Count; k++)
        {
            if (!p[k].IsCapitalised || p[k].Text == "His" || p[k].Text == "Her")
                return null;
            if (!EndsInPossessiveS(p[k].Text))
                continue;
            if (p[k + 1].Text is not ("view" or "opinion" or "words" or "assessment") || p[k + 2].Kind != PieceKind.Comma)
                return null;
            var name = Join(p, 1, k);
            return new SpeakerPhrase(p[1].Start, p[k].End - 2, name[..^2], null);
        }

        return null;
    }

    // The word at v stands, with no punctuation between, in the clause after ", a charge" or ", the claim" (perhaps
    // with "that" or "which"), within eight words, and the clause ends the sentence: a verb that goes on (", a charge
    // the leaders denied, noting that ...") may still report what follows it.
    // Tested for every word of every sentence, so the short look back for the claim noun comes before the look ahead to
    // the sentence's end.
    private static bool InClaimApposition(List<Piece> p, int v)
    {
        for (var k = v - 1; k >= 2 && v - k <= 8; k--)
        {
            if (!p[k].IsWord)
                return false;
            if (ClaimNouns.Contains(p[k].Text) && k < v - 1 && p[k - 1].Text is "a" or "an" or "the" && p[k - 2].Kind == PieceKind.Comma)
                return EndsSentenceAfter(p, v);
        }

        return false;
    }

    // Only words follow v up to the sentence's end (its full stop, if any, last).
    private static bool EndsSentenceAfter(List<Piece> p, int v)
    {
        for (var k = v + 1; k < p.Count; k++)
        {
            if (!p[k].IsWord)
                return k == p.Count - 1 && p[k].Kind == PieceKind.End;
        }

        return true;
    }

    private static readonly HashSet<string> ClaimNouns = new(StringComparer.Ordinal)
    {
        "charge", "claim", "accusation", "allegation", "assertion", "suggestion", "criticism", "complaint", "characterisation", "characterization",
    };

    // The speech participle at v follows, with no comma, the phrase `left` that "to" governs. Only "to": after "with"
    // the phrase is the participle's own subject ("ended with Macron announcing"), and after "from" the sender speaks.
    private static bool AfterPrepositionObject(List<Piece> p, int v, SpeakerPhrase left) =>
        p[v].Text.EndsWith("ing", StringComparison.Ordinal) && SpeechVerbs.IsParticiple(p[v].Text) && Index(p, left.Start) is var from and >= 1
        && p[from - 1].Text == "to" && Index(p, left.End) == v;

    /// <summary>"state news agency TASS", "the newspaper Le Monde", "Interfax", "the council's account": a phrase
    /// naming a medium or a record, which carries someone's words rather than speaking them.</summary>
    public static bool NamesCarrier(SpeakerPhrase source) =>
        NamesDocument(source.Text) || IsMedium(source.Text) || (source.Role is { } role && IsMedium(role));

    // A medium: its noun heads the phrase ("the Kyiv daily") or comes before the medium's name ("news agency TASS"),
    // or the phrase ends with one of the wire agencies copy names bare ("Interfax").
    private static bool IsMedium(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (WireAgencies.Contains(words[^1]) || words.Any(Media.Contains));
    }

    private static readonly HashSet<string> Media = new(StringComparer.Ordinal)
    {
        "agency", "newspaper", "broadcaster", "daily", "weekly", "magazine", "channel", "outlet", "tabloid", "website", "radio", "television", "network",
    };

    private static readonly HashSet<string> WireAgencies = new(StringComparer.Ordinal)
    {
        "TASS", "Interfax", "RIA", "Reuters", "AFP", "AP", "dpa", "DPA", "Ukrinform", "UNIAN", "Xinhua", "Kyodo", "Yonhap", "Anadolu", "PAP", "ANSA", "EFE", "Efe", "Bloomberg",
    };

    /// <summary>"the council's account", "a statement": a phrase headed by a document or a readout.</summary>
    public static bool NamesDocument(string phrase) => IsRecord(phrase[(phrase.LastIndexOf(' ') + 1)..]);

    // A document or a readout: what records someone's words.
    private static bool IsRecord(string word) => Documents.Contains(word) || Readouts.Contains(word);

    private static readonly HashSet<string> Readouts = new(StringComparer.Ordinal) { "readout", "transcript", "summary", "account", "minutes" };

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "would", "could", "will", "may", "might", "should", "can", "must" };

    private static readonly HashSet<string> PlaceAdjectives = new(StringComparer.Ordinal)
    {
        "nearby", "neighbouring", "neighboring", "central", "northern", "southern", "eastern", "western", "occupied", "rural", "coastal", "downtown",
    };
    // "One of her aides said", "as one of her collaborators put it": where a share of the group whose phrase starts at
    // `first` opens the subject; `first` when no share does.
    private static int PartitiveBefore(List<Piece> p, int first) =>
        first >= 2 && p[first - 1].Text == "of" && IsPartitive(p[first - 2].Text) && OpensShare(p, first - 2) ? first - 2 : first;

    // A share opens the clause, or the "as" of "as one of them put it".
    private static bool OpensShare(List<Piece> p, int k) =>
        OpensClause(p, k) || (k > 0 && p[k - 1].Text is "as" or "As" && OpensClause(p, k - 1));

    /// <summary>"One", "two", "some", "several", "each" before "of the ...": a share of a group.</summary>
    public static bool IsPartitive(string word) =>
        word.ToLowerInvariant() is "one" or "two" or "three" or "four" or "some" or "several" or "many" or "each" or "neither" or "none" or "most";

    // Where the subject that opens the sentence and ends before the comma at `comma` starts: a determiner and a
    // source's or a role's head, perhaps qualified ("A Romanian officer involved in the planning"), or an epithet of
    // age ("The 56-year-old"); -1 otherwise.
    private static int SubjectBefore(List<Piece> p, int comma)
    {
        var last = comma - 1;
        if (last < 0 || !p[last].IsWord)
            return -1;
        var start = CollectLeft(p, last);
        if (start > last)
            return -1;
        if (PostmodifiedSubject(p, start) is var qualified and >= 0)
            start = qualified;
        // "One trooper, who asked not to be named, said": a person's noun heads the subject as a source's does.
        else if (!(IsUnnamedHead(p, last) || NameLexicon.RoleWords.Contains(p[last].Text) || NameLexicon.IsAge(p[last].Text) || NameLexicon.IsPersonHead(p[last].Text)))
            return -1;
        return start == SentencePieces.DatelineEnd(p) && NameLexicon.Determiners.Contains(p[start].Text) ? start : -1;
    }

    // The sentence (after any dateline) or a clause set off by punctuation starts at k, or a clause joined by ", and"
    // or ", but" ("..., and officials in the presidential office said").
    private static bool OpensClause(List<Piece> p, int k) =>
        k == SentencePieces.DatelineEnd(p) || (k > 0 && !p[k - 1].IsWord) || (k > 1 && p[k - 1].Text is "and" or "but" && p[k - 2].Kind == PieceKind.Comma);

    // Words that tie an unnamed source to the place or matter after them: "officials familiar with the talks", "a
    // diplomat posted in Vienna", "an officer stationed in Tapa", "a soldier serving in the east".
    private static readonly HashSet<string> SourceTies = new(StringComparer.Ordinal)
    {
        "familiar", "close", "involved", "briefed", "knowledgeable", "connected", "based", "working", "posted", "stationed", "serving", "deployed",
    };

    // "A Nordic ambassador in Brussels said", "a senior European diplomat involved in the planning described": a place
    // or a matter after a person noun only says which source it is, so the speaker is the noun phrase it qualifies,
    // not "Brussels" or "the planning". Where that phrase starts, given where the qualifier's object starts; -1 when
    // no person noun stands before it.
    private static int QualifiedSourceStart(List<Piece> p, int objectStart)
    {
        var k = objectStart - 1;
        if (k < 1 || !p[k].IsWord || p[k].Text is not ("in" or "from" or "at" or "with" or "to" or "for" or "on" or "inside" or "within"))
            return -1;
        k--;
        if (p[k].IsWord && SourceTies.Contains(p[k].Text))
            k--;
        if (k < 0 || !p[k].IsWord || !NameLexicon.IsPersonHead(p[k].Text))
            return -1;
        var start = CollectLeft(p, k);
        return start <= k && objectStart - start < 12 ? start : -1;
    }

    // "a White House official who spoke anonymously to discuss strategy said": the speaker is the noun phrase before
    // a relative "who" that runs, without punctuation, up to the verb; it must hold a name or the head of a source.
    private static SpeakerPhrase? RelativeHead(List<Piece> p, int j)
    {
        for (var k = j; k >= 1 && j - k < 14 && p[k].IsWord; k--)
        {
            if (p[k].Text != "who")
                continue;
            // "a spymaster who wrote about": with nothing between "who" and the verb, "who" is the subject itself.
            if (!p[k - 1].IsWord || k == j)
                return null;
            var start = CollectLeft(p, k - 1);
            // "An officer on the General Staff who asked not to be named says": the body is where the source serves;
            // the person before its preposition is the one the relative describes.
            if (start >= 2 && start <= k - 1 && p[start - 1].Text is "on" or "in" or "at" or "from" && p[start - 2].IsWord
                && NameLexicon.IsPersonHead(p[start - 2].Text) && CollectLeft(p, start - 2) is var person && person <= start - 2)
                start = person > 0 && NameLexicon.Determiners.Contains(p[person - 1].Text) ? person - 1 : person;
            return start <= k - 1 && AnyNameOrHead(p, start, k - 1) ? Phrase(p, start, k - 1, null) : null;
        }

        return null;
    }

    // The comma that opens a phrase of time, place or manner ending at the comma `close` (", in an interview on
    // Saturday,", ", at the summit,", ", at one of his last summits before handing over to Ivo Marek,"), when a word
    // stands before it; -1 when there is none.
    private static int CircumstanceOpens(List<Piece> p, int close)
    {
        for (var k = close - 1; k >= 2 && close - k <= 14 && p[k].IsWord; k--)
        {
            if (p[k - 1].Kind == PieceKind.Comma)
                return p[k].Text is "in" or "at" or "on" or "during" or "after" or "before" or "via" or "through" && p[k - 2].IsWord ? k - 1 : -1;
        }

        return -1;
    }

    // "chaired by Odile Sarre, who said": a relative "who" after a comma speaks for the name before the comma; a
    // description there speaks only as an apposition of a name ("Ed Marlow, the ministry's envoy, who said"). A place or
    // firm after a preposition ("Brenn of Florida", "an analyst at Jefferies") is no antecedent the words can tell.
    private static SpeakerPhrase? Antecedent(List<Piece> p, int comma)
    {
        var start = CollectLeft(p, comma - 1);
        if (start > comma - 1)
            return null;
        // "The paper quoted Peskov, who said": the words collected may run back over the verb whose object the name is.
        for (var m = comma - 2; m > start; m--)
        {
            if (p[m].IsWord && char.IsLower(p[m].Text[0]) && (SpeechVerbs.IsSpeech(p[m].Text) || p[m].Text.EndsWith("ed", StringComparison.Ordinal))
                && AllCapitalised(p, m + 1, comma - 1))
            {
                start = m + 1;
                break;
            }
        }

        if (NameLexicon.Determiners.Contains(p[start].Text))
            return Apposition(p, comma);
        // "a sharp reply from Foreign Affairs Minister Anita Anand, who said": a person named with a role is one after
        // a preposition too.
        // "picked up by Foreign Ministry spokeswoman Maria Zakharova, who told ...": so is one whose role holds a
        // lower-case role word.
        if (!AllCapitalised(p, start, comma - 1))
            return RolesAndName(p, start, comma - 1) && NameParts.Parse(Join(p, start, comma - 1)) is { Kind: SpeakerKind.Person, Role: not null }
                ? Phrase(p, start, comma - 1, null) : null;
        return !(start > 0 && p[start - 1].Text is "of" or "at" or "from" or "in" or "for")
                || NameParts.Parse(Join(p, start, comma - 1)) is { Kind: SpeakerKind.Person, Role: not null }
            ? Phrase(p, start, comma - 1, null)
            : null;
    }

    // Capitalised words and lower-case role words, ending in two capitalised ones: "Foreign Ministry spokeswoman Maria Zakharova".
    private static bool RolesAndName(List<Piece> p, int first, int last)
    {
        if (last - first < 2 || !p[last].IsCapitalised || !p[last - 1].IsCapitalised)
            return false;
        for (var k = first; k <= last; k++)
        {
            if (!p[k].IsCapitalised && !NameLexicon.RoleWords.Contains(p[k].Text))
                return false;
        }

        return true;
    }

    private static int CollectLeft(List<Piece> p, int j)
    {
        var k = j;
        while (k >= 0 && p[k].IsWord && j - k < 10 && !IsBoundary(p, k))
            k--;
        var start = k + 1;
        while (start <= j && !p[start].IsCapitalised && !NameLexicon.Determiners.Contains(p[start].Text)
            && !NameLexicon.RoleWords.Contains(p[start].Text) && !(IsNameParticle(p[start].Text) && ParticlesInName(p, start)) && AnyCapitalised(p, start, j))
            start++;
        while (start <= j && NameLexicon.Openers.Contains(p[start].Text) && !IsInnerCapital(p, start))
            start++;
        return start;
    }

    // The comma opening an aside that ends at the comma `close` and stands between a subject and its verb ("Brenn,
    // however, said", "Moscow, for its part, has said", "The ministry, when I asked, said"); -1 when there is none.
    private static int AsideOpens(List<Piece> p, int close)
    {
        if (close < 3 || p[close].Kind != PieceKind.Comma)
            return -1;
        var open = close - 1;
        while (open >= 0 && p[open].IsWord && close - open <= 4)
            open--;
        if (open < 1 || p[open].Kind != PieceKind.Comma || !p[open - 1].IsWord)
            return -1;
        // "Dave Doogan, for the SNP, said", "Anna Quill, for Labour, said": the party or body a speaker answers for.
        if (p[open + 1].Text == "for" && open + 2 < close && (p[open + 2].Text == "the" ? open + 3 < close && AllCapitalised(p, open + 3, close - 1) : AllCapitalised(p, open + 2, close - 1)))
            return open;
        var words = p.Skip(open + 1).Take(close - open - 1).Select(x => x.Text.ToLowerInvariant()).ToArray();
        return words switch
        {
            [var one] when Parentheticals.Contains(one) => open,
            // "for its part", "for their part"
            ["for", "his" or "her" or "its" or "their" or "our", "part"] => open,
            // "when asked", "when I asked", "when contacted", "when we approached it"
            ["when", "asked" or "contacted" or "approached" or "reached"] or ["when", "i" or "we", "asked" or "contacted" or "approached"] => open,
            ["in", "turn" or "response" or "reply"] => open,
            // "several participants, Romania among them, made clear": a member of the group named in passing.
            [_, "among", "them"] or [_, _, "among", "them"] or ["among", "them", _] => open,
            _ => -1,
        };
    }

    // Participles that say where a paper comes from, opening an aside after it ("The document, drafted by ...,").
    private static readonly HashSet<string> PaperOrigins = new(StringComparer.Ordinal)
    {
        "drafted", "seen", "obtained", "written", "prepared", "signed", "published", "dated", "leaked", "circulated", "issued", "released", "compiled",
    };

    // Words that open an aside about the speaker between the name and the verb ("himself a former minister", "never
    // knowingly understated", "once a close ally").
    private static readonly HashSet<string> AsideAboutSpeaker = new(StringComparer.Ordinal)
    {
        "himself", "herself", "themselves", "itself", "never", "always", "once", "long", "usually", "often", "rarely", "seldom", "ever",
    };

    // "The coalition of the willing said", "Leaders of the so-called coalition of the willing said": "the willing" is
    // the end of the coalition's name, which speaks whole, with the people it is the coalition of.
    private static int WholeCoalition(List<Piece> p, int start, int end)
    {
        if (end != start + 1 || p[start].Text is not ("the" or "The") || p[end].Text != "willing" || start < 2 || p[start - 1].Text != "of"
            || p[start - 2].Text is not ("coalition" or "Coalition"))
            return start;
        var first = start - 2;
        while (first > 0 && p[first - 1].IsWord && (NameLexicon.Determiners.Contains(p[first - 1].Text) || p[first - 1].Text is "so-called" or "so"))
            first--;
        // "Leaders of the coalition ...": the people of it speak.
        if (first >= 2 && p[first - 1].Text == "of" && p[first - 2].IsWord && char.IsLetter(p[first - 2].Text[0]) && !NameLexicon.Boundaries.Contains(p[first - 2].Text))
            first -= 2;
        return first;
    }

    // "Sebastien Lecornu, the French defence minister, said": the name before the first comma, the role between.
    // The apposition may hold commas of its own ("a salesman from Sumter, South Carolina,"), so each earlier comma is tried.
    private static SpeakerPhrase? Apposition(List<Piece> p, int comma)
    {
        for (var first = comma - 2; first >= 1 && comma - first < 28; first--)
        {
            if (p[first].Kind == PieceKind.Quote || p[first].Kind == PieceKind.End)
                return null;
            // "One of them, an officer on the General Staff who asked not to be named, says": an indefinite description
            // after a share of a group says which one speaks.
            if (p[first].Kind == PieceKind.Comma && first >= 3 && p[first - 1].Text == "them" && p[first - 2].Text == "of" && IsPartitive(p[first - 3].Text)
                && p[first + 1].Text is "a" or "an")
                return Phrase(p, first + 1, comma - 1, null);
            // "The shadow defence secretary, James Cartlidge, said": the description first, the name between commas.
            // "Ruritania's chief negotiator, presidential aide Ivo Marek, described": the name may bring a role of its own.
            if (p[first].Kind == PieceKind.Comma && NameAfterInnerRole(p, first + 1, comma - 1) is var nameFrom and >= 0
                && (DescriptionHead(p, first - 1) is var head and >= 0 || (NameLexicon.IsPersonHead(p[first - 1].Text) && (head = first - 1) >= 0)
                    // "Giorgia Meloni's office, Palazzo Chigi, says": a body too may be described, then named.
                    || (nameFrom == first + 1 && IsBodyHead(p[first - 1]) && (head = first - 1) >= 0)))
            {
                var roleFrom = CollectLeft(p, head);
                var roleText = roleFrom <= first - 1 ? string.Join(' ', p.Skip(roleFrom).Take(first - roleFrom).Select(x => x.Text).Where(w => !NameLexicon.Determiners.Contains(w))) : null;
                return Phrase(p, nameFrom, comma - 1, roleText is { Length: > 0 } ? roleText : null);
            }

            if (p[first].Kind != PieceKind.Comma)
                continue;
            var lead = p[first + 1].Text;
            if (lead is "who" && NameGivenBy(p, first + 1, comma - 1) is { } given)
                return given;
            // "A Romanian officer involved in the planning, who asked not to be named, said", "The 56-year-old, speaking
            // in an interview, said": before a relative or a participle, the sentence's subject may end in any word.
            // "The six-page document, drafted by the planning office and seen by this newspaper, says": so may a
            // participle telling where a paper comes from.
            // "Brenn, quoted by the Keston Post, said": the medium that carried the words only passes them on.
            var quotedBy = lead is "quoted" or "cited" && first + 2 < comma && p[first + 2].Text == "by";
            var subject = lead is "who" or "whose" || (char.IsLower(lead[0]) && lead.EndsWith("ing", StringComparison.Ordinal)) || PaperOrigins.Contains(lead)
                || quotedBy
                ? SubjectBefore(p, first) : -1;
            // "A Romanian officer involved in the planning, who asked not to be named, said": a qualified source ends
            // in whatever word its qualifier ends in.
            if (subject < 0 && !(p[first - 1].IsCapitalised || p[first - 1].Text == ")" || NameLexicon.UnnamedHeads.Contains(p[first - 1].Text)
                || (p[first - 1].IsWord && QualifiedSourceStart(p, CollectLeft(p, first - 1)) >= 0)))
                continue;
            // "Grant Young, another Iowa strategist, said", "Ed Marlow, her chief of staff, said": any determiner opens a description.
            var described = lead is "the" or "a" or "an" or "The" or "another";
            var owned = lead is "his" or "her" or "their" or "its" or "one" && IsShortDescription(p, first + 1, comma - 1);
            // "Sanders' campaign manager": a plural possessive's mark is a piece of its own.
            var possessiveMark = first + 2 < comma && p[first + 2].Text is "'" or "’";
            // "Anna Quill, co-chair of the faction, said": a role in a compound ("co-chair", "ex-minister") leads one too.
            var compoundRole = lead.LastIndexOf('-') is var dash and > 0 && NameLexicon.RoleWords.Contains(lead[(dash + 1)..]);
            if (!(described || owned || possessiveMark || compoundRole || lead is "who" or "whose" or "which" or "now" or "then" || char.IsDigit(lead[0]) || NameLexicon.RoleWords.Contains(lead)
                || (lead.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(lead[0])) || PaperOrigins.Contains(lead)
                // "Starmer, asked about the interview during a visit, said": a participle of questioning sets the scene.
                || lead is "asked" or "pressed" or "questioned" or "challenged" or "interviewed"
                || quotedBy
                // "Tomas Brenn, himself a former minister, told", "Ivo Marek, never one to understate, described": an
                // aside about the speaker that opens with a reflexive or an adverb of how often.
                || AsideAboutSpeaker.Contains(lead)
                // "Brenn, visibly irritated, said": a short aside opening with an adverb of manner says how they spoke.
                || (char.IsLower(lead[0]) && lead.EndsWith("ly", StringComparison.Ordinal) && comma - first <= 4)
                || lead.EndsWith('\'') || lead.EndsWith('’') || lead.EndsWith("'s", StringComparison.Ordinal) || lead.EndsWith("’s", StringComparison.Ordinal)
                // "Serhii Nykyforov, Mr Zelensky's spokesman, said": an honorific before the possessive.
                || (NameLexicon.Honorifics.Contains(lead) && first + 2 < comma && IsPossessive(p[first + 2].Text))
                || NamedAfterQuote(p, first - 1)))
                continue;
            var nameEnd = first - 1;
            if (p[nameEnd].Text == ")")
            {
                while (nameEnd > 0 && p[nameEnd].Text != "(")
                    nameEnd--;
                nameEnd--;
            }

            if (nameEnd < 0)
                return null;
            var start = subject >= 0 ? subject : CollectLeft(p, nameEnd);
            if (subject < 0 && start <= nameEnd && QualifiedSourceStart(p, start) is var source and >= 0)
                start = source;
            // "Sarah Pennington, 34, from Dereham, whose husband ..., said": a place after "from" or "in" is where the
            // person before it lives, part of the apposition; the name is before an earlier comma.
            if (start <= nameEnd && start >= 2 && p[start - 1].Text is "from" or "in" or "of" && p[start - 2].Kind == PieceKind.Comma)
                continue;
            // "In Bucharest, a senior Romanian naval officer, who asked not to be named, said": the place the sentence
            // opens with is where, not who.
            if (start == SentencePieces.DatelineEnd(p) + 1 && p[start - 1].Text is "In" or "At")
                continue;
            // "Siobhán Keary, who directs the programme at the Clontarf Institute, a Dublin think tank, said": a name
            // after a preposition in a relative clause is what the clause is about; the speaker comes before it.
            if (start <= nameEnd && start >= 2 && p[start - 1].Text is "at" or "of" or "from" or "in" or "for" or "with" && InRelativeClause(p, start - 1))
                continue;
            // "the expansion of the base near Constanța, which is set to grow, would continue": a name after a common
            // noun and its preposition is what the noun phrase is about; the subject is that phrase, not the name.
            if (start <= nameEnd && start >= 2 && p[start - 1].IsWord && p[start - 1].Text is "near" or "in" or "at" or "of" or "outside" or "around"
                && p[start - 2].IsWord && char.IsLower(p[start - 2].Text[0]) && !NameLexicon.Boundaries.Contains(p[start - 2].Text)
                && !IsUnnamedHead(p, start - 2) && !NameLexicon.RoleWords.Contains(p[start - 2].Text))
                continue;
            if (start > nameEnd || !AnyNameOrHead(p, start, nameEnd))
                return null;
            // "In December, the prince attacked ..., calling": a date before the comma opens the sentence; it is no name.
            if (NameLexicon.Dates.Contains(p[nameEnd].Text))
                return null;
            // "Mark Rutte, the Nato secretary general, who also attended, said": the relative clause follows a
            // description that is itself an apposition, so the name is the one before that description.
            if (lead is "who" or "whose" or "which" && p[start].Text is "the" or "a" or "an" or "The" && start >= 2 && p[start - 1].Kind == PieceKind.Comma
                && Apposition(p, first) is { } named)
                return named;
            // "Another, a senior diplomat from a Nordic country, said": a word that only counts sources names no one;
            // the description after it is the speaker.
            if (described && start == nameEnd && p[start].Text is "Another" or "another" or "One" or "one" or "A second" or "Others")
                return Phrase(p, first + 1, comma - 1, null);
            var possessive = char.IsUpper(lead[0]) && (possessiveMark || lead.EndsWith('\'') || lead.EndsWith('’') || lead.EndsWith('s'));
            var role = described || possessive || NameLexicon.RoleWords.Contains(lead)
                ? string.Join(' ', p.Skip(first + (described ? 2 : 1)).Take(comma - first - (described ? 2 : 1)).Select(x => x.Text))
                : null;
            return Phrase(p, start, nameEnd, role is { Length: > 0 and < 60 } ? role : null);
        }

        return null;
    }

    // A lower-case noun of a body ("office", "ministry", "party") after a possessive or a determiner.
    private static bool IsBodyHead(Piece piece) =>
        piece.IsWord && char.IsLower(piece.Text[0]) && piece.Text is "office" or "ministry" or "department" or "party" or "agency" or "government" or "embassy";

    // Where the name starts in the words [first, last] set off by commas after a description: all of them when they
    // are a short capitalised run ("James Cartlidge"), or the run of two words or more after lower-case role words
    // ("presidential aide Ivo Marek"); -1 when the words are no such name.
    private static int NameAfterInnerRole(List<Piece> p, int first, int last)
    {
        if (last - first is >= 0 and <= 3 && AllCapitalised(p, first, last))
            return first;
        var name = first;
        while (name <= last && name - first < 3 && p[name].IsWord && char.IsLower(p[name].Text[0]) && NameLexicon.RoleWords.Contains(p[name].Text))
            name++;
        return name > first && last - name is >= 1 and <= 3 && AllCapitalised(p, name, last) ? name : -1;
    }

    // True when a "who" or "whose" opens the clause, after its comma, that holds piece k.
    private static bool InRelativeClause(List<Piece> p, int k)
    {
        for (var i = k - 1; i >= 0 && k - i < 16; i--)
        {
            if (!p[i].IsWord)
                return p[i].Kind == PieceKind.Comma && i + 1 < k && p[i + 1].Text is "who" or "whose";
        }

        return false;
    }

    // "A medic near Marinka, who gave his name only as Tomas, said", "..., who identified herself only as Olena,": a
    // source who withholds a full name is called by the name the relative clause gives, not by the place before it.
    private static SpeakerPhrase? NameGivenBy(List<Piece> p, int who, int last)
    {
        var gives = false;
        for (var k = who + 1; k < last; k++)
        {
            if (!p[k].IsWord)
                return null;
            gives |= p[k].Text is "gave" or "gives" or "identified";
            if (gives && p[k].Text == "as" && AllCapitalised(p, k + 1, last) && last - k <= 3)
                return Phrase(p, k + 1, last, null);
        }

        return null;
    }

    // Where the role word heading a description that ends at k stands: k itself ("The shadow defence secretary"), or
    // the word before a short phrase of place or body ("Ukraine's ambassador to Canada", "the head of the navy"); -1
    // when the description ends in no role.
    private static int DescriptionHead(List<Piece> p, int k)
    {
        if (k < 0 || !p[k].IsWord)
            return -1;
        // "the Defence Secretary, John Healey,": a title may be capitalised when an article or a possessive opens it.
        if (!p[k].IsCapitalised || (NameLexicon.RoleWords.Contains(p[k].Text) && TitleOpensAt(p, k)))
            return NameLexicon.RoleWords.Contains(p[k].Text) ? k : -1;
        // "ambassador to Canada", "the Minister for Foreign Affairs and Defence": a role, then what it is for.
        for (var m = k - 1; m >= 1 && k - m <= 5 && p[m].IsWord; m--)
        {
            if (p[m].Text is "to" or "of" or "for" or "at" or "in")
                return p[m - 1].IsWord && NameLexicon.RoleWords.Contains(p[m - 1].Text) ? m - 1 : -1;
        }

        return -1;
    }

    // A run of capitalised words up to `k` opened by "the" or a possessive ("The Defence Secretary", "Britain's Foreign
    // Secretary").
    private static bool TitleOpensAt(List<Piece> p, int k)
    {
        var m = k;
        while (m > 0 && k - m < 4 && p[m - 1].IsWord && p[m - 1].IsCapitalised && p[m - 1].Text is not "The" && !IsPossessive(p[m - 1].Text))
            m--;
        return m > 0 && p[m - 1].IsWord && (p[m - 1].Text is "the" or "The" || IsPossessive(p[m - 1].Text));
    }

    // "her chief of staff", not "his mother refused to teach him": a few words with no verb among them.
    private static bool IsShortDescription(List<Piece> p, int first, int last)
    {
        if (last - first > 5)
            return false;
        for (var k = first; k <= last; k++)
        {
            if (!p[k].IsWord || LooksLikeVerb(p[k].Text) || CommonVerbs.Contains(p[k].Text))
                return false;
        }

        return true;
    }

    // ""...," said one owner of a shop that ...": right after a quote the verb is inverted whatever follows the speaker.
    // ""Shame!" cried a backbencher", ""Why now?" wondered one MP": right after an exclamation or a question that opens
    // the sentence, any speech verb may come before its speaker.
    private static bool HandedOver(List<Piece> p, int v) =>
        v == 1 && p[0].Kind == PieceKind.Quote && p[0].LastQuoted is '!' or '?';

    private static bool AfterQuote(List<Piece> p, int v) =>
        v >= 1 && (p[v - 1].Kind == PieceKind.Quote || (v >= 2 && p[v - 1].Kind == PieceKind.Comma && p[v - 2].Kind == PieceKind.Quote));

    // A speaker opens with a name or a determiner ("Phil Musser of ...", "one well-connected Democrat familiar with ...").
    private static bool OpensSpeaker(List<Piece> p, int k) =>
        k < p.Count && p[k].IsWord && (p[k].IsCapitalised || NameLexicon.Determiners.Contains(p[k].Text));

    // ""...," Ed Marlow, refugee program director at the council, said": a name right after a quote that hands over
    // opens an apposition whatever its first word.
    private static bool NamedAfterQuote(List<Piece> p, int nameEnd)
    {
        var start = CollectLeft(p, nameEnd);
        return start >= 1 && start <= nameEnd && p[start].IsCapitalised && p[nameEnd].IsCapitalised && p[start - 1].Kind == PieceKind.Quote && p[start - 1].LastQuoted == ',';
    }

    // "..., said Tad Devine." ends after the speaker; "..., said Republicans are engaged" does not invert.
    private static bool EndsClause(List<Piece> p, SpeakerPhrase phrase)
    {
        var next = Index(p, phrase.End);
        return next < 0 || !p[next].IsWord || p[next].Text is "in" or "on" or "at" or "after" or "during" or "when" or "while" or "as" or "who"
            or "last" or "this" or "yesterday" or "today" or "adding" or "according" or "before" or "told" or "to"
            // "..., said a strategist for one of the candidates", "said one Democrat familiar with the talks".
            || (p[next].Text is "for" or "familiar" or "close" or "speaking" or "involved" && IsUnnamedHead(p, next - 1))
            // "..., said Sen. Tom Carper of Delaware." ends after the place the speaker is from.
            || (p[next].Text == "of" && next + 1 < p.Count && p[next + 1].IsCapitalised)
            // "..., said Stephen Vladeck of the University of Texas."
            || (p[next].Text == "of" && next + 2 < p.Count && p[next + 1].Text == "the" && p[next + 2].IsCapitalised);
    }

    private static bool IsUnnamedHead(List<Piece> p, int k) =>
        k >= 0 && p[k].IsWord && (NameLexicon.UnnamedHeads.Contains(p[k].Text) || (p[k].Text.EndsWith('s') && NameLexicon.UnnamedHeads.Contains(p[k].Text[..^1])));

    private static SpeakerPhrase? ReadRight(List<Piece> p, int from)
    {
        var k = from;
        while (k < p.Count && p[k].IsWord && k - from < 12 && (k == from || !IsRightBoundary(p, k, from)))
            k++;
        return k > from ? Phrase(p, from, k - 1, null) : null;
    }

    private static readonly HashSet<string> SentHeads = new(StringComparer.Ordinal) { "Mission", "Ambassador", "Envoy", "Representative", "Delegation", "Embassy" };

    private static bool IsBoundary(List<Piece> p, int k)
    {
        var w = p[k].Text;
        if (IsNameParticle(w))
            return !ParticlesInName(p, k);
        if (w is "of" or "for")
            return !(k > 0 && k + 1 < p.Count && ((p[k - 1].IsCapitalised && p[k + 1].IsCapitalised) || NameLexicon.RoleWords.Contains(p[k - 1].Text)
                || InstitutionOfThe(p, k)));
        if (w == "and" && JoinsPlaceAfterRoleOf(p, k))
            return false;
        // "Russia's Permanent Mission to the EU said", "the Ambassador to the UN": a mission is named with where it is sent.
        if (w == "to" && k > 0 && k + 2 < p.Count && SentHeads.Contains(p[k - 1].Text) && p[k + 1].Text == "the" && p[k + 2].IsCapitalised)
            return false;
        // "the report said": after a determiner, a word that can be a speech verb is the speaker's noun.
        return IsFunctionWord(p, k) || (char.IsLower(w[0]) && SpeechVerbs.IsSpeech(w) && !(k > 0 && NameLexicon.Determiners.Contains(p[k - 1].Text)));
    }

    // "The member for Rayleigh and Wickford said", "the Minister for Culture and Sport said": the "and" at k joins the
    // capitalised words of one seat or portfolio after a role's "for" or "of" (one or two words back), not two speakers.
    private static bool JoinsPlaceAfterRoleOf(List<Piece> p, int k)
    {
        if (k < 3 || k + 1 >= p.Count || !p[k + 1].IsCapitalised || !p[k - 1].IsCapitalised)
            return false;
        var of = p[k - 2].Text is "for" or "of" ? k - 2 : k >= 4 && p[k - 2].IsCapitalised && p[k - 3].Text is "for" or "of" ? k - 3 : -1;
        return (of > 0 && !IsBoundary(p, of)) || BodyNamedAfter(p, k);
    }

    // "the National Security and Defence Council", "the Ministry of Foreign and European Affairs": capitalised words after
    // the "and" at k that end, within three words, in a body's noun make one name with the words before it.
    private static bool BodyNamedAfter(List<Piece> p, int k)
    {
        for (var j = k + 1; j < p.Count && j <= k + 3 && p[j].IsCapitalised; j++)
        {
            if (NameLexicon.InstitutionWords.Contains(p[j].Text) && (j + 1 >= p.Count || !p[j + 1].IsCapitalised))
                return true;
        }

        return false;
    }

    // "according to a statement from the Ministry of Defence", "a report by the Kremlin": whoever issued the document
    // is the source; the phrase itself when it names no issuer.
    private static SpeakerPhrase? IssuerOf(List<Piece> p, SpeakerPhrase? document)
    {
        if (document is null)
            return null;
        var first = Index(p, document.Start);
        var after = Index(p, document.End);
        // "according to a report published on Wednesday by the Harbour Institute": the phrase read may end at the participle.
        if (after < 0)
            return document;
        var noun = after - 1 > first && p[after - 1].Text is "released" or "issued" or "published" ? after - 2 : after - 1;
        var by = IssuerCueAt(p, noun + 1);
        if (noun - first is < 1 or > 2 || !NameLexicon.Determiners.Contains(p[first].Text) || !IsIssuedDocument(p[noun].Text))
            return document;
        // "according to a joint statement issued after the call": with no issuer the participle is no part of the name.
        if (by + 1 >= p.Count || p[by].Text is not ("from" or "by") || !p[by + 1].IsWord)
            return noun < after - 1 ? Phrase(p, first, noun, document.Role) : document;
        return ReadRight(p, by + 1) is { } issuer && AnyCapitalised(p, Index(p, issuer.Start), Index(p, issuer.End) - 1) ? issuer : document;
    }

    // "was announced by the ministry that", "has been confirmed by Downing Street that": a passive speech verb, "by",
    // the agent, and the "that" of the reported clause right after it; null when the sentence is not so built.
    private static SpeakerPhrase? PassiveAgent(List<Piece> p, int v)
    {
        if (v < 1 || v + 3 >= p.Count || p[v - 1].Text is not ("was" or "were" or "been" or "is" or "are") || p[v + 1].Text != "by")
            return null;
        var agent = ReadRight(p, v + 2);
        var after = agent is null ? -1 : Index(p, agent.End);
        return after > 0 && after < p.Count && p[after].Text == "that" ? agent : null;
    }

    // "dismissed the security guarantees agreed by the coalition as ...": a participle after a common noun and before
    // "by" qualifies the noun (the guarantees were agreed); the noun never speaks through it.
    private static bool IsReducedPassive(List<Piece> p, int v) =>
        v >= 1 && v + 1 < p.Count && p[v + 1].Text == "by" && p[v].Text.EndsWith("ed", StringComparison.Ordinal) && p[v - 1].IsWord
        && char.IsLower(p[v - 1].Text[0]) && !NameLexicon.Pronouns.Contains(p[v - 1].Text) && !NameLexicon.BetweenWords.Contains(p[v - 1].Text)
        && !IsMannerAdverb(p[v - 1].Text) && p[v - 1].Text is not ("was" or "were" or "is" or "are" or "been" or "be" or "being");

    // "Moscow had not been shown the documents agreed in Berlin": a participle after the object of a verb or a
    // preposition, before where or when, says what was done to the thing; nobody speaks. "the minister said in Berlin"
    // opens its clause, and a speaker's noun ("the ministry") may speak wherever it stands.
    private static bool ModifiesObject(List<Piece> p, int v) =>
        v >= 3 && v + 1 < p.Count && p[v].Text.EndsWith("ed", StringComparison.Ordinal) && p[v + 1].Text is "in" or "at" or "on" or "last" or "earlier" or "during"
        && p[v - 2].Text is "the" or "a" or "an" && p[v - 1].IsWord && char.IsLower(p[v - 1].Text[0]) && !NameLexicon.IsPersonHead(p[v - 1].Text)
        && !NameLexicon.RoleWords.Contains(p[v - 1].Text) && !NameLexicon.InstitutionWords.Contains(p[v - 1].Text)
        && p[v - 3].IsWord && char.IsLower(p[v - 3].Text[0]) && (p[v - 3].Text is "shown" or "given" or "seen" or "of" or "on" or "about" or "to" or "with" or "from" or "into" or "over" || p[v - 3].Text.EndsWith("ed", StringComparison.Ordinal));

    // "The Office of the President said", "the Ministry of the Interior": an institution's name runs on through "of
    // the" to the capitalised word after it; the office speaks, not the President.
    private static bool InstitutionOfThe(List<Piece> p, int of) =>
        of + 2 < p.Count && p[of - 1].IsCapitalised && NameLexicon.InstitutionWords.Contains(p[of - 1].Text) && p[of + 1].Text == "the" && p[of + 2].IsCapitalised;

    private static bool IsNameParticle(string w) => w is "de" or "von" or "der" or "van" or "den" or "al" or "bin" or "la" or "le" or "du" or "da" or "del";

    // "Ursula von der Leyen", "..., von der Leyen says": a run of particles before a capitalised word belongs to the
    // name when a capitalised word or no word at all stands before it.
    private static bool ParticlesInName(List<Piece> p, int k)
    {
        var first = k;
        while (first > 0 && p[first - 1].IsWord && IsNameParticle(p[first - 1].Text))
            first--;
        var last = k;
        while (last + 1 < p.Count && p[last + 1].IsWord && IsNameParticle(p[last + 1].Text))
            last++;
        return last + 1 < p.Count && p[last + 1].IsCapitalised && (first == 0 || p[first - 1].IsCapitalised || !p[first - 1].IsWord);
    }

    private static bool IsRightBoundary(List<Piece> p, int k, int from)
    {
        var w = p[k].Text;
        // "Secretary of State Marco Rubio" goes on past "of"; "Jason Gilbert of Cheyenne" stops there.
        // ""...," said one of the diplomats": a share of a group reads on to the group.
        if (w is "of" && k == from + 1 && IsPartitive(p[k - 1].Text))
            return false;
        if (w is "of" or "for")
            return !(k + 1 < p.Count && p[k + 1].IsCapitalised && (NameLexicon.RoleWords.Contains(p[k - 1].Text) || NameLexicon.InstitutionWords.Contains(p[k - 1].Text)));
        if (w is "de" or "von" or "der" or "van")
            return !(k + 1 < p.Count && p[k + 1].IsCapitalised);
        return IsFunctionWord(p, k) || w is "according" or "adding" or "saying" or "last" or "yesterday" or "today" or "speaking" or "told";
    }

    // "Al From said", "wrote George Will": inside a sentence a capitalised word is a name, even one spelt like a
    // function word; only the sentence's first word is capitalised for its place.
    private static bool IsFunctionWord(List<Piece> p, int k) => NameLexicon.Boundaries.Contains(p[k].Text) && !IsInnerCapital(p, k);

    private static bool IsBetweenWord(List<Piece> p, int k) => NameLexicon.BetweenWords.Contains(p[k].Text) && !IsInnerCapital(p, k);

    // Inside: after a word of the same sentence, or after a comma or a quote closed by one (""...," From said"); a
    // capital after a quote that ended its sentence may open the next.
    private static bool IsInnerCapital(List<Piece> p, int k)
    {
        if (k == 0 || !char.IsUpper(p[k].Text[0]) || p[k].Text == "I")
            return false;
        var before = p[k - 1];
        var closing = before.LastQuoted;
        if (before.Kind == PieceKind.Comma || closing == ',')
            return true;
        if (closing is '.' or '?' or '!')
            return false;
        for (var i = 0; i < k; i++)
        {
            if (p[i].IsWord)
                return true;
        }

        return false;
    }

    // "quoted an official as saying", "The memo records a senior official as telling ...": a verb that passes on
    // someone's words as theirs; its piece index back from `from`, or -1.
    private static int FindQuoting(List<Piece> p, int from, int limit)
    {
        for (var k = from; k >= 0 && from - k < limit; k--)
        {
            if (p[k].Text is "quoted" or "cited" or "quotes" or "cites" or "record" or "records" or "recorded")
                return k;
            if (!p[k].IsWord)
                return -1;
        }

        return -1;
    }

    /// <summary>
    /// "Kyodo News, citing a source close to the matter, reported that ...", "The Herald reported, citing two officials,
    /// that ...", "Citing European officials, the paper said ...": a medium passing on what its sources told it gives
    /// the words of those sources. The people cited, set off by commas next to the speaker or the verb, when they are
    /// people ("citing intelligence reports" cites no one); null otherwise.
    /// </summary>
    public static SpeakerPhrase? CitedSource(List<Piece> p, Cue cue)
    {
        if (cue.Form != CueForm.Normal || cue.Speaker is not { } speaker || NameLexicon.Pronouns.Contains(speaker.Text))
            return null;
        var opening = SentencePieces.DatelineEnd(p) - 1;
        foreach (var comma in (ReadOnlySpan<int>)[Index(p, speaker.End), cue.Verb + 1, opening])
        {
            if (comma < -1 || comma + 2 >= p.Count || (comma != opening && p[comma].Kind != PieceKind.Comma) || p[comma + 1].Text is not ("citing" or "quoting" or "Citing" or "Quoting"))
                continue;
            var last = comma + 2;
            while (last + 1 < p.Count && p[last + 1].IsWord && p[last + 1].Text != "that" && last - comma < 9)
                last++;
            if (last + 1 >= p.Count || p[last + 1].Kind != PieceKind.Comma)
                continue;
            var phrase = Phrase(p, comma + 2, last, null);
            return CitesPeople(p, comma + 2, last) ? phrase : null;
        }

        return null;
    }

    // A person noun among the first words cited, before any document ("a source close to the matter", "two people
    // familiar with the plans", "government sources"; not "a report by two officials").
    private static bool CitesPeople(List<Piece> p, int first, int last)
    {
        for (var k = first; k <= last && k < first + 4; k++)
        {
            if (IsRecord(p[k].Text) || p[k].Text is "reports" or "documents" or "data" or "figures")
                return false;
            if (char.IsLower(p[k].Text[0]) && NameLexicon.IsPersonHead(p[k].Text))
                return true;
        }

        return false;
    }

    // ""...," said the Bloc's defence critic, Anna Quill.": a description after an inverted verb, then a person's full
    // name closing the sentence, names the speaker last; the description is the role.
    private static SpeakerPhrase? NamedAfterDescription(List<Piece> p, SpeakerPhrase description)
    {
        var first = Index(p, description.Start);
        var comma = Index(p, description.End);
        // A description that ends the sentence has no piece after it (-1).
        if (first < 0 || comma < 0 || !NameLexicon.Determiners.Contains(p[first].Text) || comma + 2 >= p.Count || p[comma].Kind != PieceKind.Comma
            || FullNameAfter(p, comma) is not (var last and >= 0) || (last + 1 < p.Count && p[last + 1].Kind is not (PieceKind.End or PieceKind.Comma)))
            return null;
        return new SpeakerPhrase(p[comma + 1].Start, p[last].End, Join(p, comma + 1, last), Join(p, first + 1, comma - 1));
    }

    // ", Anna Quill": the last piece of a person's full name (two words or more, up to four, capitalised) right after
    // the comma at <paramref name="comma"/>; -1 when none stands there.
    private static int FullNameAfter(List<Piece> p, int comma)
    {
        if (comma + 1 >= p.Count || !p[comma + 1].IsCapitalised)
            return -1;
        var last = comma + 1;
        while (last + 1 < p.Count && p[last + 1].IsCapitalised && !NameLexicon.Boundaries.Contains(p[last + 1].Text) && last - comma < 4)
            last++;
        return NameParts.Parse(Join(p, comma + 1, last)) is { Kind: SpeakerKind.Person, Tokens.Length: >= 2 } ? last : -1;
    }

    private static SpeakerPhrase Phrase(List<Piece> p, int first, int last, string? role) =>
        new(p[first].Start, p[last].End, Join(p, first, last), role);
}
