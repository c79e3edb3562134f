using System.Collections.Frozen;
using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>A speaker phrase split into its role and its name: "Defence Secretary John Healey" -> role + name.</summary>
/// <param name="Role">The role words before the name, if any ("Defence Secretary").</param>
/// <param name="Name">The name without titles ("John Healey"), or the institution as written.</param>
/// <param name="Kind">Person or institution.</param>
/// <param name="Gender">'m' or 'f' from an honorific or a first name, '?' otherwise.</param>
internal sealed record NameParts(string? Role, string Name, SpeakerKind Kind, char Gender)
{
    /// <summary>The name's tokens (split once: parses are cached and their tokens read many times). Never modified.</summary>
    public string[] Tokens { get; } = Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The folded last token, the surname of a person (folded once: the cast compares it for every mention).</summary>
    public string Surname => _surname ??= Tokenizer.Fold(Tokens[^1]);

    /// <summary>The folded first token when the name has several, else null; "von der Leyen" gives no first name.</summary>
    public string? FirstName => Tokens.Length > 1 && !IsParticle(Tokens[0]) ? _firstName ??= Tokenizer.Fold(Tokens[0]) : null;

    private string? _surname;
    private string? _firstName;

    // Bounded so a long-running thread cannot grow it without limit; cleared when full.
    private const int CacheLimit = 10_000;

    // An article names the same people over and over, and parsing is pure, so each thread keeps recent answers.
    [ThreadStatic]
    private static Dictionary<string, NameParts?>? _cache;

    /// <summary>Splits a capitalised speaker phrase; null when it holds no name at all.</summary>
    public static NameParts? Parse(string phrase)
    {
        var cache = _cache ??= new Dictionary<string, NameParts?>(StringComparer.Ordinal);
        if (cache.TryGetValue(phrase, out var known))
            return known;
        var parts = ParseUncached(phrase);
        if (cache.Count >= CacheLimit)
            cache.Clear();
        cache[phrase] = parts;
        return parts;
    }

    // "Der Spiegel", "Die Welt", "El País", "Il Foglio": a German, Spanish or Italian article opening a name makes it a
    // paper's or a body's, never a person's ("Le" and "La" also open surnames: "Le Pen", "La Russa").
    private static bool OpensWithForeignArticle(List<string> written) =>
        written.Count >= 2 && written[0] is "Der" or "Die" or "Das" or "El" or "Il" && written[1].Length > 1 && char.IsUpper(written[1][0]);

