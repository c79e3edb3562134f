using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Interview transcripts: "Q:" paragraphs are the interviewer's, "A:" paragraphs the words of the person the
/// introduction presents, a direct quote without quote marks. A transcript labelled by speaker ("PRESENTER:",
/// "STUBB:", "MS QUILL:", "ABT:") gives each labelled paragraph to the person its label names.
/// </summary>
internal sealed partial class ArticleReading
{
    // The labels ("Q", "A", "STUBB", "MS QUILL") of a transcript's paragraphs; empty in other articles.
    private readonly Dictionary<int, string> _transcriptLabels = [];

    // Where the words of each labelled paragraph start, after the label's colon.
    private readonly Dictionary<int, int> _labelWordsAt = [];

    // Who speaks each labelled paragraph that is someone's words; a question or a label naming no one is left out.
    private readonly Dictionary<int, CastMember> _labelSpeakers = [];

    // "Q: How many troops?" / "A: A range, not a number.": only an article that asks and answers at least twice is a
    // transcript, and only after a question: a lone "A:" elsewhere is a list item or a grade. Its questions start
    // after a short introduction that says someone was interviewed ("He spoke to us in London."); a "Q&A: what happens
    // next" box late in a report is the writer explaining, and its answers are the writer's. A transcript labelled by
    // speaker needs two labels, each opening two paragraphs or more: a factbox's "FRANCE:" sections open one each.
    private void FindTranscript()
    {
        var asked = 0;
        var answered = 0;
        var firstQuestion = -1;
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstLabelled = -1;
        for (var k = 1; k < _paragraphStarts.Count; k++)
        {
            var label = TranscriptLabel(k, out var wordsAt);
            // "The Secretary of State for Defence (John Healey):": a record may head its turns in ordinary case.
            if (label is null && SpeakerHeading(k) is { } heading)
                (label, wordsAt) = (heading, _paragraphStarts[k] + heading.Length + 2);
            if (label is null)
                continue;
            // "Q (Reuters):": a question named by its outlet keeps the outlet, so it stays a question between turns.
            if (label is "Q" && wordsAt - 2 > _paragraphStarts[k] + 1)
                label = _text[_paragraphStarts[k]..(wordsAt - 2)];
            _labelWordsAt[k] = wordsAt;
            var key = HeadingOutsideBrackets(label);
            if (key is "Q" or "A")
            {
                if (key == "Q")
                    asked++;
                else if (asked > 0)
                    answered++;
                else
                    continue;
                if (firstQuestion < 0)
                    firstQuestion = k;
            }
            else
            {
                // "TOM ASHWORTH (presenter):" and later "ASHWORTH:" are one speaker's labels.
                var surname = key[(key.LastIndexOf(' ') + 1)..];
                uses[surname] = uses.GetValueOrDefault(surname) + 1;
                if (firstLabelled < 0)
                    firstLabelled = k;
            }

            _transcriptLabels[k] = label;
        }

        var questionsAndAnswers = asked >= 2 && answered >= 2 && firstQuestion <= 5 && IntroducesInterview(_paragraphStarts[firstQuestion]);
        var bySpeaker = uses.Count(u => u.Value >= 2) >= 2 && firstLabelled <= 8;
        if (!questionsAndAnswers && !bySpeaker)
            _transcriptLabels.Clear();
        else if (!bySpeaker)
            RemoveLabels(label => HeadingOutsideBrackets(label) is not ("Q" or "A"));
        // "Q (Harbour Review): ..." between speakers' turns stays: a question that ends the turn before it.
        else if (!questionsAndAnswers)
            RemoveLabels(label => label is "Q" or "A");
        // "REPORTER: "Does that include air power?"": a label before quote marks is read with its quote, as a speaker
        // and a colon.
        foreach (var (paragraph, label) in _transcriptLabels.ToList())
        {
            if (OpensWithQuoteMark(paragraph))
                _transcriptLabels.Remove(paragraph);
        }
    }

    private void RemoveLabels(Func<string, bool> which)
    {
        foreach (var (paragraph, label) in _transcriptLabels.ToList())
        {
            if (which(label))
                _transcriptLabels.Remove(paragraph);
        }
    }

