using System.Collections.Frozen;
using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// Who appears in one article: people with their fullest name, roles and gender, institutions and unnamed sources,
/// with where each was mentioned. Resolves the article's later references to them: surnames, "Mr Healey", roles
/// ("the Defence Secretary"), descriptions ("the diplomat") and pronouns (the most recent compatible person).
/// Not thread-safe: one per article.
/// </summary>
internal sealed class ArticleCast(IdentityResolver? identities)
{
    private readonly List<CastMember> _members = [];
    private readonly List<(int At, CastMember Member, bool Subject, bool Possessor)> _mentions = [];
    private readonly Dictionary<string, List<string>> _descriptionWords = new(StringComparer.Ordinal);
    private readonly List<(int At, string Name)> _bodies = [];
    private readonly List<(int At, string Document, string Issuer)> _documents = [];
    private int _lookups;

    /// <summary>Every member, in order of first mention.</summary>
    public IReadOnlyList<CastMember> Members => _members;

    /// <summary>Adds (or finds) the person or institution a capitalised phrase names, mentioned at <paramref name="at"/>.</summary>
    /// <remarks>A <paramref name="possessor"/> ("Brenn's successor") is mentioned, but not as anyone the sentence is about.</remarks>
    public CastMember? Named(string phrase, int at, string? role = null, bool subject = true, bool possessor = false)
    {
        if (Abbreviated(phrase) is { } full)
            phrase = full;
        var parts = NameParts.Parse(phrase);
        if (parts is null)
            return null;
        var member = parts.Kind == SpeakerKind.Person ? FindPerson(parts) : SurnameOfAPerson(phrase) ?? FindInstitution(parts.Name);
        if (member is null)
        {
            member = Add(parts);
        }
        else if (member.Kind == SpeakerKind.Person && parts.Kind != SpeakerKind.Person)
        {
            Mention(member, at, subject, possessor);
            return member;
        }
        else if (parts.Kind == SpeakerKind.Person && parts.Tokens.Length > member.Name.AsSpan().Count(' ') + 1)
        {
            Upgrade(member, parts.Name);
        }

        if (member.Gender == '?')
            member.Gender = parts.Gender;
        member.AddRole(parts.Role);
        member.AddRole(role);
        Mention(member, at, subject, possessor);
        return member;
    }

    /// <summary>
    /// A relative named through someone else ("his wife, Jane", "Lazar's wife, Ilse Lazar"), of gender
    /// <paramref name="gender"/>. A relative shares the family name, so only the same first name finds a known person.
    /// </summary>
    public CastMember? Relative(string phrase, int at, char gender, bool subject)
    {
        if (NameParts.Parse(phrase) is not { Kind: SpeakerKind.Person } parts)
            return null;
        var first = parts.FirstName ?? parts.Surname;
        var member = _members.LastOrDefault(m => m.Kind == SpeakerKind.Person && m.FirstName == first && (parts.FirstName is null || m.Surname == parts.Surname))
            ?? Add(parts);
        if (member.Gender == '?')
            member.Gender = gender;
        Mention(member, at, subject);
        return member;
    }

    private CastMember Add(NameParts parts)
    {
        var member = new CastMember(parts.Name, parts.Kind);
        if (parts.Kind == SpeakerKind.Person)
        {
            member.Surname = parts.Surname;
            member.FirstName = parts.FirstName;
            // Only a profile's identity completes a lone surname: the people other articles named are theirs.
            var seed = identities?.FindSeeded(parts.Name);
            if (seed is not null && parts.Tokens.Length == 1 && seed.Kind == "person")
                Upgrade(member, seed.Canonical);
            if (seed is not null)
            {
                member.AddSeedRole(seed.Roles.Count > 0 ? seed.Roles[0] : null);
                // The profile knows better than a first-name list: it is told, the list guesses.
                if (identities!.SeededGender(parts.Name) is not '?' and var gender)
                    member.Gender = gender;
            }
        }

        _members.Add(member);
        return member;
    }

    /// <summary>
    /// The institution named <paramref name="name"/> exactly, added when new: for names built by the reading ("Office of
    /// Swedish Prime Minister Ulf Kristersson"), which parsing would take for the person in them.
    /// </summary>
    public CastMember Institution(string name, int at)
    {
        var member = FindInstitution(name);
        if (member is null)
        {
            member = new CastMember(name, SpeakerKind.Institution);
            _members.Add(member);
        }

        Mention(member, at);
        return member;
    }

