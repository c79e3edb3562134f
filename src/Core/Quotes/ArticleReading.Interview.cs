namespace NewsBot.Core.Quotes;

/// <summary>
/// Interview transcripts: "Q:" paragraphs are the interviewer's, "A:" paragraphs the words of the person the
/// introduction presents, a direct quote without quote marks.
/// </summary>
internal sealed partial class ArticleReading
{
    // The paragraphs labelled "Q:" or "A:" in a transcript, with whether each is an answer; empty in other articles.
    private readonly Dictionary<int, bool> _transcriptLabels = [];
    private CastMember? _interviewee;

    // "Q: How many troops?" / "A: A range, not a number.": only an article that asks and answers at least twice is a
    // transcript, and only after a question: a lone "A:" elsewhere is a list item or a grade. Its questions start
    // after a short introduction that says someone was interviewed ("He spoke to us in London."); a "Q&A: what happens
    // next" box late in a report is the writer explaining, and its answers are the writer's.
    private void FindTranscript()
    {
        var asked = 0;
        var answered = 0;
        var firstQuestion = -1;
        for (var k = 1; k < _paragraphStarts.Count; k++)
        {
            var label = TranscriptLabel(k);
            if (label == 'Q')
                asked++;
            else if (label == 'A' && asked > 0)
                answered++;
            else
                continue;
            if (firstQuestion < 0)
                firstQuestion = k;
            _transcriptLabels[k] = label == 'A';
        }

        if (asked < 2 || answered < 2 || firstQuestion > 5 || !IntroducesInterview(_paragraphStarts[firstQuestion]))
            _transcriptLabels.Clear();
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

    // 'Q' or 'A' when the paragraph opens with that letter and a colon, a space otherwise.
    private char TranscriptLabel(int paragraph)
    {
        var start = _paragraphStarts[paragraph];
        return start + 2 < _text.Length && _text[start] is 'Q' or 'A' && _text[start + 1] == ':' && _text[start + 2] == ' ' ? _text[start] : ' ';
    }

    // "Lieutenant General Tomas Brenn retired in 2023 ... He spoke to us in London.": the first person the introduction
    // (before the first question) has as a subject answers; without one, no answer is anyone's.
    private void FindInterviewee()
    {
        if (_transcriptLabels.Count == 0)
            return;
        var firstQuestion = _transcriptLabels.Keys.Min();
        var introEnd = _paragraphStarts[firstQuestion];
        _interviewee = _cast.FirstSubject(_paragraphStarts.Count > 1 ? _paragraphStarts[1] : 0, introEnd);
        if (_interviewee is null)
            _transcriptLabels.Clear();
    }

    // The "Q:" or "A:" that opens a transcript paragraph names no one: its sentence is read from the words after it.
    private void DropTranscriptLabel(List<Piece> p)
    {
        if (p.Count > 2 && p[0].Text is "Q" or "A" && p[1].Kind == PieceKind.Colon && _transcriptLabels.ContainsKey(ParagraphOf(p[0].Start))
            && p[0].Start == _paragraphStarts[ParagraphOf(p[0].Start)])
            p.RemoveRange(0, 2);
    }

    private bool IsAnswer(int paragraph) => _transcriptLabels.TryGetValue(paragraph, out var answer) && answer;

    // "A: Well, he would say that. (Laughs.) Look, every army prepares.": the answer is the interviewee's words, in
    // parts cut at the stage directions the transcript adds. Words quoted inside it are part of the answer, and no cue
    // inside it reports anyone: "everything the Kremlin says" is the interviewee speaking.
    private void Answer(int paragraph)
    {
        var start = _paragraphStarts[paragraph] + 3;
        var end = paragraph + 1 < _paragraphStarts.Count ? _paragraphStarts[paragraph + 1] : _text.Length;
        for (var q = 0; q < _spans.Count; q++)
        {
            if (_spans[q].Start >= start && _spans[q].Start < end)
                _quoteSpeaker[q] = _interviewee;
        }

        var from = start;
        for (var i = start; i < end; i++)
        {
            if (_text[i] is not ('(' or '[') || StageDirectionEnd(i, from, end) is not (var close and > 0))
                continue;
            AnswerPart(from, i);
            from = close;
            i = close - 1;
        }

        AnswerPart(from, end);
    }

    // "(Laughs.)", "[Pause]": a bracket of up to three capitalised words standing as a sentence of its own, after the
    // end of one; the offset past its closing bracket, or -1.
    private int StageDirectionEnd(int open, int from, int end)
    {
        var before = _text.AsSpan(from, open - from).TrimEnd();
        if (before.Length > 0 && before[^1] is not ('.' or '!' or '?'))
            return -1;
        var close = _text.IndexOf(_text[open] == '(' ? ')' : ']', open + 1, Math.Min(end, open + 30) - open - 1);
        if (close < 0 || open + 1 >= close || !char.IsUpper(_text[open + 1]))
            return -1;
        var inside = _text.AsSpan(open + 1, close - open - 1);
        return inside.Count(' ') < 3 && !inside.ContainsAnyInRange('0', '9') ? close + 1 : -1;
    }

    private void AnswerPart(int from, int to)
    {
        while (from < to && char.IsWhiteSpace(_text[from]))
            from++;
        while (to > from && char.IsWhiteSpace(_text[to - 1]))
            to--;
        if (to - from > 1)
            Emit(_interviewee!, QuoteKind.Direct, from, to, from, to);
    }
}
