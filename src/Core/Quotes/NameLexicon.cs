using System.Collections.Frozen;
using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>
/// The small closed word lists the attribution rules need: titles, role words, institution words, heads of unnamed
/// sources, pronouns and common first names with their usual gender (a hint for pronouns, never a verdict).
/// </summary>
internal static class NameLexicon
{
    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Honorifics dropped from names: "Mr Healey" is Healey.</summary>
    public static readonly FrozenSet<string> Honorifics = Set("mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady prof prof. professor");

    /// <summary>Words that make a role, not a name: "Defence Secretary John Healey".</summary>
    public static readonly FrozenSet<string> RoleWords = Set(
        "secretary minister president vice prime chancellor defence defense foreign interior home state senator sen sen. " +
        "rep rep. representative gov gov. governor general gen gen. chief deputy spokesman spokeswoman spokesperson ambassador " +
        "mayor chairman chairwoman chair director leader speaker commissioner admiral adm adm. commander commander-in-chief colonel col col. " +
        "king queen pope judge justice attorney former acting then candidate nominee presidential democratic republican gop " +
        "senior junior press campaign manager adviser advisor aide envoy official officer head member congressman congresswoman " +
        "lawmaker strategist analyst economist professor executive ceo founder co-founder host anchor presenter moderator interviewer correspondent editor " +
        // Hyphenated titles, read as one word: "the second vice-president, Anna Quill, said".
        "vice-president vice-chancellor vice-chair vice-chairman vice-chairwoman vice-premier vice-admiral rear-admiral " +
        "lieutenant-general major-general lieutenant-colonel secretary-general attorney-general under-secretary ex-minister " +
        "ex-president ex-chancellor co-chair co-leader deputy-minister " +
        "counsel sheriff chancellor premier treasurer cabinet security national white house kremlin mp mep msp mla " +
        "french british us u.s. uk u.k. russian ukrainian german finnish italian polish swedish danish norwegian dutch estonian " +
        "latvian lithuanian spanish canadian american european eu nato australian japanese chinese turkish hungarian czech " +
        "belgian irish greek romanian austrian swiss israeli iranian mexican " +
        "consultant pollster developer delegate activist lobbyist donor operative businessman businesswoman lawyer historian " +
        "columnist commentator reporter journalist author pastor organizer organiser " +
        "supporter voter owner researcher scientist doctor writer teacher student worker investor fundraiser blogger");

    /// <summary>Words that make an organisation or a place speak, not a person.</summary>
    public static readonly FrozenSet<string> InstitutionWords = Set(
        "ministry department office house kremlin élysée elysée elysee street party committee council commission service agency " +
        "post times news journal guardian press campaign foundation institute university court senate congress parliament " +
        "government embassy association union nato pentagon fbi cia cnn bbc reuters ap afp bloomberg politico poll " +
        "administration team company corporation group network newspaper magazine website spokesman's palace cabinet " +
        "staff headquarters command army navy police board bank fund organization organisation state's bureau directorate secretariat " +
        "inspectorate authority regiment brigade battalion " +
        // "Russia's Permanent Mission to the EU", "the EU delegation": a state's or a union's body where it is sent.
        "mission delegation " +
        // "Institut de Prospective Stratégique", "Centre for European Defence Policy": bodies in other languages, and centres.
        "institut istituto instituto instytut fondation fondazione fundación stiftung université università universidad universität centre center");