    /// <summary>An unnamed source kept as written ("a western official"), remembered so "the official" finds it.</summary>
    public CastMember Unnamed(string phrase, int at)
    {
        var member = _members.FirstOrDefault(m => m.Kind == SpeakerKind.Unnamed && string.Equals(m.Name, phrase, StringComparison.OrdinalIgnoreCase));
        if (member is null)
        {
            // "one of the diplomats" is one person, whom "he" or "she" may mean.
            var onePerson = phrase.StartsWith("one of the ", StringComparison.OrdinalIgnoreCase);
            member = new CastMember(phrase, SpeakerKind.Unnamed) { Plural = phrase.EndsWith('s') && !onePerson, OnePerson = onePerson };
            if (NameLexicon.PersonHeadOf(phrase) is { } head && !member.Plural)
            {
                member.OnePerson = true;
                member.Gender = NameLexicon.GenderOfNoun(head);
            }

            _members.Add(member);
        }

        Mention(member, at);
        return member;
    }

    /// <summary>
    /// Records an institution the article names without its speaking ("In the Ministry of Defence the tone is
    /// technical"), so a later "the ministry said" can find it; it joins the cast only when it speaks.
    /// </summary>
    public void Body(string name, int at) => _bodies.Add((at, name));

    // The latest body named in [recentFrom, at) that a description headed by an institution's noun names ("the
    // ministry" for "Ministry of Defence"); null when none is.
    private string? LatestBody(List<string> words, int at, int recentFrom)
    {
        for (var k = _bodies.Count - 1; k >= 0; k--)
        {
            var (position, name) = _bodies[k];
            if (position < at && position >= recentFrom && NamesInstitution(name, words))
                return name;
        }

        return null;
    }

    /// <summary>Records that <paramref name="issuer"/> issued a <paramref name="document"/> ("note") mentioned at <paramref name="at"/>.</summary>
    public void Issued(string document, string issuer, int at) => _documents.Add((at, document, issuer));

    // "the statement" of "Coalition leaders": signers the article does not name are the unnamed member as written,
    // which no name parses to.
    private CastMember? UnnamedIssuer(string issuer, int at)
    {
        var member = _members.Find(m => m.Kind == SpeakerKind.Unnamed && m.Name == issuer);
        if (member is not null)
            Mention(member, at);
        return member;
    }

    /// <summary>True when <paramref name="issuer"/> has issued a document mentioned so far.</summary>
    public bool HasIssued(string issuer) => _documents.Exists(d => d.Issuer == issuer);

    // "the note" after "a note released by Palazzo Chigi": the latest issuer of such a document in [recentFrom, at].
    // "the six-page document": a word or two may describe it.
    private string? IssuerOf(List<string> words, int at, int recentFrom)
    {
        if (words.Count is 0 or > 3 || (words.Count > 1 && words.Take(words.Count - 1).Any(w => !char.IsLower(w[0]))))
            return null;
        var noun = words[^1];
        string? earlier = null;
        for (var k = _documents.Count - 1; k >= 0; k--)
        {
            var (position, document, issuer) = _documents[k];
            if (position <= at && position >= recentFrom && CueFinder.SameDocument(document, noun))
                return issuer;
            if (position < at && document == noun)
                earlier ??= issuer;
        }

        // "A report published by the Harbour Institute ..." then, paragraphs on, "the report says": a story about a report
        // comes back to it however far it has gone; a statement is only the one just named.
        return CueFinder.IsDocument(noun) ? null : earlier;
    }

    /// <summary>Records that <paramref name="member"/> is mentioned at <paramref name="at"/>.</summary>
    public void Mention(CastMember member, int at, bool subject = true, bool possessor = false)
    {
        _mentions.Add((at, member, subject, possessor));
        member.Mentions++;
    }

    /// <summary>
    /// True when a topic profile names a person <paramref name="name"/> ("Rutte"): a lone surname the bot follows is
    /// that person, even where the article never gives the full name.
    /// </summary>
    public bool IsSeededPerson(string name) => identities?.FindSeeded(name) is { Kind: "person" };

    /// <summary>The known person whose surname is the last word of <paramref name="name"/> ("Healey").</summary>
    public CastMember? KnownSurname(NameParts name)
    {
        var surname = name.Surname;
        foreach (var m in _members)
        {
            if (m.Kind == SpeakerKind.Person && m.Surname == surname)
                return m;
        }

        return null;
    }