    private bool IntroducesInterview(int end)
    {
        var intro = _text.AsSpan(0, end);
        foreach (var words in InterviewWords)
        {
            if (intro.Contains(words, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    private static readonly string[] InterviewWords =
        ["interview", "spoke to", "spoke with", "talked to", "talked with", "Q&A with", "in conversation with", "questions and answers", "transcript"];

    // The label a paragraph opens with: "Q" or "A" and a colon, or up to three words in capitals and a colon ("STUBB:",
    // "MS QUILL:", "MR. BRENN:"); null when it opens otherwise. A broadcast transcript may describe the speaker in
    // brackets before the colon ("TOM ASHWORTH (presenter):") and mark a recording before the label ("[CLIP] KEIR
    // STARMER:"); the label is the name alone, and the turn's words start after the colon.
    private string? TranscriptLabel(int paragraph, out int wordsAt)
    {
        wordsAt = -1;
        var start = AfterRecordingMark(_paragraphStarts[paragraph]);
        var i = start;
        var words = 1;
        while (i < _text.Length && i - start <= 24 && (char.IsUpper(_text[i]) || (i > start && _text[i] is '.' or '\'' or '’' or '-' or ' ')))
        {
            if (_text[i] == ' ')
                words++;
            i++;
        }

        var nameEnd = i;
        if (i > start && _text[i - 1] == ' ' && SpeakerDescriptionEnd(i) is var described and > 0)
        {
            nameEnd = i - 1;
            words--;
            i = described;
        }

        if (nameEnd == start || i + 1 >= _text.Length || _text[i] != ':' || _text[i + 1] != ' ' || words > 3 || _text[nameEnd - 1] == ' ')
            return null;
        var label = _text[start..nameEnd];
        wordsAt = i + 2;
        return label.Length == 1 && label is not ("Q" or "A") ? null : label;
    }

    // "[CLIP] KEIR STARMER: ...": a bracketed word in capitals before a label says the turn is a recording.
    private int AfterRecordingMark(int start)
    {
        var close = start + 1;
        if (start >= _text.Length || _text[start] != '[')
            return start;
        while (close < _text.Length && close - start <= 12 && char.IsUpper(_text[close]))
            close++;
        return close > start + 1 && close + 1 < _text.Length && _text[close] == ']' && _text[close + 1] == ' ' ? close + 2 : start;
    }

    // "(Europe correspondent)" or "(Harcourt Institute, on the line from Kyiv)" after a label's name: the offset past
    // the closing bracket, or -1 when no short bracket on the line opens there.
    private int SpeakerDescriptionEnd(int open)
    {
        if (_text[open] != '(')
            return -1;
        for (var i = open + 1; i < _text.Length && i - open <= 80 && _text[i] != '\n'; i++)
        {
            if (_text[i] == ')')
                return i > open + 1 ? i + 1 : -1;
        }

        return -1;
    }

    // "Lieutenant General Tomas Brenn retired in 2023 ... He spoke to us in London.": the first person the introduction
    // (before the first question) has as a subject answers; without one, no answer is anyone's. A speaker's label names
    // a person of the cast by surname ("STUBB"), by initials ("ABT" for Anders Brøgger Thorsen) or by the role the
    // introduction gave ("PRESENTER"); a reporter is an unnamed one; an outlet's initials ("KR:") ask, and name no one.
    private void FindTranscriptSpeakers()
    {
        if (_transcriptLabels.Count == 0)
            return;
        CastMember? interviewee = null;
        if (_transcriptLabels.ContainsValue("A"))
        {
            var firstQuestion = _transcriptLabels.First(l => l.Value is "Q" or "A").Key;
            interviewee = _cast.FirstSubject(_paragraphStarts.Count > 1 ? _paragraphStarts[1] : 0, _paragraphStarts[firstQuestion]);
        }

        var named = new Dictionary<string, CastMember?>(StringComparer.Ordinal);
        var last = _transcriptLabels.Keys.Max();
        CastMember? answering = null;
        for (var paragraph = _transcriptLabels.Keys.Min(); paragraph <= last; paragraph++)
        {
            // An answer may run over several paragraphs: one without a label before the next label goes on with it;
            // its sentences that report someone else are theirs. A time mark ("[07:36]") ends the turn, and so does a
            // paragraph that is no sentence at all: a record's time ("2.11 pm"), its note that members rose ("Several
            // hon. Members rose—") or a cut ("[…]").
            if (!_transcriptLabels.TryGetValue(paragraph, out var label))
            {
                if (answering is not null && !IsTimeMark(paragraph) && EndsAsSentence(paragraph))
                    _labelSpeakers[paragraph] = answering;
                else
                    answering = null;
                continue;
            }

            answering = null;
            if (HeadingOutsideBrackets(label) == "Q")
                continue;
            if (!named.TryGetValue(label, out var speaker))
                named[label] = speaker = label == "A" ? interviewee : LabelledSpeaker(label, _paragraphStarts[paragraph]);
            if (speaker is not null)
                _labelSpeakers[paragraph] = answering = speaker;
        }
    }

    private bool OpensWithQuoteMark(int paragraph)
    {
        var after = _labelWordsAt[paragraph];
        return after < _text.Length && _text[after] is '"' or '“' or '«' or '„' or '‘';
    }

    private bool EndsAsSentence(int paragraph)
    {
        var text = _text.AsSpan(_paragraphStarts[paragraph], ParagraphEnd(paragraph) - _paragraphStarts[paragraph]).TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '?' or '!' or ')' or '"' or '”' or '’' or '»' && !text.EndsWith("[…]") && !text.EndsWith("[...]");
    }

    // "[07:36]": a paragraph that is a bracketed time and nothing else.
    private bool IsTimeMark(int paragraph)
    {
        var text = _text.AsSpan(_paragraphStarts[paragraph], ParagraphEnd(paragraph) - _paragraphStarts[paragraph]).Trim();
        return text.Length is >= 3 and <= 12 && text[0] is '[' or '(' && text[^1] is ']' or ')' && text.ContainsAnyInRange('0', '9');
    }

    private CastMember? LabelledSpeaker(string label, int at)
    {
        if (IsMixedCase(label))
            return HeadingSpeaker(label, at);
        var words = label.Split(' ').Where(w => !NameLexicon.Honorifics.Contains(w)).ToList();
        if (words.Count == 0)
            return null;
        var surname = Tokenizer.Fold(words[^1]);
        CastMember? byInitials = null;
        foreach (var member in _cast.Members)
        {
            if (member.Kind != SpeakerKind.Person)
                continue;
            if (member.Surname == surname)
                return member;
            if (words.Count == 1 && words[0].Length is >= 2 and <= 4 && Initials(member.Name) == words[0])
                byInitials ??= member;
        }

        if (byInitials is not null)
            return byInitials;
        if (LabelledName(words, at) is { } named)
            return named;
        if (words.Count == 1 && NameLexicon.RoleWords.Contains(words[0].ToLowerInvariant())
            && _cast.Describe("the " + words[0].ToLowerInvariant(), at, 0) is { Kind: SpeakerKind.Person } described)
            return described;
        // "REPORTER:" with no reporter named: one of them.
        return TranscriptRole(label) is { } role ? _cast.Unnamed(role, at) : null;
    }

    // "TOM ASHWORTH (presenter):": a presenter may be named only by the label, which gives first name and surname.
    private CastMember? LabelledName(List<string> words, int at)
    {
        if (words.Count is < 2 or > 3 || words.Exists(w => w.Length < 2 || NameLexicon.RoleWords.Contains(w.ToLowerInvariant())))
            return null;
        var name = string.Join(' ', words.Select(w => w[0] + w[1..].ToLowerInvariant()));
        return NameParts.Parse(name) is { Kind: SpeakerKind.Person } ? _cast.Named(name, at) : null;
    }

    // "ABT" for Anders Brøgger Thorsen: the capitalised words' first letters.
    private static string Initials(string name) =>
        ArticleCast.Initials(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).ToArray());

    // The label that opens a transcript paragraph names no one: its sentence is read from the words after it.
    private void DropTranscriptLabel(List<Piece> p)
    {
        if (p.Count < 3 || !_labelWordsAt.TryGetValue(ParagraphOf(p[0].Start), out var wordsAt) || p[0].Start != _paragraphStarts[ParagraphOf(p[0].Start)])
            return;
        var label = 0;
        while (label < p.Count - 1 && p[label].Start < wordsAt)
            label++;
        if (label > 0 && _transcriptLabels.ContainsKey(ParagraphOf(p[0].Start)))
            p.RemoveRange(0, label);
    }
}