    /// <summary>Nouns that head an unnamed source: "a western official", "the diplomat".</summary>
    public static readonly FrozenSet<string> UnnamedHeads = Set(
        "official officials source sources diplomat diplomats spokesman spokeswoman spokesperson aide aides adviser advisers " +
        "advisor advisors analyst analysts expert experts observer observers critic critics officer officers minister ministers " +
        "person people insider insiders lawmaker lawmakers member members strategist strategists supporter supporters " +
        "staffer staffers delegate delegates negotiator negotiators commander commanders leader leaders executive executives " +
        "economist economists resident residents voter voters witness witnesses representative representatives campaign " +
        "statement report study poll survey memo letter document documents filing release readout sources, colleague colleagues " +
        "employee employees worker workers friend friends neighbor neighbors neighbour neighbours relative relatives student students " +
        "teacher teachers protester protesters demonstrator demonstrators attendee attendees organizer organizers organiser organisers " +
        "activist activists volunteer volunteers donor donors fan fans man woman men women collaborator collaborators " +
        "associate associates confidant confidants listener listeners viewer viewers " +
        // "a plan that one participant said would cover ...", "one trooper said": people at a meeting and in the ranks.
        "participant participants soldier soldiers trooper troopers veteran veterans researcher researchers " +
        "commentator commentators " +
        // "In coalition circles it was said that ...": the circles speak, unnamed.
        "circles");

    // Heads of an unnamed source that are no person: "a statement", "the report", "the campaign".
    private static readonly FrozenSet<string> DocumentHeads = Set(
        "statement report study poll survey memo letter document documents filing release readout campaign");

    // Role nouns that head an unnamed person as well as UnnamedHeads do: "a Nordic ambassador", "a deputy".
    private static readonly FrozenSet<string> PersonRoleHeads = Set(
        "ambassador envoy deputy general colonel admiral director chief chairman chairwoman commodore captain lieutenant sergeant " +
        "corporal brigadier soldier marine veteran pilot sailor trooper paratrooper reservist priest chaplain vicar councillor " +
        "farmer nurse doctor widow grandmother grandfather mp mep senator professor");

    /// <summary>
    /// The noun heading an unnamed source that is one person ("a Romanian officer involved in the planning" ->
    /// "officer", "a spokeswoman for the ministry" -> "spokeswoman"): the first person noun, singular, among its first
    /// five words; null when the phrase heads a document, a group or nothing known.
    /// </summary>
    public static string? PersonHeadOf(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k < words.Length && k < 5; k++)
        {
            var w = words[k];
            if (DocumentHeads.Contains(w))
                return null;
            if (!char.IsLower(w[0]) || !(UnnamedHeads.Contains(w) || PersonRoleHeads.Contains(w) || IsRankHead(w, k + 1 < words.Length ? words[k + 1] : null)))
                continue;
            return (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) || w is "people" or "men" or "women" ? null : w;
        }

