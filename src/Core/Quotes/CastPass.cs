using System.Collections.Frozen;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The first reading of an article: introduces the people it names with their roles ("Defence Secretary John
/// Healey", "Sebastien Lecornu, the French defence minister,") so later surnames, roles and pronouns resolve.
/// Text inside quotes is never read here.
/// </summary>
internal static partial class CastPass
{
    public static void Introduce(ArticleCast cast, List<List<Piece>> sentences)
    {
        foreach (var p in sentences)
        {
            if (SectionHeading(cast, p))
                continue;
            // A headline capitalises every word: its runs ("Controversial Word", "Conservative Case") are not names.
            if (IsHeadline(p))
                continue;
            // "DES MOINES, Iowa —": a dateline names a place, not a person.
            var dateline = SentencePieces.DatelineEnd(p);
            DescribedSubject(cast, p, dateline);
            Addressee(cast, p);
            IssuedDocuments(cast, p);
            IntroduceUnnamedSubject(cast, p, dateline);
            var i = dateline;
            while (i < p.Count)
            {
                // Headlines capitalise every word: "Has", "Says", "To" are never part of a name.
                // "Stated Stone:" opens with a verb, not a first name.
                if (!p[i].IsCapitalised || NameLexicon.Openers.Contains(p[i].Text) || NameLexicon.Pronouns.Contains(p[i].Text) || NameLexicon.Boundaries.Contains(p[i].Text)
                    || (i == 0 && SpeechVerbs.IsSpeech(p[i].Text)))
                {
                    i++;
                    continue;
                }

                var j = i;
                // "Keir Starmer's Sunday night article": a day or a month after a possessive is what the person owns.
                while (j + 1 < p.Count && ((p[j + 1].IsCapitalised && !NameLexicon.Boundaries.Contains(p[j + 1].Text)
                        && !(CueFinder.IsPossessive(p[j].Text) && NameLexicon.Dates.Contains(p[j + 1].Text)))
                    || (IsParticle(p[j + 1].Text) && CapitalAfterParticles(p, j + 1) && !PlaceAfterName(p, j))))
                    j++;
                if (KinGender(p, i) is not '?' and var kin)
                {
                    IntroduceRelative(cast, JoinTexts(p, i, j - i + 1), p[i].Start, kin, OnlyOpenersBefore(p, dateline, KinPhraseStart(p, i)), p[KinWord(p, i)].Text);
                    i = j + 1;
                    continue;
                }

                if (PostedEnvoy(p, i, j) is var title and >= 0)
                {
                    var envoy = JoinTexts(p, i + 1, j - i);
                    if (NameParts.Parse(envoy) is { Kind: SpeakerKind.Person })
                        cast.Named(envoy, p[i + 1].Start, JoinTexts(p, title, i - title + 1), OnlyOpenersBefore(p, dateline, title));
                    i = j + 1;
                    continue;
                }

                var first = i;
                // "A European official tells us Secretary Tomas Brenn ...": a lower-case "us" is the pronoun, not the country.
                while (first > 0 && p[first - 1].IsWord && char.IsLower(p[first - 1].Text[0]) && NameLexicon.RoleWords.Contains(p[first - 1].Text) && p[first - 1].Text != "us")
                    first--;
                // "Finnish defence minister Antti Brenn": the country's adjective before a lower-case role is part of the
                // role, as it is of "Finnish Defence Minister".
                if (first < i && first > 0 && NameLexicon.IsDemonym(p[first - 1].Text))
                    first--;
                // "The shadow defence secretary, James Cartlidge,": the role sits before the comma; ""...," said the party's
                // defence spokesman, Ivo Marek." names the speaker last.
                if (first == i && i > 1 && p[i - 1].Kind == PieceKind.Comma && p[i - 2].IsWord && (NameLexicon.RoleWords.Contains(p[i - 2].Text) || RoleOfANamedBody(p, i - 2))
                    && (j + 1 >= p.Count || p[j + 1].Kind is PieceKind.Comma or PieceKind.End))
                {
                    var roleStart = i - 2;
                    // "the Minister for Foreign Affairs and Defence, Helen McEntee,": a role may hold the names of its portfolios.
                    while (roleStart > 0 && p[roleStart - 1].IsWord && (NameLexicon.RoleWords.Contains(p[roleStart - 1].Text) || char.IsLower(p[roleStart - 1].Text[0])
                            || (p[roleStart - 1].IsCapitalised && roleStart >= 2 && p[roleStart - 2].IsWord))
                        && (!NameLexicon.Boundaries.Contains(p[roleStart - 1].Text) || (p[roleStart - 1].Text == "and" && p[roleStart].IsCapitalised)) && i - roleStart < 9)
                        roleStart--;
                    var role = string.Join(' ', p.Skip(roleStart).Take(i - 1 - roleStart).Select(x => x.Text).Where(w => !NameLexicon.Determiners.Contains(w)));
                    var named = JoinTexts(p, i, j - i + 1);
                    if (NameParts.Parse(named) is { Kind: SpeakerKind.Person })
                        cast.Named(named, p[i].Start, role.Length > 0 ? role : null, subject: true);
                    i = j + 1;
                    continue;
                }
                // "Former Yorkshire governor Ed Marlow was blunt": the description before the role is part of the subject.
                var lead = first;
                // "Ukraine's air force spokesman Yuriy Ihnat welcomed ...": lower-case nouns right before the role qualify it.
                while (first < i && first - lead < 2 && lead > 1 && p[lead - 1].IsWord && IsQualifyingNoun(p[lead - 1].Text) && p[lead - 2].IsWord
                    && (p[lead - 2].IsCapitalised || IsQualifyingNoun(p[lead - 2].Text)))
                    lead--;
                while (first < i && lead > 0 && p[lead - 1].IsWord && (p[lead - 1].IsCapitalised || NameLexicon.RoleWords.Contains(p[lead - 1].Text))
                    && !NameLexicon.Boundaries.Contains(p[lead - 1].Text))
                    lead--;
                var subject = OnlyOpenersBefore(p, dateline, lead);
                var place = PlaceEnd(p, j);
                Introduce(cast, p, first, j, subject, place);
                Counterpart(cast, p, first, j, dateline);
                CountrysBody(cast, p, i, j, subject);
                i = place + 1;
            }
        }
    }

    // "The defence minister shrugged off the warning. "...," he said.": a sentence opening with a role names whom the
    // article introduced with it as its subject, so a pronoun after it finds that person, not someone named since.
    // "Asked whether ..., the Defence Secretary pauses.", "Back in Berlin, the 70-year-old chancellor struck a cautious
    // note.": so does one after an opening phrase, and an age before the role says nothing the role must hold.
    private static void DescribedSubject(ArticleCast cast, List<Piece> p, int from)
    {
        var the = DescriptionAfterOpening(p, from);
        if (the < 0 || the + 2 >= p.Count)
            return;
        var roleFrom = p[the + 1].IsWord && p[the + 1].Text.EndsWith("-year-old", StringComparison.Ordinal) ? the + 2 : the + 1;
        var end = roleFrom;
        while (end < p.Count && end - roleFrom < 3 && p[end].IsWord && NameLexicon.RoleWords.Contains(p[end].Text))
            end++;
        // "The Head of State informed ...": a role that goes on with "of" is more than its first words. "The 56-year-old
        // prime minister, who is steering the budget, was more guarded": a relative clause may say more of the person first.
        var relative = end + 1 < p.Count && p[end].Kind == PieceKind.Comma && p[end + 1].Text is "who" or "whose";
        if (end == roleFrom || end >= p.Count || (!relative && (!p[end].IsWord || !char.IsLower(p[end].Text[0]) || p[end].Text == "of")))
            return;
        var phrase = p[the].Text + " " + JoinTexts(p, roleFrom, end - roleFrom);
        if (cast.Describe(phrase, p[the].Start, 0) is { Kind: SpeakerKind.Person } described)
            cast.Mention(described, p[the].Start);
    }

    // "Lowe put that to the Foreign Secretary. "...," she replied.", "I asked the general whether he would go. "...," he
    // said.": the person a question is put to is the one who answers, so a pronoun after it finds them like a subject.
    private static void Addressee(ArticleCast cast, List<Piece> p)
    {
        for (var k = 0; k + 2 < p.Count; k++)
        {
            var the = p[k].Text is "asked" or "asks" ? k + 1
                : p[k].Text is "put" or "puts" && k + 3 < p.Count && p[k + 1].Text is "that" or "it" or "this" && p[k + 2].Text == "to" ? k + 3 : -1;
            if (the < 0 || p[the].Text != "the")
                continue;
            var end = the + 1;
            while (end < p.Count && end - the <= 3 && p[end].IsWord && NameLexicon.RoleWords.Contains(p[end].Text))
                end++;
            if (end == the + 1 || (end < p.Count && p[end].IsWord && p[end].Text is not ("whether" or "if" or "why" or "how" or "what" or "about")))
                continue;
            if (cast.Describe(JoinTexts(p, the, end - the), p[the].Start, 0) is { Kind: SpeakerKind.Person } asked)
                cast.Mention(asked, p[the].Start);
        }
    }

    // "According to a note released by Palazzo Chigi, ... The note described the day as ...": a document the article
    // says someone issued speaks for its issuer when the article comes back to it ("a report published on Wednesday by
    // the Harbour Institute ... the report says").
    private static void IssuedDocuments(ArticleCast cast, List<Piece> p)
    {
        for (var k = 1; k + 2 < p.Count; k++)
        {
            // "The six-page document, drafted by the European External Action Service": one or two words may describe
            // the document, and a comma may set off who issued it.
            if (!p[k].IsWord || !CueFinder.IsIssuedDocument(p[k].Text) || (DocumentStart(p, k) is var start && start < 0 && p[k - 1].Text is not ("new" or "short" or "written")))
                continue;
            var by = CueFinder.IssuerCueAt(p, p[k + 1].Kind == PieceKind.Comma ? k + 2 : k + 1);
            if (by + 1 >= p.Count || p[by].Text is not ("by" or "from"))
                continue;
            var first = by + 1 < p.Count && p[by + 1].Text == "the" ? by + 2 : by + 1;
            var last = first;
            while (last < p.Count && last - first < 5 && (p[last].IsCapitalised || (p[last].Text == "of" && last + 1 < p.Count && p[last + 1].IsCapitalised)))
                last++;
            if (last > first && NameParts.Parse(JoinTexts(p, first, last - first)) is { } issuer)
                cast.Issued(p[k].Text, issuer.Kind == SpeakerKind.Institution ? issuer.Name : JoinTexts(p, first, last - first), p[start >= 0 ? start : k - 1].Start);
        }
    }

    // The determiner opening the description of the document at k ("The six-page document"), up to three words
    // before it; -1 when none does.
    private static int DocumentStart(List<Piece> p, int k)
    {
        for (var d = k - 1; d >= 0 && k - d <= 4; d--)
        {
            if (p[d].IsWord && NameLexicon.Determiners.Contains(p[d].Text))
                return d;
            if (!(p[d].IsWord && char.IsLower(p[d].Text[0])) && p[d].Kind != PieceKind.Dash && p[d].Text != "-")
                return -1;
        }

        return -1;
    }

    // Where the sentence's subject opens with "the": at its start, or right after an opening phrase set off by a comma
    // ("Asked about the cost, the minister ..."); -1 when it opens otherwise.
    private static int DescriptionAfterOpening(List<Piece> p, int from)
    {
        if (from < p.Count && p[from].Text is "The" or "the")
            return from;
        for (var k = from + 2; k < p.Count && k - from <= 20; k++)
        {
            if (p[k - 1].Kind == PieceKind.Comma)
                return p[k].Text == "the" && OpeningPhraseBefore(p, k) ? k : -1;
        }

        return -1;
    }

    // "A diplomat from a southern member state rejected that characterisation. ..., she argued.": one unnamed person
    // opening a sentence as its subject is someone a later "he" or "she" may mean, though they have said nothing yet.
    // Kept as the reading keeps such a source, up to its head noun ("a diplomat").
    private static void IntroduceUnnamedSubject(ArticleCast cast, List<Piece> p, int from)
    {
        // "Another, a former soldier first elected in July, was blunter.": the apposition says who the other one is.
        if (from + 2 < p.Count && p[from].Text is "Another" or "One" && p[from + 1].Kind == PieceKind.Comma && p[from + 2].Text is "a" or "an")
            from += 2;
        if (from >= p.Count || p[from].Text is not ("A" or "An" or "a" or "an"))
            return;
        for (var h = from + 1; h < p.Count && h - from <= 4 && p[h].IsWord; h++)
        {
            if (!NameLexicon.IsPersonHead(p[h].Text) && !NameLexicon.IsRankHead(p[h].Text, h + 1 < p.Count ? p[h + 1].Text : null))
                continue;
            var phrase = JoinTexts(p, from, h - from + 1);
            if (NameLexicon.PersonHeadOf(phrase) is not null)
                cast.Unnamed(char.ToLowerInvariant(phrase[0]) + phrase[1..], p[from].Start);
            return;
        }
    }

    // "Sen. Anna Quill of California, the ranking Democrat, ...": the place a person is from ends at its last capitalised
    // word; it is no one of its own, and the apposition after it describes the person. `last` when no place follows.
    private static int PlaceEnd(List<Piece> p, int last)
    {
        if (last + 2 >= p.Count || !PlaceAfterName(p, last) || !p[last].IsCapitalised || !p[last + 2].IsCapitalised || NameLexicon.Places.Contains(p[last].Text))
            return last;
        var end = last + 2;
        while (end + 1 < p.Count && p[end + 1].IsCapitalised && !NameLexicon.Boundaries.Contains(p[end + 1].Text))
            end++;
        return end;
    }

    // "air", "force", "navy": a lower-case word that is no verb, function word or determiner, as nouns before a role are.
    private static bool IsQualifyingNoun(string word) =>
        word.Length > 2 && char.IsLower(word[0]) && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal)
        && !NameLexicon.Determiners.Contains(word) && !NameLexicon.Pronouns.Contains(word) && !SpeechVerbs.IsSpeech(word) && !word.Contains('\'');

    private static void Introduce(ArticleCast cast, List<Piece> p, int first, int last, bool subject, int place)
    {
        var phrase = JoinTexts(p, first, last - first + 1);
        var parts = NameParts.Parse(phrase);
        if (parts is { Kind: SpeakerKind.Institution })
            cast.Body(parts.Name, p[first].Start);
        if (parts is null || parts.Kind != SpeakerKind.Person)
            return;
        var tokens = parts.Tokens;
        var honorific = false;
        for (var k = first; k <= last && !honorific; k++)
            honorific = NameLexicon.Honorifics.Contains(p[k].Text);
        // "Independent Vermont senator Bernie Sanders", "Former Yorkshire governor Ed Marlow": the words before a
        // lower-case role and a name describe that person, even when they open with a role word of their own.
        if (DescribesNext(p, last))
            return;
        var role = Apposition(p, place, first > 0 && SpeechVerbs.IsSpeech(p[first - 1].Text));
        var person = parts.Role is not null || honorific || role is not null
            || (tokens.Length >= 2 && !tokens.Any(t => NameLexicon.Places.Contains(t) || NameLexicon.NotNames.Contains(t)) && (char.IsUpper(tokens[1][0]) || IsParticle(tokens[1])))
            || cast.KnownSurname(parts) is not null || (tokens.Length == 1 && cast.IsSeededPerson(parts.Name)) || NamedOnlyAs(p, first);
        if (!person)
            return;
        // "Brenn's successor, Anna Quill, kept up the calls": the possessor of another person is not the subject, and
        // a later "he" does not find Brenn through it. "Brenn's plan was shelved, but he said" is still about Brenn.
        var possessor = CueFinder.IsPossessive(p[last].Text) && OwnsAPerson(p, place);
        if (cast.Named(phrase, p[first].Start, role, subject && !possessor, possessor) is { } member && AgeAfter(p, place) is > 0 and var age)
            member.Age = age;
    }

    // "Ukraine's embassy welcomed the comments. "...," the embassy said": a country's body opening the sentence is its
    // subject, so "the embassy" after it is that one, not another country's embassy that spoke before.
    private static void CountrysBody(ArticleCast cast, List<Piece> p, int i, int j, bool subject)
    {
        if (!subject || i != j || !CueFinder.EndsInPossessiveS(p[j].Text) || !NameLexicon.Demonyms.ContainsKey(p[j].Text[..^2]))
            return;
        var end = j + 1;
        while (end < p.Count && end - j <= 3 && p[end].IsWord && char.IsLower(p[end].Text[0]) && !NameLexicon.InstitutionWords.Contains(p[end].Text) && IsQualifyingNoun(p[end].Text))
            end++;
        if (end < p.Count && p[end].IsWord && p[end].Text is "embassy" or "ministry" or "government" or "delegation" or "mission")
            cast.Named(JoinTexts(p, i, end - i + 1), p[i].Start);
    }

    // "Defence Minister Tomas Brenn said ... In Oslo, his Norwegian counterpart Ivo Marek was more concrete": a
    // counterpart holds the office of whom the possessive names, so "the minister" later may mean them too.
    // "In Oslo, his Norwegian counterpart Ivo Marek was more concrete": the phrase opening the clause is its subject.
    private static void Counterpart(ArticleCast cast, List<Piece> p, int first, int last, int dateline)
    {
        var k = first - 1;
        if (k >= 1 && p[k].Kind == PieceKind.Comma)
            k--;
        if (k < 1 || p[k].Text != "counterpart")
            return;
        var demonym = NameLexicon.IsDemonym(p[k - 1].Text) ? p[k - 1].Text : null;
        var owner = demonym is null ? k - 1 : k - 2;
        if (owner < 0 || NameParts.Parse(JoinTexts(p, first, last - first + 1)) is not { Kind: SpeakerKind.Person } parts || cast.KnownSurname(parts) is not { } named)
            return;
        var holder = p[owner].Text switch
        {
            "his" or "His" => cast.Pronoun("he", p[owner].Start, 0, 0),
            "her" or "Her" => cast.Pronoun("she", p[owner].Start, 0, 0),
            var word when CueFinder.EndsInPossessiveS(word) && NameParts.Parse(word[..^2]) is { Kind: SpeakerKind.Person } owned => cast.KnownSurname(owned),
            _ => null,
        };
        if (holder is not { Kind: SpeakerKind.Person, Roles: [var role, ..] } || holder == named)
            return;
        named.AddRole(demonym is null ? WithoutDemonyms(role) : $"{demonym} {WithoutDemonyms(role)}");
        if (OnlyOpenersBefore(p, dateline, owner))
            cast.Mention(named, p[first].Start);
    }

    private static string WithoutDemonyms(string role) => string.Join(' ', role.Split(' ').Where(w => !NameLexicon.IsDemonym(w)));

    // "met the Ambassador of the Kingdom of Norway to Ukraine Helge Sørli": an envoy's title ends in the country of the
    // posting, run together with the name, so the run "Ukraine Helge Sørli" is the country and then the person. The
    // title's first word (or -1 when the run is no such name).
    private static int PostedEnvoy(List<Piece> p, int i, int j)
    {
        if (j < i + 2 || i < 2 || p[i - 1].Text != "to" || !NameLexicon.Places.Contains(p[i].Text))
            return -1;
        for (var k = i - 2; k >= 0 && i - k <= 9 && p[k].IsWord; k--)
        {
            if (p[k].Text is "Ambassador" or "ambassador" or "Envoy" or "envoy")
                return k;
        }

        return -1;
    }

    // "Hanno Pevkur, 47, said": the age set off by commas after a name; 0 when none is.
    private static int AgeAfter(List<Piece> p, int last) =>
        last + 3 < p.Count && p[last + 1].Kind == PieceKind.Comma && p[last + 3].Kind is PieceKind.Comma or PieceKind.End
        && int.TryParse(p[last + 2].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age) && age is >= 16 and <= 110
            ? age
            : 0;

    // "an officer identified only as Oleh", "a nurse who gave her name as Mira": a source the story names by a first name
    // alone is a person all the same, whom a later "he" or "she" may mean.
    private static bool NamedOnlyAs(List<Piece> p, int first)
    {
        if (first < 2 || p[first - 1].Text != "as")
            return false;
        var k = first - 2;
        if (p[k].Text == "only" && k > 0)
            k--;
        return p[k].Text is "identified" or "known" or "named" or "name";
    }

    // "Brenn's successor", "Quill's spokesman", "Marlow's wife": the possessive is followed by a noun for a person.
    private static bool OwnsAPerson(List<Piece> p, int last)
    {
        var k = last + 1;
        while (k < p.Count && k - last <= 3 && p[k].IsWord && char.IsLower(p[k].Text[0]) && !NameLexicon.IsPersonHead(p[k].Text) && !PersonNouns.Contains(p[k].Text)
            && !NameLexicon.RoleWords.Contains(p[k].Text) && IsQualifyingNoun(p[k].Text))
            k++;
        return k < p.Count && p[k].IsWord && (NameLexicon.IsPersonHead(p[k].Text) || PersonNouns.Contains(p[k].Text) || (NameLexicon.RoleWords.Contains(p[k].Text) && !NameLexicon.InstitutionWords.Contains(p[k].Text)));
    }

    // Nouns for a person that name someone by their tie to another, beyond the heads of unnamed sources.
    private static readonly FrozenSet<string> PersonNouns = new[]
    {
        "successor", "predecessor", "counterpart", "rival", "opponent", "wife", "husband", "son", "daughter", "brother", "sister",
        "father", "mother", "partner", "lawyer", "attorney", "deputy",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "his wife, Jane,", "her husband Bill": a relative named right after the kinship word is a person, even by a first
    // name alone, and the word tells the gender.
    private static char KinGender(List<Piece> p, int i)
    {
        var k = KinWord(p, i);
        var owner = KinPhraseStart(p, i);
        if (k < 1 || owner < 0 || !p[k].IsWord || !(p[owner].Text is "his" or "her" or "their" or "His" or "Her" or "Their" || CueFinder.IsPossessive(p[owner].Text)))
            return '?';
        return p[k].Text switch
        {
            "husband" or "son" or "brother" or "father" or "grandson" or "grandfather" or "nephew" or "uncle" => 'm',
            "wife" or "daughter" or "sister" or "mother" or "granddaughter" or "grandmother" or "niece" or "aunt" => 'f',
            _ => '?',
        };
    }

    // The kinship word before the name at i ("wife" of "his wife, Jane").
    private static int KinWord(List<Piece> p, int i) => i > 0 && p[i - 1].Kind == PieceKind.Comma ? i - 2 : i - 1;

    // Where "his wife, Jane" starts: the possessive before the kinship word, or before the word that says which
    // ("His elder sister, Nataliya Kovtun").
    private static int KinPhraseStart(List<Piece> p, int i)
    {
        var k = KinWord(p, i);
        return k >= 2 && p[k - 1].Text is "elder" or "younger" or "older" or "eldest" or "youngest" or "late" or "twin" or "little" or "big" ? k - 2 : k - 1;
    }

    // A relative is also called by the kinship word later: "His sister says ..." after "His elder sister, Nataliya Kovtun".
    private static void IntroduceRelative(ArticleCast cast, string phrase, int at, char gender, bool subject, string kin)
    {
        if (!NameLexicon.NotNames.Contains(phrase) && !NameLexicon.Dates.Contains(phrase))
            cast.Relative(phrase, at, gender, subject)?.AddRole(kin);
    }

    // "X, the French defence minister, said" -> "French defence minister". "X, 65, a former labour minister, said":
    // an age set off by commas comes before the apposition. "X, a retired army colonel who now runs ..., disagrees":
    // a relative clause after the role's head only says more about the person, and may run on past any length.
    private static string? Apposition(List<Piece> p, int last, bool afterSpeechVerb)
    {
        if (last + 4 < p.Count && p[last + 1].Kind == PieceKind.Comma && IsNumber(p[last + 2]) && p[last + 3].Kind == PieceKind.Comma)
            last += 2;
        // "Tomas Brenn, Sweden's defence minister,": a country's possessive opens the role as "the" does, and stays in it.
        var possessive = last + 2 < p.Count && p[last + 2].IsCapitalised && CueFinder.IsPossessive(p[last + 2].Text);
        if (last + 3 < p.Count && p[last + 1].Kind == PieceKind.Comma && p[last + 2].Text == "who" && (LeadsAsRole(p, last + 3) ?? ServedAsRole(p, last + 3)) is { } led)
            return led;
        if (last + 3 >= p.Count || p[last + 1].Kind != PieceKind.Comma || !(p[last + 2].Text is "the" or "a" or "an" || possessive))
            return null;
        var end = last + 3;
        while (end < p.Count && p[end].IsWord && end - last < 12 && !(end > last + 3 && p[end].Text is "who" or "whose"))
            end++;
        // ""...," said Anna Quill, a senior fellow at the Harbour Centre.": the sentence's end closes the apposition of
        // a speaker named after the verb as a comma does, and lets it run on as far as the sentence does ("Outside,
        // the light had gone grey." names no one).
        if (afterSpeechVerb && !(end < p.Count && p[end].Text is "who" or "whose") && SentenceEndAfterWords(p, end, last + 16) is var closed && closed > last + 3)
            end = closed;
        else if (end >= p.Count || !(p[end].Kind == PieceKind.Comma || p[end].Text is "who" or "whose") || end == last + 3)
            return null;
        // "According to Der Spiegel, the government has drafted the mandate, which ...": a clause set off by commas,
        // its verb an auxiliary, is what the source says, not who the source is.
        for (var k = last + 3; k < end; k++)
        {
            if (ClauseAuxiliaries.Contains(p[k].Text))
                return null;
        }

        return possessive ? JoinTexts(p, last + 2, end - last - 2) : JoinTexts(p, last + 3, end - last - 3);
    }

    // Verbs that make a finite clause of the words after "the": no role or description holds one.
    private static readonly FrozenSet<string> ClauseAuxiliaries = new[]
    {
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "should", "must", "may", "might", "does", "did",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "The chief of the Defence Staff, Admiral Tomas Brenn,": a role word and "of" before a body's capitalised name,
    // which ends at `last`, is a role as much as "The army chief" is.
    private static bool RoleOfANamedBody(List<Piece> p, int last)
    {
        var k = last;
        while (k > 0 && last - k < 5 && p[k].IsCapitalised && !NameLexicon.Boundaries.Contains(p[k].Text))
            k--;
        if (k == last || k < 1)
            return false;
        if (p[k].Text == "the")
            k--;
        return k >= 1 && p[k].Text == "of" && p[k - 1].IsWord && NameLexicon.RoleWords.Contains(p[k - 1].Text);
    }

    // Where the sentence ends, when only words run from `from` to its end (at its full stop, or its last piece) and it
    // ends before `limit`; -1 otherwise.
    private static int SentenceEndAfterWords(List<Piece> p, int from, int limit)
    {
        var end = from;
        while (end < p.Count && end < limit && p[end].IsWord)
            end++;
        if (end == p.Count || (end < p.Count && p[end].Kind == PieceKind.End && p[end].Text == "." && end + 1 == p.Count))
            return end;
        return -1;
    }

    // "X, who heads the local council," -> "head of the local council"; "who commands the armoured brigade at ..." ->
    // "commander of the armoured brigade": leading a body is holding its role, so "the council head" or "the officer"
    // later finds X. The body runs up to its first preposition, comma or relative.
    private static string? LeadsAsRole(List<Piece> p, int verb)
    {
        var noun = p[verb].Text switch
        {
            "heads" or "headed" or "runs" or "ran" => "head",
            "leads" or "led" => "leader",
            "commands" or "commanded" => "commander",
            "chairs" or "chaired" => "chair",
            _ => null,
        };
        // "who heads US European Command": the body may be named without an article.
        if (noun is null || verb + 2 >= p.Count || !(p[verb + 1].Text is "the" || CueFinder.IsPossessive(p[verb + 1].Text) || (p[verb + 1].IsCapitalised && p[verb + 2].IsCapitalised)))
            return null;
        var end = verb + 2;
        while (end < p.Count && end - verb < 9 && p[end].IsWord && !NameLexicon.Boundaries.Contains(p[end].Text) && p[end].Text is not ("of" or "for"))
            end++;
        return end > verb + 2 ? noun + " of " + JoinTexts(p, verb + 1, end - verb - 1) : null;
    }

    // "X, who moved to the defence ministry after five years as prime minister," -> "former prime minister": a role the
    // relative clause says the person held ("as" and role words), former when the clause tells of the past ("after",
    // "was", "until"), so "the former prime minister" later finds X. Null when the clause names no role so.
    private static string? ServedAsRole(List<Piece> p, int from)
    {
        var past = false;
        for (var k = from; k + 1 < p.Count && k - from < 16 && p[k].IsWord; k++)
        {
            past |= p[k].Text is "after" or "was" or "had" or "until" or "previously" or "once" or "before";
            if (p[k].Text != "as")
                continue;
            var end = k + 1;
            while (end < p.Count && end - k <= 3 && p[end].IsWord && char.IsLower(p[end].Text[0]) && NameLexicon.RoleWords.Contains(p[end].Text))
                end++;
            if (end == k + 1 || (end < p.Count && p[end].IsWord && p[end].Text is not ("in" or "from" or "until" or "and" or "for" or "between")))
                return null;
            var role = JoinTexts(p, k + 1, end - k - 1);
            return past && !role.StartsWith("former ", StringComparison.Ordinal) ? "former " + role : role;
        }

        return null;
    }

    private static bool IsNumber(Piece piece) => piece.IsWord && piece.Text.All(char.IsAsciiDigit);

    // The texts of p[from..from+count) joined by single spaces, without LINQ: names are joined for every capitalised run.
    private static string JoinTexts(List<Piece> p, int from, int count)
    {
        var texts = new string[count];
        for (var k = 0; k < count; k++)
            texts[k] = p[from + k].Text;
        return string.Join(' ', texts);
    }

    // At least four words and at most one in five not capitalised. Every sentence is tested, and most show more than
    // p.Count / 5 lower-case words within their first few pieces, so the count stops there.
    private static bool IsHeadline(List<Piece> p)
    {
        int words = 0, lower = 0;
        foreach (var piece in p)
        {
            if (!piece.IsWord)
                continue;
            words++;
            if (!piece.IsCapitalised && ++lower * 5 > p.Count)
                return false;
        }

        return words >= 4 && lower * 5 <= words && (lower == 0 || HasCapitalisedLink(p));
    }

    // Title case capitalises the small words prose leaves in lower case ("Brenn Says Talks Are Over"); a lede crowded
    // with names and roles ("Foreign Minister Mara Quill and Defence Secretary Tomas Brenn met on Monday") does not.
    private static bool HasCapitalisedLink(List<Piece> p)
    {
        for (var k = 1; k < p.Count; k++)
        {
            if (p[k].IsWord && p[k].IsCapitalised && TitleCaseLinks.Contains(p[k].Text))
                return true;
        }

        return false;
    }

    private static readonly FrozenSet<string> TitleCaseLinks = new[]
    {
        "And", "Or", "But", "On", "In", "At", "To", "For", "With", "Over", "From", "By", "After", "Against", "About", "As", "Into", "Of",
        "Is", "Are", "Was", "Were", "Be", "Has", "Have", "Had", "Will", "Would", "Can", "Could", "Says", "Said", "Not", "No", "Its", "His", "Her",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool DescribesNext(List<Piece> p, int last)
    {
        var k = last + 1;
        while (k < p.Count && k - last <= 2 && p[k].IsWord && char.IsLower(p[k].Text[0]) && NameLexicon.RoleWords.Contains(p[k].Text))
            k++;
        return k > last + 1 && k < p.Count && p[k].IsCapitalised;
    }

    // A dateline ("LONDON: ...") is where the story was filed; the name after it still opens the sentence.
    private static bool OnlyOpenersBefore(List<Piece> p, int dateline, int first)
    {
        for (var k = dateline; k < first; k++)
        {
            if (p[k].IsWord && !NameLexicon.Openers.Contains(p[k].Text))
                return OpeningPhraseBefore(p, first);
        }

        return true;
    }

    // "Just a few months ago, Leeds developer Ed Marlow ...", "In December, Marlow ...": a short opening phrase set
    // off by a comma, naming no one, leaves the name after it the sentence's subject. A phrase that opens with a
    // preposition or a participle ("Speaking in Leeds, ...", "In his review of Brenn's plan, ...") may name places
    // and people: they are circumstance, the subject still comes after the comma.
    private static bool OpeningPhraseBefore(List<Piece> p, int first)
    {
        if (first < 2 || first > 20 || p[first - 1].Kind != PieceKind.Comma)
            return false;
        var circumstance = NameLexicon.Openers.Contains(p[0].Text) || p[0].Text.EndsWith("ing", StringComparison.Ordinal);
        for (var k = 0; k < first - 1; k++)
        {
            if (!p[k].IsWord || (!circumstance && k > 0 && p[k].IsCapitalised && !NameLexicon.Dates.Contains(p[k].Text)))
                return false;
        }

        // "Asked whether he expects to see British troops in Ukraine this year, the minister pauses": a circumstance
        // may run longer than a plain opening phrase.
        return first <= 8 || (circumstance && (first <= 12 || p[0].Text is "Asked" or "Pressed"));
    }

    // "Sen. Bernie Sanders of Vermont": "of" after a name (not after a role or an institution, as in "Secretary of
    // State" or "Bank of England") opens where the person is from, which is not part of the name.
    private static bool PlaceAfterName(List<Piece> p, int j) =>
        p[j + 1].Text == "of" && !NameLexicon.RoleWords.Contains(p[j].Text) && !NameLexicon.InstitutionWords.Contains(p[j].Text);

    // "Ursula von der Leyen": the run of particles starting at k ends in a capitalised word, so they join the name.
    private static bool CapitalAfterParticles(List<Piece> p, int k)
    {
        var next = k + 1;
        while (next < p.Count && p[next].IsWord && IsParticle(p[next].Text) && p[next].Text != "of")
            next++;
        return next < p.Count && p[next].IsCapitalised;
    }

    private static bool IsParticle(string word) => word is "de" or "von" or "der" or "van" or "bin" or "al" or "of";
}