    /// <summary>
    /// The member a definite description refers to ("the Defence Secretary", "the diplomat"): the most recently
    /// mentioned one whose roles or description hold all its words, a subject or speaker since <paramref name="recentFrom"/>
    /// first ("the candidate" after "Carson said ... Cruz ..." is Carson); then a seeded identity with that alias or role.
    /// </summary>
    /// <remarks>
    /// A description no one before fits may name someone introduced soon after it, up to <paramref name="aheadTo"/>:
    /// "..., the country's defence minister said." opens a story that names "Finnish defence minister Antti Vaara" next.
    /// </remarks>
    public CastMember? Describe(string phrase, int at, int recentFrom, int aheadTo = -1)
    {
        var words = WordsOf(phrase);
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? phrase : phrase[..space];
        if (words.Count == 0 || IsIndefinite(first, phrase, space))
            return null;
        // "the diplomat" or "Norway's diplomat" may be the ambassador named before; "a senior diplomat" is someone new.
        var definite = first is "the" or "The" || CueFinder.IsPossessive(first);
        if (first is "the" or "The" && _documents.Count > 0 && IssuerOf(words, at, recentFrom) is { } issuer)
            return UnnamedIssuer(issuer, at) ?? Named(issuer, at);
        // The roles the article gives come first: a profile's role may be out of date ("the minister" in a story
        // about Lecornu's successor is the successor, whatever the profile still calls Lecornu).
        if ((LatestFitting(words, at, recentFrom, definite, withSeedRoles: false) ?? LatestFitting(words, at, recentFrom, definite, withSeedRoles: true)) is { } described)
            return described;
        if (IntroducedAhead(words, at, aheadTo) is { } ahead)
            return ahead;
        if (definite && NameLexicon.InstitutionWords.Contains(words[^1]) && LatestBody(words, at, recentFrom) is { } body)
            return Named(body, at);

        // Only a role finds a known identity: "the statement said" or "the crowd" names nobody the directory could
        // hold, whatever roles other articles gave their people.
        if (!NameLexicon.RoleWords.Contains(words[^1]))
            return null;
        var seed = identities?.FindByRole(phrase);
        return seed is null ? null : Named(seed.Canonical, at, seed.Roles.Count > 0 ? seed.Roles[0] : null);
    }

    /// <summary>
    /// The person who was the latest subject or speaker in [<paramref name="recentFrom"/>, <paramref name="at"/>), when
    /// the article gave them no role; null when that subject is no person or has a role.
    /// </summary>
    public CastMember? RolelessSubject(int at, int recentFrom) => LatestSubject(at, recentFrom) is { Roles.Count: 0 } latest ? latest : null;

    /// <summary>The person first mentioned as a sentence subject in [<paramref name="from"/>, <paramref name="to"/>), or null.</summary>
    public CastMember? FirstSubject(int from, int to)
    {
        CastMember? first = null;
        var firstAt = int.MaxValue;
        foreach (var (position, member, isSubject, _) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_mentions))
        {
            if (isSubject && member.Kind == SpeakerKind.Person && position >= from && position < to && position < firstAt)
                (first, firstAt) = (member, position);
        }