    private static NameParts? ParseUncached(string phrase)
    {
        var written = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (written.Count > 0 && NameLexicon.Determiners.Contains(written[0]))
            written.RemoveAt(0);
        ShortenStateNames(written);
        var tokens = written.Select(StripPossessive).ToList();
        if (tokens.Count == 0)
            return null;
        if (OpensWithForeignArticle(written))
            return new NameParts(null, InstitutionNames.Canonical(string.Join(' ', written)), SpeakerKind.Institution, '?');
        if (RankLength(tokens) is var rank and > 0 && rank < tokens.Count && ParseUncached(string.Join(' ', written.Skip(rank))) is { Kind: SpeakerKind.Person } ranked)
        {
            var title = rank == 1 && tokens[0] == "Class" ? null : string.Join(' ', written.Take(rank));
            return title is null ? ranked : ranked with { Role = ranked.Role is null ? title : $"{title} {ranked.Role}" };
        }

        if (PlaceAfterPerson(tokens) is var of and > 0 && ParseUncached(string.Join(' ', written.Take(of))) is { Kind: SpeakerKind.Person } person)
            return person with { Role = person.Role is null ? string.Join(' ', written.Skip(of)) : $"{person.Role} {string.Join(' ', written.Skip(of))}" };
        var gender = '?';
        var end = tokens.Count;
        var start = end;
        // "Britain's John Healey", "Sweden's Pål Jonson": a possessive before the name is its owner, never part of it.
        while (start > 0 && IsNameToken(tokens, start - 1) && (start == end || !CueFinder.IsPossessive(written[start - 1])))
            start--;
        // "President of Ukraine Volodymyr Zelensky": the country after a role's "of" belongs to the role, not the name.
        if (end - start > 2 && CountryAfterRoleOf(tokens, start))
            start++;
        var isInstitution = tokens.Any(t => NameLexicon.InstitutionWords.Contains(t)) && (start == end || tokens.Skip(start).Any(t => NameLexicon.InstitutionWords.Contains(t)))
            // "Bank of England", "University of Texas": what follows "of" after an institution word is its place;
            // "Ministry of Foreign Affairs of Ukraine": so does a country after the portfolio an institution holds.
            || (start >= 2 && tokens[start - 1] == "of" && (NameLexicon.InstitutionWords.Contains(tokens[start - 2])
                || (start < end && IsCountry(tokens[start]) && OfChainHeadedBy(tokens, start - 1, NameLexicon.InstitutionWords))));
        // A country alone ("Lithuania said") stands for its government, whether or not the list of places names it.
        if (start == end || isInstitution || (end - start == 1 && start == 0 && (IsCountry(tokens[0]) || NameLexicon.Capitals.ContainsKey(tokens[0]))))
        {
            // A role without a name ("Defence Secretary") is a description for the cast to resolve, not a name.
            if (!tokens.Any(t => char.IsUpper(t[0])) || (start == end && !tokens.Any(t => NameLexicon.InstitutionWords.Contains(t))))
                return null;
            return new NameParts(null, InstitutionNames.Canonical(string.Join(' ', written)), SpeakerKind.Institution, '?');
        }

        // "Prime Minister of Italy", "the President of Ukraine": a role of a country names an office, not a person
        // called Italy; the cast resolves it as a description.
        if (end - start == 1 && CountryAfterRoleOf(tokens, start))
            return null;

        // "Vermont Democrats", "some Republicans", "Russians": a people or a party's members are a group the cast keeps as
        // written, never a person whose "surname" every later "Democrats" would find.
        if (IsGroup(tokens[end - 1]))
            return null;
        var roleTokens = tokens.Take(start).Where(t => !NameLexicon.Honorifics.Contains(t)).ToList();
        foreach (var t in tokens.Take(start))
        {
            if (NameLexicon.Honorifics.Contains(t))
                gender = t.StartsWith("Mr", StringComparison.OrdinalIgnoreCase) && !t.StartsWith("Mrs", StringComparison.OrdinalIgnoreCase) || t is "Sir" or "Lord" ? 'm' : t is "Mrs" or "Mrs." or "Ms" or "Ms." or "Miss" or "Dame" or "Lady" ? 'f' : gender;
        }

        var nameTokens = tokens.Skip(start).ToList();
        if (gender == '?' && nameTokens.Count > 1)
            gender = NameLexicon.GenderOf(nameTokens[0]);
        var role = roleTokens.Count > 0 && roleTokens.Any(t => NameLexicon.RoleWords.Contains(t)) ? string.Join(' ', roleTokens) : null;
        return new NameParts(role, string.Join(' ', nameTokens), SpeakerKind.Person, gender);
    }

    // "Staff Sgt. Tomas Brenn", "Sgt. 1st Class Anna Quill", "Pfc. Ivo Marek": a military rank, however many words and
    // grades it has, is a title before the name; "Staff" is then no body's staff and "Class" no first name. The number
    // of tokens the rank takes at the start, 0 when none opens the phrase.
    private static int RankLength(List<string> tokens)
    {
        // "Sgt. 1st Class Anna Quill" read from its capitals only: "Class" is what is left of the rank's grade.
        if (tokens.Count >= 3 && tokens[0] == "Class")
            return 1;
        var k = 0;
        while (k < tokens.Count && RankModifiers.Contains(tokens[k]))
            k++;
        var ranked = false;
        while (k < tokens.Count && Ranks.Contains(tokens[k]))
        {
            ranked = true;
            k++;
        }

        if (!ranked)
            return 0;
        // "Sgt. 1st Class", "Petty Officer Second Class": the grade within the rank.
        if (k + 1 < tokens.Count && tokens[k + 1] == "Class" && (char.IsDigit(tokens[k][0]) || tokens[k] is "First" or "Second" or "Third"))
            k += 2;
        return k;
    }

