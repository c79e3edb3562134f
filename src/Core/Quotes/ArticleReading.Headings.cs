namespace NewsBot.Core.Quotes;

/// <summary>
/// Transcripts whose speakers are headed in ordinary case, as parliamentary records and press-conference transcripts
/// print them: "The Secretary of State for Defence (John Healey):", "Mr Tomas Brenn (Keston North) (Lab):", "Mr
/// Speaker:", "Hon. Members:", "Harbour Spokesperson Anna Quill:", "Q (Harbour Review):".
/// </summary>
internal sealed partial class ArticleReading
{
    // "Madam Deputy Speaker (Anna Quill):" then "Madam Deputy Speaker:": the form of address opens the role's heading.
    private static readonly string[] FormsOfAddress = ["Madam", "Madame", "Hon.", "Rt Hon."];

    // "Mr Tomas Brenn (Keston North) (Lab)": the words and brackets before a colon that opens the paragraph, each word
    // capitalised or a short joining word ("Secretary of State for Defence"), at most eight of them and no digits;
    // null when the paragraph opens otherwise. A lower-case word ("Read more:") or a number ("Update 2:") heads no speech,
    // and a turn opens with a sentence: "Tomas Brenn: 1,769." is a line of a tally.
    private string? SpeakerHeading(int paragraph)
    {
        var start = _paragraphStarts[paragraph];
        var end = ParagraphEnd(paragraph);
        var colon = _text.IndexOf(": ", start, Math.Min(end, start + 90) - start, StringComparison.Ordinal);
        if (colon <= start || !char.IsUpper(_text[start]) || colon + 2 >= end || !char.IsUpper(_text[colon + 2]))
            return null;
        var words = 0;
        var lastWord = "";
        for (var i = start; i < colon;)
        {
            if (_text[i] == ' ')
            {
                i++;
                continue;
            }

            if (_text[i] == '(')
            {
                var close = _text.IndexOf(')', i, colon - i);
                if (close < 0 || i == start)
                    return null;
                i = close + 1;
                continue;
            }

            var wordEnd = _text.IndexOf(' ', i, colon - i) is var space and >= 0 ? space : colon;
            var word = _text[i..wordEnd];
            if (!word.All(c => char.IsLetter(c) || c is '.' or '\'' or '’' or '-') || (!char.IsUpper(word[0]) && !IsJoiningWord(word)))
                return null;
            words++;
            lastWord = word;
            i = wordEnd;
        }

        return words is 0 or > 8 || IsJoiningWord(lastWord) ? null : _text[start..colon];
    }

    private static bool IsJoiningWord(string word) => word is "of" or "for" or "the" or "and" or "hon.";

    // "Mr Tomas Brenn (Keston North) (Lab)" -> "Mr Tomas Brenn": what a heading says outside its brackets, which is how
    // the record heads the same speaker again.
    private static string HeadingOutsideBrackets(string heading)
    {
        var open = heading.IndexOf(" (", StringComparison.Ordinal);
        return open < 0 ? heading : heading[..open];
    }

    private static bool IsMixedCase(string label) => label.AsSpan().IndexOfAnyInRange('a', 'z') >= 0;

    // Who a heading names. "Q (Harbour Review)" is a journalist's question and names no one; "Hon. Members" is the
    // House speaking; a role with a name in brackets ("The Minister for the Harbour (Tomas Brenn)") is that person,
    // and the role alone later ("The Minister for the Harbour") still is; a role alone ("Mr Speaker") is the person
    // the introduction gave that role ("The Speaker, Sir Ivo Marek, was in the Chair"); else the heading is a name,
    // whatever its brackets say ("Mrs Anna Quill (Keston North) (Ind)").
    private CastMember? HeadingSpeaker(string heading, int at)
    {
        var outside = HeadingOutsideBrackets(heading);
        if (outside is "Q" or "Question")
            return null;
        var words = outside.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (NameLexicon.UnnamedHeads.Contains(words[^1]) && words[^1].EndsWith('s'))
            return _cast.Unnamed(outside, at);
        words.RemoveAll(w => NameLexicon.Honorifics.Contains(w) || NameLexicon.Determiners.Contains(w) || FormsOfAddress.Contains(w));
        if (words.Count == 0)
            return null;
        var role = string.Join(' ', words);
        var opensWithRole = NameLexicon.RoleWords.Contains(words[0]);
        if (BracketedName(heading) is { } name && (opensWithRole || NameParts.Parse(role) is not { FirstName: not null }))
            return _cast.Named(name, at, role);
        if (opensWithRole && HolderOf(role, at) is { } holder)
            return holder;
        return words.TrueForAll(w => NameLexicon.RoleWords.Contains(w) || IsJoiningWord(w)) ? null : _cast.Named(outside, at);
    }

    // "(John Healey)" in "The Secretary of State for Defence (John Healey)": the first bracket that names a person.
    private static string? BracketedName(string heading)
    {
        for (var open = heading.IndexOf('('); open >= 0; open = heading.IndexOf('(', open + 1))
        {
            var close = heading.IndexOf(')', open);
            if (close < 0)
                return null;
            var inside = heading[(open + 1)..close];
            if (NameParts.Parse(inside) is { Kind: SpeakerKind.Person, Role: null } parts && parts.FirstName is not null)
                return inside;
        }

        return null;
    }

    // The person whose role is exactly the heading's ("Speaker" is not the "Deputy Speaker"), else whose role ends with
    // it ("Secretary General" is the "NATO Secretary General"), else the one a description by it finds.
    private CastMember? HolderOf(string role, int at)
    {
        CastMember? endsWith = null;
        foreach (var member in _cast.Members)
        {
            if (member.Kind != SpeakerKind.Person)
                continue;
            foreach (var held in member.Roles)
            {
                if (string.Equals(held, role, StringComparison.OrdinalIgnoreCase))
                    return member;
                if (endsWith is null && held.EndsWith(" " + role, StringComparison.OrdinalIgnoreCase))
                    endsWith = member;
            }
        }

        return endsWith ?? (_cast.Describe("the " + role.ToLowerInvariant(), at, 0) is { Kind: SpeakerKind.Person } described ? described : null);
    }
}