        return null;
    }

    /// <summary>
    /// "a major in the same brigade", "a major, who asked not to be named": a rank spelt like an adjective ("a major
    /// offensive") heads a person only when what follows qualifies a person (a preposition, a relative, a comma: null
    /// <paramref name="next"/> for the phrase's end).
    /// </summary>
    public static bool IsRankHead(string word, string? next) =>
        word == "major" && next is null or "," or "in" or "at" or "from" or "with" or "of" or "who" or "serving" or "based";

    /// <summary>True for a lower-case noun that heads an unnamed person or people ("officer", "diplomats", "ambassador").</summary>
    public static bool IsPersonHead(string word)
    {
        if (word.Length == 0 || !char.IsLower(word[0]) || DocumentHeads.Contains(word))
            return false;
        if (UnnamedHeads.Contains(word) || PersonRoleHeads.Contains(word))
            return true;
        return word.EndsWith('s') && PersonRoleHeads.Contains(word[..^1]);
    }

    /// <summary>
    /// The gender a person noun states ("woman", "spokeswoman", "congresswomen" 'f'; "man", "spokesman", "chairman" 'm'),
    /// '?' for most ("official", "chairperson", and "German", which only ends like one).
    /// </summary>
    public static char GenderOfNoun(string noun) =>
        noun.EndsWith("woman", StringComparison.OrdinalIgnoreCase) || noun.EndsWith("women", StringComparison.OrdinalIgnoreCase) ? 'f'
        : noun.EndsWith("sman", StringComparison.OrdinalIgnoreCase) || noun.Equals("chairman", StringComparison.OrdinalIgnoreCase)
            || noun.Equals("man", StringComparison.OrdinalIgnoreCase) ? 'm'
        : KinGenders.TryGetValue(noun, out var kin) ? kin : '?';

    /// <summary>True for a family word: "mother", "husband", "daughter".</summary>
    public static bool IsKin(string noun) => KinGenders.ContainsKey(noun);

    // "a grandmother of four", "the widower": family words say the person's sex.
    private static readonly FrozenDictionary<string, char> KinGenders = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase)
    {
        ["mother"] = 'f', ["grandmother"] = 'f', ["sister"] = 'f', ["daughter"] = 'f', ["wife"] = 'f', ["widow"] = 'f', ["aunt"] = 'f',
        ["niece"] = 'f', ["granddaughter"] = 'f', ["father"] = 'm', ["grandfather"] = 'm', ["brother"] = 'm', ["son"] = 'm',
        ["husband"] = 'm', ["widower"] = 'm', ["uncle"] = 'm', ["nephew"] = 'm', ["grandson"] = 'm',
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Determiners and quantifiers that open a description.</summary>
    public static readonly FrozenSet<string> Determiners = Set(
        "the a an another one two three four five several some many most other others his her their its this that these those both all " +
        "each senior top");

    /// <summary>Words that end a speaker phrase when reading leftwards or rightwards from a verb.</summary>
    public static readonly FrozenSet<string> Boundaries = Set(
        "that and but or nor while whereas as because if when which who whom whose where after before since so than though although " +
        "to in on at with by from about over under into during until unless whether what how why also however yet not never " +
        "is are was were be been being has have had do does did will would could should can may might must " +
        "said says told tells added adds he she they it we i you him her them there here this these those");

    /// <summary>Adverbs and auxiliaries that may stand between a speaker and the verb: "Healey also said".</summary>
    public static readonly FrozenSet<string> BetweenWords = Set(
        "also later then has had have previously once again repeatedly recently reportedly publicly privately separately earlier " +
        "today yesterday tonight now had already further quickly simply bluntly flatly firmly angrily clearly has often frequently long consistently " +
        "always openly " +
        "would will did does had has once himself herself subsequently initially first last finally still even only just");

    /// <summary>Connectives that open a sentence without belonging to its subject.</summary>
    public static readonly FrozenSet<string> Openers = Set(
        "but and however meanwhile still now yet so also then instead indeed separately later earlier asked speaking in on at last back " +
        "hours much after before when while this these those for with as from during since despite if over under until " +
        "today yesterday tonight there here what why how where thus hence plus even only given like unlike amid following " +
        "likewise wait continuing similarly moreover furthermore nonetheless nevertheless additionally besides consequently otherwise anyway finally " +
        "against without among toward towards afterwards afterward subsequently");

    /// <summary>Countries and capitals: when one speaks it stands for its government.</summary>
    public static readonly FrozenSet<string> Places = Set(
        "russia ukraine moscow kyiv kiev washington london paris berlin beijing france britain germany china america iran " +
        "israel poland finland brussels tehran rome madrid warsaw helsinki stockholm tallinn riga vilnius budapest ankara " +
        "turkey italy spain sweden norway denmark hungary japan canada australia europe us uk eu nato iowa ohio " +
        "florida texas california virginia pennsylvania michigan wisconsin carolina york");

    /// <summary>Capitalised words that never belong to a person's name: days, months, regions, peoples.</summary>
    public static readonly FrozenSet<string> NotNames = Set(
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september " +
        "october november december new hampshire south north east west southern northern eastern western african-american american " +
        "democrats republicans americans muslims christians latinos house senate street avenue county city state university college " +
        "school church center centre airport station road lake river island islands mount fort bay beach valley park hall tower " +
        "plaza hotel casino arena stadium square capitol");

    /// <summary>Days and months: never a name. "May" is left out (a surname too).</summary>
    public static readonly FrozenSet<string> Dates = Set(
        "monday tuesday wednesday thursday friday saturday sunday january february march april june july august september " +
        "october november december");

    /// <summary>Capitalised words that open a sentence without naming anyone: "Nobody", "Neither".</summary>
    public static readonly FrozenSet<string> NotNameWords = Set("nobody neither none everyone everybody someone somebody anyone anybody given affairs overheard");

    /// <summary>The adjective of a country ("Ukraine" -> "Ukrainian"): "Ukraine's foreign ministry" is the Ukrainian Foreign Ministry.</summary>
    public static readonly FrozenDictionary<string, string> Demonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Russia"] = "Russian", ["Ukraine"] = "Ukrainian", ["Britain"] = "British", ["France"] = "French", ["Germany"] = "German",
        ["China"] = "Chinese", ["America"] = "American", ["Iran"] = "Iranian", ["Israel"] = "Israeli", ["Poland"] = "Polish",
        ["Finland"] = "Finnish", ["Turkey"] = "Turkish", ["Italy"] = "Italian", ["Spain"] = "Spanish", ["Sweden"] = "Swedish",
        ["Norway"] = "Norwegian", ["Denmark"] = "Danish", ["Hungary"] = "Hungarian", ["Japan"] = "Japanese", ["Canada"] = "Canadian",
        ["Australia"] = "Australian", ["Estonia"] = "Estonian", ["Latvia"] = "Latvian", ["Lithuania"] = "Lithuanian",
        ["Belarus"] = "Belarusian", ["Romania"] = "Romanian", ["Moldova"] = "Moldovan", ["Georgia"] = "Georgian",
        ["Belgium"] = "Belgian", ["Austria"] = "Austrian", ["Greece"] = "Greek", ["Czechia"] = "Czech", ["Slovakia"] = "Slovak",
        ["Bulgaria"] = "Bulgarian", ["Portugal"] = "Portuguese", ["Ireland"] = "Irish", ["Mexico"] = "Mexican", ["India"] = "Indian",
        ["Türkiye"] = "Turkish", ["Netherlands"] = "Dutch", ["Croatia"] = "Croatian", ["Serbia"] = "Serbian",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Capitals that stand for their country's government when they speak ("Ankara has said", "Kyiv said it was
    /// ready"), by the country <see cref="Demonyms"/> names. Washington, London and Paris are left out: they are
    /// surnames and first names too.
    /// </summary>
    public static readonly FrozenDictionary<string, string> Capitals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Kyiv"] = "Ukraine", ["Kiev"] = "Ukraine", ["Moscow"] = "Russia", ["Ankara"] = "Turkey", ["Athens"] = "Greece",
        ["Warsaw"] = "Poland", ["Budapest"] = "Hungary", ["Beijing"] = "China", ["Tehran"] = "Iran", ["Berlin"] = "Germany",
        ["Rome"] = "Italy", ["Madrid"] = "Spain", ["Helsinki"] = "Finland", ["Stockholm"] = "Sweden", ["Oslo"] = "Norway",
        ["Copenhagen"] = "Denmark", ["Tallinn"] = "Estonia", ["Riga"] = "Latvia", ["Vilnius"] = "Lithuania",
        ["Bucharest"] = "Romania", ["Prague"] = "Czechia", ["Bratislava"] = "Slovakia", ["Vienna"] = "Austria",
        ["Minsk"] = "Belarus", ["Chisinau"] = "Moldova", ["Tbilisi"] = "Georgia", ["Ottawa"] = "Canada",
        ["Canberra"] = "Australia", ["Tokyo"] = "Japan", ["Dublin"] = "Ireland", ["Lisbon"] = "Portugal",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DemonymAdjectives =
        Demonyms.Values.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><see cref="Demonyms"/> folded as description words and keys are ("italy" -> "italian").</summary>
    public static readonly FrozenDictionary<string, string> FoldedDemonyms =
        Demonyms.ToFrozenDictionary(d => Tokenizer.Fold(d.Key), d => Tokenizer.Fold(d.Value), StringComparer.Ordinal);

    /// <summary>
    /// The folded nouns a folded adjective of a description stands for in an institution's name: "the presidential
    /// office" is the "Office of the President", "the Ukrainian embassy" the "Embassy of Ukraine".
    /// </summary>
    public static readonly FrozenDictionary<string, string[]> FoldedNounsOfAdjectives =
        FoldedDemonyms.GroupBy(d => d.Value, d => d.Key, StringComparer.Ordinal)
            .Concat(new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["presidential"] = "president", ["parliamentary"] = "parliament", ["governmental"] = "government", ["ministerial"] = "minister",
            }.GroupBy(d => d.Key, d => d.Value, StringComparer.Ordinal))
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>True for a country's adjective as <see cref="Demonyms"/> gives it ("Ukrainian", "Dutch").</summary>
    public static bool IsDemonym(ReadOnlySpan<char> word) => DemonymAdjectives.Contains(word);

    // Heads after which "general" is part of a civil title ("Secretary General", "Attorney General"), not the rank.
    private static readonly FrozenSet<string> GeneralTitleHeads = Set(
        "secretary attorney director solicitor surgeon inspector governor consul postmaster procurator prosecutor auditor comptroller");

    // Abbreviated ranks and titles as the tokenizer folds them ("Gen." -> "gen"), by the word they stand for.
    private static readonly FrozenDictionary<string, string> RoleAbbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["gen"] = "general", ["lt"] = "lieutenant", ["adm"] = "admiral", ["col"] = "colonel", ["maj"] = "major", ["capt"] = "captain",
        ["brig"] = "brigadier", ["sgt"] = "sergeant", ["cmdr"] = "commander", ["cdr"] = "commander", ["sen"] = "senator",
        ["gov"] = "governor", ["amb"] = "ambassador",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// A folded word of a role or description as descriptions compare it: an abbreviated rank as its full word ("gen"
    /// is "general"), and the "general" of a civil title after its head as a word of its own, so "the general" never
    /// describes a Secretary General.
    /// </summary>
    public static string RoleWord(string? previous, string word) =>
        word == "general" && previous is not null && GeneralTitleHeads.Contains(previous) ? "general:title"
        : RoleAbbreviations.TryGetValue(word, out var full) ? full : word;

    // What news copy calls people whose roles it gave in other words: "the diplomat" or "the top diplomat" for an
    // ambassador or a foreign minister, "the French leader" for a president, "the commander" for a general, "the
    // former colonel" for a retired one, "the expert" for an analyst.
    private static readonly FrozenDictionary<string, string[]> DescriptionSynonyms = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["diplomat"] = ["ambassador", "envoy", "foreign", "consul", "diplomacy"],
        ["envoy"] = ["ambassador", "representative"],
        ["leader"] = ["president", "prime", "chancellor", "premier", "taoiseach"],
        ["premier"] = ["prime"],
        ["chief"] = ["head", "secretary", "director", "general:title", "chairman", "chair", "commissioner"],
        ["commander"] = ["general", "admiral", "commander-in-chief"],
        ["officer"] = ["general", "admiral", "colonel", "major", "captain", "lieutenant", "commander"],
        // "the commanding officer" for the one "who commands the battalion".
        ["commanding"] = ["commander", "commander-in-chief"],
        // "the former colonel" for "a retired army colonel".
        ["former"] = ["retired"],
        // "the expert" for "military analyst Igor Vorontsov" or "a senior fellow at the institute".
        ["expert"] = ["analyst", "researcher", "fellow", "scholar", "specialist"],
        // "the analyst" for "a senior fellow at the centre" or a researcher at an institute.
        ["analyst"] = ["expert", "researcher", "fellow", "scholar", "specialist"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// True when a definite description's <paramref name="word"/>, absent from a member's role words
    /// <paramref name="known"/>, is what news copy calls one of them ("diplomat" for "ambassador"), or "top" before such a word.
    /// </summary>
    public static bool StandsForRole(string word, string? next, IReadOnlySet<string> known) =>
        word == "top"
            ? next is not null && DescriptionSynonyms.ContainsKey(next)
            : DescriptionSynonyms.TryGetValue(word, out var roles) && Array.Exists(roles, known.Contains);

    /// <summary>True for an epithet of age ("70-year-old"): it describes a person without stating any role.</summary>
    public static bool IsAge(string word) => word.EndsWith("-year-old", StringComparison.Ordinal);

    /// <summary>Personal pronouns that can speak.</summary>
    public static readonly FrozenSet<string> Pronouns = Set("he she they it i we");

    private static readonly FrozenSet<string> Female = Set(
        "hillary kellyanne huma donna elizabeth nancy michelle sarah carly melania ivanka megyn jill debbie hope katrina omarosa " +
        "maria kaja ursula giorgia mette elina annalena theresa angela marine ségolène segolene christine anne anna olga " +
        "mary patricia jennifer linda barbara susan jessica karen lisa betty margaret sandra ashley kimberly emily carol " +
        "amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley helen katherine catherine " +
        "samantha nikki condoleezza madeleine hilary kamala tulsi kirsten dianne claire heidi tammy maxine " +
        "marsha susana jeanne janet yvette liz priti suella rachel bridget kemi penny jacinda sanna kristalina roberta " +
        "mette-marie ewa beata agnieszka julia yulia iryna olena natalia tatiana svetlana ekaterina valentina victoria " +
        "kate louise sophie emma charlotte alice grace jane joan judith ruth rose diane martha nora ellen kristi ayanna " +
        "chelsea abigail brooke erin dana kristen mika joy whoopi rosie candy gretchen dee dee judy cheryl " +
        // More common first names, so a pronoun meets the person it fits.
        "katie kathy kathryn kelly kelli kristin kristina krista lauren leah lily lillian lori lorraine lucy lydia " +
        "lynn mallory marcia marian marie marilyn marjorie marla megan melanie meredith michele mia miranda molly " +
        "monica nadia naomi natalie nicole nina olivia paige pam pamela paula pauline peggy phyllis priscilla rachael " +
        "regina renee rita rosa rosalind sabrina sally sara shannon sheila sherry shelby sonia stacey " +
        "stacy sue suzanne sylvia tamara tanya teresa terri tiffany tina tracy valerie vanessa vera veronica vicki " +
        "virginia wanda wendy yvonne zoe betsy brigid carrie claudia colleen connie courtney crystal daisy danielle " +
        "darlene dawn denise dolores doris dorothy edith eileen elaine eleanor elena elise eliza ella ellie eva evelyn " +
        "faith frances gail gina gloria gwen hannah harriet hazel heather holly irene isabel jackie jacqueline " +
        "jeannie jenna jenny jessie jo joanna joanne jocelyn josephine joyce juanita julie june karla katelyn kayla " +
        "kelsey ann annie april audrey becky bernadette beth beverly bonnie brenda brittany caitlin carla " +
        "carmen caroline cassandra cecilia charlene cindy clara leslie loretta maggie marcy maureen mildred norma " +
        "patty rhonda rosemary ruby toni trish tricia vivian arianna ayaan billie neera jeanine kirstjen " +
        "lolita dena " +
        // European, Ukrainian and Russian first names of the beat.
        "klára klara ivana zuzana dita jadwiga aleksandra magdalena malgorzata małgorzata ingrida evika jutta pernilla " +
        "margrethe lieke ine hadja elissa oksana halyna liudmyla lyudmila svitlana daria darya inna larysa mariana marta " +
        "viktoriia viktoria kateryna yevheniia ilona ilze kersti riina liisa annika ebba magda kinga dorota joanna");

    private static readonly FrozenSet<string> Male = Set(
        "john donald bernie barack joe mike mitt ted marco jeb ben chris rand scott paul newt rudy reince corey jason " +
        "stephen steve sean jared eric bill george dick al tim gary jim james robert michael william david richard thomas " +
        "charles mark kevin brian edward ronald anthony daniel matthew andrew kenneth joshua josh jeff jeffrey ryan jacob " +
        "gary nicholas nick jonathan larry justin frank raymond gregory samuel patrick jack dennis jerry tyler aaron " +
        "henry douglas peter harold walter adam nathan zachary kyle carl arthur lawrence roger keith jeremy terry sergei " +
        "vladimir volodymyr dmitry emmanuel keir sébastien sebastien antti pete boris friedrich olaf rishi tony yuri " +
        "andrii andriy denys alexander pål pal donald viktor péter peter pedro władysław wladyslaw lindsey steve " +
        "alexei alexey mikhail nikolai ivan oleksandr petro valery jens rob rob emmanuel francois françois jean pierre " +
        "jacques nicolas olivier gabriel bruno manfred wolfgang horst markus lars mats stefan hans martin luis carlos " +
        "jose juan antonio giuseppe matteo mario sergio silvio benjamin ehud recep hakan mohammed muhammad ali hassan " +
        "reid harry mitch chuck tom lindsay rick bobby herman marco mike hugh wolf jake anderson lester " +
        "howard reince kasich lamar orrin jay joaquin julian martin tim cory " +
        "abe adrian alan albert alex alfred allen alvin andre andy angelo arnold art barry bernard bert billy blake " +
        "bob brad bradley brandon brent brett bruce bryan bud byron calvin cameron cecil cesar chad charlie chester " +
        "chip clarence clark claude clay clayton cliff clifford clint clyde cody colin connor craig curt curtis dale " +
        "damon dan danny darrell darren dave dean derek desmond dewey don donnie doug drew duane duncan dwight " +
        "earl ed eddie edgar eli elijah elliot elliott elmer emil ernest ernie ethan eugene evan everett felix " +
        "fernando floyd francis franklin fred freddie freddy gabe gene geoffrey gerald gerry gil glen glenn gordon " +
        "graham grant greg guy hank harvey hector herb herbert homer hunter ian irving isaac jackson jamal " +
        "javier jed jeremiah jerome jesse jimmy joel joey johnny jon jordan jorge joseph julio karl ken kenny kent " +
        "kirk kurt lance leo leon leonard leroy lewis lloyd lou louie louis lucas luke lyle mack malcolm manuel " +
        "marc marcus marvin matt maurice max melvin micah mickey miguel miles milton mitchell monte morris " +
        "murray myron nate neal ned neil nelson noah norman oliver omar oscar otis owen perry phil philip phillip " +
        "preston quentin ralph ramon randall randy ray reggie rex ricardo rich richie rickey ricky robbie roberto rod " +
        "rodney roland ron ronnie ross roy ruben rudolph russ russell sal sam sammy seth shane shawn sherman " +
        "sid simon stan stanley stuart tad terrence theodore tod todd tommy travis trey troy tucker vernon vic victor " +
        "vince vincent wade wallace walt warren wayne wendell wesley wilbur will willard willie wilson winston zach " +
        // European, Ukrainian and Russian first names of the beat.
        "bart radosław radoslaw andrzej ulf hanno margus edgars gitanas jonas ruben geert wopke micheál micheal ciarán ciaran " +
        "eamon josé antónio giorgio guido ignazio andrej petr tomáš tomas jakub miroslav miloš milos kyriakos nikos yaşar " +
        "yasar mevlüt mevlut toshimitsu shigeru fumio rustem oleksii oleksiy serhiy serhii mykola mykhailo vitali vitaliy " +
        "valerii kyrylo pavlo ruslan dmytro taras yuriy yurii ihor igor sergey maxim nikolay grigory sauli petteri alar " +
        "jüri juri kaarel rumen nicolae klaus lech jarosław jaroslaw witold kacper");

    /// <summary>The usual gender of a first name: 'm', 'f' or '?' when unknown.</summary>
    public static char GenderOf(string firstName)
    {
        var name = firstName.TrimEnd('.');
        if (Female.Contains(name) || FirstNameList.Female.Contains(name))
            return 'f';
        return Male.Contains(name) || FirstNameList.Male.Contains(name) ? 'm' : '?';
    }

    /// <summary>True when <paramref name="word"/> is a known first name.</summary>
    public static bool IsFirstName(string word) => GenderOf(word) != '?';
}