        return first;
    }

    /// <summary>Where the article first mentions <paramref name="member"/>; int.MaxValue when never.</summary>
    public int FirstMentionAt(CastMember member)
    {
        var first = int.MaxValue;
        foreach (var (position, mentioned, _, _) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_mentions))
        {
            if (mentioned == member && position < first)
                first = position;
        }

        return first;
    }

    /// <summary>The one person mentioned before <paramref name="at"/> whom the article gave that age; null when none or several.</summary>
    public CastMember? OfAge(int age, int at)
    {
        CastMember? found = null;
        foreach (var (position, member, _, _) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_mentions))
        {
            if (position >= at || member.Age != age)
                continue;
            if (found is not null && found != member)
                return null;
            found = member;
        }

        return found;
    }

    /// <summary>The latest sentence subject or speaker since <paramref name="recentFrom"/>, when it is a person.</summary>
    public CastMember? LatestSubject(int at, int recentFrom)
    {
        CastMember? latest = null;
        var latestAt = -1;
        foreach (var (position, member, isSubject, _) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_mentions))
        {
            if (isSubject && position >= recentFrom && position < at && position > latestAt)
                (latest, latestAt) = (member, position);
        }

        return latest is { Kind: SpeakerKind.Person } ? latest : null;
    }

    // The most recent mention before `at` whose member's roles (and, when asked, the profile's role) or description
    // hold every word, a subject or speaker since `recentFrom` first (the earliest listed wins a tie). One pass
    // instead of a sort, and each member is judged at most once per lookup: a member is mentioned many times and the
    // answer is the same at every mention.
    private CastMember? LatestFitting(List<string> words, int at, int recentFrom, bool definite, bool withSeedRoles)
    {
        var lookup = ++_lookups;
        CastMember? found = null, subject = null;
        int foundAt = int.MinValue, subjectAt = int.MinValue;
        foreach (var (position, member, isSubject, _) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_mentions))
        {
            if (position >= at || (position <= foundAt && (!isSubject || position <= subjectAt)))
                continue;
            if (member.LastVerdict.Lookup != lookup)
                member.LastVerdict = (lookup, (!withSeedRoles || member.SeedRole is not null) && Fits(member, words, definite, withSeedRoles));
            if (!member.LastVerdict.Fits)
                continue;
            if (position > foundAt)
                (found, foundAt) = (member, position);
            if (isSubject && position > subjectAt && position >= recentFrom)
                (subject, subjectAt) = (member, position);
        }

        return subject ?? found;
    }

    // "said a Democratic strategist who spoke on condition of anonymity" after "X, a Democratic strategist who ...":
    // an indefinite description brings in someone new ("one of the aides" picks from a group, and is left to it).
    private static bool IsIndefinite(string first, string phrase, int space) =>
        first is "a" or "A" or "an" or "An" or "another" or "Another"
        || (first is "one" or "One" && !phrase.AsSpan(space + 1).StartsWith("of ", StringComparison.Ordinal));

    // The first person mentioned in (at, aheadTo) whose roles hold every word of the description; null when none is.
    private CastMember? IntroducedAhead(List<string> words, int at, int aheadTo)
    {
        // Most lookups look back only: no pass over the mentions for them.
        if (aheadTo <= at)
            return null;
        CastMember? first = null;
        var firstAt = int.MaxValue;
        foreach (var (position, member, _, _) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_mentions))
        {
            if (position > at && position < aheadTo && position < firstAt && member.Kind == SpeakerKind.Person
                && (Fits(member, words, definite: true) || (member.SeedRole is not null && Fits(member, words, definite: true, withSeedRole: true))))
                (first, firstAt) = (member, position);
        }

        return first;
    }

    // The folded words of a description without its determiners; articles repeat their descriptions, so each is read
    // once. A lower-case possessor ("the country's defence minister") only points back to what the story is about,
    // and an age ("the 70-year-old chancellor") tells no role.
    private List<string> WordsOf(string phrase)
    {
        if (!_descriptionWords.TryGetValue(phrase, out var words))
        {
            words = [];
            string? previous = null;
            var described = WithoutAges(phrase);
            foreach (var token in Tokenizer.Tokenize(described))
            {
                if (!NameLexicon.Determiners.Contains(token.Value) && !IsCommonPossessor(described, token))
                    words.Add(NameLexicon.RoleWord(previous, DescriptionWord(described, token)));
                previous = token.Value;
            }

            // "the Head of State emphasized": the title a president goes by in official readouts.
            if (words is ["head", "of", "state"])
                words = ["president"];
            // "Asked about it, the head of government said ...": the prime minister, as translated copy calls them.
            else if (words is ["head", "of", "government"])
                words = ["prime", "minister"];
            // "The Prime Minister of Italy stressed": the Italian prime minister, as a role with the adjective is held.
            if (words.Count >= 3 && words[^2] == "of" && NameLexicon.FoldedDemonyms.TryGetValue(words[^1], out var adjective))
                words = [adjective, .. words[..^2]];
            // "the Head of Ukrainian diplomacy stressed": the foreign minister, as Kyiv's readouts call them.
            else if (words is ["head", "of", .. var country, "diplomacy"] && country.Count <= 1)
                words = [.. country, "foreign", "minister"];
            _descriptionWords[phrase] = words;
        }

        return words;
    }

    private static string WithoutAges(string phrase) =>
        phrase.Contains("-year-old", StringComparison.Ordinal) ? string.Join(' ', phrase.Split(' ').Where(w => !NameLexicon.IsAge(w))) : phrase;

    // "Ukraine's president" is the Ukrainian President, "the Kremlin's spokesman" the Kremlin spokesman: a named
    // possessor counts as the word itself, a country as its adjective.
    private static string DescriptionWord(string text, Token token)
    {
        if (!char.IsUpper(text[token.Start]) || !CueFinder.EndsInPossessiveS(text.AsSpan(token.Start, token.End - token.Start)))
            return token.Value;
        var owner = text[token.Start..(token.End - 2)];
        return Tokenizer.Fold(NameLexicon.Demonyms.TryGetValue(owner, out var adjective) ? adjective : owner);
    }

    private static bool IsCommonPossessor(string phrase, Token token) =>
        char.IsLower(phrase[token.Start]) && CueFinder.EndsInPossessiveS(phrase.AsSpan(token.Start, token.End - token.Start));

    private static bool Fits(CastMember member, List<string> words, bool definite, bool withSeedRole = false)
    {
        // "the foreign ministry said" after "foreign ministry spokeswoman Maria Zakharova": a description headed by an
        // institution's noun is the institution, never a person whose role merely names it.
        if (member.Kind == SpeakerKind.Person && NameLexicon.InstitutionWords.Contains(words[^1]))
            return false;
        // Roles only grow and a name only changes by replacement, so a description read earlier is still true
        // while the member's role count, name and kind are unchanged.
        var known = member.DescriptionWords;
        var heads = member.HeadWords;
        if (known is null || heads is null || member.DescribedFrom.Roles != member.Roles.Count
            || !ReferenceEquals(member.DescribedFrom.Name, member.Name) || member.DescribedFrom.Kind != member.Kind)
        {
            (known, heads) = DescriptionWordsOf(member);
            member.DescriptionWords = known;
            member.HeadWords = heads;
            member.DescribedFrom = (member.Roles.Count, member.Name, member.Kind);
        }

        // The words with the profile's role too, read once for each set of the article's roles.
        if (withSeedRole && member.SeedRole is { } seedRole)
        {
            if (member.SeededWords is not { } seeded || seeded.From != member.DescribedFrom)
            {
                var (seedKnown, seedHeads) = (new HashSet<string>(known, StringComparer.Ordinal), new HashSet<string>(heads, StringComparer.Ordinal));
                AddRoleWords(seedRole, seedKnown, seedHeads);
                seeded = (member.DescribedFrom, seedKnown, seedHeads);
                member.SeededWords = seeded;
            }

            (known, heads) = (seeded.Known, seeded.Heads);
        }

        // "The Secretary of State said that it would" in a Commons sketch: Westminster calls the cabinet minister at the
        // dispatch box by the formal title, so it fits a Defence or Home Secretary (never a shadow one) the story named.
        if (member.Kind == SpeakerKind.Person && words is ["secretary", "of", "state"] && known.Contains("secretary") && known.Overlaps(WestminsterPortfolios))
            return !HoldsOnlyAQualifiedOffice(member, ["secretary"]);
        // "the lawsuit says" is not "a plaintiff in the lawsuit": a person's description is headed by a word of a role
        // before that role's first preposition.
        if (member.Kind == SpeakerKind.Person && !words.Exists(RolePrepositions.Contains)
            && !(heads.Contains(words[^1]) || (definite && NameLexicon.StandsForRole(words[^1], null, heads))))
            return false;
        for (var i = 0; i < words.Count; i++)
        {
            if (!(known.Contains(words[i]) || (definite && NameLexicon.StandsForRole(words[i], i + 1 < words.Count ? words[i + 1] : null, known))))
                return member.Kind == SpeakerKind.Institution && NamesInstitution(member.Name, words);
        }

        return !HoldsOnlyAQualifiedOffice(member, words);
    }

    // The words of a member's roles (and an unnamed source's phrase), and those of them before each role's first
    // preposition ("plaintiff" of "plaintiff in the lawsuit"), which may head a description of the member.
    private static (HashSet<string> Known, HashSet<string> Heads) DescriptionWordsOf(CastMember member)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in member.Kind == SpeakerKind.Unnamed ? member.Roles.Append(member.Name) : member.Roles)
            AddRoleWords(role, known, heads);
        return (known, heads);
    }

    private static void AddRoleWords(string role, HashSet<string> known, HashSet<string> heads)
    {
        string? previous = null;
        var modifying = false;
        foreach (var token in Tokenizer.Tokenize(role))
        {
            var word = NameLexicon.RoleWord(previous, DescriptionWord(role, token));
            modifying |= RolePrepositions.Contains(word);
            known.Add(word);
            if (!modifying)
                heads.Add(word);
            // "Minister of Foreign Affairs of the Republic of Poland" is the Polish minister.
            if (char.IsUpper(role[token.Start]) && NameLexicon.Demonyms.TryGetValue(role[token.Start..token.End], out var adjective))
                known.Add(Tokenizer.Fold(adjective));
            previous = token.Value;
        }
    }

    // The portfolios of Westminster's secretaries of state as British copy names them ("Defence Secretary"); American
    // titles are spelt otherwise ("Defense Secretary") or are secretaries of no such portfolio.
    private static readonly HashSet<string> WestminsterPortfolios = new(StringComparer.Ordinal)
    {
        "defence", "foreign", "home", "culture", "business", "justice", "scottish", "welsh", "environment", "pensions", "levelling",
    };

    private static readonly HashSet<string> RolePrepositions = new(StringComparer.Ordinal) { "in", "at", "of", "for", "from", "with", "on", "to", "by" };

    // "the Defence Secretary" is not the shadow defence secretary, nor "the president" a former president, nor "the
    // Prime Minister" the deputy prime minister: a role
    // qualified so that it is not the office itself fits a description only with that qualifier ("the shadow minister").
    // True when every role of the member holding the description's head is qualified in a way the description is not.
    private static bool HoldsOnlyAQualifiedOffice(CastMember member, List<string> words)
    {
        var head = words[^1];
        var qualified = false;
        foreach (var role in member.Roles)
        {
            var tokens = Tokenizer.Tokenize(role);
            if (!tokens.Any(t => t.Value == head))
                continue;
            if (!tokens.Any(t => OfficeQualifiers.Contains(t.Value) && !words.Contains(t.Value)))
                return false;
            qualified = true;
        }

        return qualified;
    }

    private static readonly HashSet<string> OfficeQualifiers = new(StringComparer.Ordinal) { "shadow", "former", "deputy", "vice" };

    // "The ministry said" after "Russia's foreign ministry said": a description with the institution's head noun
    // ("ministry" of "Finnish Ministry of Defence", not "President" of "Office of the President") and no word
    // outside its name, an adjective counting as its noun ("the presidential office", "the Ukrainian embassy").
    // "The Ministry of Defence has set aside £95m, the department said": a government department is a ministry, and
    // the other way round.
    private static bool SameHead(string word, string head) =>
        word == head || (word is "department" or "ministry" && head is "department" or "ministry");

    private static bool NamesInstitution(string name, List<string> words)
    {
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Count == 0)
            return false;
        var headAt = tokens.Count - 1;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].Value == "of")
            {
                headAt = k - 1;
                break;
            }
        }

        var head = tokens[headAt].Value;
        if (words.Count == 0 || !SameHead(words[^1], head))
            return false;
        foreach (var word in words)
        {
            var nouns = NameLexicon.FoldedNounsOfAdjectives.GetValueOrDefault(word);
            var found = false;
            foreach (var token in tokens)
                found |= token.Value == word || (nouns is not null && Array.IndexOf(nouns, token.Value) >= 0) || (token.Value == head && SameHead(word, head));
            if (!found)
                return false;
        }

        return true;
    }

    /// <summary>
    /// The person a pronoun refers to: the most recent compatible person who was a subject or a speaker since
    /// <paramref name="recentFrom"/>, otherwise the most recent compatible person mentioned before <paramref name="at"/>.
    /// "it" and "they" find institutions and groups. The <paramref name="listener"/> its verb names is never meant.
    /// </summary>
    public CastMember? Pronoun(string pronoun, int at, int recentFrom, int nearFrom, CastMember? listener = null)
    {
        var p = pronoun.ToLowerInvariant();
        // The most recent compatible person who was a sentence's subject or a speaker beats one only mentioned in
        // passing ("Christie wasn't having it. "...," he said" is Christie's, even after Rubio spoke), whether or not
        // the subject's gender is known ("Willsie said ... work with Trump's campaign ... "...," he said" is Willsie's).
        // With no subject, a person known to match the pronoun's gender beats one whose gender is unknown.
        CastMember? best = null, known = null, subject = null;
        int bestAt = -1, knownAt = -1, subjectAt = -1;
        foreach (var (position, member, isSubject, possessor) in _mentions)
        {
            if (position >= at || member == listener || !Compatible(member, p))
                continue;
            if (position > bestAt)
                (best, bestAt) = (member, position);
            // "Brenn's successor, Anna Quill, ...": a possessor named since is no one the story turned to.
            if (position > knownAt && position >= recentFrom && member.Gender != '?' && !possessor)
                (known, knownAt) = (member, position);
            if (isSubject && position > subjectAt && position >= recentFrom)
                (subject, subjectAt) = (member, position);
        }

        // "... Rubio said. / The moderators were ready to move on, but Christie wasn't having it. / "...," he said": a
        // subject two paragraphs back yields to a person of the pronoun's known gender named in this paragraph or the one before.
        if (subject is not null && subjectAt < nearFrom && known is not null && knownAt >= nearFrom && (p is "he" ? known.Gender == 'm' : known.Gender == 'f'))
            return Learn(known, p);

        return (subject ?? known ?? best) is { } chosen ? Learn(chosen, p) : null;
    }

    /// <summary>
    /// The one person compatible with <paramref name="pronoun"/> mentioned before <paramref name="at"/> whose roles
    /// carry the country's folded <paramref name="adjective"/> ("finnish" of "Finnish defence minister"); null when
    /// none or several do.
    /// </summary>
    public CastMember? OneOfNationality(string adjective, string pronoun, int at, CastMember? listener)
    {
        var p = pronoun.ToLowerInvariant();
        CastMember? found = null;
        foreach (var (position, member, _, _) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_mentions))
        {
            if (position >= at || member == found || member == listener || member.Kind != SpeakerKind.Person || !Compatible(member, p)
                || !HoldsNationality(member, adjective))
                continue;
            if (found is not null)
                return null;
            found = member;
        }

        return found is null ? null : Learn(found, p);
    }

    // A nationality outlives any office, so the profile's role ("French President") tells it as well as the article's.
    private static bool HoldsNationality(CastMember member, string adjective)
    {
        var (known, heads) = DescriptionWordsOf(member);
        if (member.SeedRole is { } seedRole)
            AddRoleWords(seedRole, known, heads);
        return known.Contains(adjective);
    }

    /// <summary>
    /// The latest person compatible with <paramref name="pronoun"/> mentioned in [<paramref name="from"/>,
    /// <paramref name="at"/>) only in passing, when no compatible subject stands there; null otherwise.
    /// </summary>
    public CastMember? NamedInPassing(string pronoun, int from, int at, CastMember? listener)
    {
        var p = pronoun.ToLowerInvariant();
        CastMember? latest = null;
        var latestAt = -1;
        foreach (var (position, member, isSubject, _) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_mentions))
        {
            if (position < from || position >= at || member == listener || member.Kind != SpeakerKind.Person || !Compatible(member, p))
                continue;
            if (isSubject)
                return null;
            if (position > latestAt)
                (latest, latestAt) = (member, position);
        }

        return latest is null ? null : Learn(latest, p);
    }

    /// <summary>
    /// The one person mentioned in [<paramref name="from"/>, <paramref name="to"/>), when it is mentioned there only in
    /// passing and no one is a subject there; null otherwise.
    /// </summary>
    public CastMember? OnlyPersonInPassing(int from, int to)
    {
        CastMember? only = null;
        foreach (var (position, member, isSubject, _) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_mentions))
        {
            if (position < from || position >= to)
                continue;
            if (isSubject || (only is not null && only != member))
                return null;
            only = member;
        }

        return only is { Kind: SpeakerKind.Person, Roles.Count: 0 } ? only : null;
    }

    private static CastMember Learn(CastMember member, string pronoun)
    {
        if (member.Gender == '?' && pronoun is "he" or "she")
            member.Gender = pronoun == "he" ? 'm' : 'f';
        return member;
    }

    private static bool Compatible(CastMember member, string pronoun) => pronoun switch
    {
        "he" => member.IsPersonal && member.Gender != 'f',
        "she" => member.IsPersonal && member.Gender != 'm',
        "it" => member.Kind == SpeakerKind.Institution,
        "they" => member.Kind == SpeakerKind.Institution || (member.Kind == SpeakerKind.Unnamed && member.Plural),
        _ => false,
    };

    // "The Ministry of Defence has set aside £95m ... The MoD said": a lone word in capitals is the institution the
    // article named whose initials it spells ("of" as a small "o"), with or without the country before the name
    // ("UK Ministry of Defence"); null when it spells none, or is no such word.
    private string? Abbreviated(string phrase)
    {
        if (phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            phrase = phrase[4..];
        if (phrase.Length is < 2 or > 6 || phrase.Contains(' ', StringComparison.Ordinal) || !phrase.All(char.IsLetter) || phrase.Count(char.IsUpper) < 2)
            return null;
        for (var k = _bodies.Count - 1; k >= 0; k--)
        {
            if (Spells(phrase, _bodies[k].Name))
                return _bodies[k].Name;
        }

        return _members.FirstOrDefault(m => m.Kind == SpeakerKind.Institution && Spells(phrase, m.Name))?.Name;
    }

    private static bool Spells(string abbreviation, string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !NameLexicon.Determiners.Contains(w) && w != "and").ToArray();
        if (words.Length < 2)
            return false;
        return Initials(words).Equals(abbreviation, StringComparison.OrdinalIgnoreCase)
            || (words.Length > 2 && Initials(words.AsSpan(1)).Equals(abbreviation, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The first letters of <paramref name="words"/>, as written ("Ministry of Defence" -> "MoD").</summary>
    internal static string Initials(ReadOnlySpan<string> words)
    {
        Span<char> letters = stackalloc char[words.Length];
        for (var k = 0; k < words.Length; k++)
            letters[k] = words[k][0];
        return new string(letters);
    }

    // "Rep. Steve Israel ... "...," Israel said": a lone word that would be a country speaking for its government is the
    // surname of a person the article named in full, when it named one so.
    private CastMember? SurnameOfAPerson(string phrase)
    {
        if (phrase.Contains(' ', StringComparison.Ordinal))
            return null;
        var folded = Tokenizer.Fold(phrase);
        return _members.FirstOrDefault(m => m.Kind == SpeakerKind.Person && m.Surname == folded && m.Name.Contains(' ', StringComparison.Ordinal));
    }

    private CastMember? FindPerson(NameParts parts)
    {
        var tokens = parts.Tokens;
        // A lone word is first a surname of someone named in full ("Trump" is Donald Trump, not the "Trump Shuttle"
        // named later), then the first name of someone named in full ("Tom" after "Tom Ebeling"), and only then
        // someone the article named by that one word ("his husband, Tom").
        return tokens.Length == 1
            ? MostNamed(parts) ?? FirstNamed(parts) ?? Find(parts)
            : Find(parts);
    }

    // "Clinton" in an article about Hillary Clinton that also names Bill Clinton: a surname alone shared by several
    // people named in full means the one the article names most (the first named on a tie), not whoever came last.
    private CastMember? MostNamed(NameParts parts)
    {
        CastMember? best = null;
        foreach (var m in _members)
        {
            if (m.Kind != SpeakerKind.Person || m.Surname != parts.Surname || !m.Name.Contains(' ', StringComparison.Ordinal)
                || (parts.Gender != '?' && m.Gender != '?' && m.Gender != parts.Gender))
                continue;
            if (best is null || m.Mentions > best.Mentions)
                best = m;
        }

        return best;
    }

    // The most recent person whose surname (and first name, when both are given) matches.
    private CastMember? Find(NameParts parts)
    {
        var surname = parts.Surname;
        var first = parts.FirstName;
        for (var i = _members.Count - 1; i >= 0; i--)
        {
            var m = _members[i];
            // "Ms. Khan" is never the Mr. Khan the article also names.
            if (m.Kind != SpeakerKind.Person || (parts.Gender != '?' && m.Gender != '?' && m.Gender != parts.Gender))
                continue;
            if (m.Surname == surname && (first is null || m.FirstName is null || m.FirstName == first || (first.Length <= 2 && m.FirstName.StartsWith(first[0]))))
                return m;
        }

        return null;
    }

    // The most recent person named in full whose first name is the lone word of `parts`.
    private CastMember? FirstNamed(NameParts parts)
    {
        var word = parts.Surname;
        for (var i = _members.Count - 1; i >= 0; i--)
        {
            var m = _members[i];
            if (m.Kind == SpeakerKind.Person && m.FirstName == word && m.Name.Contains(' ', StringComparison.Ordinal)
                && (parts.Gender == '?' || m.Gender == '?' || m.Gender == parts.Gender))
                return m;
        }

        return null;
    }

    private CastMember? FindInstitution(string name)
    {
        var folded = Tokenizer.Fold(name);
        return _members.FirstOrDefault(m => m.Kind == SpeakerKind.Institution && Tokenizer.Fold(m.Name) == folded);
    }

    private static void Upgrade(CastMember member, string name)
    {
        var tokens = name.Split(' ');
        member.Name = name;
        member.FirstName ??= tokens.Length > 1 ? Tokenizer.Fold(tokens[0]) : null;
        if (member.Gender == '?' && tokens.Length > 1)
            member.Gender = NameLexicon.GenderOf(tokens[0]);
    }
}