    // Words that qualify a rank before it: "Staff Sgt.", "Master Sergeant", "Petty Officer", "Lance Corporal".
    private static readonly FrozenSet<string> RankModifiers = new[]
    {
        "Staff", "Master", "First", "Command", "Chief", "Senior", "Petty", "Warrant", "Lance", "Flight", "Wing", "Squadron", "Group",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Military ranks as news copy writes them, abbreviated or in full.
    private static readonly FrozenSet<string> Ranks = new[]
    {
        "Sgt.", "Sgt", "Sergeant", "Cpl.", "Cpl", "Corporal", "Pfc.", "Pfc", "PFC", "Pvt.", "Pvt", "Private", "Spc.", "Spc", "Specialist",
        "Maj.", "Maj", "Lt.", "Lt", "Lieutenant", "Capt.", "Captain", "Col.", "Colonel", "Gen.", "General", "Brig.", "Brigadier", "Adm.", "Admiral",
        "Cmdr.", "Commander", "Ens.", "Ensign", "Airman", "Seaman", "Officer", "Leader", "Marshal",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "President of Ukraine ...", "Minister of Foreign Affairs of Ukraine ...": the token at `start` is a country right
    // after a role (and the portfolio it holds) and its "of".
    private static bool CountryAfterRoleOf(List<string> tokens, int start) =>
        start >= 2 && tokens[start - 1] == "of" && IsCountry(tokens[start])
        && (NameLexicon.RoleWords.Contains(tokens[start - 2]) || OfChainHeadedBy(tokens, start - 1, NameLexicon.RoleWords));

    // True when the capitalised words before the "of" at `of` ("Minister of Foreign Affairs", "Office of the President")
    // open with a word of `heads` and hold one more "of" that ties the portfolio to it.
    private static bool OfChainHeadedBy(List<string> tokens, int of, FrozenSet<string> heads)
    {
        for (var k = of - 1; k >= 0 && of - k <= 5; k--)
        {
            if (!char.IsUpper(tokens[k][0]) && tokens[k] is not ("of" or "and" or "for" or "the"))
                return false;
            if (k + 1 < of && tokens[k + 1] is "of" or "for" && heads.Contains(tokens[k]))
                return true;
        }

        return false;
    }

    // "the Republic of Poland", "the Kingdom of the Netherlands": a state's formal name is its country, so "the Ministry
    // of Foreign Affairs of the Republic of Poland" is Poland's and "the Republic of Poland said" is its government.
    private static void ShortenStateNames(List<string> written)
    {
        for (var k = written.Count - 3; k >= 0; k--)
        {
            if (written[k] is not ("Republic" or "Kingdom" or "Principality" or "Federation") || written[k + 1] != "of")
                continue;
            var country = written[k + 2] == "the" && k + 3 < written.Count ? k + 3 : k + 2;
            if (!IsCountry(StripPossessive(written[country])))
                continue;
            var from = k > 0 && written[k - 1] == "Federal" ? k - 1 : k;
            if (from > 0 && written[from - 1] == "the")
                from--;
            written.RemoveRange(from, country - from);
        }
    }

    // A place the lexicon lists or a country it knows the adjective of ("Lithuania").
    private static bool IsCountry(string token) => NameLexicon.Places.Contains(token) || NameLexicon.Demonyms.ContainsKey(token);

    // "Sen. Tomas Brenn of Florida", "Juan Ortiz of Oakland": "of" after a personal name (not after a role or an
    // institution, as in "Secretary of State" or "Bank of England") opens where the person is from; the person speaks,
    // and the place only describes them. The index of that "of", or -1.
    private static int PlaceAfterPerson(List<string> tokens)
    {
        var of = tokens.IndexOf("of");
        if (of < 1 || of + 1 >= tokens.Count || !char.IsUpper(tokens[of + 1][0]))
            return -1;
        var before = tokens[of - 1];
        return char.IsUpper(before[0]) && IsNameToken(tokens, of - 1) && !NameLexicon.InstitutionWords.Contains(before)
            // "Rep. Steve Israel of New York": a place name after a first name is a surname.
            && (!NameLexicon.Places.Contains(before) || (of >= 2 && NameLexicon.IsFirstName(tokens[of - 2]))) && !NameLexicon.NotNames.Contains(before)
            ? of
            : -1;
    }

    private static bool IsNameToken(List<string> tokens, int i)
    {
        var t = tokens[i];
        // "Ursula von der Leyen", "President von der Leyen", "de Blasio": a run of particles before a capitalised word
        // opens the surname, whatever stands before it.
        if (IsParticle(t))
        {
            var next = i + 1;
            while (next < tokens.Count && IsParticle(tokens[next]))
                next++;
            return next < tokens.Count && char.IsUpper(tokens[next][0]);
        }

        return t.Length > 0 && char.IsUpper(t[0]) && !NameLexicon.RoleWords.Contains(t) && !NameLexicon.Honorifics.Contains(t)
            && !NameLexicon.Dates.Contains(t) && !NameLexicon.NotNameWords.Contains(t);
    }

    /// <summary>True for "Democrats", "Russians": a party's members or a people, in the plural.</summary>
    public static bool IsGroup(string t)
    {
        if (t.Length < 5 || t[^1] != 's')
            return false;
        if (t is "Democrats" or "Republicans" or "Americans" or "Europeans" or "Muslims" or "Christians" or "Latinos" or "Conservatives" or "Liberals")
            return true;
        return NameLexicon.IsDemonym(t.AsSpan(0, t.Length - 1));
    }

    private static bool IsParticle(string t) => t is "de" or "von" or "der" or "van" or "al" or "bin" or "la" or "le" or "du" or "da" or "di";

    private static string StripPossessive(string token) => IsPossessive(token) ? token[..^2] : token;

    private static bool IsPossessive(string token) => CueFinder.EndsInPossessiveS(token);
}
