using NewsBot.Core.Articles;
using NewsBot.Core.Keywords;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Tests.Quotes;

public sealed class RuleQuoteExtractorTests
{
    private static IReadOnlyList<Quote> Extract(string text, IdentityResolver? identities = null) =>
        new RuleQuoteExtractor(identities).Extract(new Article("t", "title", text));

    private static Quote Single(string text, string words)
    {
        var quotes = Extract(text);
        var quote = Assert.Single(quotes, q => q.Text == words);
        Assert.Equal(words, text[quote.Start..quote.End]);
        return quote;
    }

    [Theory]
    // Speaker after the quote, pronoun resolved to the person introduced before.
    [InlineData("Mara Quill spoke in Leeds.\n\"We will hold the line,\" she said.", "We will hold the line", "Mara Quill")]
    // Curly marks, speaker before with a colon.
    [InlineData("Tomas Brenn said: “The plan is ready and it is funded.”", "The plan is ready and it is funded.", "Tomas Brenn")]
    // Inverted order with a role before the name.
    [InlineData("“Nobody will be left behind,” said Finnish defence minister Antti Vaara.", "Nobody will be left behind", "Antti Vaara")]
    // Inverted order with the place the speaker is from.
    [InlineData("“It is something we should debate,” said Sen. Tomas Brenn of Delaware.", "It is something we should debate", "Tomas Brenn")]
    [InlineData("“I want her in the fold,” said Sen. Mara Quill of Ohio, another delegate.", "I want her in the fold", "Mara Quill")]
    // An unnamed source described further after the verb.
    [InlineData("“The money is coming,” said a strategist for one of the candidates, speaking on condition of anonymity.", "The money is coming", "a strategist")]
    // A party tag before an apposition keeps the apposition's comma.
    [InlineData("Mara Quill, D-Calif., the committee chair, said: “We will vote on Friday.”", "We will vote on Friday.", "Mara Quill")]
    // The speaker's institution after "of the".
    [InlineData("“It would have been a long shot,” said Tomas Brenn of the Institute of Maritime Law.", "It would have been a long shot", "Tomas Brenn")]
    // Party and state tags after a name, in brackets or between commas.
    [InlineData("After a win in Ohio, Gov. Tomas Brenn (R-OH), said, “We are ready for the west.”", "We are ready for the west.", "Tomas Brenn")]
    [InlineData("“There has been a lot of talk,” Sen. Mara Quill, D-Calif., said.", "There has been a lot of talk", "Mara Quill")]
    [InlineData("“They have nothing to worry about,” Sen. Tomas Brenn (D-N.Y.) said Tuesday.", "They have nothing to worry about", "Tomas Brenn")]
    [InlineData("Attorney General Mara Quill (D) said: “Trust in the force is broken.”", "Trust in the force is broken.", "Mara Quill")]
    // A question or exclamation ends the quote, not the sentence, when the attribution follows.
    [InlineData("“Will the bridge hold?” Tomas Brenn asked.", "Will the bridge hold?", "Tomas Brenn")]
    [InlineData("“All the way!” Mara Quill shouted, waving a flag.", "All the way!", "Mara Quill")]
    // Name after the quote in normal order.
    [InlineData("“The door stays open for talks,” Tomas Brenn said on Tuesday.", "The door stays open for talks", "Tomas Brenn")]
    // Apposition between the name and the verb.
    [InlineData("Odile Sarre, the French trade minister, said: \"Our ports are ready for the convoys.\"", "Our ports are ready for the convoys.", "Odile Sarre")]
    // The description first, the name between commas.
    [InlineData("The shadow trade secretary, Tomas Brenn, said: \"We want straight answers.\"", "We want straight answers.", "Tomas Brenn")]
    // Nested single quotes stay inside the double-quoted words.
    [InlineData("“They keep saying ‘later’, and later never comes,” said Tomas Brenn.", "They keep saying ‘later’, and later never comes", "Tomas Brenn")]
    // Straight marks around a quote of several sentences.
    [InlineData("Tomas Brenn said: \"We met. We talked. We agreed on nothing.\"", "We met. We talked. We agreed on nothing.", "Tomas Brenn")]
    // A manner adverb between the speaker and the verb.
    [InlineData("Tomas Brenn jokingly said, \"I am becoming part of the furniture here.\"", "I am becoming part of the furniture here.", "Tomas Brenn")]
    [InlineData("Mara Quill sharply replied: \"That is simply not true, and you know it.\"", "That is simply not true, and you know it.", "Mara Quill")]
    // Verbs of manner that introduce speech.
    [InlineData("\"Go back to your seat,\" Tomas Brenn barked at the heckler.", "Go back to your seat", "Tomas Brenn")]
    [InlineData("\"Nobody asked for this mess,\" Mara Quill retorted.", "Nobody asked for this mess", "Mara Quill")]
    [InlineData("\"Your record is amazing,\" Tomas Brenn assured the host.", "Your record is amazing", "Tomas Brenn")]
    // "according to" a work by a named author: the author speaks; a work without a named author stays the source.
    [InlineData("“The levy will cost every family dearly,” according to calculations by Ed Marlow of the Harbour Institute.", "The levy will cost every family dearly", "Ed Marlow")]
    [InlineData("“The levy will cost every family dearly,” according to a report by the harbour board.", "The levy will cost every family dearly", "a report")]
    // A phrasal verb after its particle may go on with a circumstance ("shot back with a laugh").
    [InlineData("Tomas Brenn smiled at the crowd.\n“The plan is dead,” Brenn said.\n“They are all here because you promised them everything,” Anna Quill shot back with a laugh.", "They are all here because you promised them everything", "Anna Quill")]
    // Right after a quote the verb is inverted whatever describes the speaker after the name, and any verb will do.
    [InlineData("“The numbers speak for themselves,” said Mara Quill of regional polling firm Quill Data.", "The numbers speak for themselves", "Mara Quill")]
    [InlineData("\"We were told it was all settled,\" said one owner of a bakery that sells bread to the port.", "We were told it was all settled", "one owner")]
    [InlineData("“This is fantastic!” beamed Ed Marlow of Leeds, who had waited since dawn.", "This is fantastic!", "Ed Marlow")]
    [InlineData("“Drivers should leave their cars at home,” opined Tomas Brenn.", "Drivers should leave their cars at home", "Tomas Brenn")]
    // A description between a quote and its verb speaks, however unusual its head.
    [InlineData("“The harm done to the port is incalculable,” federal prosecutors wrote in their filing.", "The harm done to the port is incalculable", "federal prosecutors")]
    [InlineData("“The ferry is late again,” one commuter commented.", "The ferry is late again", "one commuter")]
    // A name right after a quote opens an apposition whatever its first word.
    [InlineData("“The rule keeps children waiting for years,” Ed Marlow, refugee program director at the Harbour Trust, said in an interview.", "The rule keeps children waiting for years", "Ed Marlow")]
    // Going on to speak is speaking.
    [InlineData("Mara Quill went on to say, “From the bottom of my heart, I know this to be true.”", "From the bottom of my heart, I know this to be true.", "Mara Quill")]
    // "As X put it," hands the quote to X.
    [InlineData("As Odile Sarre puts it, \"The harbour is unmoved, and the town is uninspired.\"", "The harbour is unmoved, and the town is uninspired.", "Odile Sarre")]
    // A share of those polled speaks for them; a verb phrase ending in "most" does not.
    [InlineData("Asked how likely a win was, 21 percent said “not too likely at all.”", "not too likely at all.", "21 percent")]
    // "reporting" speaks like "reported".
    [InlineData("The Harbour Gazette confirmed the story, reporting:\n\n\"The council took control of the quay in three steps.\"", "The council took control of the quay in three steps.", "Harbour Gazette")]
    // A relative clause between the speaker and the verb: the noun phrase before "who" speaks.
    [InlineData("Although no deal is near, a harbour official who spoke anonymously to discuss internal plans said Wednesday, \"There are talks between the council and the guild.\"", "There are talks between the council and the guild.", "a harbour official")]
    [InlineData("A harbour official who spoke anonymously said, \"There are talks between the council and the guild.\"", "There are talks between the council and the guild.", "a harbour official")]
    // A reversed closing mark opening its paragraph, after an invisible formatting mark, opens the quote.
    [InlineData("Readers wrote in.\n\n\u202a”This is why the quay must be rebuilt before winter,” said Ed Marlow.", "This is why the quay must be rebuilt before winter", "Ed Marlow")]
    // Inside a sentence a capitalised word spelt like a function word is a surname.
    [InlineData("“We lost three elections in a row,” said Tomas From, who founded the council.", "We lost three elections in a row", "Tomas From")]
    [InlineData("“The race is far from over,” Mara Will wrote.", "The race is far from over", "Mara Will")]
    public void Extract_DirectQuote_WordsAndSpeaker(string text, string words, string speaker)
    {
        var quote = Single(text, words);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Theory]
    // Role resolved to the person the article introduced with it.
    [InlineData("Transport Secretary Mara Quill visited the depot.\n\"The trains will run on time,\" the Transport Secretary said.", "The trains will run on time", "Mara Quill")]
    // "the country's defence minister": a possessive pointing back to a place adds nothing the role must hold.
    [InlineData("Finnish Defence Minister Antti Vaara visited Kyiv on Monday.\n\"We will send more air defence,\" the country's defence minister said.", "We will send more air defence", "Antti Vaara")]
    // The place after a name ("of Ohio") is not part of it, so the surname finds the person.
    [InlineData("When Sen. Mara Quill of Ohio took the stage, people cheered.\n\"This is a serious moment for all of us,\" Quill said.", "This is a serious moment for all of us", "Mara Quill")]
    // A surname with a title folds into the full name.
    [InlineData("Mara Quill opened the session.\n\"This is a serious moment for all of us,\" Ms Quill said.", "This is a serious moment for all of us", "Mara Quill")]
    // The most recent compatible person, not the most recent name: "she" skips the man mentioned last.
    [InlineData("Maria Quill met John Brenn in Oslo.\n\"We found common ground on most points,\" she said.", "We found common ground on most points", "Maria Quill")]
    // An unnamed source is kept as written, never guessed.
    [InlineData("Tomas Brenn left early.\n\"Nobody expected a deal tonight,\" a senior European diplomat said.", "Nobody expected a deal tonight", "a senior European diplomat")]
    // The newspaper quotes the official: the official speaks, not the newspaper.
    [InlineData("The Daily Ledger quoted a western official as saying \"the air is where we have the edge over them\".", "the air is where we have the edge over them", "a western official")]
    // Institutions speak too.
    [InlineData("The Kremlin said: \"Any such force would be a party to the conflict.\"", "Any such force would be a party to the conflict.", "Kremlin")]
    [InlineData("\"No final decisions on numbers have been taken,\" the Ministry of Defence said.", "No final decisions on numbers have been taken", "Ministry of Defence")]
    [InlineData("The Elysée said in a statement: \"France stands ready to contribute.\"", "France stands ready to contribute.", "Elysée")]
    // Documents speak too, as written: "the report said", "read the email".
    [InlineData("“Costs will rise for a decade,” the report said.", "Costs will rise for a decade", "the report")]
    [InlineData("“The coalition stands ready,” read the statement, which was issued overnight.", "The coalition stands ready", "the statement")]
    // A country that speaks stands for its government.
    [InlineData("“No foreign troops will be tolerated in Ukraine,” Russia said on Monday.", "No foreign troops will be tolerated in Ukraine", "Russian government")]
    // "of" and a place after an institution word belong to the institution.
    [InlineData("“Rates will stay where they are,” the Bank of England said.", "Rates will stay where they are", "Bank of England")]
    // The place after an institution is where it speaks from, not who speaks.
    [InlineData("The Ministry of Defence in London said: \"We do not comment on planning.\"", "We do not comment on planning.", "Ministry of Defence")]
    // "described ... as" takes the quoted words as a partial quote.
    [InlineData("Tomas Brenn described the proposal as \"a road to nowhere\".", "a road to nowhere", "Tomas Brenn")]
    // The most recent subject beats an earlier one whose gender is known, even when its own gender is not.
    [InlineData("John Brenn held a rally in Leeds.\nTavi Olmen said the data work was ongoing. \"We continue to provide the services,\" he said.", "We continue to provide the services", "Tavi Olmen")]
    // A common first name tells the gender, so "he" passes over the woman the sentence opens with.
    [InlineData("Katie Marlow met Tomas Brenn in Leeds.\n\"We are ready,\" he said.", "We are ready", "Tomas Brenn")]
    // A background paragraph between two quotes of one speaker does not take the pronoun.
    [InlineData("Mara Quill opened the talks.\n\"We will not wait for permission,\" she said.\nEarlier in the week, Odile Sarre agreed to a pause in the strikes.\n\"We judge them by deeds, not words,\" she said.", "We judge them by deeds, not words", "Mara Quill")]
    [InlineData("Tomas Brenn hosted the call.\n\"The door is open,\" he said.\nThe call came a day after Viktor Hal said he backed a pause in principle.\n\"We have heard yes, but before,\" he said.", "We have heard yes, but before", "Tomas Brenn")]
    // A subject two paragraphs back yields to a person of the pronoun's gender the paragraph before names in passing.
    [InlineData("Tomas Brenn said the talks had stalled. \"We are not moving,\" said Brenn.\nThe chair wanted to move on, but Anna Quill was not having it.\n\"You see, everybody, this is how the plan dies,\" she said.", "You see, everybody, this is how the plan dies", "Anna Quill")]
    // Without the flashback, the person the paragraph before introduced is still the one meant.
    [InlineData("Tomas Brenn hosted the call.\n\"The door is open,\" he said.\nViktor Hal arrived late and took the floor.\n\"We have heard yes, but before,\" he said.", "We have heard yes, but before", "Viktor Hal")]
    // A subject described before its role ("Former Yorkshire governor", "Harbour spokesman") is a subject all the same,
    // and the description is not a person of its own.
    [InlineData("Tomas Brenn said the vote was close.\n\nFormer Yorkshire governor Edwin Marlow, an old ally of the mayor, was even more blunt.\n\n\"Absolutely not,\" he said of the plan.", "Absolutely not", "Edwin Marlow")]
    [InlineData("Tomas Brenn said the vote was close.\n\nHarbour spokesman Edwin Marlow would not say when the vote would come.\n\n\"I have no news yet,\" he said.", "I have no news yet", "Edwin Marlow")]
    // Occupations work as roles before a name ("Party consultant", "Leeds developer").
    [InlineData("Tomas Brenn said the vote was close.\n\nParty consultant Edwin Marlow, the top pollster, picked up a similar thread.\n\n\"Voters are starting to see it,\" he said.", "Voters are starting to see it", "Edwin Marlow")]
    [InlineData("Tomas Brenn said the vote was close.\n\nLeeds developer Edwin Marlow expressed dismay at the plan.\n\n\"I kept telling myself it would not happen,\" he said.", "I kept telling myself it would not happen", "Edwin Marlow")]
    // A short opening phrase set off by a comma leaves the name after it the sentence's subject.
    [InlineData("Tomas Brenn said the vote was close.\n\nJust a few months ago, Leeds developer Edwin Marlow expressed dismay at the plan.\n\n\"I kept telling myself it would not happen,\" he said.", "I kept telling myself it would not happen", "Edwin Marlow")]
    // An opening phrase of circumstance may name places and people; the subject still follows its comma.
    [InlineData("Tomas Brenn said the vote was close.\n\nSpeaking in Leeds, Harbour Board spokesman Edwin Marlow repeated that the port was open.\n\n\"People should bring evidence,\" he said.", "People should bring evidence", "Edwin Marlow")]
    [InlineData("Tomas Brenn said the vote was close.\n\nIn his review of Brenn's plan, Edwin Marlow sounded a warning.\n\n\"It is a gamble,\" he said.", "It is a gamble", "Edwin Marlow")]
    // Verbs of praise and blame take a quoted description.
    [InlineData("Tomas Brenn praised the harbour plan as \"a fair deal for every fishing town\".", "a fair deal for every fishing town", "Tomas Brenn")]
    [InlineData("Mara Quill dismissed the report as \"a work of pure fiction from start to end\".", "a work of pure fiction from start to end", "Mara Quill")]
    // A dateline, a date or an adverb opening the sentence is not the subject an "-ing" cue borrows.
    [InlineData("KESTON (AP) — Mara Quill rallied supporters on Monday, saying: “We have to be ready for the vote.”", "We have to be ready for the vote.", "Mara Quill")]
    // Datelines with a date, a region or an agency after a place, and an opening phrase after the dateline.
    [InlineData("WASHINGTON, Dec. 8 (UPI) — In response to the vote, Mara Quill’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”", "We have to be ready to stop him.", "Mara Quill’s right-hand woman")]
    [InlineData("Keston (AFP) – Minister Tomas Brenn has taken a swipe at the plan, saying that “bombastic comments” do more harm than good.", "bombastic comments", "Tomas Brenn")]
    [InlineData("On Thursday, Tomas Brenn reacted to the ruling, saying: “The court got this badly wrong.”", "The court got this badly wrong.", "Tomas Brenn")]
    [InlineData("Hastily, Tomas Brenn left the hall, saying the vote had been “a complete farce from start to finish.”", "a complete farce from start to finish.", "Tomas Brenn")]
    // An opening participle phrase or time phrase is not the subject an "and said" or "-ing" cue borrows; the pronoun after it may be.
    [InlineData("Anna Quill knocked on doors all morning.\n\nWalking to the next address, Quill talked about the war and said she was “ready for a long fight.”", "ready for a long fight.", "Anna Quill")]
    [InlineData("Anna Quill had asked for instructions. Minutes later, she sent an email saying, “done and dusted.”", "done and dusted.", "Anna Quill")]
    [InlineData("Tomas Brenn left the party in 2015. Eight years ago, he backed the coalition and said, “Kyiv will never stand alone.”", "Kyiv will never stand alone.", "Tomas Brenn")]
    // A sentence adverb between commas stands between the speaker and the verb; the listener is not the speaker.
    [InlineData("Mara Quill, meanwhile, told the Courier on Monday that she backs the plan because “we need a leader, not a clerk.”", "we need a leader, not a clerk.", "Mara Quill")]
    // "in the past" is a time, not a speaker.
    [InlineData("Tomas Brenn, who has in the past described Vela as “a dangerous fantasist,” spoke on Monday.", "a dangerous fantasist", "Tomas Brenn")]
    // A plural possessive in the apposition, its mark a piece of its own.
    [InlineData("“This campaign is changing politics,” Tomas Brenn, the Greens' campaign manager, said in a statement.", "This campaign is changing politics", "Tomas Brenn")]
    [InlineData("“This campaign is changing politics,” Tomas Brenn, Quill' campaign manager, said in a statement.", "This campaign is changing politics", "Tomas Brenn")]
    // People named by what they are: an employee, a neighbour.
    [InlineData("As one employee told the Weekly, “She wants to put fear in our hearts.”", "She wants to put fear in our hearts.", "one employee")]
    // Someone described through another is kept as written, not taken for the person named.
    [InlineData("KESTON — Mara Quill’s right-hand woman rallied supporters on Monday, saying: “We have to be ready to stop him.”", "We have to be ready to stop him.", "Mara Quill’s right-hand woman")]
    // Words before a lower-case role and a name describe that person: "Independent Keston" is nobody.
    [InlineData("Independent Keston senator Tomas Brenn spoke first.\n“We are staying in this race until the last ballot is cast,” he said.", "We are staying in this race until the last ballot is cast", "Tomas Brenn")]
    // A headline's capitalised words ("Instantly Has Everyone Talking") name no one.
    [InlineData("Quill Supporter Instantly Has Everyone Talking\nMara Quill spoke at noon.\n“It just came out of my mouth,” she said.", "It just came out of my mouth", "Mara Quill")]
    // With no speech verb, a sentence ending in a colon hands the quote paragraph after it to its subject.
    [InlineData("Mara Quill returned to her familiar lines:\n“It is called Keston First! There will be no amnesty!”", "It is called Keston First! There will be no amnesty!", "Mara Quill")]
    [InlineData("Stated Brenn:\n“I think the stakes are so high that they would do anything to win.”", "I think the stakes are so high that they would do anything to win.", "Brenn")]
    // A progressive: the auxiliary stands between speaker and verb.
    [InlineData("Tomas Brenn is insisting that he has “expanded the party,” and that turnout proves it.", "expanded the party", "Tomas Brenn")]
    // A headline between the speaker and the quote introduces no one.
    [InlineData("Mara Quill opened the meeting in the town hall.\nKeston Voters Demand Controversial Change Today\n“We cannot wait any longer,” she said.", "We cannot wait any longer", "Mara Quill")]
    // Two cues in one sentence: the quote after the second speaker is theirs.
    [InlineData("At one point, a woman asked for a photo and Mara Quill said, “as long as we are not breaking any election laws.”", "as long as we are not breaking any election laws.", "Mara Quill")]
    // A name and a colon before a quote, after a headline and a dash or after other words.
    [InlineData("POLLS WERE TOO EARLY - Mara Quill: “The polls failed to predict the result, but not because they were wrong.”", "The polls failed to predict the result, but not because they were wrong.", "Mara Quill")]
    [InlineData("The surge does not surprise pollster Daron Shaw: “Lesser-known candidates often get the biggest boost early.”", "Lesser-known candidates often get the biggest boost early.", "Daron Shaw")]
    // People named together before a colon speak together; neither alone said it.
    [InlineData("POLLS WERE EARLY - More from Tomas Brenn and Anna Quill: “The data helps confirm that both issues were in play.”", "The data helps confirm that both issues were in play.", "Tomas Brenn and Anna Quill")]
    // "and said" after a clause opened by "while" and a name belongs to that name, not to the sentence's first speaker.
    [InlineData("Tomas Brenn said the port must close, while Anna Quill, the harbour master, proposed we “wait and see” and said the vote should be delayed.", "the vote should be delayed", "Anna Quill")]
    // A name before the colon after "to" is the listener; the subject spoke.
    [InlineData("Former minister Tomas Brenn broke down what was wrong with the plan to the Dutch newspaper Keston Courant: “What they did was so careless.”", "What they did was so careless.", "Tomas Brenn")]
    // A manner adverb may follow a phrasal verb's particle before the colon.
    [InlineData("Tomas Brenn called the deal weak, and Anna Quill fired back forcefully: “If they take us to court, they are going to lose.”", "If they take us to court, they are going to lose.", "Anna Quill")]
    // A surname spelt like a preposition, after a quote closed by a comma.
    [InlineData("\"We had to change,\" said Tomas From. \"The old coalition saw us as the party of big government,\" From said.", "The old coalition saw us as the party of big government", "Tomas From")]
    // "of" and a place after a name before the verb: the person speaks, the place only says where they are from.
    [InlineData("Sen. Tomas Brenn of Florida said on Tuesday: \"We will not back down on the guarantees.\"", "We will not back down on the guarantees.", "Tomas Brenn")]
    // A lone surname finds the person with that surname before anyone whose first word it is.
    [InlineData("Tomas Brenn spoke in Kyiv. The Brenn Shuttle once flew there.\n\"We will get a deal,\" Brenn said.", "We will get a deal", "Tomas Brenn")]
    [InlineData("Tomas Brenn spoke in Kyiv. The Brenn Shuttle once flew there.\n\"We will get a deal,\" Mr. Brenn said.", "We will get a deal", "Tomas Brenn")]
    // A lone first name finds the person later named in full before the relative first named by it alone.
    [InlineData("Tomas Brenn came with his brother, Ilan, to the talks. Ilan Brenn later took the floor.\n\"We will get a deal,\" Ilan said.", "We will get a deal", "Ilan Brenn")]
    // Particles before a capitalised word belong to the surname, with or without the first name.
    [InlineData("Ursula von der Leyen said: \"Europe will stand with Ukraine for as long as it takes.\"", "Europe will stand with Ukraine for as long as it takes.", "Ursula von der Leyen")]
    [InlineData("Ursula von der Leyen flew to Kyiv on Monday.\n\"Europe will stand with Ukraine,\" von der Leyen said.", "Europe will stand with Ukraine", "Ursula von der Leyen")]
    [InlineData("\"Europe will stand with Ukraine,\" said Commission President Ursula von der Leyen.", "Europe will stand with Ukraine", "Ursula von der Leyen")]
    // A surname alone shared by several people named in full is the one the article names most, not the last named.
    [InlineData("Anna Quill opened the summit in Oslo. Anna Quill then met the ministers, and Anna Quill spoke to the press. Marek Quill, a banker, sat in the front row.\n\"We will not blink,\" Quill said.", "We will not blink", "Anna Quill")]
    public void Extract_Attribution_ResolvesSpeaker(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_PlaceAfterNameWithApposition_IsNoPersonOfItsOwn()
    {
        // An outlet another article named, sharing the place's word, must not take the senator's words: the place after
        // "of" is no one, and the apposition after it describes the senator.
        var identities = new IdentityResolver();
        identities.Resolve("Keston California", SpeakerKind.Person);
        var quotes = Extract("Sen. Anna Quill of California, the ranking Democrat on the committee, said the guarantees were firm.\n\"We will stand with Kyiv,\" she said.", identities);
        Assert.All(quotes, q => Assert.Equal("Anna Quill", q.Speaker));
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void Extract_DocumentSpeaking_FindsNoKnownIdentityByRole()
    {
        // Another article's person whose role held the word must not take a document's words: only a role finds an identity.
        var identities = new IdentityResolver();
        identities.Resolve("Tracy Quill", SpeakerKind.Person, "author of the family statement");
        var quote = Assert.Single(Extract("“We stand with the families of the crew,” the statement said.", identities));
        Assert.Equal("the statement", quote.Speaker);
    }

    [Fact]
    public void Extract_LoneSurnameKnownOnlyFromAnotherArticle_KeepsItsOwnGender()
    {
        // Another article's Sandra Bennett does not make this article's Bennett a woman: only a profile's identity
        // completes a lone surname in the cast, so "he" still finds Bennett.
        var identities = new IdentityResolver();
        identities.Resolve("Sandra Bennett", SpeakerKind.Person);
        var quote = Assert.Single(Extract("Bennett, a harbour councillor, spoke to voters in Leeds on Monday.\n\"We will hold the line,\" he said.", identities));
        Assert.EndsWith("Bennett", quote.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DashAndNameUnderQuoteParagraph_SignsTheQuote()
    {
        const string text = "Claims from the debate, checked.\n\n\"The harbour fund was never touched by the council, not once.\"\n\n- Mara Quill.\n\n\"We will rebuild the quay before winter comes.\"\n\n—Tomas Brenn, speaking after the vote.\n\n– Ready for the next round –.";
        var quotes = Extract(text);
        Assert.Equal("Mara Quill", Assert.Single(quotes, q => q.Text.StartsWith("The harbour", StringComparison.Ordinal)).Speaker);
        Assert.Equal("Tomas Brenn", Assert.Single(quotes, q => q.Text.StartsWith("We will", StringComparison.Ordinal)).Speaker);
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void Extract_ParagraphEndingInColonAfterCircumstance_HandsTheNextQuoteToItsSpeaker()
    {
        const string text = "Mara Quill closed the evening.\n\nShe told her audience, to loud applause:\n\n“There has never been a better crew for this harbour, not once.”";
        Assert.Equal("Mara Quill", Assert.Single(Extract(text), q => q.Text.StartsWith("There has", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Extract_SourceLineEndingInColon_HandsNoExcerpt()
    {
        const string text = "Harbour Gazette: The Quay Is Sinking.\n\nFrom Mara Quill writing at The Harbour Gazette:\n\n\"Rising from the bottom of the league requires cunning, good boots and focus.\"";
        Assert.DoesNotContain(Extract(text), q => q.Text.StartsWith("Rising", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ContinuationParagraph_BelongsToPreviousSpeaker()
    {
        const string text = "Tomas Brenn spoke after the vote.\n\"We have done the hard part,\" he said.\n\"Now the real work begins for every member state.\"";
        var quotes = Extract(text);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Tomas Brenn", q.Speaker));
    }

    [Fact]
    public void Extract_QuoteParagraphAfterBlankLine_BelongsToPreviousSpeaker()
    {
        // Paragraphs separated by a blank line, as many feeds write them: the blank line is no paragraph of its own.
        const string text = "“We will not give up the harbour,” Mara Quill told a rally in Keston.\n\n“Nobody here wants a fight. But we will not be moved either.”\n\nThe rally ended at noon.";
        var quote = Single(text, "Nobody here wants a fight. But we will not be moved either.");
        Assert.Equal("Mara Quill", quote.Speaker);
    }

    [Fact]
    public void Extract_QuoteOpenAcrossParagraphs_KeepsBothParts()
    {
        const string text = "Mara Quill said: \"Accept the offer and end the fighting.\n\"Make no mistake, the pressure is now on them.\"\nThe talks resume on Monday.";
        var quotes = Extract(text);
        Assert.Equal(["Accept the offer and end the fighting.", "Make no mistake, the pressure is now on them."], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Mara Quill", q.Speaker));
    }

    [Fact]
    public void Extract_UnbalancedMark_RecoversForTheNextParagraph()
    {
        const string text = "Tomas Brenn said \"we will not move an inch.\nMara Quill said: \"The harbour reopens next week.\"";
        var quotes = Extract(text);
        Assert.Contains(quotes, q => q.Speaker == "Mara Quill" && q.Text == "The harbour reopens next week.");
    }

    [Theory]
    // Quoted words inside reported speech are a partial quote of the reporting speaker.
    [InlineData("Tomas Brenn said his country would \"have contact\" with the other side.", "have contact", "Tomas Brenn")]
    // A participle borrows the subject that follows an opening phrase, past a place and its county.
    [InlineData("Speaking at a town hall in Leeds, West Yorkshire, Mara Quill went after the mayor, calling him “a total stiff.”", "a total stiff.", "Mara Quill")]
    // A participle borrows a pronoun subject too ("Then he ..., calling ...").
    [InlineData("Tomas Brenn toured the docks. Then he turned on the minister, calling him “a weathervane.”", "a weathervane.", "Tomas Brenn")]
    // "described as" right before the quote: "as" opens the description, not a circumstance.
    [InlineData("The auction was stopped before bidding opened on what Tomas Brenn described as a “relic of the strike.”", "relic of the strike.", "Tomas Brenn")]
    // A date before the first comma is no name with an apposition after it ("In December, the prince ...").
    [InlineData("In December, the prince attacked the mayor, calling him “a disgrace to the whole city.”", "a disgrace to the whole city.", "the prince")]
    // A date opening the sentence is passed over on the way to a pronoun subject.
    [InlineData("Tomas Brenn spoke in Leeds. On Wednesday, he softened his tone, warning that the council was “still in control of the budget.”", "still in control of the budget.", "Tomas Brenn")]
    // "only" and "just" may stand between the speaker and the verb.
    [InlineData("Tomas Brenn had just said the port “will open in June.”", "will open in June.", "Tomas Brenn")]
    // A time adverb opening a phrase ("Early in his campaign,") is not the surname of someone named before.
    [InlineData("Rex Early backed the plan.\n\nEarly in his campaign, Tomas Brenn attacked the mayor, calling him “a failed steward.”", "a failed steward.", "Tomas Brenn")]
    // A sentence opening with a description keeps all of it as the speaker, not the lone "The".
    [InlineData("The retired surgeon planned to relaunch the campaign, saying only that he was “refining some practices.”", "refining some practices.", "the retired surgeon")]
    // "continue to be" is not speech, and an opening time clause is not what the speaker said.
    [InlineData("After the senator left the race, Mara Quill said she is sure Tomas Brenn will continue to be “a champion for the coast.”", "a champion for the coast.", "Mara Quill")]
    // A one-word clause before long quoted words is reported speech all the same.
    [InlineData("Tomas Brenn bemoaned the town's name, saying that outsiders \"look at these fools across the river.\"", "look at these fools across the river.", "Tomas Brenn")]
    // What a document says, its issuer says.
    [InlineData("The harbour guild issued a statement Wednesday saying the fees \"are based on opinion, not facts.\"", "are based on opinion, not facts.", "the harbour guild")]
    // Whatever follows "according to" is a source, even one no rule names.
    [InlineData("She later compared the meeting to a \"visit to the dentist,\" according to Marlow's memoir.", "visit to the dentist", "Marlow's memoir")]
    public void Extract_PartialQuote_WordsAndSpeaker(string text, string words, string speaker)
    {
        var quote = Single(text, words);
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    // The reported clause of a partial quote ends where the sentence moves on after the quoted words.
    [InlineData("Mara Quill says she respects the mayor's \"passion and commitment\" but argues that he cannot deliver.", "she respects the mayor's \"passion and commitment\"")]
    [InlineData("Mara Quill said the plan was \"a disgrace,\" and threatened to walk out.", "the plan was \"a disgrace,\"")]
    // With no such turn, it runs to the end of the sentence.
    [InlineData("Mara Quill said the judge had \"a conflict of interest\" in the cases of her clients.", "the judge had \"a conflict of interest\" in the cases of her clients")]
    public void Find_PartialQuote_ClauseEndsAtTheTurnAfterTheQuotedWords(string text, string clause)
    {
        var finding = Assert.Single(new RuleQuoteExtractor(null).Find(new Article("t", "title", text)), f => f.Quote.Kind == QuoteKind.Partial);
        Assert.Equal(clause, text[finding.ClauseStart..finding.ClauseEnd]);
    }

    [Theory]
    // "argued that ..., saying ...": the quoted words belong to the participle's clause; the words before are indirect.
    [InlineData("Tomas Brenn argued that the new levy would protect the farms, saying it was “the only fair way” to pay for the dam.", "it was “the only fair way” to pay for the dam", "the new levy would protect the farms")]
    // A second speech verb after a comma or "and" reports the quoted words after it in the same way.
    [InlineData("Tomas Brenn said the harbour was in good shape, called the new dock “a gift to the town.”", "the new dock “a gift to the town.”", "the harbour was in good shape")]
    [InlineData("Tomas Brenn backed the plan, saying the harbour was in good shape and calling the new dock “a gift to the town.”", "the new dock “a gift to the town.”", "the harbour was in good shape")]
    public void Find_PartialQuoteAfterASecondSpeechVerb_IsReportedByThatVerb(string text, string clause, string indirectText)
    {
        var findings = new RuleQuoteExtractor(null).Find(new Article("t", "title", text));
        var partial = Assert.Single(findings, f => f.Quote.Kind == QuoteKind.Partial);
        Assert.Equal(clause, text[partial.ClauseStart..partial.ClauseEnd]);
        Assert.Equal("Tomas Brenn", partial.Quote.Speaker);
        var indirect = Assert.Single(findings, f => f.Quote.Kind == QuoteKind.Indirect);
        Assert.Equal(indirectText, indirect.Quote.Text);
    }

    [Theory]
    // With no speech cue, the clause of a named subject's quoted words starts after an apposition or relative clause
    // set off by commas, but not at a relative clause after the verb.
    [InlineData("Mara Quill, the mayor who has run the town since 2019 and is now seeking a third term, wants the bridge “open to everyone.”", "wants the bridge “open to everyone.”")]
    [InlineData("Tomas Brenn, famous for his temper, then toured the farms, which he sees as “the backbone of the valley.”", "then toured the farms, which he sees as “the backbone of the valley.”")]
    // A speech verb no cue was read for still opens the content the quoted words belong to, unless it has a subject of its own.
    [InlineData("Mara Quill has voiced doubts about the bridge, recently telling friends that she is “not sure it will ever open.”", "she is “not sure it will ever open.”")]
    [InlineData("Tomas Brenn has always backed roads and what we call “the slow rail” in the valley.", "has always backed roads and what we call “the slow rail” in the valley")]
    public void Find_SubjectQuote_ClauseStartsAfterTheApposition(string text, string clause)
    {
        var finding = Assert.Single(new RuleQuoteExtractor(null).Find(new Article("t", "title", text)), f => f.Quote.Kind == QuoteKind.Partial);
        Assert.Equal(clause, text[finding.ClauseStart..finding.ClauseEnd]);
        Assert.Equal(text.StartsWith("Mara", StringComparison.Ordinal) ? "Mara Quill" : "Tomas Brenn", finding.Quote.Speaker);
    }

    [Theory]
    // Two partial quotes in clauses of their own: each is reported by its own clause, the second from after "that".
    [InlineData("Mara Quill said the bridge would \"open by June\" and insisted that the builders were \"well ahead of time.\"", "the bridge would \"open by June\"", "the builders were \"well ahead of time.\"")]
    [InlineData("Tomas Brenn called the levy \"a tax on farmers,\" arguing that it would \"empty the villages\" within a decade.", "the levy \"a tax on farmers,\"", "it would \"empty the villages\" within a decade")]
    // A list of quoted words joined by "and" stays one clause.
    [InlineData("Mara Quill said the budget was \"late\" and \"thin\".", "the budget was \"late\" and \"thin\"", "the budget was \"late\" and \"thin\"")]
    // With no speech verb, a named subject's quoted fragments are split the same way.
    [InlineData("Mara Quill defended the levy as \"fair to everyone,\" blaming the shortfall on \"years of neglect.\"", "defended the levy as \"fair to everyone,\"", "blaming the shortfall on \"years of neglect.\"")]
    public void Find_TwoPartialQuotes_EachClauseOnItsOwn(string text, string first, string second)
    {
        var findings = new RuleQuoteExtractor(null).Find(new Article("t", "title", text)).Where(f => f.Quote.Kind == QuoteKind.Partial).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal(first, text[findings[0].ClauseStart..findings[0].ClauseEnd]);
        Assert.Equal(second, text[findings[1].ClauseStart..findings[1].ClauseEnd]);
    }

    [Theory]
    // Reported words before a turn to a second verb phrase with quoted words are indirect speech of their own.
    [InlineData("Mara Quill said the harbour had not received a formal request but was “open to talks” on the matter.", "the harbour had not received a formal request", "open to talks")]
    [InlineData("Tomas Brenn said the council was watching the plans closely and would take “firm steps” if needed.", "the council was watching the plans closely", "firm steps")]
    public void Extract_IndirectClauseBeforeTurnToPartialQuote(string text, string indirect, string partial)
    {
        var quotes = Extract(text);
        Assert.Equal(QuoteKind.Indirect, Assert.Single(quotes, q => q.Text == indirect).Kind);
        Assert.Equal(QuoteKind.Partial, Assert.Single(quotes, q => q.Text == partial).Kind);
    }

    [Theory]
    // A reported clause ends where the subject's next cue begins; that cue's "that" is its own.
    [InlineData("Mara Quill said Britain would send engineers, adding that the mission would need air cover.", "Britain would send engineers", "the mission would need air cover")]
    [InlineData("Mara Quill said Britain would send engineers but added that the mission would need air cover.", "Britain would send engineers", "the mission would need air cover")]
    [InlineData("Mara Quill said Britain would send engineers and warned that the mission would need air cover.", "Britain would send engineers", "the mission would need air cover")]
    public void Extract_IndirectClauseBeforeASecondCue_EndsThere(string text, string first, string second)
    {
        var quotes = Extract(text);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Mara Quill", QuoteKind.Indirect), (q.Speaker, q.Kind)));
        Assert.Equal(first, quotes[0].Text);
        Assert.Equal(second, quotes[1].Text);
    }

    [Theory]
    // Speech phrases of several words, and verbs of hinting before "that".
    [InlineData("Odile Sarre pointed out that no country had yet committed ground troops.", "no country had yet committed ground troops")]
    [InlineData("Odile Sarre made clear that Britain would not act alone.", "Britain would not act alone")]
    [InlineData("Odile Sarre made it clear she would not act alone.", "she would not act alone")]
    [InlineData("Odile Sarre expressed hope that the talks would resume next week.", "the talks would resume next week")]
    [InlineData("Odile Sarre voiced concern that Washington might withdraw its support.", "Washington might withdraw its support")]
    [InlineData("Odile Sarre signalled that France could send more aircraft.", "France could send more aircraft")]
    [InlineData("Odile Sarre met the envoys, making it clear that the offer stood.", "the offer stood")]
    public void Extract_SpeechPhrase_ReportsItsClause(string text, string clause)
    {
        var quote = Single(text, clause);
        Assert.Equal(("Odile Sarre", QuoteKind.Indirect), (quote.Speaker, quote.Kind));
    }

    [Theory]
    // Without a clause after them the phrases report nothing.
    [InlineData("Odile Sarre pointed out the flaws in the old treaty.")]
    [InlineData("Odile Sarre signalled a change of course on the treaty.")]
    [InlineData("Odile Sarre expressed concern about the cost of the mission.")]
    public void Extract_SpeechPhraseWithoutClause_IsNoQuote(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Theory]
    // A relative "who" after a comma speaks for the name before it; inside the subject, its clause ends where the main verb resumes.
    [InlineData("The talks were chaired by Odile Sarre, who said the coalition had agreed on a headquarters.", "the coalition had agreed on a headquarters")]
    [InlineData("Odile Sarre, who said she backed the plan, told reporters the vote would pass.", "she backed the plan")]
    public void Extract_RelativeWhoAfterComma_SpeaksForTheName(string text, string clause)
    {
        var quote = Single(text, clause);
        Assert.Equal(("Odile Sarre", QuoteKind.Indirect), (quote.Speaker, quote.Kind));
    }

    [Theory]
    // No speaker the words can tell: a name after a preposition, or a verb that speaks only through quoted words.
    [InlineData("The plan came from an analyst at Harbour Capital, who said the vote would pass.")]
    [InlineData("Tomas Brenn, who has called the levy a swindle, could still win the vote.")]
    public void Extract_RelativeWhoWithoutTellableSpeaker_IsNoQuote(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void Extract_ClauseAfterPlaceAndComma_IsNoApposition()
    {
        const string text = "Odile Sarre went back to rural Brittany, her mother refused to leave, insisting that the farm was safe.";
        Assert.DoesNotContain(Extract(text), q => q.Speaker == "Brittany");
    }

    [Fact]
    public void Extract_ReportedClauseBeforeNextSpeakersClause_EndsAtTheLink()
    {
        var quotes = Extract("Mara Quill said Britain would keep up the pressure, and the ministry said in a statement that talks would resume.");
        Assert.Equal(("Britain would keep up the pressure", "Mara Quill"), (quotes[0].Text, quotes[0].Speaker));
        Assert.Equal(("talks would resume", "the ministry"), (quotes[1].Text, quotes[1].Speaker));
    }

    [Fact]
    public void Extract_TwoSubjectsJoinedByAnd_StayInTheReportedClause()
    {
        const string text = "Ed Marlow said Quill and Brenn had agreed not to disclose the details.";
        Assert.Equal("Ed Marlow", Single(text, "Quill and Brenn had agreed not to disclose the details").Speaker);
    }

    [Fact]
    public void Extract_ThatClauseAfterPartialQuote_IsIndirectSpeech()
    {
        var quotes = Extract("Tomas Brenn said American support was “vital” and that Britain was working on the details.");
        Assert.Equal(QuoteKind.Partial, Assert.Single(quotes, q => q.Text == "vital").Kind);
        var indirect = Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal(("Britain was working on the details", "Tomas Brenn"), (indirect.Text, indirect.Speaker));
    }

    [Fact]
    public void Extract_TwoThatClausesWithoutQuoteMarks_AreOneReport()
    {
        // The set's convention, and PolNeAR's: one attribution of two coordinated clauses is one quote.
        const string text = "Hungary said it would not pay into any fund for troops, and that its veto on the package stood.";
        Assert.Equal("it would not pay into any fund for troops, and that its veto on the package stood", Assert.Single(Extract(text)).Text);
    }

    [Fact]
    public void Extract_ThatClauseBeforeASecondWithQuotedWords_IsIndirectSpeech()
    {
        var quotes = Extract("Anna Quill said her party was ready to back the mandate and that it wanted “clear rules for our soldiers”.");
        Assert.Equal("her party was ready to back the mandate", Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect).Text);
        Assert.Equal(QuoteKind.Partial, Single("Anna Quill said her party was ready to back the mandate and that it wanted “clear rules for our soldiers”.", "clear rules for our soldiers").Kind);
    }

    [Fact]
    public void Extract_ReportedClauseWithItsOwnThat_KeepsIt()
    {
        Assert.Equal("the plan was so bold that allies balked", Single("Tomas Brenn said the plan was so bold that allies balked.", "the plan was so bold that allies balked").Text);
    }

    [Fact]
    public void Extract_OpeningTimeClause_IsNotReportedSpeech()
    {
        var quote = Assert.Single(Extract("After the senator left the race, Mara Quill said the talks would go on."));
        Assert.Equal("the talks would go on", quote.Text);
    }

    [Fact]
    public void Extract_OpeningTimeClauseBeforeClosingAttribution_IsReportedSpeech()
    {
        const string text = "After two decades in the ministry, Brenn plans to stay on as an adviser, Ed Marlow said.";
        var quote = Single(text, "After two decades in the ministry, Brenn plans to stay on as an adviser");
        Assert.Equal(("Ed Marlow", QuoteKind.Indirect), (quote.Speaker, quote.Kind));
    }

    [Fact]
    public void Extract_OpeningTimeClauseBeforeSpeakerAndIntransitiveVerb_IsNoQuote()
    {
        Assert.Empty(Extract("Before leaving the talks, Ed Marlow responded with anger, blaming the delay on Rome."));
    }

    [Fact]
    public void Extract_OpeningAskedPhrase_IsNotReportedSpeech()
    {
        var quotes = Extract("Asked about the reports, Mara Quill said the talks would go on.");
        var quote = Assert.Single(quotes);
        Assert.Equal("the talks would go on", quote.Text);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Theory]
    // Indirect speech without quote marks: "described ... as", and a trailing "according to" an unnamed source kept up to its head.
    [InlineData("Tomas Brenn described the talks as constructive but unfinished.", "the talks as constructive but unfinished", "Tomas Brenn")]
    [InlineData("The mission will be based in the west, according to two officials familiar with the planning.", "The mission will be based in the west", "two officials")]
    // How and where it was said, after a comma at the end, is not part of what was said.
    [InlineData("Odile Sarre told a Rome daily that her country would send engineers, in remarks translated from Italian.", "her country would send engineers", "Odile Sarre")]
    [InlineData("Tomas Brenn said the quay would reopen in May, speaking at the harbour.", "the quay would reopen in May", "Tomas Brenn")]
    // A concession or a time set against the reported words is the writer's.
    [InlineData("Mara Quill said the fund would be agreed this month, though several states remained opposed.", "the fund would be agreed this month", "Mara Quill")]
    [InlineData("Mara Quill said Britain would keep channels to Moscow open even as allies pressed ahead.", "Britain would keep channels to Moscow open", "Mara Quill")]
    [InlineData("Mara Quill said more countries were ready to contribute, after hosting a call with the allies.", "more countries were ready to contribute", "Mara Quill")]
    // A time phrase without a comma before the reported clause.
    [InlineData("The harbour board said on Monday it was ready to reopen the quay.", "it was ready to reopen the quay", "harbour board")]
    [InlineData("Tomas Brenn said last week the plan had failed.", "the plan had failed", "Tomas Brenn")]
    // The document the words were said in, then perhaps a time, without "that" before the reported clause.
    [InlineData("The harbour board said in a statement the quay would reopen in May.", "the quay would reopen in May", "harbour board")]
    [InlineData("The harbour board said in a statement on Monday the quay would reopen in May.", "the quay would reopen in May", "harbour board")]
    // A listener of several words: what follows it is where it was said, or the reported clause.
    [InlineData("Tomas Brenn spoke in Paris.\nThe force would stay far from the front line, he told a news conference at the summit.", "The force would stay far from the front line", "Tomas Brenn")]
    [InlineData("Mara Quill told state television the plan was ready.", "the plan was ready", "Mara Quill")]
    // Lower-case particles belong to the name, inside it or opening it.
    [InlineData("The union will use its budget to help cover the costs, Commission President Mara van der Quill said on Tuesday.", "The union will use its budget to help cover the costs", "Quill")]
    [InlineData("Union to help pay for Ukraine security force, van der Quill says", "Union to help pay for Ukraine security force", "Quill")]
    // "according to X" set off by commas after too short a start: the words after the source are reported.
    [InlineData("The force, according to Tomas Brenn, would number about 10,000 troops at first.", "would number about 10,000 troops at first", "Tomas Brenn")]
    [InlineData("In addition, according to the ministry, nine more countries had joined the planning.", "nine more countries had joined the planning", "ministry")]
    // "As X put it," opening a sentence hands X the words after it, with or without quote marks.
    [InlineData("As Mara Quill put it, the guarantees must be more than words.", "the guarantees must be more than words", "Mara Quill")]
    // An unnamed source's head before "for" and whom it speaks for.
    [InlineData("A spokesman for the ministry said no decision had been taken.", "no decision had been taken", "a spokesman")]
    // A participle of questioning set off by commas between the speaker and the verb.
    [InlineData("Tomas Brenn, asked about the plan during a visit to Leeds, said the guarantees were still being drafted.", "the guarantees were still being drafted", "Tomas Brenn")]
    // Two speakers joined by "and" after the reported words.
    [InlineData("The allies want firmer guarantees from Washington, current and former officials said.", "The allies want firmer guarantees from Washington", "former officials")]
    // An apposition opened by "another", "one" or a possessive determiner.
    [InlineData("Ed Marlow, another coalition planner, said the headquarters would open in May.", "the headquarters would open in May", "Ed Marlow")]
    [InlineData("Ed Marlow, her chief of staff, said the headquarters would open in May.", "the headquarters would open in May", "Ed Marlow")]
    // In the passive "quoted as saying" the subject speaks, not the medium.
    [InlineData("Tomas Brenn was quoted as saying the coalition would not back down.", "the coalition would not back down", "Tomas Brenn")]
    [InlineData("Tomas Brenn was quoted by the Harbour Gazette as saying that the coalition would not back down.", "the coalition would not back down", "Tomas Brenn")]
    // A circumstance set off by commas between the speaker and the verb.
    [InlineData("Tomas Brenn, in an interview on Saturday, said the coalition had agreed on a headquarters.", "the coalition had agreed on a headquarters", "Tomas Brenn")]
    [InlineData("Mara Quill, at the summit in Rome, warned that the guarantees were still thin.", "the guarantees were still thin", "Mara Quill")]
    // A place, then perhaps a time, without a comma before the reported clause.
    [InlineData("Odile Sarre said in Paris on Tuesday the coalition had agreed on a headquarters.", "the coalition had agreed on a headquarters", "Odile Sarre")]
    [InlineData("Odile Sarre told reporters in Brussels the plan was nearly ready.", "the plan was nearly ready", "Odile Sarre")]
    // An unnamed source opening the sentence loses only the capital of its determiner, never that of a nationality.
    [InlineData("A senior western official said the command had still to be agreed.", "the command had still to be agreed", "a senior western official")]
    [InlineData("Ukrainian officials have said they want the guarantees written into law.", "they want the guarantees written into law", "Ukrainian officials")]
    // A verb that otherwise speaks only through quotes reports a "that" clause opening with its subject.
    [InlineData("Volodymyr Zelensky posted on Telegram that the talks in Paris had been productive.", "the talks in Paris had been productive", "Volodymyr Zelensky")]
    // In the passive the agent after "by" speaks the "that" clause.
    [InlineData("It was announced by the Ukrainian defence ministry that 2,000 drones would arrive next month.", "2,000 drones would arrive next month", "Ukrainian defence ministry")]
    [InlineData("It was confirmed by Tomas Brenn that the coalition would meet in London.", "the coalition would meet in London", "Tomas Brenn")]
    // "according to a statement from X": whoever issued the document is the source.
    [InlineData("The two ministers agreed to speed up the planning, according to a statement from the Harbour Authority.", "The two ministers agreed to speed up the planning", "Harbour Authority")]
    [InlineData("According to a statement by Downing Street, the leaders agreed to tighten sanctions.", "the leaders agreed to tighten sanctions", "Downing Street")]
    public void Extract_IndirectSpeechForms_AreReadWithTheirSpeaker(string text, string words, string speaker)
    {
        var quote = Single(text, words);
        Assert.EndsWith(speaker, quote.Speaker, StringComparison.Ordinal);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Fact]
    public void Extract_LedeCrowdedWithNamesAndRoles_IntroducesThePeople()
    {
        // Only three words in lower case, yet no headline: title case would have capitalised "and", "met" and "on".
        const string text = "TALLINN: Estonian Foreign Minister Mara Quill and Britain’s Defence Secretary Tomas Brenn met on Thursday.\n"
            + "“We cannot wait for anyone forever,” Ms Quill told reporters.\nThe Defence Secretary disagreed. “Nobody is waiting for anyone,” he said.";
        Assert.Equal("Mara Quill", Single(text, "We cannot wait for anyone forever").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "Nobody is waiting for anyone").Speaker);
    }

    [Fact]
    public void Extract_OfficeOfThePresident_SpeaksForItself()
    {
        const string text = "KYIV: Ukrainian President Tomas Brenn said the guarantees must be binding.\n"
            + "The Office of the President said Brenn would travel to London next week.";
        Assert.Equal("Office of the President", Single(text, "Brenn would travel to London next week").Speaker);
    }

    [Fact]
    public void Extract_Dateline_LeavesTheLedeItsSubjectAndIsNotSaid()
    {
        // The lede's subject is who "She" means, though a woman is named later in the sentence.
        const string text = "LONDON: Defence Secretary Anna Quill met Hillary Clinton's envoy Maria Lund on Monday.\n"
            + "She said the coalition was ready to deploy within weeks.";
        Assert.Equal("Anna Quill", Single(text, "the coalition was ready to deploy within weeks").Speaker);
        Assert.Equal("Tomas Brenn", Single("HELSINKI (AP) — Finland will not station combat troops in Ukraine, Tomas Brenn said.", "Finland will not station combat troops in Ukraine").Speaker);
    }

    [Fact]
    public void Extract_LedeDescription_NamesThePersonIntroducedNext()
    {
        const string text = "HELSINKI: Finland will not station combat troops in Ukraine, the country's defence minister said on Thursday.\n"
            + "\"Our first responsibility is our own border,\" said Finnish defence minister Antti Vaara.";
        Assert.Equal("Antti Vaara", Single(text, "Finland will not station combat troops in Ukraine").Speaker);
    }

    [Theory]
    // An office no given role fits is the latest subject's, when the story gave that person no role.
    [InlineData("Tomas Brenn flew to Kyiv on Monday, a week after Anna Quill had visited.\nThe minister said Sweden would send more instructors.", "Sweden would send more instructors", "Tomas Brenn")]
    [InlineData("Tomas Brenn spoke in Leeds on Monday.\nAsked about the guarantees, the Labour leader said the allies must pay more.", "the allies must pay more", "Tomas Brenn")]
    public void Extract_OfficeDescription_IsTheLatestSubjectWithoutARole(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Theory]
    // A named possessor in a description counts as the word itself, a country as its adjective.
    [InlineData("Ukrainian President Tomas Brenn flew to London.\nAnna Quill met him there.\nUkraine's president said the guarantees must be binding.", "the guarantees must be binding", "Tomas Brenn")]
    [InlineData("Tomas Brenn, Sweden's defence minister, arrived on Monday.\nAnna Quill met him.\nSweden's defence minister said the coalition was ready.", "the coalition was ready", "Tomas Brenn")]
    [InlineData("Tomas Brenn, the Kremlin spokesman, spoke on Monday.\nAnna Quill replied.\nThe Kremlin's spokesman said Moscow saw no progress.", "Moscow saw no progress", "Tomas Brenn")]
    public void Extract_PossessiveDescription_IsThePersonWithThatRole(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_TheMinistry_IsTheMinistryNamedBefore()
    {
        const string text = "The Harbour Ministry of Transport said the quay would reopen in May.\nThe ministry said more ferries would follow.";
        Assert.Equal("Harbour Ministry of Transport", Single(text, "more ferries would follow").Speaker);
    }

    [Theory]
    // A people or a party's members speak as a group: never a person whose role mentions them, nor a "he".
    [InlineData("Tomas Brenn, the head of Ukrainians for Peace, spoke on Monday.\nUkrainians say the guarantees must be binding.", "the guarantees must be binding", "Ukrainians")]
    [InlineData("Tomas Brenn spoke for four hours on Thursday.\nRussians now say they admire Brenn more as a protector.\nIn 2008, he complained that the West had ignored Moscow.", "the West had ignored Moscow", "Tomas Brenn")]
    [InlineData("Vermont Democrats said the plan was fair.\nSome Democrats said the party must move on.", "the party must move on", "some Democrats")]
    public void Extract_Group_SpeaksAsWritten(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_OfficeDescription_IsNoSubjectWithAnotherRole()
    {
        const string text = "Foreign Secretary Tomas Brenn flew to Kyiv on Monday.\nThe mayor said the city would host the talks.";
        Assert.Equal("the mayor", Single(text, "the city would host the talks").Speaker);
    }

    [Theory]
    // A country's institution goes by the country's adjective, so it is one identity however the story writes it.
    [InlineData("Ukraine's foreign ministry said the threats showed why binding guarantees were needed.", "the threats showed why binding guarantees were needed", "Ukrainian foreign ministry")]
    [InlineData("Russia’s defence ministry said its forces had taken two villages.", "its forces had taken two villages", "Russian defence ministry")]
    public void Extract_CountrysInstitution_GoesByTheCountrysAdjective(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_PostedThatVideo_ReportsNothing()
    {
        Assert.Empty(Extract("Anna Quill posted that video of the drone strike on Monday."));
    }

    [Fact]
    public void Extract_HeadlineNameAndColon_GivesThatPersonsWords()
    {
        const string text = "Brenn: 26 countries pledge to help guarantee Ukraine's security\n"
            + "PARIS: Twenty-six countries have formally committed to the force, Tomas Brenn said on Thursday.";
        var quote = Single(text, "26 countries pledge to help guarantee Ukraine's security");
        Assert.Equal(("Tomas Brenn", QuoteKind.Indirect), (quote.Speaker, quote.Kind));
    }

    [Fact]
    public void Extract_HeadlineLabelAndColon_NamesNoOne()
    {
        Assert.Empty(Extract("Breaking: coalition leaders meet in Paris\nLeaders from 26 countries met in Paris on Thursday."));
    }

    [Theory]
    // A verb that also takes a plain object reports nothing through one.
    [InlineData("Ukrainian commanders have reported intense fighting around the town for several weeks.")]
    [InlineData("Several countries announced new packages of artillery ammunition on the sidelines.")]
    [InlineData("Tomas Brenn and Anna Quill pledge more drones and air defence for Kyiv")]
    public void Extract_BareObjectOfReportingVerb_IsNoSpeech(string text)
    {
        Assert.DoesNotContain(Extract(text), q => q.Kind == QuoteKind.Indirect);
    }

    [Theory]
    // Its clause, or the promise in its infinitive, is reported speech.
    [InlineData("The general staff reported more than 150 clashes had taken place along the front.", "more than 150 clashes had taken place along the front")]
    [InlineData("Tomas Brenn pledged to send instructors to western Ukraine.", "to send instructors to western Ukraine")]
    [InlineData("The ministry announced it sold 30 old tanks to Kyiv.", "it sold 30 old tanks to Kyiv")]
    [InlineData("The ministry announced it’s sending 30 old tanks to Kyiv.", "it’s sending 30 old tanks to Kyiv")]
    public void Extract_ClauseOfReportingVerb_IsIndirectSpeech(string text, string words)
    {
        Assert.Equal(QuoteKind.Indirect, Single(text, words).Kind);
    }

    [Theory]
    // An agency's dateline, even cut off from its place by the sentence splitter, is not the subject a participle borrows.
    [InlineData("ORLANDO, Fla. (Reuters) - Tomas Brenn met survivors on Thursday, saying the coalition must act.", "the coalition must act", "Tomas Brenn")]
    [InlineData("PARIS, Aug 31 (Reuters) - Anna Quill backed the plan on Wednesday, saying the force would deter Russia.", "the force would deter Russia", "Anna Quill")]
    // An opening phrase of time is no subject either.
    [InlineData("The day before, at a rally in Leeds, Tomas Brenn was just as blunt, claiming that the plan had failed.", "the plan had failed", "Tomas Brenn")]
    [InlineData("Back in 2022, Anna Quill backed the pledge, saying the allies would deliver.", "the allies would deliver", "Anna Quill")]
    // A second verb phrase after "and" shares the subject of the clause it ends, not the sentence's.
    [InlineData("European leaders applauded when Tomas Brenn presented the plan in Paris and said it would deter Russia.", "it would deter Russia", "Tomas Brenn")]
    [InlineData("The ministers met in Brussels after Anna Quill returned from Kyiv and warned that the front was under strain.", "the front was under strain", "Anna Quill")]
    public void Extract_BorrowedSubject_IsTheRightOne(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_ListenerAndTimeOnly_ReportsNothing()
    {
        Assert.Empty(Extract("Tomas Brenn told the Harbour Gazette earlier this week."));
    }

    [Theory]
    // An appeal is a call for action, not a report of speech: what it asks for without quote marks is no quote.
    [InlineData("Anna Quill called for a binding security guarantee for Ukraine.")]
    [InlineData("Tomas Brenn called on Nato countries to send more air defence systems.")]
    [InlineData("Anna Quill asked allies to send more air defence systems to Kyiv.")]
    public void Extract_AppealWithoutQuoteMarks_IsNoQuote(string sentence)
    {
        Assert.Empty(Extract("Ministers met in Brussels on Monday.\n" + sentence));
    }

    [Fact]
    public void Extract_QuotedWordsInAnAppeal_AreTheAppealersWords()
    {
        var quote = Single("Ministers met in Brussels on Monday.\nAnna Quill called for a \"clear, shared\" rulebook for the force.", "clear, shared");
        Assert.Equal((QuoteKind.Partial, "Anna Quill"), (quote.Kind, quote.Speaker));
    }

    [Fact]
    public void Extract_PassiveCalledFor_IsNoAppeal()
    {
        Assert.Empty(Extract("The vote on the security guarantees was called for Tuesday."));
    }

    [Fact]
    public void Extract_PassiveDescribedAs_IsNotSpeech()
    {
        Assert.Empty(Extract("The plan, described as ambitious in Paris, goes to the ministers on Monday."));
    }

    [Theory]
    // A role headed phrase qualified by an organisation is the person introduced with that role, not the organisation.
    [InlineData("Nato Secretary General Tomas Brenn arrived on Monday.\nThe Nato Secretary General said later that nothing had changed.", "nothing had changed", "Tomas Brenn")]
    [InlineData("The Harbour Authority chairman said the quay would reopen in May.", "the quay would reopen in May", "Harbour Authority chairman")]
    public void Extract_RoleHeadedPhrase_IsAPersonDescription(string text, string words, string speaker)
    {
        var quote = Single(text, words);
        Assert.Contains(speaker, quote.Speaker, StringComparison.Ordinal);
        Assert.NotEqual(SpeakerKind.Institution, new RuleQuoteExtractor().Find(new Article("t", "title", text)).Single(f => f.Quote.Text == words).SpeakerKind);
    }

    [Theory]
    // After a possessive a speech word is a noun: the ministry's remarks speak for no one.
    [InlineData("Tomas Brenn flew in on Monday.\nAsked about the ministry’s remarks, he said: “We have heard it all before.”", "We have heard it all before.", "Tomas Brenn")]
    [InlineData("Mara Quill spoke first. Brenn’s comments came later, and she said: “He is wrong.”", "He is wrong.", "Mara Quill")]
    public void Extract_SpeechWordAfterPossessive_IsANoun(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
        Assert.DoesNotContain(Extract(text), q => q.Speaker.EndsWith("’s", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tomas Brenn said that the border would stay closed until spring.", "the border would stay closed until spring")]
    [InlineData("Tomas Brenn told reporters that the border would stay closed until spring.", "the border would stay closed until spring")]
    [InlineData("The border would stay closed until spring, Tomas Brenn said.", "The border would stay closed until spring")]
    [InlineData("According to Tomas Brenn, the border would stay closed until spring.", "the border would stay closed until spring")]
    [InlineData("Tomas Brenn warned the border would stay closed until spring.", "the border would stay closed until spring")]
    [InlineData("Tomas Brenn stressed how the border would stay closed until spring.", "how the border would stay closed until spring")]
    [InlineData("Tomas Brenn stated that the border would stay closed until spring.", "the border would stay closed until spring")]
    // A gerund after a preposition speaks for the sentence's subject.
    [InlineData("Tomas Brenn distanced himself from the protest by saying the border would stay closed until spring.", "the border would stay closed until spring")]
    // A short reported clause after the listener runs to the sentence's end.
    [InlineData("Tomas Brenn told reporters the border had closed.", "the border had closed")]
    [InlineData("Tomas Brenn backed the pledge, telling reporters the allies would deliver.", "the allies would deliver")]
    // A medium named after the word for it is part of the listener.
    [InlineData("Tomas Brenn told broadcaster ZDF the border would stay closed.", "the border would stay closed")]
    public void Extract_IndirectSpeech_ClauseAndSpeaker(string text, string clause)
    {
        var quote = Single(text, clause);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Tomas Brenn", quote.Speaker);
    }

    [Fact]
    public void Extract_RelativeClauseAfterCapitalisedTitle_NameSpeaksNotTitle()
    {
        const string text = "Tomas Brenn, the Nato Deputy Secretary General, who also attended, said the two plans were “halves of one shield”.";

        var quote = Single(text, "halves of one shield");

        Assert.Equal("Tomas Brenn", quote.Speaker);
    }

    [Fact]
    public void Extract_TitleInMarksBeforeSpeaker_IsNoQuoteAndReportedWordsAre()
    {
        // A programme's name in marks before the speaker is a title; the quoted words after the verb are the speech.
        var quotes = Extract("Sunday on Channel Nine’s “Morning Hour,” Rep. Tomas Brenn said the mayor’s “judgment” and “honesty” are in question after the leak.");
        Assert.Equal(["judgment", "honesty"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Tomas Brenn", q.Speaker));
    }

    [Fact]
    public void Extract_TitleInMarksBeforeNounPhrase_IsNoSpeaker()
    {
        var quotes = Extract("Mara Quill will appear on \"The Morning Show\" and \"Late Nights With Ed Marlow,\" among other media appearances.");
        Assert.DoesNotContain(quotes, q => q.Speaker == "among other media");
    }

    [Fact]
    public void Extract_VerbPhraseEndingInAShare_IsNoSpeaker()
    {
        var quotes = Extract("Mara Quill wants the delegates to back the one who won the most said \"fair and square\" at the end.");
        Assert.DoesNotContain(quotes, q => q.Speaker.Contains("most", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DateInApposition_IsNoSpeaker()
    {
        var quotes = Extract("On Friday, the complaint, which was filed in court, alleged that the council “failed to implement reasonable security measures,” which led to leaks.");
        Assert.DoesNotContain(quotes, q => q.Speaker == "Friday");
    }

    [Fact]
    public void Extract_PrepositionAfterVerb_IsNoSpeaker()
    {
        // With no name the cue can read, "in a statement" after "said" must not become the speaker.
        var quotes = Extract("“This campaign is changing politics,” 12 of them, said in a statement.");
        Assert.DoesNotContain(quotes, q => q.Speaker.Contains("statement", StringComparison.Ordinal));
    }

    [Theory]
    // A two-word term in marks with no one saying it is a scare quote.
    [InlineData("Planners met to discuss the \"reassurance force\" for the region.")]
    [InlineData("The so-called \"steel wall\" was discussed at length.")]
    public void Extract_ScareQuote_NotAttributed(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Theory]
    // A programme, a show or a list of works in marks, after a word that announces one, is a title: nobody's words.
    [InlineData("Tomas Brenn, a star of the quiz show “Lucky Numbers,” joined the campaign on Monday.")]
    [InlineData("Odile Sarre, who had roles in “Grey Harbour,” “Twelve Lanterns” and “Salt Road,” backed the mayor.")]
    [InlineData("Mara Quill appeared on “Harbour Mornings With Ed Marlow” before the count.")]
    // A part in a programme, before or after its name.
    [InlineData("Ed Marlow, host of Channel Nine’s “Harbour Mornings,” backed the mayor.")]
    // A no-break space before the mark is a space like any other.
    [InlineData("Mara Quill appeared on\u00a0“Harbour Mornings” before the count.")]
    public void Extract_TitleOfWork_NotAttributed(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void Extract_SubjectQuote_NotReadFromATitleCaseLine()
    {
        // In title case every word looks like a name: the subject cannot be told from the verb.
        Assert.Empty(Extract("Tomas Brenn Backs Harbour Plan As ‘The Only Way Forward’"));
        var quote = Assert.Single(Extract("Tomas Brenn backs the harbour plan as “the only way forward.”"));
        Assert.Equal("Tomas Brenn", quote.Speaker);
        Assert.Equal(QuoteKind.Partial, quote.Kind);
    }

    [Fact]
    public void Extract_TitleBeforeARoleInIt_IsNoQuoteOfTheLastSpeaker()
    {
        var quotes = Extract("Mara Quill said the vote was “far too close.”\n“Lights Over Grey Harbour” star Ed Marlow backed the mayor.");
        Assert.DoesNotContain(quotes, q => q.Text.Contains("Grey Harbour", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ProgrammeAfterSaidOn_IsNoQuoteButTheWordsAroundItAre()
    {
        var quotes = Extract("“We will not bend on this,” Mara Quill said on Channel Nine’s “Sunday Ledger.” “The vote stays on Friday.”");
        Assert.Equal(["We will not bend on this", "The vote stays on Friday."], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("Mara Quill", q.Speaker));
    }

    [Fact]
    public void Extract_DayAndProgrammeAfterSaid_AreCircumstance()
    {
        // "..., he said Friday morning on Radio Harbour's "Early Ledger."": when and where it was said, not what.
        var quotes = Extract("Tomas Brenn backed the harbour plan while it was still on the table, he said Friday morning on Radio Harbour’s “Early Ledger.”");
        Assert.DoesNotContain(quotes, q => q.Text.Contains("Early Ledger", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Kind == QuoteKind.Indirect && q.Speaker == "Tomas Brenn");
    }

    [Fact]
    public void Extract_ProgrammeAsListener_IsSkipped()
    {
        // "told "Harbour Mornings" that ...": the programme is whom she told; what follows "that" is what she said.
        var quote = Assert.Single(Extract("Mara Quill told “Harbour Mornings” that the bridge “will open in spring.”"));
        Assert.Equal("will open in spring.", quote.Text);
        Assert.Equal("Mara Quill", quote.Speaker);
    }

    [Fact]
    public void Extract_ScareQuoteAfterMarkerAndArticle_LeavesTheClauseIndirect()
    {
        // "dubbed the "..."": the marked term is a name for the group, not the officials' words.
        var quote = Assert.Single(Extract("Officials stress that the group, loosely dubbed the “harbour pact”, remains open to new members."));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("officials", quote.Speaker);
    }

    [Fact]
    public void Extract_SeededIdentity_FoldsDiacriticsAndAddsRole()
    {
        var profile = new TopicProfile
        {
            Entities = [new TopicEntity { Name = "Sébastien Lecornu", Role = "French defence minister", Aliases = ["Lecornu"] }],
        };
        var quotes = Extract("Sebastien Lecornu said: \"Our two countries work hand in hand.\"", IdentityResolver.FromProfiles([profile]));
        var quote = Assert.Single(quotes);
        Assert.Equal("Sébastien Lecornu", quote.Speaker);
        Assert.Equal("French defence minister", quote.Role);
    }

    [Fact]
    public void Extract_SurnameSharedAcrossArticles_IsNotGivenTheLatestFirstName()
    {
        // Two people named Brenn make "Brenn" alone ambiguous; a third who arrives later must not take it over.
        var identities = new IdentityResolver();
        Extract("Tomas Brenn said: \"The docks stay open.\"", identities);
        Extract("Ilse Brenn said: \"The docks must close.\"", identities);
        Extract("Brenn said: \"We will see.\"", identities);
        Extract("Mara Brenn said: \"I was never asked.\"", identities);
        var quote = Assert.Single(Extract("Brenn said: \"The vote is on Friday.\"", identities));
        Assert.Equal("Brenn", quote.Speaker);
    }

    [Theory]
    // A relative named by a first name alone after a kinship word is a person of that word's gender.
    [InlineData("Tomas Brenn spoke at the harbour. His wife, Ilse, stood beside him.\n\"We are proud of this port,\" she said.", "Ilse")]
    // A relative sharing the family name is someone else than the person named through.
    [InlineData("Brenn spoke at the harbour. His wife, Ilse Brenn, stood beside him.\n\"We are proud of this port,\" she said.", "Ilse Brenn")]
    public void Extract_RelativeAfterKinshipWord_IsAPersonOfItsGender(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text, "We are proud of this port").Speaker);
    }

    [Fact]
    public void Extract_SurnameWithHonorific_SkipsAKnownPersonOfTheOtherGender()
    {
        // "Ms. Brenn" is the mother, not the son the sentence before introduced.
        const string text = "Mara Brenn runs the bakery. Her son, Tomas Brenn, runs the docks.\nMs. Brenn said: \"The bread is late.\"";
        Assert.Equal("Mara Brenn", Single(text, "The bread is late.").Speaker);
    }

    [Fact]
    public void Extract_SecondVerbPhraseWithAuxiliary_ReportsForTheSubject()
    {
        // "... but has insisted that ...": an auxiliary after the conjunction still continues the subject's verb phrases.
        var quotes = Extract("Tomas Brenn dismissed the leaked memo but has insisted that the harbour will reopen in spring.");
        var quote = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("the harbour will reopen in spring", quote.Text);
        Assert.Equal("Tomas Brenn", quote.Speaker);
    }

    [Fact]
    public void Extract_SpeechNounAfterPossessive_ReportsNothing()
    {
        // "Quill's remarks" names her words without reporting them; what follows is the sentence's own business.
        var quotes = Extract("Tomas Brenn has not answered Mara Quill's remarks, although he kept up his attacks on the port.");
        Assert.DoesNotContain(quotes, q => q.Speaker == "Mara Quill");
    }

    [Fact]
    public void Extract_SpeechNounAfterPossessive_ReportsTheClauseThatFollows()
    {
        var quote = Assert.Single(Extract("Tomas Brenn rejected Mara Quill's claim that the port will close by June."));
        Assert.Equal("Mara Quill", quote.Speaker);
        Assert.Equal("the port will close by June", quote.Text);
    }

    [Fact]
    public void Extract_Speculated_ReportsTheClause()
    {
        var quote = Assert.Single(Extract("Tomas Brenn speculated that the harbour would close by June."));
        Assert.Equal("Tomas Brenn", quote.Speaker);
        Assert.Equal("the harbour would close by June", quote.Text);
    }

    [Fact]
    public void Extract_WordBeforeParentheticalAttribution_IsNoCue()
    {
        // "Staff estimates, he added, were ...": "estimates" ends the subject of the reported words, "he added" reports them.
        const string text = "“The plan is costed,” Tomas Brenn said on Tuesday. Staff estimates, he added, were “based on last year's figures.”";
        var quotes = Extract(text);
        Assert.DoesNotContain(quotes, q => q.Speaker == "Staff");
        Assert.Equal("Tomas Brenn", Assert.Single(quotes, q => q.Text == "based on last year's figures.").Speaker);
    }

    [Fact]
    public void Extract_DefiniteDescription_PrefersTheRecentSubject()
    {
        // Both are candidates; the one the sentence is about, not the one met in passing, is "the candidate".
        const string text = "Labour candidate Tomas Brenn toured the docks on Monday and mocked Green candidate Ed Marlow.\n\"We will keep every job here,\" the candidate said.";
        Assert.Equal("Tomas Brenn", Single(text, "We will keep every job here").Speaker);
    }

    [Fact]
    public void Extract_PrepositionOpeningSentence_IsNoPartOfAName()
    {
        // "Against Peter Brenn" names Brenn; it is not a person called "Against Peter Brenn" whom "she" could mean.
        const string text = "Mara Quill lost the vote. Against Peter Brenn on Tuesday, she lost the north too.\nShe followed that by saying, \"I will not quit.\"";
        Assert.Equal("Mara Quill", Single(text, "I will not quit.").Speaker);
    }

    [Fact]
    public void Extract_BuildingNamedAfterSomeone_IsNoPerson()
    {
        // "Marlow Plaza" is a building: "he" still means the man the paragraph is about.
        const string text = "Tomas Brenn ran the casino for years. Marlow Plaza, across the street, closed in 2014.\n\"It was a sad day for the town,\" he said.";
        Assert.Equal("Tomas Brenn", Single(text, "It was a sad day for the town").Speaker);
    }

    [Fact]
    public void Extract_QuoteText_HasNoTrailingCommaOrMark()
    {
        const string text = "\"We are ready to go,\" Tomas Brenn said.";
        var quote = Assert.Single(Extract(text));
        Assert.Equal("We are ready to go", quote.Text);
        Assert.Equal(1, quote.Start);
        Assert.Equal(19, quote.End);
    }

    [Theory]
    // A role with its own "of" phrase before a full name ("Secretary of State", "Minister of Defence") is the person's
    // role: the speaker is the name, the role kept apart, as for "Defence Secretary Tomas Brenn".
    [InlineData("Allies met in Paris on Monday.\nSecretary of State Tomas Brenn said the allies wanted a lasting settlement.", "Tomas Brenn", "Secretary of State")]
    [InlineData("Allies met in Paris on Monday.\nMinister of Defence Mara Quill said the allies wanted a lasting settlement.", "Mara Quill", "Minister of Defence")]
    public void Extract_RoleWithOfPhraseBeforeFullName_NamesThePerson(string text, string speaker, string role)
    {
        var quote = Single(text, "the allies wanted a lasting settlement");
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(role, quote.Role);
    }

    [Theory]
    // A state's institution is one speaker however it is worded, and a country that speaks is its government.
    [InlineData("Russia’s defence ministry said its ships had left the port.", "Russian defence ministry")]
    [InlineData("The Russian defence ministry said its ships had left the port.", "Russian defence ministry")]
    [InlineData("Turkey said its ships had left the port.", "Turkish government")]
    // Other bodies keep their own names, in which the country may come last.
    [InlineData("Ukraine’s General Staff said its ships had left the port.", "Ukraine’s General Staff")]
    public void Extract_StateInstitution_NamedByTheStatesAdjective(string sentence, string speaker)
    {
        var quote = Single("Navies met in Varna on Monday.\n" + sentence, "its ships had left the port");
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_ThenAskForTheCountry_FindsItsGovernment()
    {
        var identities = new IdentityResolver();
        Extract("Navies met in Varna on Monday.\nTurkey said its ships had left the port.", identities);

        var names = new NewsBot.Core.Chat.Handlers.SpeakerNames(new Moq.Mock<NewsBot.Core.Storage.INewsStore>().Object, identities);

        Assert.Equal("Turkish government", names.Canonical("Turkey"));
    }

    [Theory]
    // A "that" between a noun and a verb opens a relative clause inside the reported words, or after them.
    [InlineData("Tomas Brenn said the allies wanted a settlement that would last.", "the allies wanted a settlement that would last")]
    // A participle that is no speech verb, after the attribution, says what else happened: the words are before it.
    [InlineData("Germany is ready to station a training force in western Ukraine, Chancellor Tomas Brenn said on Wednesday, ending months of doubt.",
        "Germany is ready to station a training force in western Ukraine")]
    // ", adding that ..." is a cue of its own: the words before the attribution are still reported.
    [InlineData("The United States will keep sharing intelligence with the coalition, Tomas Brenn said on Wednesday, adding that the deal would be reviewed.",
        "The United States will keep sharing intelligence with the coalition")]
    [InlineData("The United States will keep sharing intelligence with the coalition, Tomas Brenn said on Wednesday, adding that the deal would be reviewed.",
        "the deal would be reviewed")]
    public void Extract_ClauseAroundTheAttribution_IsTheReportedSpeech(string sentence, string words)
    {
        var quote = Single("Allies met in Paris on Monday.\n" + sentence, words);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Tomas Brenn", quote.Speaker);
    }

    [Fact]
    public void Extract_RelativeClauseAfterTheListener_IsNoReportedSpeech()
    {
        var quotes = Extract("Allies met in Paris on Monday.\nTomas Brenn told reporters after a summit that ran late into the night.");
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("ran late", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_StraightSingleMarks_QuoteLikeDoubleOnes()
    {
        const string text = "Italy will send two minehunters, Tomas Brenn said on Monday.\n'We cannot sail there, so we will help those who can,' he said.";
        var quote = Single(text, "We cannot sail there, so we will help those who can");
        Assert.Equal((QuoteKind.Direct, "Tomas Brenn"), (quote.Kind, quote.Speaker));
    }

    [Fact]
    public void Extract_TextQuotingWithTwoApostrophes_KeepsSingleMarksNested()
    {
        // ''...'' is a double quote in some archives; a single-quoted phrase inside it is no quote of its own.
        const string text = "Allies met on Monday.\n''They called it 'a bridge too far' and left,'' Tomas Brenn said.";
        Assert.DoesNotContain(Extract(text), q => q.Text == "a bridge too far");
    }

    [Fact]
    public void Extract_SurnameAloneInALaterStory_JoinsNoOneAnotherStoryNamed()
    {
        // One story named Ben Brenn; the next names only "Brenn", who may be anyone of that name.
        var identities = new IdentityResolver();
        var extractor = new RuleQuoteExtractor(identities);
        extractor.Extract(new Article("a", "title", "Talks went on in Paris.\n\"We are close,\" said Ben Brenn, a trade envoy."));

        var later = extractor.Extract(new Article("b", "title", "Talks went on in Rome.\n\"We are not close,\" Brenn said."));

        Assert.Equal("Brenn", Assert.Single(later).Speaker);
    }

    [Theory]
    // An epithet of party, age or nationality calls the latest subject by something no role states.
    [InlineData("the Mississippi Republican")]
    [InlineData("the 51-year-old")]
    [InlineData("the Social Democrat")]
    public void Extract_EpithetForTheLatestSubject_NamesThem(string epithet)
    {
        var text = "Talks went on in Rome.\nSen. Tomas Brenn said the plan owed Congress an answer.\n\"I want it before spring,\" " + epithet + " said.";
        Assert.Equal("Tomas Brenn", Single(text, "I want it before spring").Speaker);
    }

    [Fact]
    public void Extract_DescriptionWithPlaceBeforeNameApposition_NamesThePerson()
    {
        var quote = Single("Talks went on in Ottawa.\nUkraine's ambassador to Canada, Anna Quill, said Kyiv was grateful.", "Kyiv was grateful");
        Assert.Equal(("Anna Quill", "Ukraine's ambassador to Canada"), (quote.Speaker, quote.Role));
    }

    [Fact]
    public void Extract_PronounAfterASubjectWithALongRole_IsThatSubject()
    {
        // Nouns before the role ("air force spokesman") still make Quill the sentence's subject, whom "she" means.
        const string text = "Talks went on in Kyiv.\nTomas Brenn said taxpayers should not pay for the mission.\n"
            + "Ukraine's air force spokeswoman Anna Quill welcomed the offer. The western regions were the least protected, she said.";
        Assert.Equal("Anna Quill", Single(text, "The western regions were the least protected").Speaker);
    }

    [Fact]
    public void Extract_HeadlineSpeakerByRoleAlone_IsThePersonTheStoryIntroduces()
    {
        const string text = "Jets could police the skies \"within weeks\", says minister\n"
            + "THE HAGUE, Nov 16 — The Netherlands is ready to send jets to western Ukraine, Defence Minister Tomas Brenn said on Monday.";
        Assert.Equal("Tomas Brenn", Single(text, "within weeks").Speaker);
    }

    [Fact]
    public void Extract_PostedThatWithABarePluralSubject_IsReportedSpeech()
    {
        var quote = Single("Talks went on in Kyiv.\nLater, Tomas Brenn posted on Telegram that partners had agreed to send radars.", "partners had agreed to send radars");
        Assert.Equal((QuoteKind.Indirect, "Tomas Brenn"), (quote.Kind, quote.Speaker));
    }

    [Fact]
    public void Extract_ClauseBeforeTheSubjectsNextCue_IsReportedOnItsOwn()
    {
        const string text = "Talks went on in Kyiv.\nA spokesman for the ministry confirmed that a meeting had taken place but said it had been \"short and correct\".";
        Assert.Equal(QuoteKind.Indirect, Single(text, "a meeting had taken place").Kind);
        Assert.Equal(QuoteKind.Partial, Single(text, "short and correct").Kind);
    }

    [Fact]
    public void Extract_TimedHeadNamingItsSpeaker_GivesThemTheQuote()
    {
        const string text = "Live: coalition talks\n17:42 – Brenn: 'We are not asking anyone to fight for us'\nIn a video address, Tomas Brenn said the plan was sound.";
        Assert.Equal((QuoteKind.Direct, "Tomas Brenn"), (Single(text, "We are not asking anyone to fight for us").Kind, Single(text, "We are not asking anyone to fight for us").Speaker));
    }

    [Fact]
    public void Extract_HeadWithQuotedWordsAfterTheColon_GivesThemToThePersonNamed()
    {
        const string text = "Live: coalition talks\n16:02 – Brenn: alliance 'not a party' to the war\nTomas Brenn told reporters the alliance would share radar data.";
        Assert.Equal((QuoteKind.Partial, "Tomas Brenn"), (Single(text, "not a party").Kind, Single(text, "not a party").Speaker));
    }

    [Fact]
    public void Extract_HeadLabelBeforeTheColon_IsNoSpeaker()
    {
        const string text = "Analysis: behind the show of unity, diplomats see 'an army on paper'\nTomas Brenn said the plan was sound.";
        Assert.DoesNotContain(Extract(text), q => q.Text == "an army on paper");
    }

    [Fact]
    public void Extract_OpeningQuestionThenTitleBeforeColon_IsThePersonWithThatTitle()
    {
        const string text = "Talks went on.\nCommission President Anna Quill spoke in Brussels.\n"
            + "Asked whether the plan would survive a peace deal, the Commission President was blunt: “The money stays frozen.”";
        Assert.Equal("Anna Quill", Single(text, "The money stays frozen.").Speaker);
    }

    [Theory]
    [InlineData("Allies will back the force 'for as long as it takes': Brenn\nLONDON — Britain will keep sharing intelligence, Defence Secretary Tomas Brenn said.", "for as long as it takes", QuoteKind.Partial)]
    [InlineData("‘We are a fire brigade, not a garrison’: the general who would lead the force\nNORTHWOOD — Lieutenant General Tomas Brenn keeps a map on his wall.", "We are a fire brigade, not a garrison", QuoteKind.Direct)]
    // The headline goes on to say what the occasion was.
    [InlineData("'Our jets can be there in minutes': Brenn as allies sketch an air shield\nBRUSSELS — Defence Minister Tomas Brenn said the plan was ready.", "Our jets can be there in minutes", QuoteKind.Direct)]
    // ...even when a word of the occasion could be a speech verb ("pledge").
    [InlineData("'Not a yes and not a no': Brenn as parliaments wrestle with troop pledge\nBERLIN — Defence Minister Tomas Brenn said Germany would decide later.", "Not a yes and not a no", QuoteKind.Direct)]
    public void Extract_HeadlineNamingItsSpeakerAfterTheQuote_GivesThemTheQuote(string text, string words, QuoteKind kind)
    {
        var quote = Single(text, words);
        Assert.Equal((kind, "Tomas Brenn"), (quote.Kind, quote.Speaker));
    }

    [Fact]
    public void Extract_HeadlineWithAPlaceAfterTheQuote_NamesNoOne()
    {
        const string text = "'A fire brigade, not a garrison': Northwood\nNORTHWOOD — Tomas Brenn keeps a map on his wall.";
        Assert.DoesNotContain(Extract(text), q => q.Text == "A fire brigade, not a garrison" && q.Speaker == "Northwood");
    }

    [Fact]
    public void Extract_WhoeverIsToldAfterTheVerb_IsTheListenerNotTheSpeaker()
    {
        // "..., X told the Dáil": English never inverts "told"; the name after it is who heard it.
        const string text = "Talks went on.\nIreland must be free to send monitors, the minister, Anna Quill, told the Dáil on Wednesday.\n“That is handing Moscow a veto,” she said.";
        Assert.DoesNotContain(Extract(text), q => q.Speaker == "Dáil");
        Assert.Equal("Anna Quill", Single(text, "That is handing Moscow a veto").Speaker);
    }

    [Fact]
    public void Extract_TheGeneral_IsTheOfficerWithTheRankNotASecretaryGeneral()
    {
        const string text = "Talks went on.\nNato Secretary General Anna Quill said the alliance would help.\n"
            + "Gen. Tomas Brenn, who heads European Command, said the force was ready.\nThe general said the answer lay \"above my pay grade\".";
        Assert.Equal("Tomas Brenn", Single(text, "above my pay grade").Speaker);
    }

    [Fact]
    public void Extract_HeAfterASpokeswoman_IsTheManBeforeHer()
    {
        // "Kalina" tells no gender; her role does, so "he" passes her by.
        const string text = "Talks went on.\nDeputy Prime Minister Tomas Brenn said his party had doubts.\n"
            + "Government spokeswoman Ivet Kalina said the cabinet would vote on Monday.\nHe said, however, that his party would not leave the government.";
        Assert.Equal("Tomas Brenn", Single(text, "his party would not leave the government").Speaker);
    }

    [Fact]
    public void Extract_PressingSomeoneOnATopic_IsNoReport()
    {
        const string text = "Talks went on.\nSen. Tomas Brenn pressed the general on timelines. He said he was concerned that allies had not been told.";
        var quotes = Extract(text);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("the general on timelines", StringComparison.Ordinal));
        Assert.Equal("Tomas Brenn", Single(text, "he was concerned that allies had not been told").Speaker);
    }

    [Fact]
    public void Extract_ABureau_IsAnInstitution()
    {
        var quote = Single("Talks went on.\nThe National Security Bureau said in a statement that air defence would be strengthened.", "air defence would be strengthened");
        Assert.Equal(("National Security Bureau", (string?)null), (quote.Speaker, quote.Role));
    }

    [Fact]
    public void Extract_PronounAfterASentenceOpeningWithARole_IsThePersonWithThatRole()
    {
        const string text = "Talks went on.\nPoland will let convoys pass, Defence Minister Tomas Brenn said on Wednesday.\n"
            + "Ed Marlow, 61, said he welcomed the new jobs.\nThe defence minister shrugged off the warning. “The trains will run,” he said.";
        Assert.Equal("Tomas Brenn", Single(text, "The trains will run").Speaker);
    }

    [Fact]
    public void Extract_AttributionSetOffMidSentence_BeforeTheNextCuesClause_ReportsTheClauseBefore()
    {
        const string text = "Turkey is ready to lead a mine-clearing group, Defence Minister Tomas Brenn said on Thursday, but he insisted that any warships would have to respect the treaty.";
        var before = Single(text, "Turkey is ready to lead a mine-clearing group");
        Assert.Equal(("Tomas Brenn", QuoteKind.Indirect), (before.Speaker, before.Kind));
        Assert.Equal("Tomas Brenn", Single(text, "any warships would have to respect the treaty").Speaker);
    }

    [Fact]
    public void Extract_AttributionSetOffMidSentence_BeforeAShortFragment_ReportsTheClauseBefore()
    {
        const string text = "The army would need to draw on reservists for some roles, Tomas Brenn said, particularly engineers and medics.";
        var quote = Assert.Single(Extract(text));
        Assert.Equal(("The army would need to draw on reservists for some roles", "Tomas Brenn"), (quote.Text, quote.Speaker));
    }

    [Fact]
    public void Extract_AttributionSetOffMidSentence_BeforeACoordinatedClause_ReportsBoth()
    {
        const string text = "Anna Quill spoke on Monday. Grain exports depended on safe shipping lanes, she wrote, and every mine removed \"is a ship that comes home\".";
        Assert.Equal(QuoteKind.Indirect, Single(text, "Grain exports depended on safe shipping lanes").Kind);
        Assert.Equal(QuoteKind.Partial, Single(text, "is a ship that comes home").Kind);
    }

    [Fact]
    public void Extract_AttributionSetOffMidSentence_AfterADescriptionFirst_LeavesTheDescriptionOut()
    {
        const string text = "Kyiv wants the force in place by spring, a spokeswoman, Anna Quill, said, and the talks would resume next week.";
        Assert.Equal("Anna Quill", Single(text, "Kyiv wants the force in place by spring").Speaker);
        Assert.Equal("Anna Quill", Single(text, "the talks would resume next week").Speaker);
    }

    [Fact]
    public void Extract_AttributionSetOffAfterASubject_ReportsThePredicateOnly()
    {
        const string text = "The main problem with the plan, Tomas Brenn said, is money for the brigade.";
        Assert.Equal("is money for the brigade", Assert.Single(Extract(text)).Text);
    }

    [Fact]
    public void Extract_SpeechParticipleOpeningAClause_AfterAnAttribution_IsACueOfItsOwn()
    {
        const string text = "The force could be ready within days of a ceasefire, Tomas Brenn added, saying its headquarters in Paris was already staffed.";
        var quotes = Extract(text);
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("saying", StringComparison.Ordinal));
        Assert.Equal("Tomas Brenn", Single(text, "its headquarters in Paris was already staffed").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "The force could be ready within days of a ceasefire").Speaker);
    }

    [Theory]
    [InlineData("The jets would not enter Ukrainian airspace, Tomas Brenn told reporters at the base, where he inspected the squadron.", "The jets would not enter Ukrainian airspace")]
    [InlineData("Tomas Brenn told the broadcaster, where he is a regular guest, that the jets would not enter Ukrainian airspace.", "the jets would not enter Ukrainian airspace")]
    public void Extract_WhereOrWhenAfterTheListener_IsCircumstance(string text, string words)
    {
        var quote = Assert.Single(Extract(text));
        Assert.Equal((words, "Tomas Brenn"), (quote.Text, quote.Speaker));
    }

    [Fact]
    public void Extract_AtLeastAfterTheVerb_OpensTheReport()
    {
        const string text = "Tomas Brenn said at least three countries had made their part conditional on a US commitment.";
        Assert.Equal("Tomas Brenn", Single(text, "at least three countries had made their part conditional on a US commitment").Speaker);
    }

    [Fact]
    public void Extract_RoleWithItsPortfolioBeforeTheName_IsTheSpeakersRole()
    {
        const string text = "Talks went on.\nThe Minister for Foreign Affairs and Defence, Anna Quill, told the Dáil on Wednesday that Ireland must be free to send monitors.\n"
            + "The minister said the bill would keep the requirement for a vote.";
        var first = Single(text, "Ireland must be free to send monitors");
        Assert.Equal(("Anna Quill", "Minister for Foreign Affairs and Defence"), (first.Speaker, first.Role));
        Assert.Equal("Anna Quill", Single(text, "the bill would keep the requirement for a vote").Speaker);
    }

    [Fact]
    public void Extract_PronounOfAVerbThatNamesItsListener_IsNotTheListener()
    {
        const string text = "Talks went on.\nGen. Tomas Brenn said the answer lay above his pay grade.\n"
            + "Sen. Ivet Kalina said Russia would test any ceasefire within weeks.\nHe told Kalina that rules of engagement were a matter for the contributing nations.";
        Assert.Equal("Tomas Brenn", Single(text, "rules of engagement were a matter for the contributing nations").Speaker);
    }

    [Theory]
    [InlineData("The Defence Secretary, Tomas Brenn, said last month that Britain would provide up to 7,000 personnel.")]
    [InlineData("Britain's Defence Secretary, Tomas Brenn, said last month that Britain would provide up to 7,000 personnel.")]
    public void Extract_CapitalisedTitleBeforeTheName_IsTheSpeakersDescription(string sentence)
    {
        var quote = Single("Talks went on.\n" + sentence, "Britain would provide up to 7,000 personnel");
        Assert.Equal(("Tomas Brenn", "Defence Secretary"), (quote.Speaker, quote.Role));
    }

    [Fact]
    public void Extract_AppositionLedByACompoundRole_StandsBetweenNameAndVerb()
    {
        var quote = Single("Talks went on.\nAnna Quill, co-chair of the faction, said her faction had voted in favour.", "her faction had voted in favour");
        Assert.Equal("Anna Quill", quote.Speaker);
    }

    [Fact]
    public void Extract_NumberSignInAnApposition_DoesNotEndTheSentence()
    {
        const string text = "Talks went on.\nAnna Quill, whose son is a technician with No. 2 Squadron, said families on the base had known for weeks.";
        Assert.Equal("Anna Quill", Single(text, "families on the base had known for weeks").Speaker);
    }

    [Fact]
    public void Extract_ThatAfterTheReportedClausesOwnVerb_StaysInsideIt()
    {
        const string text = "Talks went on.\nTomas Brenn said families on the base had known for weeks that a deployment was likely.";
        Assert.Equal("families on the base had known for weeks that a deployment was likely", Assert.Single(Extract(text)).Text);
    }

    [Fact]
    public void Extract_ReportInsideAReportedClause_IsTheOuterSpeakersWords()
    {
        const string text = "Talks went on.\nThe prime minister, Tomas Brenn, said the coalition had agreed that Czech companies would share the contracts.";
        var quote = Assert.Single(Extract(text));
        Assert.Equal(("Tomas Brenn", "the coalition had agreed that Czech companies would share the contracts"), (quote.Speaker, quote.Text));
    }

    [Theory]
    [InlineData("Talks went on in Brussels. Two officials familiar with the talks said three countries had made their part conditional.", "three countries had made their part conditional", "two officials")]
    [InlineData("Talks went on in Kyiv. A deputy from the ruling Servant of the People party said the government had the votes it needed.", "the government had the votes it needed", "a deputy")]
    [InlineData("Talks went on in Kyiv. A lawmaker in the Philippines said the ban would stand.", "the ban would stand", "a lawmaker")]
    public void Extract_SourceQualifiedByAPhrase_IsTheSourceUpToItsHead(string text, string words, string speaker)
    {
        // As "a spokesman for the ministry" is "a spokesman": an unnamed source is named up to its head noun.
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Theory]
    [InlineData("Talks went on in Constanta. A Romanian officer involved in the planning, who asked not to be named, said the biggest worry was the railway.", "the biggest worry was the railway", "a Romanian officer")]
    [InlineData("Talks went on in Kyiv. A deputy from the ruling party, speaking on condition of anonymity, said the government had the votes it needed.", "the government had the votes it needed", "a deputy")]
    public void Extract_SubjectEndingInAnyWord_BeforeARelativeOrParticiple_IsTheSpeaker(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_CapitalisedRoleBeforeTheNameBetweenCommas_DescribesThatPerson()
    {
        var quote = Single("Talks went on in London.\nThe Defence Secretary, Tomas Brenn, said last month that Britain would send engineers.", "Britain would send engineers");
        Assert.Equal(("Tomas Brenn", "Defence Secretary"), (quote.Speaker, quote.Role));
    }

    [Fact]
    public void Extract_ShotBackThat_ReportsItsClause()
    {
        const string text = "Talks went on in Kyiv.\nAnna Quill shot back that the same argument had been used in 1994.";
        Assert.Equal(("Anna Quill", QuoteKind.Indirect), (Single(text, "the same argument had been used in 1994").Speaker, Single(text, "the same argument had been used in 1994").Kind));
        Assert.Empty(Extract("Talks went on in Kyiv.\nAnna Quill shot back at her critics in parliament."));
    }

    [Fact]
    public void Extract_InformedThat_ReportsItsClauseOnly()
    {
        const string text = "Talks went on in Berlin.\nTomas Brenn informed that Germany had decided to send two more air defence systems.";
        Assert.Equal("Tomas Brenn", Single(text, "Germany had decided to send two more air defence systems").Speaker);
        Assert.Equal("Kyiv had asked for radars", Single("Talks went on in Berlin.\nTomas Brenn informed the president that Kyiv had asked for radars.", "Kyiv had asked for radars").Text);
        Assert.Empty(Extract("Talks went on in Berlin.\nTomas Brenn informed the president of the decision to send more systems."));
    }

    [Fact]
    public void Extract_ThatClauseOfASubjectAndItsQuotedPredicate_IsAPartialQuote()
    {
        var quote = Single("Talks went on in London.\nTomas Brenn added that planning \u201ccontinues at pace\u201d.", "continues at pace");
        Assert.Equal(("Tomas Brenn", QuoteKind.Partial), (quote.Speaker, quote.Kind));
    }

    [Fact]
    public void Extract_ThatOfANounInACircumstanceAfterTheVerb_OpensNoReport()
    {
        const string text = "The Netherlands is ready to send jets to western Ukraine, Defence Minister Tomas Brenn said on Monday, in the clearest sign yet that the mission is moving ahead.";
        var quote = Assert.Single(Extract(text));
        Assert.Equal(("The Netherlands is ready to send jets to western Ukraine", "Tomas Brenn"), (quote.Text, quote.Speaker));
        Assert.Equal("the jets were ready", Single("Tomas Brenn said on Monday, in a statement, that the jets were ready.", "the jets were ready").Text);
    }

    [Fact]
    public void Extract_ThatAfterThePerfectOfTheReportedClause_BelongsToIt()
    {
        const string text = "Talks went on in Sydney.\nAnna Quill said families on the base had known for weeks that a deployment was likely.";
        Assert.Equal("Anna Quill", Single(text, "families on the base had known for weeks that a deployment was likely").Speaker);
    }

    [Theory]
    // "he" after an unnamed source read across its qualifier and a relative clause: the officer, not the minister.
    [InlineData("Defence Minister Tomas Brenn said the port would be ready.\nA Romanian officer involved in the planning, who asked not to be named, said the railway was the worry.\n\"If one bridge goes, we are back to lorries,\" he said.", "If one bridge goes, we are back to lorries", "a Romanian officer")]
    // A place after the source's head noun only says where the source is.
    [InlineData("Tomas Brenn spoke first. A Nordic ambassador in Brussels said the northern countries were frustrated.", "the northern countries were frustrated", "a Nordic ambassador")]
    [InlineData("Talks went on in Paris. A senior European diplomat involved in the planning described the force as \"an army on paper\".", "an army on paper", "a senior European diplomat")]
    // An unnamed person opening a sentence is whom a later "she" means, though she has not spoken yet.
    [InlineData("Anna Quill said the north had sent troops.\nA diplomat from a southern member state rejected that. Paying for the mission was a contribution too, she argued.", "Paying for the mission was a contribution too", "a diplomat")]
    public void Extract_UnnamedSingleSource_IsWhomHeOrSheMeans(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_ElyseeWithItsFrenchCapital_IsAnInstitutionNoPronounMeans()
    {
        const string text = "Tomas Brenn arrived in Paris, and the Élysée said the talks had been useful.\n\"We are ready,\" he said.";
        Assert.Equal("Tomas Brenn", Single(text, "We are ready").Speaker);
    }

    [Fact]
    public void Extract_PlaceAfterFromInAnApposition_IsWhereThePersonLives()
    {
        const string text = "Anna Quill, 41, from Ashford, whose husband serves with the regiment, said the children had made a banner.\n\"I just want him home,\" she said.";
        Assert.Equal("Anna Quill", Single(text, "the children had made a banner").Speaker);
        Assert.Equal("Anna Quill", Single(text, "I just want him home").Speaker);
    }

    [Fact]
    public void Extract_ParticipleQualifyingANounBeforeBy_GivesTheNounNoVoice()
    {
        const string text = "The Kremlin on Friday dismissed the guarantees agreed by the coalition as \"a recipe for escalation\" and said Russia had not been asked.";
        Assert.Equal("Kremlin", Single(text, "Russia had not been asked").Speaker);
    }

    [Theory]
    // The office of a person with a role speaks as that office, by role and name or, after a pronoun, by role.
    [InlineData("Swedish Prime Minister Tomas Brenn said the jets would go. Swedish Prime Minister Tomas Brenn's office said the parliament would vote in May.", "the parliament would vote in May", "Office of the Swedish Prime Minister")]
    [InlineData("Prime Minister Anna Quill flew to Kyiv on Monday.\nHer office said the talks had gone well.", "the talks had gone well", "Office of the Prime Minister")]
    [InlineData("Prime Minister Tomas Brenn flew to Kyiv on Monday.\nHis office said the talks had gone well.", "the talks had gone well", "Office of the Prime Minister")]
    public void Extract_OfficeOfAPersonWithARole_SpeaksAsThatOffice(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_CountryOutsideThePlaceList_SpeaksAsItsGovernment()
    {
        Assert.Equal("Estonian government", Single("Talks went on in Tallinn.\nEstonia said it welcomed the deployment.", "it welcomed the deployment").Speaker);
    }

    [Fact]
    public void Extract_InstitutionDescription_IsNotThePersonWhoseRoleNamesIt()
    {
        const string text = "Foreign ministry spokeswoman Anna Quill wrote that the summit had been a show.\nIn a statement, the foreign ministry said Russia remained open to talks.";
        Assert.Equal("the foreign ministry", Single(text, "Russia remained open to talks").Speaker);
    }

    [Fact]
    public void Extract_PeopleDescribedByAProperAdjective_SpeakAsWritten()
    {
        const string text = "Democrats said the language was vague. In a letter to Tomas Brenn, 31 Democratic senators wrote that the commitment was too weak.";
        Assert.Equal("Democratic senators", Single(text, "the commitment was too weak").Speaker);
    }

    [Fact]
    public void Extract_InfinitiveAfterAMidSentenceAttribution_IsNoReportOfItsOwn()
    {
        const string text = "Talks went on in Warsaw.\nThe regiment was not going to Poland to \"pick a fight with anyone\", Tomas Brenn said, but to make sure that a peace agreement held.";
        var quotes = Extract(text);
        Assert.Equal(QuoteKind.Partial, Single(text, "pick a fight with anyone").Kind);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("peace agreement", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DefiniteQualifiedSource_IsTheOneDescribedBefore()
    {
        const string text = "Talks went on in Kyiv.\nA person familiar with the planning for the summit said the leaders would meet on Friday.\n"
            + "The person familiar with the planning said the venue had not been chosen.";
        Assert.Equal(Single(text, "the leaders would meet on Friday").Speaker, Single(text, "the venue had not been chosen").Speaker);
        Assert.Equal("a person", Single(text, "the venue had not been chosen").Speaker);
    }

    [Fact]
    public void Extract_RoleOfACountry_IsNoPersonNamedAfterTheCountry()
    {
        const string text = "Anna Quill confirmed that Italy would not send troops.\nThe Prime Minister of Italy also stressed that Rome backed the plan.\n\"We stand with Ukraine,\" she said.";
        Assert.Equal("Anna Quill", Single(text, "We stand with Ukraine").Speaker);
    }

    [Fact]
    public void Extract_HeadlineRoleWithANationality_IsThePersonTheStoryIntroducesWithoutIt()
    {
        const string text = "Hub \"ready to receive\" convoys, says Polish deputy minister\n"
            + "RZESZOW, Aug 11 — Poland has finished the first phase of work on two hubs, officials said on Tuesday.\n"
            + "Deputy Defence Minister Tomas Brenn told reporters at the site that the hub was \"ready to receive\" its first convoys.";
        Assert.All(Extract(text).Where(q => q.Text == "ready to receive"), q => Assert.Equal("Tomas Brenn", q.Speaker));
    }

    [Fact]
    public void Extract_HeadOfState_IsThePresident()
    {
        const string text = "President Tomas Brenn met the prime minister in Rome.\n«We need air defence now,» the Head of State emphasized.";
        Assert.Equal("Tomas Brenn", Single(text, "We need air defence now").Speaker);
    }

    [Fact]
    public void Extract_ReportPublishedByAnInstitute_SpeaksForIt()
    {
        // A report "published on Monday by" a body is that body's word when the copy quotes it, and its title after
        // "The report," is no quote.
        const string text = "Harbour report\nKESTON — The quay is failing, according to a report published on Monday by the Harbour Institute.\n"
            + "The report, \"A Quay Worth Keeping\", was written by Tomas Brenn.\nWithout new piles, the report says, the quay would be \"a pier to nowhere\".";
        var quotes = Extract(text);
        Assert.Equal("Harbour Institute", Single(text, "The quay is failing").Speaker);
        Assert.Equal("Harbour Institute", Single(text, "a pier to nowhere").Speaker);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("Worth Keeping", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ReportComeBackToParagraphsLater_StillSpeaksForItsPublisher()
    {
        const string text = "Harbour report\nKESTON — The quay is failing, according to a report published on Monday by the Harbour Institute.\n"
            + "\"We saw it coming,\" Tomas Brenn said.\nAnna Quill said the council would meet.\n\"It is late,\" Ivo Marek said.\n"
            + "Without new piles, the report says, the quay would be \"a pier to nowhere\".";
        Assert.Equal("Harbour Institute", Single(text, "a pier to nowhere").Speaker);
    }

    [Fact]
    public void Extract_TwoWordThatClauseAfterAMixedQuote_IsIndirectSpeechOfItsOwn()
    {
        const string text = "Talks\nTalks went on.\nAnna Quill said the quay would be \"more symbolic than useful\", but that symbols mattered.";
        Assert.Equal(QuoteKind.Indirect, Single(text, "symbols mattered").Kind);
        Assert.Equal("Anna Quill", Single(text, "symbols mattered").Speaker);
    }

    [Fact]
    public void Extract_SpeechNounInsideWhatIsDescribed_ReportsNoOne()
    {
        // "demands" after "Opposition" looks like a speech verb, but it is the noun the minister described.
        const string text = "Talks\nThe debate went on. Winding up, the minister, Tomas Brenn, spoke last. He described repeated Opposition demands for numbers as \"a gift to Keston, however well meant\".";
        Assert.Equal("Tomas Brenn", Single(text, "a gift to Keston, however well meant").Speaker);
        Assert.Equal(QuoteKind.Partial, Single(text, "a gift to Keston, however well meant").Kind);
    }

    [Theory]
    [InlineData("The debate continued until 5.54 pm. The motion was agreed.")]
    [InlineData("Anna Quill continued for an hour.")]
    [InlineData("The talks continued into the night.")]
    public void Extract_ContinuedForATime_IsNoReport(string sentence)
    {
        Assert.Empty(Extract("Talks\nTalks went on.\n" + sentence));
    }

    [Theory]
    [InlineData("Chief, are planners at the Harbour Council writing the plans for the quay?")]
    [InlineData("Did Tomas Brenn say the quay would close?")]
    public void Extract_QuestionOpeningWithItsAuxiliary_ReportsNoOne(string sentence)
    {
        Assert.Empty(Extract("Talks\nTalks went on.\n" + sentence));
    }

    [Fact]
    public void Extract_RefusalAfterAMidSentenceAttribution_IsNoMoreOfTheReport()
    {
        // What the spokesperson would not say is no report; a clause that goes on with the reported subject still is.
        const string text = "Talks\nTalks went on.\nThe council would keep discussing the quay, the spokesperson said, but did not say whether that would include the ferries.\n"
            + "He had no debts, the council added, and had passed all checks.";
        var quotes = Extract(text);
        Assert.Equal("the spokesperson", Single(text, "The council would keep discussing the quay").Speaker);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("whether", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Text.Contains("had passed all checks", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ContinuedBeforeANounInAList_IsNoCue()
    {
        const string text = "Talks\nTalks went on.\nAnna Quill said the council's priorities had not changed: a ceasefire, guarantees \"that actually deter,\" and continued pressure on Keston through tolls.";
        var quotes = Extract(text);
        Assert.Equal("Anna Quill", Single(text, "that actually deter").Speaker);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("pressure on Keston", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ConditionAfterAMidSentenceAttribution_IsNoReportOfItsOwn()
    {
        const string text = "Talks\nTalks went on.\nThe port would need about 75,000 crew committed to the quay, the authors argue, once training, leave and recovery are allowed for.";
        var quote = Assert.Single(Extract(text));
        Assert.Equal("The port would need about 75,000 crew committed to the quay", quote.Text);
    }

    [Fact]
    public void Extract_HeadOfGovernment_IsThePrimeMinister()
    {
        const string text = "Prime Minister Anna Quill met President Tomas Brenn in Keston.\nAsked about the talks, the head of government said the harbour would stay open.";
        Assert.Equal("Anna Quill", Single(text, "the harbour would stay open").Speaker);
    }

    [Fact]
    public void Extract_CountryAfterARolesOf_BelongsToTheRoleNotTheName()
    {
        Assert.Equal("Tomas Brenn", Single("President of Ukraine Tomas Brenn met the prime minister in Rome.\n\"We need air defence now,\" he said.", "We need air defence now").Speaker);
    }

    [Fact]
    public void Extract_InstitutionInACity_IsTheInstitution()
    {
        var quote = Single("Talks went on.\nIn a post on X, the Russian embassy in Dublin said Ireland was being drawn into the conflict.", "Ireland was being drawn into the conflict");
        Assert.Equal("Russian embassy", quote.Speaker);
    }

    [Fact]
    public void Extract_GroupQualifiedByAPhrase_SpeaksAsTheGroup()
    {
        var quote = Single("Talks went on.\nDemocrats on the committee said in a joint letter that the plan undercut deterrence.", "the plan undercut deterrence");
        Assert.StartsWith("Democrats", quote.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_SheAfterAManNamedByAEuropeanFirstName_IsTheWomanBefore()
    {
        const string text = "Talks went on.\nEU foreign policy chief Anna Quill said a legal solution was close.\n"
            + "Belgian Prime Minister Bart Kalina said his government still had doubts.\nIn a post on X, she wrote that a proposal was expected before June.";
        Assert.Equal("Anna Quill", Single(text, "a proposal was expected before June").Speaker);
    }

    [Theory]
    [InlineData("Kyiv has said it is ready to accept a 30-day ceasefire.", "it is ready to accept a 30-day ceasefire", "Ukrainian government")]
    [InlineData("Ankara has said it would let the minehunters through the straits.", "it would let the minehunters through the straits", "Turkish government")]
    public void Extract_CapitalThatSpeaks_IsItsCountrysGovernment(string sentence, string words, string speaker)
    {
        Assert.Equal(speaker, Single("Talks went on.\n" + sentence, words).Speaker);
    }

    [Fact]
    public void Extract_SourcesInTwoCapitals_AreTheSourcesNotAGovernment()
    {
        var quote = Single("Talks went on.\nPoland and Romania have finished work on two hubs, officials in Warsaw and Bucharest said on Tuesday.", "Poland and Romania have finished work on two hubs");
        Assert.Equal("officials", quote.Speaker);
    }

    [Fact]
    public void Extract_RoleAtTheEndOfARelativeClause_IsThePersonTheRoleDescribes()
    {
        const string text = "Talks went on.\nGen. Tomas Brenn, who heads the command, told senators that Europe could lead.\n"
            + "The plan to withdraw a brigade from Romania undercut the very deterrence the general had described.\n"
            + "Closing his testimony, the general said: \"My answer is yes.\"";
        Assert.Equal("Tomas Brenn", Single(text, "My answer is yes.").Speaker);
    }

    [Theory]
    [InlineData("Prime Minister Tomas Brenn spoke in Warsaw.\n„Polish soldiers will not go there,” he said.", "Polish soldiers will not go there")]
    [InlineData("Chancellor Tomas Brenn spoke in Berlin.\n„Nobody is sending soldiers into a war“, he said.", "Nobody is sending soldiers into a war")]
    [InlineData("Defence minister Tomas Brenn spoke in Copenhagen.\n»We are not going to be shy now,« he said.", "We are not going to be shy now")]
    public void Extract_TranslatedCopysQuoteMarks_GiveTheQuoteToItsSpeaker(string text, string words)
    {
        var quote = Single(text, words);
        Assert.Equal("Tomas Brenn", quote.Speaker);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Theory]
    // What copy calls a person whose role it gave in other words.
    [InlineData("Ambassador Tomas Brenn met the minister.\nThe talks were useful, the diplomat said.", "The talks were useful", "Tomas Brenn")]
    [InlineData("French President Tomas Brenn arrived late.\nThe French leader said the force was ready.", "the force was ready", "Tomas Brenn")]
    [InlineData("Foreign Minister Mara Quill flew in.\nThe country's top diplomat said talks would go on.", "talks would go on", "Mara Quill")]
    [InlineData("Nato Secretary General Tomas Brenn flew in.\nThe Nato chief said the alliance would not be part of the force.", "the alliance would not be part of the force", "Tomas Brenn")]
    public void Extract_DescriptionInOtherWords_FindsThePersonWithThatRole(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_IndefiniteDescription_IsSomeoneNewNotThePersonWithThatRole()
    {
        const string text = "Ambassador Tomas Brenn met the minister.\nA senior diplomat said the talks had failed.";
        Assert.Equal("a senior diplomat", Single(text, "the talks had failed").Speaker);
    }

    [Fact]
    public void Extract_PortfolioInARole_IsNoName()
    {
        const string text = "Talks went on.\nKYIV — Minister for Foreign Affairs of Ukraine Tomas Brenn held a call with his Polish counterpart.\n"
            + "“Every night Russia shows what its promises are worth,” the Minister said.";
        Assert.DoesNotContain("Affairs", Single(text, "Every night Russia shows what its promises are worth").Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ProfileRoleOutOfDate_YieldsToTheRoleTheArticleGives()
    {
        var profile = new TopicProfile
        {
            Name = "p",
            Entities = [new TopicEntity { Name = "Mara Quill", Kind = "person", Role = "French defence minister" }],
        };
        const string text = "Talks went on.\nArmed Forces Minister Anna Brenn told lawmakers the plan was ready. Her predecessor, Mara Quill, became prime minister in October.\n"
            + "Quill, who planned the force, said the file had been handed over in good order.\n"
            + "“The cost of a peace that holds is lower,” the minister replied.";
        Assert.Equal("Anna Brenn", Extract(text, IdentityResolver.FromProfiles([profile])).Single(q => q.Text == "The cost of a peace that holds is lower").Speaker);
    }

    [Theory]
    [InlineData("French President Tomas Brenn met allies.\nBrenn's office said the talks had gone well.", "Elysée")]
    [InlineData("British Prime Minister Tomas Brenn met allies.\nHis office said the talks had gone well.", "Downing Street")]
    [InlineData("Swedish Prime Minister Tomas Brenn met allies.\nBrenn's office said the talks had gone well.", "Office of the Swedish Prime Minister")]
    public void Extract_OfficeThatGoesByItsSeat_SpeaksAsTheSeat(string text, string speaker)
    {
        Assert.Equal(speaker, Single("Talks went on.\n" + text, "the talks had gone well").Speaker);
    }

    [Fact]
    public void Extract_ShareOfAGroup_SpeaksAsWrittenAndIsWhomHeMeans()
    {
        const string text = "Talks went on, two diplomats familiar with the planning told reporters.\n"
            + "One of the diplomats said the group would expand.\n\"Mines do not respect ceasefires,\" he said.";
        var quotes = Extract(text);
        Assert.Equal("one of the diplomats", quotes.Single(q => q.Text == "the group would expand").Speaker);
        Assert.Equal("one of the diplomats", quotes.Single(q => q.Text == "Mines do not respect ceasefires").Speaker);
    }

    [Fact]
    public void Extract_InterviewersQuestion_ReportsNobody()
    {
        const string text = "Talks went on.\nQ: On reports that the envoy will not supply missiles\nTomas Brenn: \"I had a good meeting.\"";
        var quotes = Extract(text);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("supply missiles", StringComparison.Ordinal));
        Assert.Equal("Tomas Brenn", quotes.Single(q => q.Text == "I had a good meeting.").Speaker);
    }

    [Fact]
    public void Extract_AnotherBeforeAnApposition_IsTheSourceTheAppositionDescribes()
    {
        const string text = "Talks went on.\nOne official said the mood was upbeat.\n"
            + "Another, a senior diplomat from a Nordic country, said the sticking point was speed.";
        Assert.Equal("a senior diplomat", Single(text, "the sticking point was speed").Speaker);
    }

    [Theory]
    [InlineData("The opposition Law and Justice (PiS) party said the government was hiding behind logistics.")]
    [InlineData("The Law and Justice party said the government was hiding behind logistics.")]
    public void Extract_PartyWhoseNameHoldsAnd_SpeaksByItsWholeName(string sentence)
    {
        Assert.Equal("Law and Justice", Single("Talks went on.\n" + sentence, "the government was hiding behind logistics").Speaker);
    }

    [Fact]
    public void Extract_AdverbOfDurationBeforeTheVerb_StillReports()
    {
        Assert.Equal("Russian government", Single("Talks went on.\nRussia has long said that foreign troops would be targets.", "foreign troops would be targets").Speaker);
    }

    [Theory]
    [InlineData("“Russia does not choose,” she said. “Ukraine does.”")]
    [InlineData("«Russia does not choose,» she said. «Ukraine does.»")]
    public void Extract_ShortSentenceAfterAQuoteAndItsAttribution_GoesOnWithTheQuote(string paragraph)
    {
        Assert.Equal("Mara Quill", Single("Talks went on.\nMara Quill spoke.\n" + paragraph, "Ukraine does.").Speaker);
    }

    [Fact]
    public void Extract_ReversedGuillemetsAfterASentence_OpenANewSentence()
    {
        const string text = "Talks went on.\nTomas Brenn spoke.\nAsked whether that included the Americans, he smiled. »It includes everyone,« he said.";
        Assert.Equal("Tomas Brenn", Single(text, "It includes everyone").Speaker);
    }

    [Fact]
    public void Extract_QualifiedSourceAfterCommaAnd_OpensItsOwnReport()
    {
        const string text = "Talks went on.\nKyiv insists that any arrangement would be incomplete, and officials in the presidential office said privately that they expected details soon.";
        var quotes = Extract(text);
        Assert.Equal("Ukrainian government", quotes.Single(q => q.Text == "any arrangement would be incomplete").Speaker);
        Assert.Equal("officials", quotes.Single(q => q.Text == "they expected details soon").Speaker);
    }

    [Fact]
    public void Extract_UnnamedSourceInsideTheReportedClause_IsPartOfTheReport()
    {
        const string text = "Talks went on.\nDowning Street said the Prime Minister had spoken to Tomas Brenn and that both leaders agreed \"the next few weeks are critical\".";
        var quotes = Extract(text);
        Assert.Equal("Downing Street", quotes.Single(q => q.Text == "the next few weeks are critical").Speaker);
        Assert.Contains(quotes, q => q.Kind == QuoteKind.Indirect && q.Speaker == "Downing Street" && q.Text.StartsWith("the Prime Minister had spoken", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RepeatedThat_ReportsButRepeatsANoun_DoesNot()
    {
        const string text = "Talks went on.\nIn Moscow, the Kremlin repeated that it would not accept foreign troops.\n14:40 – Moscow repeats warning on troops";
        var quotes = Extract(text);
        Assert.Equal("Kremlin", quotes.Single(q => q.Text == "it would not accept foreign troops").Speaker);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("warning on troops", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Speaking to reporters after a meeting of leaders in the “coalition of the willing” at the Elysée, Tomas Brenn said his country was ready.")]
    [InlineData("Tomas Brenn said Canada would join the so-called “coalition of the willing” once talks ended.")]
    public void Extract_TermTheTopicFollows_IsALabelNotAQuote(string sentence)
    {
        var labels = RuleQuoteExtractor.LabelsOf([new TopicProfile { Name = "p", Terms = [new WeightedTerm { Text = "coalition of the willing", Weight = 6 }] }]);
        var quotes = new RuleQuoteExtractor(null, labels).Extract(new Article("t", "title", "Talks went on.\n" + sentence));
        Assert.DoesNotContain(quotes, q => q.Text == "coalition of the willing");
        Assert.Contains(quotes, q => q.Speaker == "Tomas Brenn");
    }

    [Fact]
    public void Extract_PronounAfterThePossessorOfAnotherPerson_IsNotThePossessor()
    {
        // "Marlow's successor" makes Quill the subject; Marlow is only named on the way, so "he" is still Brenn.
        const string text = "Talks went on in Leeds.\nEd Marlow spoke first. \"The budget is fine,\" he said.\n"
            + "Tomas Brenn, in turn, called the plan \"a good start for the city\".\n"
            + "Marlow's successor, Mara Quill, kept up the talks. She said the plans were ready.\n"
            + "\"Mara asked me what I needed. Nobody had asked before,\" he says.";
        Assert.Equal("Tomas Brenn", Single(text, "Mara asked me what I needed. Nobody had asked before").Speaker);
    }

    [Fact]
    public void Extract_CountrysPossessiveBeforeAName_IsNoPartOfTheName()
    {
        // "Britain's Tomas Brenn" is Tomas Brenn; as the subject he is whom the next "He" means, not the minister before.
        const string text = "Talks went on in Oslo.\nDefence Minister Ed Marlow said his country was ready.\n"
            + "Britain's Tomas Brenn was more cautious. He said the mission would depend on \"a clear commitment in the air\".";
        var quote = Single(text, "a clear commitment in the air");
        Assert.Equal("Tomas Brenn", quote.Speaker);
    }

    [Theory]
    // A shadow or former office holder is not the office's holder: the description finds the person the story named first.
    [InlineData("Tomas Brenn, the Defence Secretary, opened the debate.\nEd Marlow, the shadow defence secretary, asked about the cost.\n"
        + "Responding, the Defence Secretary said the money was \"already in the budget\".", "already in the budget", "Tomas Brenn")]
    [InlineData("President Tomas Brenn arrived on Monday.\nEd Marlow, a former president, was in the audience.\n"
        + "The president said the talks were \"going well for everyone\".", "going well for everyone", "Tomas Brenn")]
    public void Extract_DescriptionOfAnOffice_IsNotItsShadowOrFormerHolder(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Theory]
    // A description that opens the sentence names its subject, capitalised or not, after an opening phrase, and with
    // an age before the role; the pronoun that follows is that person's.
    [InlineData("Talks went on.\nSwedish Defence Minister Tomas Brenn spoke first, and Ed Marlow said the plan was \"well advanced\".\n"
        + "The Swedish minister was more cautious. Asked whether jets would fly, he said no decision had been taken.", "no decision had been taken", "Tomas Brenn")]
    [InlineData("Talks went on.\nChancellor Tomas Brenn said the troops were ready.\nEd Marlow said the plan was \"a danger for everyone\".\n"
        + "Back in Leeds, the 70-year-old chancellor struck a cautious note.\n\"Nobody is sending soldiers into a war,\" he said.", "Nobody is sending soldiers into a war", "Tomas Brenn")]
    [InlineData("Talks went on.\nDefence Secretary Tomas Brenn said the troops were ready.\nEd Marlow said the plan was \"a danger for everyone\".\n"
        + "Asked whether he expects to see British troops in the east this year, the Defence Secretary pauses for a long time. \"I expect us to be ready,\" he says.",
        "I expect us to be ready", "Tomas Brenn")]
    public void Extract_PronounAfterADescribedSubject_IsThePersonDescribed(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Theory]
    // A possessive before a name owns it: the person is the name after it.
    [InlineData("Talks went on.\nSweden's Tomas Brenn said the plan was sound.", "the plan was sound", "Tomas Brenn")]
    [InlineData("Talks went on.\nLabour's Mara Quill said the vote would come later.", "the vote would come later", "Mara Quill")]
    [InlineData("Talks went on.\n\"We will not wait,\" said Denmark's Quill.", "We will not wait", "Quill")]
    public void Extract_PossessiveBeforeAName_IsNotPartOfTheName(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_MemberOfParliamentBeforeAName_IsTheRoleNotPartOfTheName()
    {
        var quote = Single("Talks went on.\nLabour MP Mara Quill said the families deserved answers.", "the families deserved answers");
        Assert.Equal("Mara Quill", quote.Speaker);
        Assert.Equal("Labour MP", quote.Role);
    }

    [Fact]
    public void Extract_AgedDescriptionAfterAnOpeningPhrase_IsTheSubjectAPronounFinds()
    {
        const string text = "Chancellor Tomas Brenn met the allies in Paris.\nIn Moscow, spokesman Ivo Marek said the talks were a provocation.\n"
            + "Back in Berlin, the 70-year-old chancellor struck a softer tone.\n\"Nobody is sending soldiers into a war,\" he said.";
        Assert.Equal("Tomas Brenn", Single(text, "Nobody is sending soldiers into a war").Speaker);
    }

    [Fact]
    public void Extract_SentenceOpeningWithACapitalisedDescription_MakesItsPersonTheSubject()
    {
        const string text = "Talks went on.\nTomas Brenn, the French defence minister, joined the talks.\nDefence Secretary Ivo Marek said planning was advanced.\n"
            + "The French minister was more cautious. Asked about the jets, he said no decision had been taken.";
        Assert.Equal("Tomas Brenn", Single(text, "no decision had been taken").Speaker);
    }

    [Fact]
    public void Extract_IndefiniteDescriptionMatchingSomeonesRole_IsSomeoneNew()
    {
        const string text = "Talks went on.\nTomas Brenn, a Democratic strategist, spoke first.\n\"We lost the county,\" said a Democratic strategist who asked not to be named.";
        Assert.Equal("a Democratic strategist", Single(text, "We lost the county").Speaker);
    }

    [Theory]
    // The role of an apposition ends where a relative clause about the person begins, and an age may come before it.
    [InlineData("Talks went on.\nTomas Brenn, a retired army colonel who now runs a think tank in Paris, disagrees.\nDefence Secretary Ivo Marek said the plan was sound.\n"
        + "\"We are not planning to win an air war,\" the colonel said.", "We are not planning to win an air war", "Tomas Brenn")]
    [InlineData("Talks went on.\nMara Quill, 65, a former labour minister, took over in October.\nDefence Secretary Ivo Marek said the handover went well.\n"
        + "\"The units exist,\" the former labour minister said.", "The units exist", "Mara Quill")]
    public void Extract_AppositionBeforeARelativeClauseOrAfterAnAge_GivesTheRole(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_DescriptionHeadedByAWordAfterARolesPreposition_IsNotThatPerson()
    {
        const string text = "Talks went on.\n\"It was shameful,\" said Mara Quill, 34, a plaintiff in the lawsuit who waited for hours.\n"
            + "The county has acted unlawfully, the lawsuit says.";
        Assert.NotEqual("Mara Quill", Single(text, "The county has acted unlawfully").Speaker);
    }

    [Fact]
    public void Extract_FormerInADescription_FindsARetiredRole()
    {
        const string text = "Talks went on.\nTomas Brenn, a retired army colonel who now runs a think tank, disagrees.\nDefence Secretary Ivo Marek said the plan was sound.\n"
            + "\"We are not planning to win an air war,\" the former colonel said.";
        Assert.Equal("Tomas Brenn", Single(text, "We are not planning to win an air war").Speaker);
    }

    [Fact]
    public void Extract_HeadlineDroppingTheVerbBeforeItsQuotedWords_StillReports()
    {
        const string text = "Brenn says Estonia 'ready to contribute'\nEstonian Defence Minister Tomas Brenn said on Monday that a unit could go.";
        var quote = Single(text, "ready to contribute");
        Assert.Equal((QuoteKind.Partial, "Tomas Brenn"), (quote.Kind, quote.Speaker));
    }

    [Fact]
    public void Extract_InstitutionInARelativeClauseBeforeItsApposition_IsNotTheSpeaker()
    {
        const string text = "Talks went on.\nDr Mara Quill, who directs the security programme at the Clontarf Institute, a Dublin think tank, said the argument was over.";
        Assert.Equal("Mara Quill", Single(text, "the argument was over").Speaker);
    }

    [Fact]
    public void Extract_StandfirstNamingTheColumnist_IsNoQuote()
    {
        const string text = "The coalition has a plan\nBritain has promised troops. Ask the people who would lead them and the confidence thins, writes Tomas Brenn\nIt is a year since the phrase entered the language.";
        Assert.DoesNotContain(Extract(text), q => q.Speaker == "Tomas Brenn");
    }

    [Fact]
    public void Extract_PlaceOpeningTheSentenceBeforeAnUnnamedSource_IsWhereNotWho()
    {
        const string text = "Talks went on.\nIn Bucharest, a senior Romanian naval officer, who asked not to be named, said the navy could not \"patrol the whole sea alone\".";
        Assert.Equal("a senior Romanian naval officer", Single(text, "patrol the whole sea alone").Speaker);
    }

    [Fact]
    public void Extract_PersonWithARoleAfterAPrepositionThenWhoSaid_Speaks()
    {
        const string text = "Talks went on.\nThat drew a sharp reply from Foreign Affairs Minister Mara Quill, who said Canada would keep up the pressure on Moscow.";
        Assert.Equal("Mara Quill", Single(text, "Canada would keep up the pressure on Moscow").Speaker);
    }

    [Theory]
    // "who gave his name only as Tomas": the person is the name the relative clause gives, not the place before it.
    [InlineData("Talks went on in Kyiv.\nA medic with a battalion near Marinka, who gave his name only as Tomas, said by phone that the unit was tired. \"We need rest,\" he said.", "We need rest", "Tomas")]
    public void Extract_SourceWhoGaveOnlyAName_IsThatName(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Theory]
    // "for its part", "when I asked": an aside set off by commas stands between the subject and its verb.
    [InlineData("Talks went on.\nThe Ministry of Defence, when I asked, said the plan was \"well advanced\".", "well advanced", "Ministry of Defence")]
    [InlineData("Talks went on.\nMoscow, for its part, has said it will treat the troops as \"legitimate targets\".", "legitimate targets", "Russian government")]
    public void Extract_AsideBetweenSubjectAndVerb_LeavesTheSubjectSpeaking(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_QuoteSignedAfterADashInItsParagraph_IsTheSigner()
    {
        const string text = "Talks went on in Brussels.\nQUOTE OF THE DAY\n\u201cThe plan is not a plan. It is a wish.\u201d \u2014 Estonian Defence Minister Tomas Brenn, speaking to reporters.\nThat is all.";
        Assert.Equal("Tomas Brenn", Single(text, "The plan is not a plan. It is a wish.").Speaker);
    }

    [Fact]
    public void Extract_VerbLikeWordEndingAnAside_IsNoCue()
    {
        const string text = "Talks went on.\nForeign Minister Mara Quill, appearing at Senate estimates, said the opposition was \"getting ahead of itself\".";
        Assert.Equal("Mara Quill", Single(text, "getting ahead of itself").Speaker);
    }

    [Theory]
    // Leading a body is holding its role: "who heads the village council" makes "the council head"; "who commands the
    // mountain brigade" makes a commander, whom "the officer" means.
    [InlineData("Talks went on.\nAnna Quill, who heads the village council, said the hall was ready. Defence Minister Tomas Brenn said little.\n\"We have beds for forty,\" the council head said.", "We have beds for forty", "Anna Quill")]
    [InlineData("Talks went on.\nColonel Ivo Marek spoke first. Tomas Brenn, who commands the mountain brigade at the heart of the plan, told reporters it was ready.\n\"We train every week,\" the officer said.", "We train every week", "Tomas Brenn")]
    public void Extract_PersonWhoHeadsABody_HoldsItsRole(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Theory]
    // The person a question is put to is the one who answers.
    [InlineData("Foreign Secretary Anna Quill spoke to the radio host Mara Brenn.\nMoscow said the troops would be targets. Brenn put that to the Foreign Secretary.\n\"They say this every week,\" she replied.", "They say this every week", "Anna Quill")]
    [InlineData("General Tomas Brenn met us at his farm. Defence Secretary Ivo Marek had visited him.\nBefore we left, I asked the general whether he would go.\n\"Yes,\" he said. \"We always do.\"", "We always do.", "Tomas Brenn")]
    public void Extract_PersonAQuestionIsPutTo_Answers(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_TermTheTopicFollowsInsideAReportedClause_IsTheSourcesWord()
    {
        var labels = RuleQuoteExtractor.LabelsOf([new TopicProfile { Name = "p", Terms = [new WeightedTerm { Text = "air cover", Weight = 2 }] }]);
        var quotes = new RuleQuoteExtractor(null, labels).Extract(new Article("t", "title", "Talks went on.\nThe Northgate Bulletin reported that a backstop in the form of “air cover” would be essential to the plan."));
        Assert.Contains(quotes, q => q.Text == "air cover" && q.Kind == QuoteKind.Partial);
    }

    [Theory]
    // A description of an office or career no role stated calls the subject just before it.
    [InlineData("Talks went on.\nReform UK's Tomas Brenn accused ministers of writing \"a blank cheque\".\n\"Taxpayers are being asked to garrison a country,\" the Reform MP said.", "Taxpayers are being asked to garrison a country", "Tomas Brenn")]
    [InlineData("Talks went on.\nIn Warsaw, Anna Quill, who directs the Vistula Institute, said the debate overlooked the railways.\n\"If a plan does not start with the railway, it is not a plan,\" the Warsaw analyst said.", "If a plan does not start with the railway, it is not a plan", "Anna Quill")]
    public void Extract_DescriptionNoRoleStated_IsTheSubjectJustBefore(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_DescriptionTheSubjectsOfficeDoesNotName_GuessesNobody()
    {
        // Only the reader knows the prime minister was a central banker: the defence minister just quoted is no answer.
        const string text = "Talks went on.\nPrime Minister Ivo Marek said Canada would help. Defence Minister Tomas Brenn told reporters cabinet had seen no options.\n\"That would be irresponsible,\" he said.\nThe former central banker said he had spoken with Washington.";
        Assert.NotEqual("Tomas Brenn", Single(text, "he had spoken with Washington").Speaker);
    }

    [Fact]
    public void Extract_EnvoyTitledByTheirPosting_IsNamedAfterTheCountry()
    {
        const string text = "Talks went on.\nOn Monday, the minister met the Ambassador of the Kingdom of Norway to Ukraine Ivo Marek.\n\"Norway stands with Ukraine,\" the diplomat said.";
        var quote = Single(text, "Norway stands with Ukraine");
        Assert.Equal("Ivo Marek", quote.Speaker);
        Assert.Equal("Ambassador of the Kingdom of Norway to Ukraine", quote.Role);
    }

    [Theory]
    // A role or an institution whose portfolio goes on with "of" ("Minister of Foreign Affairs of Ukraine") belongs
    // to the country after it; the country is neither the speaker nor part of the name, and a state's formal name
    // ("the Republic of Poland") is its country.
    [InlineData("Talks went on.\nMinister of Foreign Affairs of Ukraine Ivo Marek said the talks would go on.", "Ivo Marek", "Minister of Foreign Affairs of Ukraine")]
    [InlineData("Talks went on.\nThe Ministry of Foreign Affairs of Ukraine said the talks would go on.", "Ministry of Foreign Affairs of Ukraine", null)]
    [InlineData("Talks went on.\nPresident of the Republic of Poland Anna Quill said the talks would go on.", "Anna Quill", "President of Poland")]
    [InlineData("Talks went on.\nThe Kingdom of Denmark said the talks would go on.", "Danish government", null)]
    public void Extract_PortfolioOfACountry_BelongsToTheCountry(string text, string speaker, string? role)
    {
        var quote = Single(text, "the talks would go on");
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(role, quote.Role);
    }

    [Theory]
    // A description whose adjective stands for a noun of the institution's name ("presidential" for "President", a
    // country's adjective for the country) is the institution the article named.
    [InlineData("Talks went on.\nThe Office of the President of Poland said the talks would continue.\n\"We are ready,\" the presidential office added.", "Office of the President of Poland")]
    [InlineData("Talks went on.\nThe Office of the Speaker of Ruritania met. The Office of the President of Poland said the talks would continue.\n\"We are ready,\" the presidential office added.", "Office of the President of Poland")]
    public void Extract_AdjectiveOfAnInstitutionsNoun_NamesTheInstitution(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text, "We are ready").Speaker);
    }

    [Theory]
    // The embedded first-name list gives the beat's names their usual gender, so a pronoun skips the subject it
    // cannot fit for the person it does ("Declan Quill met Henrike Brenn ... she said").
    [InlineData("Talks went on.\nDeclan Quill met Henrike Brenn in Berlin on Monday.\n\"We are ready,\" she said.", "Henrike Brenn")]
    [InlineData("Talks went on.\nHenrike Brenn met Declan Quill in Berlin on Monday.\n\"We are ready,\" he said.", "Declan Quill")]
    [InlineData("Talks went on.\nKęstutis Marek met Dovile Quill in Vilnius on Monday.\n\"We are ready,\" she said.", "Dovile Quill")]
    public void Extract_PronounAfterTwoPeople_FindsTheOneItsGenderFits(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text, "We are ready").Speaker);
    }

    [Theory]
    // A surname that is also a country's name is the person the article named with it, not the country's government;
    // a country still speaks for its government when no one has that surname.
    [InlineData("Talks went on.\nRep. Tomas Israel of New York said the plan was ready.\n\"We are ready,\" Israel said.", "Tomas Israel")]
    [InlineData("Talks went on.\nRep. Tomas Brenn of New York said the plan was ready.\n\"We are ready,\" Israel said.", "Israeli government")]
    public void Extract_SurnameThatIsACountry_IsThePerson(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text, "We are ready").Speaker);
        Assert.Equal("Rep.", Single(text, "the plan was ready").Role);
    }

    [Theory]
    // An institution's initials ("of" as a small "o") and "the department" for a ministry name the institution the
    // article named before.
    [InlineData("Money set aside\nLONDON – The Ministry of Defence has set aside more money for the force.\nThe MoD said the funding would be reviewed.", "Ministry of Defence")]
    [InlineData("Money set aside\nLONDON – The Ministry of Defence has set aside more money for the force.\nThe department said the funding would be reviewed.", "Ministry of Defence")]
    [InlineData("Money set aside\nLONDON – The Ruritanian Maritime Authority has set aside more money for the force.\nThe RMA said the funding would be reviewed.", "Ruritanian Maritime Authority")]
    public void Extract_InitialsOrSynonymOfAnInstitution_NameTheInstitution(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text, "the funding would be reviewed").Speaker);
    }

    [Fact]
    public void Extract_EverydayTradeAfterANamedSubject_IsThatPerson()
    {
        const string text = "Narva waits\nAnna Quill worked for 30 years at the textile mill, which closed in 2010.\n\"Soldiers, soldiers, everybody talks about soldiers,\" the former mill worker said.";
        Assert.Equal("Anna Quill", Single(text, "Soldiers, soldiers, everybody talks about soldiers").Speaker);
    }

    [Fact]
    public void Extract_QuotedInADocumentAsSaying_IsTheSubjectsQuote()
    {
        const string text = "Money set aside\nLONDON – The ministry set aside money.\nAnna Quill, the Minister for Readiness, is quoted in the release as saying: \"Our message is simple.\"";
        Assert.Equal("Anna Quill", Single(text, "Our message is simple.").Speaker);
    }

    [Fact]
    public void Extract_NewsletterNameHeadingItsHeadline_SaysNothing()
    {
        // A name before a headline's colon speaks only when the story uses it after the headline.
        const string text = "Harbour Morning: Troops talk rattles the tearoom\nHello.\nTomas Brenn arrived late.";
        Assert.DoesNotContain(Extract(text), q => q.Text.StartsWith("Troops talk", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PossessorBeforeADay_IsThePersonAPronounFinds()
    {
        const string text = "Troops talk\nHello.\nTomas Brenn's Sunday night article, in which he said he was \"ready and willing\" to send troops, landed badly.";
        Assert.Equal("Tomas Brenn", Single(text, "ready and willing").Speaker);
    }

    [Theory]
    // A hyphenated title is a role, in an apposition after the quote as anywhere else.
    [InlineData("Talks went on.\n\"Peace is built with diplomacy,\" the second vice-president, Anna Quill, said.", "second vice-president")]
    [InlineData("Talks went on.\n\"Peace is built with diplomacy,\" the secretary-general, Anna Quill, said.", "secretary-general")]
    public void Extract_HyphenatedTitleInApposition_IsTheNamedPersonsRole(string text, string role)
    {
        var quote = Single(text, "Peace is built with diplomacy");
        Assert.Equal("Anna Quill", quote.Speaker);
        Assert.Equal(role, quote.Role);
    }

    [Theory]
    // Sources a medium passes on speak, not the medium.
    [InlineData("Talks went on.\nIn Brussels, diplomatic sources quoted by the Ruritanian agency said the offer was ready.", "diplomatic sources")]
    [InlineData("Talks went on.\nTwo officials cited by the Harbour Review said the offer was ready.", "two officials")]
    public void Extract_SourcesQuotedByAMedium_AreTheSpeakers(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text, "the offer was ready").Speaker);
    }

    [Fact]
    public void Extract_AnotherDescribedInApposition_IsTheSubjectAPronounFinds()
    {
        const string text = "Troops talk\nTomas Brenn spoke first.\nAnother, a former soldier first elected in July, was blunter. \"I know what that phrase means,\" he said.";
        Assert.Equal("a former soldier", Single(text, "I know what that phrase means").Speaker);
    }

    [Fact]
    public void Extract_QuoteBeforeADescriptionAndName_IsADirectQuote()
    {
        const string text = "Talks went on.\n\"We will not improvise,\" the defence minister, Anna Quill, said on Friday.";
        var quote = Single(text, "We will not improvise");
        Assert.Equal("Anna Quill", quote.Speaker);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void Extract_StatedThisAfterTheWords_ReportsTheSentenceBefore()
    {
        // State agencies give the words first, then who stated "this"; the correspondent's byline reports nothing.
        const string text = "Brenn: guarantees must be binding\nBERLIN – The security guarantees for Ukraine must be legally binding and supported by parliament. Ukrainian President Tomas Brenn stated this at a press conference in Berlin, a correspondent reports.";
        var quotes = Extract(text);
        var report = Single(text, "The security guarantees for Ukraine must be legally binding and supported by parliament");
        Assert.Equal("Tomas Brenn", report.Speaker);
        Assert.Equal(QuoteKind.Indirect, report.Kind);
        Assert.DoesNotContain(quotes, q => q.Speaker == "a correspondent");
    }

    [Fact]
    public void Extract_HeadOfACountrysDiplomacy_IsItsForeignMinister()
    {
        const string text = "Talks went on.\nUkrainian Foreign Minister Anna Quill met the Ambassador of France to Ukraine Ivo Marek in Kyiv.\nThe Head of Ukrainian diplomacy stressed that the strikes proved Moscow was not seeking peace.";
        Assert.Equal("Anna Quill", Single(text, "the strikes proved Moscow was not seeking peace").Speaker);
    }

    [Theory]
    // A share of a group after the verb reads on to the group, and an apposition says which of them spoke.
    [InlineData("Talks went on.\n\"We are close,\" said one of the diplomats.", "one of the diplomats")]
    [InlineData("Talks went on.\n\"Nobody wants to go in blind,\" said one of the people, a European defence official.", "a European defence official")]
    public void Extract_ShareOfAGroupAfterTheVerb_SpeaksAsWritten(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Extract(text)).Speaker);
    }

    [Theory]
    // People qualified by a place or a matter are the source up to their head noun, after an adjective too, and with
    // the head capitalised only because it opens the sentence; never the place or the matter.
    [InlineData("Talks went on.\nWestern diplomats in Ankara said the offer raised awkward questions.", "Western diplomats")]
    [InlineData("Talks went on.\nEuropean officials in Brussels said the offer raised awkward questions.", "European officials")]
    [InlineData("Talks went on.\nOfficials familiar with the talks said the offer raised awkward questions.", "officials")]
    public void Extract_QualifiedPeopleWithoutDeterminer_AreTheSource(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text, "the offer raised awkward questions").Speaker);
    }

    [Fact]
    public void Extract_OneOfThem_IsOneOfTheGroupJustQuoted()
    {
        const string text = "Talks went on.\nWestern diplomats in Ankara said the offer raised questions. \"Everybody wants the Turks inside the tent,\" one of them said.";
        Assert.Equal("one of the diplomats", Single(text, "Everybody wants the Turks inside the tent").Speaker);
    }

    [Fact]
    public void Extract_PronounAfterAnIndefiniteRankedSubject_IsThatPerson()
    {
        const string text = "Talks went on.\n\"Buying is not having,\" Ivo Bronk replied.\nQuestions were sharper. A retired Royal Navy commodore wanted to talk about the sea. \"Where are the minehunters?\" he asked.";
        Assert.Equal("a retired Royal Navy commodore", Single(text, "Where are the minehunters?").Speaker);
    }

    [Theory]
    // A document records the report of the speaker its clause names; a person or paper given as the source stays it.
    [InlineData("Talks went on.\nAccording to a note released by the ministry, Ivo Marek told the allied leaders that the guarantees must be credible.", "Ivo Marek")]
    [InlineData("Talks went on.\nAccording to the Northgate Bulletin, Ivo Marek praised the guarantees must be credible.", null)]
    public void Extract_AccordingToADocumentBeforeAReport_IsTheReportsSpeaker(string text, string? speaker)
    {
        var quotes = Extract(text);
        if (speaker is null)
            Assert.DoesNotContain(quotes, q => q.Speaker == "Ivo Marek" && q.Text.StartsWith("the guarantees", StringComparison.Ordinal));
        else
            Assert.Equal(speaker, Assert.Single(quotes, q => q.Text == "the guarantees must be credible").Speaker);
    }

    [Fact]
    public void Extract_Counterpart_HoldsTheOfficeOfThePersonBeforeInTheirCountry()
    {
        const string text = "Talks went on.\nBelgian Defence Minister Ivo Marek said the country was ready.\nIn The Hague, his Dutch counterpart Tomas Brenn was more concrete. The Netherlands would send ships, the minister said after a meeting.";
        var quote = Single(text, "The Netherlands would send ships");
        Assert.Equal("Tomas Brenn", quote.Speaker);
        Assert.Equal("Dutch Defence Minister", quote.Role);
    }

    [Fact]
    public void Extract_TheEmbassyAfterAStatesEmbassyOpenedASentence_IsThatEmbassy()
    {
        const string text = "Talks went on.\nThe Russian embassy in Canberra said the plan was a provocation.\nUkraine's embassy welcomed the comments. \"Australia has been a true friend,\" the embassy said in a statement.";
        Assert.Equal("Ukrainian embassy", Single(text, "Australia has been a true friend").Speaker);
    }

    [Fact]
    public void Extract_FinalSay_IsNoSpeechVerb()
    {
        const string text = "Brenn opens door to troops \"in and around\" the region – but parliament will have the final say\nOSLO – Norway is prepared to help, Defence Minister Tomas Brenn said.";
        Assert.Equal("Tomas Brenn", Single(text, "in and around").Speaker);
    }

    [Fact]
    public void Extract_DescriptionThenNameWithItsOwnRole_IsThePersonNamed()
    {
        const string text = "Talks went on.\nRuritania's chief negotiator, presidential aide Ivo Marek, described the talks as \"useful\" and said the sides would meet again.";
        Assert.Equal("Ivo Marek", Single(text, "useful").Speaker);
    }

    [Fact]
    public void Extract_CommandingOfficer_IsTheOneWhoCommands()
    {
        const string text = "Talks went on.\nThe man who would lead them is Colonel Tomas Brenn, who commands the 2nd Battalion, and grew up in Leeds.\n\"We are ready,\" the commanding officer says.";
        Assert.Equal("Tomas Brenn", Single(text, "We are ready").Speaker);
    }

    [Theory]
    // A rank spelt like an adjective heads an unnamed officer only when a qualifier follows it.
    [InlineData("Talks went on.\nColonel Tomas Brenn, who commands the 2nd Battalion, spoke first.\nA major in the same brigade, who asked not to be named, was less guarded.\n\"It would be hard,\" the officer said.", "It would be hard", "a major")]
    [InlineData("Talks went on.\nColonel Tomas Brenn spoke to reporters in Kyiv.\nA major offensive began on Monday.\n\"We will hold,\" he said.", "We will hold", "Tomas Brenn")]
    public void Extract_RankSpeltLikeAnAdjective_HeadsAnOfficerOnlyWhenQualified(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_SourceAtABodyInANearbyPlace_IsTheSourceNotThePlace()
    {
        const string text = "Talks went on.\nA senior officer at Fleet Headquarters in nearby Dunmore said the units had been chosen.";
        Assert.Equal("a senior officer", Single(text, "the units had been chosen").Speaker);
    }

    [Fact]
    public void Extract_NameAfterANounAndItsPreposition_IsNoSubjectOfTheReportedClause()
    {
        const string text = "Talks went on.\nDefence Minister Tomas Brenn said the upgrade of the port near Varnholm, which is set to double in size, would continue \"on schedule\".";
        Assert.Equal("Tomas Brenn", Single(text, "on schedule").Speaker);
    }

    [Fact]
    public void Extract_SubjectDescribedByRoleThenRelativeClause_IsWhomAPronounFinds()
    {
        const string text = "Talks went on.\nPresident Tomas Brenn said he had discussed the plan with Prime Minister Ivo Marek.\nThe 61-year-old prime minister, who is steering a tight budget, was more guarded. Ruritania \"cannot pay for everything\", he told reporters.";
        Assert.Equal("Ivo Marek", Single(text, "cannot pay for everything").Speaker);
    }

    [Theory]
    // Where a person comes from, said of the person just quoted.
    [InlineData("Talks went on.\nTomas Brenn has been the parish priest for six years. \"People come to me,\" he said.\nThe Galway man, who came here from Leeds, said a support group had grown to thirty.", "a support group had grown to thirty", "Tomas Brenn")]
    [InlineData("Talks went on.\nColonel Ivo Marek met us in his office. \"We are ready,\" he said.\n\"Nobody has told us a date,\" the Welshman added.", "Nobody has told us a date", "Ivo Marek")]
    public void Extract_EpithetOfOrigin_IsTheSubjectJustBefore(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Theory]
    // A word for family or time of life is no office: the mayor just quoted may be "the grandmother of four".
    [InlineData("Talks went on.\nAnna Quill, the mayor of Dunmore, spent years in the army. \"The town goes quiet,\" she said.\n\"We have done this before,\" said the grandmother of four, who keeps a list of families.", "We have done this before", "Anna Quill")]
    [InlineData("Talks went on.\nFor Tomas Brenn, 72, who served with the regiment, the talk has a familiar ring.\n\"We found out from the telly,\" said the former trooper, who now lives in Dunmore.", "We found out from the telly", "Tomas Brenn")]
    public void Extract_DescriptionByLifeOrService_IsTheSubjectJustBefore(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_FamilyWordOfTheOtherSex_IsNotTheSubjectJustBefore()
    {
        const string text = "Talks went on.\nTomas Brenn, the mayor of Dunmore, spoke first. \"The town goes quiet,\" he said.\n\"We have done this before,\" said the grandmother of four.";
        Assert.NotEqual("Tomas Brenn", Single(text, "We have done this before").Speaker);
    }

    [Fact]
    public void Extract_OfficeQualifiedByAParty_IsTheSubjectOfTheParagraphHoldingIt()
    {
        const string text = "Talks went on.\nRuritanian Prime Minister Tomas Brenn said again he would not sign. \"It is Ruritania that pays,\" the NPR leader told the chamber.";
        Assert.Equal("Tomas Brenn", Single(text, "It is Ruritania that pays").Speaker);
    }

    [Fact]
    public void Extract_LoneSurnameAProfileNames_IsIntroducedWithTheProfilesRole()
    {
        // The article never gives the full name, but the profile's person is whom "the secretary general" means, and
        // "general" of that title calls no one by a military rank.
        var profile = new TopicProfile
        {
            Entities = [new TopicEntity { Name = "Tomas Brenn", Role = "Alliance Secretary General", Aliases = ["Brenn"] }],
        };
        const string text = "Talks went on.\n- Quill, arriving last night: \"A truce that can be switched off is not a truce.\"\n- Brenn, asked at an event whether the alliance had a role: \"This is a coalition, not our mission,\" said the secretary general.";
        var quote = Assert.Single(Extract(text, IdentityResolver.FromProfiles([profile])), q => q.Text.StartsWith("This is a coalition", StringComparison.Ordinal));
        Assert.Equal("Tomas Brenn", quote.Speaker);
    }

    [Fact]
    public void Extract_SecretaryOfStateAtWestminster_IsTheCabinetSecretaryTheStoryNamed()
    {
        var profile = new TopicProfile
        {
            Entities = [new TopicEntity { Name = "Ivo Marek", Role = "US Secretary of State", Aliases = ["Marek"] }],
        };
        const string text = "Talks went on.\nDefence Secretary Tomas Brenn told MPs the plans were ready. Anna Quill, the shadow defence secretary, asked for numbers.\nWould the House get a vote? The Secretary of State said that it would, \"if and when\" a deployment was proposed.";
        var quote = Assert.Single(Extract(text, IdentityResolver.FromProfiles([profile])), q => q.Text == "if and when");
        Assert.Equal("Tomas Brenn", quote.Speaker);
    }

    [Fact]
    public void Extract_InstitutionNamedBeforeWithoutSpeaking_IsWhomItsDescriptionFinds()
    {
        // "itself" only stresses who speaks; the ministry is the one the story named a sentence before.
        const string text = "Talks went on.\nIn the Ministry of Defence the tone is technical. Admiral Tomas Brenn has asked planners to study options.\nThe ministry itself, in a statement issued in the afternoon, said Ruritania \"maintains its full commitment\" to Kyiv.";
        Assert.Equal("Ministry of Defence", Single(text, "maintains its full commitment").Speaker);
    }

    [Theory]
    // A capital's possessive stands for its country.
    [InlineData("Ankara's foreign ministry said the ferry talks had stalled.", "Turkish foreign ministry")]
    // A "Ministry of ..." goes by the adjective too.
    [InlineData("India's Ministry of External Affairs said the ferry talks had stalled.", "Indian Ministry of External Affairs")]
    public void Extract_CapitalsOrCountrysMinistry_IsNamedByTheCountrysAdjective(string sentence, string speaker)
    {
        var text = "Talks went on.\n" + sentence;
        Assert.Equal(speaker, Single(text, "the ferry talks had stalled").Speaker);
    }

    [Fact]
    public void Extract_CountrysService_IsNamedByItsAdjective()
    {
        const string text = "Talks went on.\nEarlier this month Russia's Foreign Intelligence Service said Western countries were preparing troops. The service described the plan as \"an occupation\".";
        Assert.Equal("Russian Foreign Intelligence Service", Single(text, "an occupation").Speaker);
    }

    [Fact]
    public void Extract_DocumentTheStoryComesBackTo_SpeaksForItsIssuer()
    {
        const string text = "Talks went on.\nAccording to a note released by Castello Verde, the talks had gone well. The note described the day as \"a real step forward\", without detail.";
        Assert.Equal("Castello Verde", Single(text, "a real step forward").Speaker);
    }

    [Fact]
    public void Extract_BodyDescribedThenNamedBetweenCommas_SpeaksAsTheName()
    {
        const string text = "Live: leaders meet\n11:40 GMT\nAnna Quill's office, Castello Verde, says Ruritania will not send troops but is ready to help monitor a ceasefire.";
        Assert.Equal("Castello Verde", Single(text, "Ruritania will not send troops but is ready to help monitor a ceasefire").Speaker);
    }

    [Fact]
    public void Extract_InterviewTranscript_AnswersAreTheIntervieweesWords()
    {
        const string text = "'The quay will hold': Q&A with Lt Col Tomas Brenn\nHARWICH – Lieutenant Colonel Tomas Brenn ran the harbour for twenty years. He spoke to us on Monday.\n"
            + "Q: The council says the quay is \"beyond repair\". Is it?\nA: I take everything the council says seriously. It is not beyond repair.\n"
            + "Q: And the money?\nA: Well, they would say that. (Laughs.) Look, the money is there.";
        var quotes = Extract(text);
        Assert.Equal("Tomas Brenn", Single(text, "The quay will hold").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "I take everything the council says seriously. It is not beyond repair.").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "Well, they would say that.").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "Look, the money is there.").Speaker);
        Assert.Equal(QuoteKind.Direct, Single(text, "Look, the money is there.").Kind);
        Assert.Equal("the council", Single(text, "beyond repair").Speaker);
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("seriously", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TranscriptLabelledBySpeaker_GivesEachParagraphToTheLabelsPerson()
    {
        // Labels name the speaker by surname, by initials or by the role the introduction gave; an answer over two
        // paragraphs is one speaker's; the outlet's own initials ask and name no one.
        const string text = "Brenn: the quay will hold\nHARWICH – Harbour master Tomas Brenn spoke to presenter Anna Quill, and to Ivo Marek Dahl of The Harbour Review (HR), on Monday.\n"
            + "PRESENTER: Is the quay beyond repair?\nBRENN: It is not. We checked it twice.\n"
            + "PRESENTER: And the money?\nBRENN: The money is there.\nThe council knows it.\n"
            + "HR: Will you stay on?\nIMD: I asked that myself.\nHR: And next year?\nIMD: Ask me then.";
        Assert.Equal("Anna Quill", Single(text, "Is the quay beyond repair?").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "It is not. We checked it twice.").Speaker);
        Assert.Equal(QuoteKind.Direct, Single(text, "The money is there.").Kind);
        Assert.Equal("Tomas Brenn", Single(text, "The council knows it.").Speaker);
        Assert.Equal("Ivo Marek Dahl", Single(text, "I asked that myself.").Speaker);
        Assert.DoesNotContain(Extract(text), q => q.Text.StartsWith("Will you stay", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BroadcastTranscriptWithDescribedLabels_GivesTurnsToSpeakersAndRelayedSentencesToTheirSource()
    {
        // A radio transcript describes each speaker in brackets at the first label, marks recordings and times; the
        // presenter is named only by the label. A sentence of a turn that reports a named person is theirs, the rest
        // of the turn the turn speaker's, over the paragraphs before the next label.
        const string text = "TRANSCRIPT: Morning Tide\nKeston Radio | Monday\n[07:31]\nTOM BRENN (presenter): Good morning. It is half past seven.\n"
            + "Our harbour correspondent, Anna Quill, was at the council. Anna, what did they agree?\n"
            + "ANNA QUILL (harbour correspondent): Less than the headlines suggest, Tom.\n"
            + "Ivo Marek said the quay would be rebuilt within a year. The order matters: the quay first, then the dock.\n"
            + "[CLIP] IVO MAREK: We have waited long enough for this quay.\n"
            + "QUILL: Not everyone sounded so eager.\n[07:36]\n"
            + "BRENN: Anna Quill, thank you.\nQUILL: Thank you, Tom.";
        var quotes = Extract(text);
        Assert.Equal("Tom Brenn", Single(text, "Good morning. It is half past seven.").Speaker);
        Assert.Equal("Tom Brenn", Single(text, "Our harbour correspondent, Anna Quill, was at the council. Anna, what did they agree?").Speaker);
        Assert.Equal("Anna Quill", Single(text, "Less than the headlines suggest, Tom.").Speaker);
        Assert.Equal("Ivo Marek", Single(text, "the quay would be rebuilt within a year").Speaker);
        Assert.Equal("Anna Quill", Single(text, "The order matters: the quay first, then the dock.").Speaker);
        Assert.Equal("Ivo Marek", Single(text, "We have waited long enough for this quay.").Speaker);
        Assert.Equal("Tom Brenn", Single(text, "Anna Quill, thank you.").Speaker);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("07:36", StringComparison.Ordinal) || q.Text.Contains("(presenter)", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ProseBetweenLabelledLines_IsTheWritersNotTheLastSpeakers()
    {
        // Lines labelled before quote marks are read as quotes with their label; the writer's prose between them,
        // which reports speech, goes on with no label's speaker.
        const string text = "Briefing\nWASHINGTON – Spokeswoman Anna Quill held her briefing on Tuesday.\n"
            + "REPORTER: \"Does that include ferries?\"\nMS QUILL: \"I will not discuss that.\"\n"
            + "Tomas Brenn, the minister, said the talks had moved fast.\n"
            + "REPORTER: \"And the port?\"\nMS QUILL: \"Ask the port.\"";
        Assert.Equal("Anna Quill", Single(text, "I will not discuss that.").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "the talks had moved fast").Speaker);
    }

    [Fact]
    public void Extract_SectionLabelsOfAFactbox_AreNoTranscript()
    {
        const string text = "Factbox: who sends what\nFRANCE: Anna Quill said Paris would send jets.\nPOLAND: Warsaw will host the hub.\nITALY: Tomas Brenn said Rome would pay.";
        Assert.Equal("Anna Quill", Single(text, "Paris would send jets").Speaker);
        Assert.DoesNotContain(Extract(text), q => q.Text.StartsWith("Warsaw will host", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RecordOfADebateHeadedInOrdinaryCase_GivesEachTurnToItsSpeaker()
    {
        // A parliamentary record heads its turns "Role (Name):", "Name (Constituency) (Party):", then the name or the
        // role alone; "Mr Speaker" is the one the introduction made Speaker; "Hon. Members" is the House; a stage
        // direction cuts a turn in two; a turn goes on over a paragraph, but not over a time or "Members rose".
        const string text = "Harbour: Quay Repairs\nKeston Record | Official Report\nKeston Assembly, Tuesday. The Speaker, Sir Ivo Marek, was in the Chair.\n"
            + "The Minister for the Harbour (Tomas Brenn): I beg to move the motion.\nThe quay will be rebuilt by spring.\nHon. Members: Hear, hear.\n"
            + "Mrs Anna Quill (Keston North) (Ind): Will the Minister give way?\nTomas Brenn: I will. [Interruption.] The money is there.\n"
            + "Mr Speaker: Order. I want to hear the Minister.\nMrs Quill: Who pays for it?\nThe Minister for the Harbour: The council pays.\n2.11 pm\n"
            + "Tomas Brenn: We will not wait.\nSeveral hon. Members rose—\nMr Speaker: Order.";
        var quotes = Extract(text);
        Assert.Equal("Tomas Brenn", Single(text, "I beg to move the motion.").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "The quay will be rebuilt by spring.").Speaker);
        Assert.Equal("Hon. Members", Single(text, "Hear, hear.").Speaker);
        Assert.Equal("Anna Quill", Single(text, "Will the Minister give way?").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "I will.").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "The money is there.").Speaker);
        Assert.Equal("Ivo Marek", Single(text, "Order. I want to hear the Minister.").Speaker);
        Assert.Equal("Anna Quill", Single(text, "Who pays for it?").Speaker);
        Assert.Equal(QuoteKind.Direct, Single(text, "The council pays.").Kind);
        Assert.Equal("Tomas Brenn", Single(text, "The council pays.").Speaker);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("2.11", StringComparison.Ordinal) || q.Text.Contains("rose", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PressConferenceHeadedInOrdinaryCase_LeavesTheOutletsQuestionsOut()
    {
        // "Q (Harbour Review):" is a journalist's question: no quote, and it ends the turn before it; "Chief:" is the
        // role the first heading gave with the name.
        const string text = "Harbour briefing\nHarbour chief Tomas Brenn spoke to reporters on Monday.\nHarbour Chief Tomas Brenn: Good afternoon. The quay will hold.\n"
            + "Anna Quill (Spokesperson): Thank you. We start with the Review.\nQ (Harbour Review): Chief, is the quay beyond repair? And who pays?\n"
            + "Chief: It is not beyond repair. The council pays.\nAnna Quill: Next question.\nQ (Keston Post): Will you stay on?\nChief: I will.";
        var quotes = Extract(text);
        Assert.Equal("Anna Quill", Single(text, "Thank you. We start with the Review.").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "It is not beyond repair. The council pays.").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "I will.").Speaker);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("stay on", StringComparison.Ordinal) || q.Text.Contains("beyond repair?", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TallyLinesHeadedByNames_AreNoTranscript()
    {
        const string text = "The count\nThe latest delegate count.\nTomas Brenn: 1,769.\nAnna Quill: 1,501.\nBrenn: 547.\nQuill: 46.\nTomas Brenn: 2,316.\nAnna Quill: 1,547.";
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void Extract_SpanishDialogueDashes_AreQuotesAroundTheirAttribution()
    {
        // Translated Spanish copy opens speech with a dash and sets the attribution off with two more; a dash opening
        // a list's line, with no attribution, quotes no one.
        const string text = "Madrid waits\nMADRID – The debate is open.\n—We will not improvise with our soldiers —a veteran deputy, Anna Quill, said in the chamber—. When there is a ceasefire, Spain will decide.\n—Ruritania sends ships.";
        var before = Single(text, "We will not improvise with our soldiers");
        Assert.Equal("Anna Quill", before.Speaker);
        Assert.Equal("Anna Quill", Single(text, "When there is a ceasefire, Spain will decide.").Speaker);
        Assert.Equal(QuoteKind.Direct, Single(text, "When there is a ceasefire, Spain will decide.").Kind);
        Assert.DoesNotContain(Extract(text), q => q.Text.Contains("Ruritania sends", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SpacedDialogueDashesOfTranslatedCopy_AreQuotesBeforeTheirAttribution()
    {
        // Polish or Russian copy in translation: a spaced dash opens the speech, another sets off the attribution,
        // which may open with its verb; a dash after the attribution's full stop opens more speech. A dash opening a
        // list's line, or one inside a sentence, quotes no one.
        const string text = "Keston waits\nKESTON – The debate is open.\n– The quay is safe. The council pays – Anna Quill said, to laughter.\n"
            + "– So, minister: is it safe or not? – Ivo Marek pressed.\n– Not yet – replied the minister. – Ask me in spring.\n"
            + "– The quay – the oldest in Keston – will close.\n– Ruritania sends ships.";
        var quotes = Extract(text);
        Assert.Equal("Anna Quill", Single(text, "The quay is safe. The council pays").Speaker);
        Assert.Equal(QuoteKind.Direct, Single(text, "The quay is safe. The council pays").Kind);
        Assert.Equal("Ivo Marek", Single(text, "So, minister: is it safe or not?").Speaker);
        Assert.Equal(QuoteKind.Direct, Single(text, "Not yet").Kind);
        Assert.Equal(QuoteKind.Direct, Single(text, "Ask me in spring.").Kind);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("will close", StringComparison.Ordinal) || q.Text.Contains("Ruritania", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LoneAnswerLabelOutsideATranscript_IsNoQuote()
    {
        const string text = "Tomas Brenn ran the harbour for twenty years.\nA: the quay, B: the dock.\nThe council met on Monday.";
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void Extract_ExplainerQuestionsLateInAReport_AreNoInterview()
    {
        const string text = "Harbour talks end\nTomas Brenn said on Monday the quay would be rebuilt.\nThe council met.\nThe guild met.\nThe port met.\nThe unions met.\n"
            + "Q&A: what happens next\nQ: Will it be rebuilt?\nA: Probably. Anna Quill said the money was \"nearly there\".\nQ: And the dock?\nA: Still vague, officials say.";
        var quotes = Extract(text);
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Probably", StringComparison.Ordinal));
        Assert.Equal("Anna Quill", Single(text, "nearly there").Speaker);
    }

    [Fact]
    public void Extract_DoubleMarksInsideGuillemets_AreNestedInTheQuote()
    {
        // Italian copy quotes with guillemets and nests double marks inside them: the inner words are part of the
        // quote, whose speaker is the one after it, not "My" of the nested report.
        const string text = "Keston talks\nTomas Brenn spoke on Monday. «My grandfather used to say: “Whoever helps late, helps badly.” I would rather help early,» he says.";
        Assert.Equal("Tomas Brenn", Single(text, "My grandfather used to say: “Whoever helps late, helps badly.” I would rather help early").Speaker);
        Assert.DoesNotContain(Extract(text), q => q.Text == "Whoever helps late, helps badly.");
    }

    [Fact]
    public void Extract_InvertedCueWithDescriptionThenName_SpeaksAsTheName()
    {
        // "said the party secretary, Anna Quill.": the name set off after the description is who spoke.
        const string text = "Keston talks\nThe opposition smells blood. \"The council is divided on everything,\" said the Harbour Party secretary, Anna Quill. \"Brenn should come to the council.\"";
        Assert.Equal("Anna Quill", Single(text, "The council is divided on everything").Speaker);
        Assert.Equal("Anna Quill", Single(text, "Brenn should come to the council.").Speaker);
    }

    [Fact]
    public void Extract_DocumentReadOutBeforeAColon_SpeaksForItsOwner()
    {
        // "The leaders' statement read in part:" hands the quote paragraphs after it to the statement's owners; a
        // document that is nobody's speaks as itself.
        const string text = "Keston talks\nThe leaders of Keston and Harwick met on Monday.\nThe leaders' statement read in part:\n"
            + "\"We welcome the efforts of the council to end this dispute. We stand ready to help.\n\"But a quay that cannot hold would not be a quay.\"\n"
            + "The council met later. The notice read as follows: \"The quay is closed until further notice.\"";
        Assert.Equal("the leaders", Single(text, "We welcome the efforts of the council to end this dispute. We stand ready to help.").Speaker);
        Assert.Equal("the leaders", Single(text, "But a quay that cannot hold would not be a quay.").Speaker);
        Assert.Equal("the notice", Single(text, "The quay is closed until further notice.").Speaker);
    }

    [Fact]
    public void Extract_OwnersEditorial_SpeaksAsTheOwner()
    {
        const string text = "Press review\nKESTON – The papers were unimpressed.\nThe Harbour Review's editorial said the summit had shown that \"the council is still the hinge on which the door swings\".";
        Assert.Equal("Harbour Review", Single(text, "the council is still the hinge on which the door swings").Speaker);
    }

    [Fact]
    public void Extract_ThePaperAfterAnOutletSpoke_IsThatOutlet()
    {
        // A press review cites a paper by name, then calls it "the paper"; after a person spoke, it stays as written.
        const string text = "Press review\nKESTON – The papers were unimpressed.\nThe Harbour Review writes that the summit delivered \"a promise without a date\".\n"
            + "\"The council has finally found the courage to say what it will do,\" the paper said.\n"
            + "Tomas Brenn, the mayor, said the quay would hold.\n\"We are not worried about the quay at all,\" the paper quoted him as saying, and it added nothing of its own.";
        Assert.Equal("Harbour Review", Single(text, "The council has finally found the courage to say what it will do").Speaker);
    }

    [Fact]
    public void Extract_DeputyOffice_IsNotTheOfficeADescriptionNames()
    {
        // A deputy prime minister is not "the Prime Minister": the description means the prime minister named before.
        const string text = "Keston talks\nPrime Minister Anna Quill spoke in the chamber.\nDeputy Prime Minister Tomas Brenn repeated his line outside.\n"
            + "\"We will not abandon the harbour,\" the Prime Minister told the chamber.";
        Assert.Equal("Anna Quill", Single(text, "We will not abandon the harbour").Speaker);
    }

    [Fact]
    public void Extract_PronounAfterAParagraphOnTheSpeakersFamily_IsStillTheSpeaker()
    {
        // The family a profile introduces between two quotes is background: "she says" is the woman quoted before.
        const string text = "Profile\nKESTON – Anna Quill runs the harbour.\n\"The tide does not wait for anyone,\" Quill says.\n"
            + "Her husband, Tomas, sails a ferry. Their daughter, Ilse, is 19 and studies in Harwick.\n"
            + "\"We talk every evening for five minutes,\" she says.";
        Assert.Equal("Anna Quill", Single(text, "We talk every evening for five minutes").Speaker);
    }

    [Fact]
    public void Extract_SectionHeadingWithNameAndOffice_IntroducesTheSectionsPerson()
    {
        // A roundup heads each section with the person and office; "The Prime Minister" and "he" below are that person.
        const string text = "Roundup\nLeaders posted online after the talks.\nTomas Brenn, Harwick Prime Minister\n"
            + "The Prime Minister posted a photograph with a single word: \"Unity.\"\nIn a longer statement, he said the talks had been \"a real step forward\".";
        Assert.Equal("Tomas Brenn", Single(text, "Unity.").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "a real step forward").Speaker);
    }

    [Fact]
    public void Extract_ListenerNamedInAppositionWhoTexted_IsTheName()
    {
        // A programme's audience speaks too: "a listener" is a person described, and texting is writing.
        const string text = "Morning Tide\nThe presenter read the messages.\nA listener, Anna Quill, texted: \"My son works on the quay. Nobody has told us anything.\"";
        Assert.Equal("Anna Quill", Single(text, "My son works on the quay. Nobody has told us anything.").Speaker);
    }

    [Fact]
    public void Extract_ParticipleAfterAnObject_IsNoCue()
    {
        // "the documents agreed in Harwick" says what was done to the documents; the report is still Brenn's.
        const string text = "Reactions\nCouncil spokesman Tomas Brenn said Keston had not been shown the documents agreed in Harwick and that it would judge them \"by what is written, not by what is said\".";
        var quote = Single(text, "by what is written, not by what is said");
        Assert.Equal("Tomas Brenn", quote.Speaker);
        Assert.Equal(QuoteKind.Partial, quote.Kind);
    }

    [Fact]
    public void Extract_SideTheSpeakerSpeaksFor_IsNotTheSubject()
    {
        // "From the Greens, ..." opens the sentence with the side; the person after the comma speaks.
        const string text = "Keston talks\nThe opposition was split. From the Harbour Greens, Anna Quill was blunter still: \"Every time this council says quays, it means more money.\"";
        Assert.Equal("Anna Quill", Single(text, "Every time this council says quays, it means more money.").Speaker);
    }

    [Theory]
    // "put it like this:" says how the speaker worded it, as "put it," does.
    [InlineData("An officer put it like this: \"A quay you have to wait for is only a promise.\"")]
    // "I spoke to" says how the writer met the officer; "I" is no one named.
    [InlineData("An officer I spoke to on Saturday put it like this: \"A quay you have to wait for is only a promise.\"")]
    public void Extract_PutItLikeThis_GivesTheQuoteToTheSubject(string sentence)
    {
        var text = "Keston talks\nAnna Quill went to the quay.\n" + sentence;
        Assert.Equal("an officer", Single(text, "A quay you have to wait for is only a promise.").Speaker);
    }

    [Fact]
    public void Extract_DemandThatClause_IsAnAppealNotAReport()
    {
        const string text = "Talks went on.\nTomas Brenn said the council «cannot hide from the harbour», and demanded that it appear before the guild next week.";
        var quotes = Extract(text);
        Assert.Equal("Tomas Brenn", Single(text, "cannot hide from the harbour").Speaker);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("appear", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AccordingToAfterAReport_LeavesTheReportToItsSpeaker()
    {
        const string text = "Talks went on.\nTomas Brenn, for his part, told her that the harbour's help would not depend on the weather, according to the council's account of the call.";
        var quote = Assert.Single(Extract(text));
        Assert.Equal("Tomas Brenn", quote.Speaker);
        Assert.Equal("the harbour's help would not depend on the weather", quote.Text);
    }

    [Theory]
    // A share of a group speaks as the share, after "as" too and before a possessive.
    [InlineData("Talks went on.\nThe guild has a treasurer who, as one of her collaborators put it, «prefers to say no today rather than sorry tomorrow».", "prefers to say no today rather than sorry tomorrow", "one of her collaborators")]
    [InlineData("Talks went on.\nOne of her aides said: «She prefers to say no today rather than sorry tomorrow».", "She prefers to say no today rather than sorry tomorrow", "one of her aides")]
    public void Extract_ShareOfAGroup_SpeaksAsTheShare(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_ExclamationOpeningTheSentence_HandsOverToAnyVerb()
    {
        const string text = "Talks went on.\n\"Nonsense!\" cried a Green backbencher, although it was not clear at whom.";
        Assert.Equal("a Green backbencher", Single(text, "Nonsense!").Speaker);
    }

    [Fact]
    public void Extract_BodyASpeakerAnswersFor_IsAnAsideBeforeTheVerb()
    {
        const string text = "Talks went on.\nTomas Brenn, for the Harbour Party, said the docks would play their part and that his party backed the plan \"in principle\".";
        Assert.Equal("Tomas Brenn", Single(text, "the docks would play their part").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "in principle").Speaker);
    }

    [Fact]
    public void Extract_NextSpeakerAfterLinkAndCircumstance_EndsTheClauseBefore()
    {
        const string text = "Talks went on.\nIvo Marek said last week that any boats would be turned back, and on Thursday Tomas Brenn said he backed a pause \"in principle\" before listing conditions.";
        Assert.Equal("Ivo Marek", Single(text, "any boats would be turned back").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "in principle").Speaker);
    }

    [Fact]
    public void Extract_ButThatClauseWithQuotedWords_LeavesTheClauseBeforeIndirect()
    {
        const string text = "Talks went on.\nTomas Brenn said the harbour was open to discussing a role for its boats but that it was \"too early\" to talk about cranes.";
        Assert.Equal(QuoteKind.Indirect, Single(text, "the harbour was open to discussing a role for its boats").Kind);
        Assert.Equal(QuoteKind.Partial, Single(text, "too early").Kind);
    }

    [Theory]
    // "as calling", "as describing": any speech participle after "quoted ... as".
    [InlineData("Talks went on.\nA harbour paper quoted an official at the port as calling him “the only person on the quay who reads the whole ledger”.", "the only person on the quay who reads the whole ledger", "an official")]
    // A relative clause without "who" that says how the writer reached the speaker.
    [InlineData("Talks went on.\nEconomists we spoke to said the new levy bore little relation to what the boats could pay.", "the new levy bore little relation to what the boats could pay", "economists")]
    [InlineData("Talks went on.\nResidents I interviewed said the new levy bore little relation to what the stalls could pay.", "the new levy bore little relation to what the stalls could pay", "residents")]
    public void Extract_UnnamedSourceReachedByTheWriter_Speaks(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_SummingUpBeforeAColon_WordsTheQuoteAfterIt()
    {
        const string text = "Talks went on.\n- One harbour pilot summed up the mood on the quay: \"Everyone is waiting for Friday. Nobody believes in Friday.\"";
        Assert.Equal("one harbour pilot", Single(text, "Everyone is waiting for Friday. Nobody believes in Friday.").Speaker);
    }

    [Fact]
    public void Extract_RelativeAfterRoleAndName_ReportsQuotedWordsInItsThatClause()
    {
        const string text = "Talks went on.\nThe figure was picked up by Harbour Board spokeswoman Anna Quill, who told her weekly briefing that the guild was “rehearsing a strike”.";
        Assert.Equal("Anna Quill", Single(text, "rehearsing a strike").Speaker);
    }

    [Fact]
    public void Extract_RoleOfACountry_IsTheRoleWithItsAdjective()
    {
        const string text = "Talks went on.\nItalian Prime Minister Anna Quill met the president.\nThe Prime Minister of Italy also stressed that Rome supports the use of the assets.";
        Assert.Equal("Anna Quill", Single(text, "Rome supports the use of the assets").Speaker);
    }

    [Fact]
    public void Extract_AgeEpithet_IsThePersonOfThatAge()
    {
        const string text = "Talks went on.\nEstonian Defence Minister Ivo Marek, 47, spoke first. Russian spokeswoman Anna Quill said the plan was a provocation.\nIn Tallinn, the 47-year-old told reporters the remarks were \"nothing new\".";
        Assert.Equal("Ivo Marek", Single(text, "nothing new").Speaker);
    }

    [Fact]
    public void Extract_OverheardBeforeAColon_NamesNoOne()
    {
        const string text = "Talks went on.\n- Overheard in a harbour lift: \"Is anyone actually going to the summit?\"";
        Assert.DoesNotContain(Extract(text), q => q.Speaker == "Overheard");
    }

    [Fact]
    public void Extract_HeadlineRoleIntroducedAfterTheOpeningParagraph_IsThatPerson()
    {
        const string text = "Force can work \"without a single soldier on the ground\", general tells senators\nWASHINGTON — The country could support a force, a commander told senators on Thursday.\nGen. Ivo Marek, who leads the command, said in testimony that it could be done.";
        Assert.Equal("Ivo Marek", Single(text, "without a single soldier on the ground").Speaker);
    }

    [Fact]
    public void Extract_PersonOfTheBodyTheyWorkAt_SpeaksNotTheBody()
    {
        const string text = "Talks went on.\nEurope's plans are \"real, but thin\", Tomas Brenn of the Royal Institute for Harbour Studies told an audience on Wednesday.";
        Assert.Equal("Tomas Brenn", Single(text, "real, but thin").Speaker);
    }

    [Fact]
    public void Extract_ThinkTank_IsNoSpeechVerb()
    {
        const string text = "Talks went on.\n\"The details matter,\" said Anna Quill, a senior fellow at the Halvorsen Center, a Dunmore think tank. \"Air cover from the west is one thing. Air cover over the country is another.\"";
        Assert.Equal("Anna Quill", Single(text, "Air cover from the west is one thing. Air cover over the country is another.").Speaker);
    }

    [Fact]
    public void Extract_RelativeCalledByTheKinshipWordLater_IsTheRelativeNamedBefore()
    {
        const string text = "Talks went on.\nHis elder sister, Ilse Marek, a teacher who still lives in the region, remembers a quiet boy. \"He read atlases,\" she said.\nIn Moscow, spokeswoman Anna Quill called him \"a product of PR\".\nHis sister says he still rings their mother every Sunday. \"She is the only one who can make him stop working,\" she said, laughing.";
        Assert.Equal("Ilse Marek", Single(text, "he still rings their mother every Sunday").Speaker);
        Assert.Equal("Ilse Marek", Single(text, "She is the only one who can make him stop working").Speaker);
    }

    [Fact]
    public void Extract_MemberOfTheScottishParliament_IsARoleNotAName()
    {
        const string text = "Talks went on.\nFamilies have been left \"in limbo\", according to the area's MSP.\nLiberal Democrat MSP Tomas Brenn, whose constituency includes the base, said the ministry must be straight with them.";
        Assert.Equal("Tomas Brenn", Single(text, "the ministry must be straight with them").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "in limbo").Speaker);
    }

    [Fact]
    public void Extract_CounterpartOfAMinister_IsWhomTheMinisterLaterMeans()
    {
        const string text = "Talks went on.\nDefence Minister Theo Brenn, who is rarely shy, said on radio that Ruritania was \"ready to do its share\".\nIn Oslo, his Norwegian counterpart Ivo Marek was more concrete. Norway is prepared to contribute to \"the air component\", the minister said after a meeting.";
        Assert.Equal("Ivo Marek", Single(text, "the air component").Speaker);
    }

    [Fact]
    public void Extract_FirstNameOfEitherSex_LeavesThePronounToTheSubject()
    {
        // Camille and Andrea are men's names in France and Italy: the first name says nothing of "he".
        const string text = "Talks went on.\n\"Yes, but later,\" said Camille Brenn of the Harbour Council, a former official.\nThat point was taken up by Ivo Marek, who argued that the obstacle was elsewhere.\nBrenn pushed back. He said the ports had done more planning than anyone.";
        Assert.Equal("Camille Brenn", Single(text, "the ports had done more planning than anyone").Speaker);
    }

    [Theory]
    // A career with a body's capitals is no name; a seat in parliament goes with any office.
    [InlineData("Talks went on.\nLabour's Anna Quill, who served two tours abroad, told the chamber that families wanted answers.\n\"They are asking how long,\" the former Army captain said.", "They are asking how long", "Anna Quill")]
    [InlineData("Talks went on.\nThe shadow defence secretary, Tomas Brenn, said the force existed only on paper.\n\"We never hear about the money,\" the Conservative MP said.", "We never hear about the money", "Tomas Brenn")]
    public void Extract_CareerOrSeatOfTheSubjectJustBefore_IsThatSubject(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_RoleTheRelativeClauseSaysWasHeld_IsWhomTheFormerRoleFinds()
    {
        const string text = "Talks went on.\nDefence Minister Tomas Brenn said the troops would train far from the front.\nBrenn, who moved to the defence ministry in July after five years as prime minister, gave no figure.\nSpokesman Ivo Marek said in Moscow that the plan was \"a danger\". \"Nobody should have illusions,\" he said.\nAsked about the warnings, the former prime minister was dismissive.\n\"They threaten when they have nothing else,\" he said.";
        Assert.Equal("Tomas Brenn", Single(text, "They threaten when they have nothing else").Speaker);
    }

    [Theory]
    // A definite source or a headline's title may name the person the lede introduces just after.
    [InlineData("General tells senators\nWASHINGTON — The force could be backed from outside, the top US commander in Europe told senators on Thursday, though he warned that cuts would make the job harder.\nGen. Tomas Brenn, who heads US European Command, said in testimony that air cover was possible.", "cuts would make the job harder", "Tomas Brenn")]
    [InlineData("Air cover possible, general tells senators\nWASHINGTON — The force could be backed from outside, officials said on Thursday.\nSenators pressed for details of the plan and its cost.\nGen. Tomas Brenn, who heads US European Command, said in testimony that air cover was possible.", "Air cover possible", "Tomas Brenn")]
    public void Extract_DescriptionBeforeTheLedeNamesThePerson_IsThatPerson(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Fact]
    public void Extract_CountrysBodyOpeningTheSentence_IsWhomTheBodysNounThenMeans()
    {
        const string text = "Talks went on.\nThe Russian embassy in Dunmore described the talks as \"dangerous fantasies\".\nUkraine's embassy welcomed the comments. \"Ruritania has been a true friend,\" the embassy said in a statement.";
        Assert.Equal("Ukrainian embassy", Single(text, "Ruritania has been a true friend").Speaker);
    }

    [Fact]
    public void Extract_OfficeQualifiedByAPartyOfTwoWords_IsWhomTheOfficeLastCalled()
    {
        const string text = "Talks went on.\nDefence Minister Tomas Brenn told reporters the army was ready.\nChancellor Ivo Marek has said any deployment would need parliament's approval.\nAsked whether soldiers could end up abroad, the Social Democrat minister said only that Ruritania would \"not hide\".";
        Assert.Equal("Tomas Brenn", Single(text, "not hide").Speaker);
    }

    [Fact]
    public void Extract_RoleOfACountry_IsTheRoleByTheCountrysAdjective()
    {
        const string text = "Talks went on.\nItalian Prime Minister Anna Quill met Defence Minister Tomas Brenn in Rome.\nThe Prime Minister of Italy also stressed that Rome supports the use of frozen assets.";
        Assert.Equal("Anna Quill", Single(text, "Rome supports the use of frozen assets").Speaker);
    }

    [Fact]
    public void Extract_BodyNamedInAnotherLanguage_IsNoPersonAPronounFinds()
    {
        const string text = "Talks went on.\n\"Air power is a tripwire,\" said Dr Anna Quill, a senior fellow at the Harbour Centre in Dunmore.\nTomas Brenn, a retired colonel who now runs the programme at the Institut de Prospective Maritime in Paris, disagrees. \"We plan for presence,\" the former colonel said.\nPresented with that argument, she was unconvinced. \"Moscow tested that in 2014,\" she said.";
        Assert.Equal("Anna Quill", Single(text, "Moscow tested that in 2014").Speaker);
    }

    [Fact]
    public void Extract_PronounOpeningAWhenClause_IsThePersonItsSentenceNamed()
    {
        const string text = "Talks went on.\n\"Speculation is just that,\" a spokesperson said.\nThe palace referred us to remarks by President Tomas Brenn earlier this month, when he said each country's share would be \"a few thousand\" troops.";
        Assert.Equal("Tomas Brenn", Single(text, "a few thousand").Speaker);
    }

    [Fact]
    public void Extract_PronounOpeningAWhenClauseAfterAPronounSubject_IsThatSubject()
    {
        const string text = "Talks went on.\nTomas Brenn entered the race as an underdog.\nHe avoided criticism of front-runner Ivo Marek until recent days, when he said that the businessman was encouraging violence.";
        Assert.Equal("Tomas Brenn", Single(text, "the businessman was encouraging violence").Speaker);
    }

    [Theory]
    // Initials in brackets after an organisation's name repeat it; a name holding "for" is then the organisation's.
    [InlineData("Talks went on.\nEarlier this month the Harbour Pilots Service (HPS) said in a statement that the quay was closing to tankers.", "the quay was closing to tankers", "Harbour Pilots Service")]
    [InlineData("Talks went on.\nThe new Movement for Keston (MfK) said in a statement that it would vote against the levy.", "it would vote against the levy", "Movement for Keston")]
    public void Extract_NameWithItsInitialsInBrackets_Speaks(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Single(text, words).Speaker);
    }

    [Theory]
    [InlineData("Talks went on.\nTomas Brenn said on Thursday that several ports were ready to send a “harbour guard” once the strike ended.", "several ports were ready to send a “harbour guard” once the strike ended")]
    [InlineData("Talks went on.\nDiplomats say the guard is unlikely to sail without some form of Dutch \"harbour guard\", such as tugs and pilots.", "the guard is unlikely to sail without some form of Dutch \"harbour guard\", such as tugs and pilots")]
    public void Extract_TermTheTopicFollowsAfterADeterminer_IsTheArticlesName(string text, string clause)
    {
        var labels = RuleQuoteExtractor.LabelsOf([new TopicProfile { Name = "p", Terms = [new WeightedTerm { Text = "harbour guard", Weight = 2 }] }]);
        var quotes = new RuleQuoteExtractor(null, labels).Extract(new Article("t", "title", text));
        Assert.DoesNotContain(quotes, q => q.Text == "harbour guard");
        Assert.Contains(quotes, q => q.Text == clause && q.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void Extract_NameInTitleCaseBeforeTheThingItNames_IsNoQuote()
    {
        const string text = "Talks went on.\nAnna Quill said the guild's new \"Western Lantern\" operation had already made a difference on the quay.";
        var quote = Assert.Single(Extract(text));
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("the guild's new \"Western Lantern\" operation had already made a difference on the quay", quote.Text);
    }

    [Fact]
    public void Extract_RelativeWhichTheSpeakerDescribes_KeepsTheClauseBeforeIndirect()
    {
        const string text = "Talks went on.\nThe Harbour Party said in a statement that it would vote against any levy, which it described as „a step towards ruin“.";
        Assert.Equal(QuoteKind.Indirect, Single(text, "it would vote against any levy").Kind);
        var quote = Single(text, "a step towards ruin");
        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Equal("Harbour Party", quote.Speaker);
    }

    [Fact]
    public void Extract_ThanksQuotingAWord_ReportTheThanker()
    {
        const string text = "Talks went on.\nTomas Brenn, who spoke to Ivo Marek by phone on Wednesday, thanked him for his «steadfast» help with the quay.";
        Assert.Equal("Tomas Brenn", Single(text, "steadfast").Speaker);
    }

    [Fact]
    public void Extract_PromisingMoreThanSomething_IsNoReport()
    {
        Assert.Empty(Extract("Talks went on.\nIs there a risk that the guild promises more than it can deliver?"));
    }

    [Fact]
    public void Extract_PronounAsideInsideANamedPersonsClause_IsTheSameSpeaker()
    {
        const string text = "Talks went on.\nTomas Brenn said the harbour was open to discussing a role for its boats but that it was \"too early\" to talk about cranes, a subject on which, he said, \"there is not yet a single proposal on the table\".";
        var quotes = Extract(text);
        Assert.Equal("Tomas Brenn", Single(text, "there is not yet a single proposal on the table").Speaker);
        Assert.Contains(quotes, q => q.Kind == QuoteKind.Indirect && q.Text.StartsWith("the harbour was open", StringComparison.Ordinal));
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Tomas Brenn", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_MemberOfTheGroupNamedInPassing_IsAnAsideBeforeTheVerb()
    {
        const string text = "Talks went on.\nThe summit ended, and several ports, Keston among them, made clear afterwards that their help would stop at the quay.";
        Assert.Equal("several ports", Single(text, "their help would stop at the quay").Speaker);
    }

    [Fact]
    public void Extract_RepeatedItBeforeAColon_ReportsTheWordsAfterIt()
    {
        const string text = "Talks went on.\nYesterday Defence Minister Tomas Brenn repeated it almost word for word: Keston will not close its quay, but it intends to «do its part, and more» in the talks.";
        Assert.Equal("Tomas Brenn", Single(text, "Keston will not close its quay").Speaker);
        Assert.Equal(QuoteKind.Partial, Single(text, "do its part, and more").Kind);
    }

    [Fact]
    public void Extract_ContinueAfterAModal_IsNoSpeech()
    {
        const string text = "Talks went on.\nDefence Minister Tomas Brenn said the expansion of the dock near Keston, which is set to become the largest in the region, would continue \"on schedule\".";
        Assert.Equal("Tomas Brenn", Single(text, "on schedule").Speaker);
    }

    [Fact]
    public void Extract_SourceAtABodyInANearbyPlace_IsTheSource()
    {
        const string text = "Talks went on.\nA senior officer at Harbour Headquarters in nearby Keston said the guild had identified the crews that could sail first.";
        Assert.Equal("a senior officer", Single(text, "the guild had identified the crews that could sail first").Speaker);
    }

    [Fact]
    public void Extract_DescribedSubjectWithARelative_IsWhomTheNextPronounMeans()
    {
        const string text = "Talks went on.\nPresident Ivo Marek said he had discussed it with Prime Minister Tomas Brenn.\nThe 56-year-old prime minister, who leads a restless coalition, was more guarded. Keston \"cannot promise what it cannot pay for\", he told the radio.";
        Assert.Equal("Tomas Brenn", Single(text, "cannot promise what it cannot pay for").Speaker);
    }

    [Fact]
    public void Extract_TermTheTopicFollowsQuotedInAHeadline_IsItsName()
    {
        var labels = RuleQuoteExtractor.LabelsOf([new TopicProfile { Name = "p", Terms = [new WeightedTerm { Text = "harbour guard", Weight = 2 }] }]);
        var quotes = new RuleQuoteExtractor(null, labels).Extract(new Article("t", "title", "Brenn unveils plan for “harbour guard” after Keston talks\nTomas Brenn spoke on Monday."));
        Assert.DoesNotContain(quotes, q => q.Text == "harbour guard");
    }

    [Fact]
    public void Extract_SecretaryOfStateInBritishCopy_IsTheSecretaryNamed()
    {
        const string text = "Talks went on.\nTomas Brenn, the Home Secretary, rose to speak.\nAnna Quill wanted to know who had authorised \"an open-ended commitment to the quay\". The Secretary of State said that it would be put to a vote, \"if and when\" a plan was ready.";
        Assert.Equal("Tomas Brenn", Single(text, "if and when").Speaker);
        Assert.Equal("Anna Quill", Single(text, "an open-ended commitment to the quay").Speaker);
    }

    [Fact]
    public void Extract_MemberForASeat_IsThePersonNamedBeforeNotThePlace()
    {
        const string text = "Talks went on.\nThe board's chair, Anna Quill, set the tone early. The Labour MP for Keston and Dunmore said the board had heard \u201ctwo different figures\u201d from the port.";
        Assert.Equal("Anna Quill", Single(text, "two different figures").Speaker);
    }

    [Fact]
    public void Extract_LedeOfficeOfThePersonOpeningTheNextParagraph_IsThatPerson()
    {
        const string text = "Minister tells board harbour 'will stay open'\nThe harbour will stay open all winter and crews would be \"properly paid\", the harbour minister told the board on Tuesday.\nTomas Brenn, speaking alongside port officials, faced an hour of questions.\nThe minister said the quay would be \"ready by spring\".";
        Assert.Equal("Tomas Brenn", Single(text, "properly paid").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "ready by spring").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "will stay open").Speaker);
    }

    [Fact]
    public void Extract_MilitaryRankOfSeveralWords_IsATitleBeforeTheName()
    {
        const string text = "Talks went on.\nStaff Sgt. Tomas Brenn, of Keston, said the unit had followed the talks \"pretty closely\". \"Nobody here thinks a paper ends it,\" he said.\nSgt. 1st Class Anna Quill said the crews were \"ready\".\nCpl. Ivo Marek, of Dunmore, said the quay was \"cold\".";
        Assert.Equal("Tomas Brenn", Single(text, "pretty closely").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "Nobody here thinks a paper ends it").Speaker);
        Assert.Equal("Anna Quill", Single(text, "ready").Speaker);
        Assert.Equal("Ivo Marek", Single(text, "cold").Speaker);
    }

    [Fact]
    public void Extract_AsideAboutTheSpeakerBeforeTheVerb_KeepsTheSpeaker()
    {
        const string text = "Talks went on.\nIvo Marek has said more than once that the quay would be \"a target\", and Tomas Brenn, never knowingly understated, described the plans on the radio as \u201ca recipe for ruin\u201d.\nAnna Quill, herself a former harbour minister, told the board: \u201cThe quay is small.\u201d";
        Assert.Equal("Tomas Brenn", Single(text, "a recipe for ruin").Speaker);
        Assert.Equal("Anna Quill", Single(text, "The quay is small.").Speaker);
    }

    [Fact]
    public void Extract_PartyMemberAfterTheSubject_IsThatPerson()
    {
        const string text = "Talks went on.\nTomas Brenn was not satisfied. The Conservative member for Keston told the minister: \u201cThe quay is small.\u201d";
        Assert.Equal("Tomas Brenn", Single(text, "The quay is small.").Speaker);
    }

    [Fact]
    public void Extract_BodyWhoseNameHoldsAnd_IsOneName()
    {
        const string text = "Talks went on.\nIvo Marek, the secretary of the Harbour Safety and Defence Council, who led the talks, said the discussions had been \"constructive\".";
        Assert.Equal("Ivo Marek", Single(text, "constructive").Speaker);
    }

    [Fact]
    public void Extract_ThingDescribingTheQuotedWords_IsNoSpeaker()
    {
        const string text = "Talks went on.\nAnna Quill has taken to describing the plan as \u201csafety through strength\u201d, a slogan borrowed, with no apparent irony, from Keston.";
        Assert.Equal("Anna Quill", Single(text, "safety through strength").Speaker);
    }

    [Fact]
    public void Extract_ParticipleAfterARoleOfAPossessor_IsThePersonInTheRole()
    {
        const string text = "Talks went on.\nThe board has not committed. President Ivo Marek's special envoy Tomas Brenn has sounded more sceptical still, calling the plans \"premature\" in an interview.";
        Assert.Equal("Tomas Brenn", Single(text, "premature").Speaker);
    }

    [Fact]
    public void Extract_QuoteParagraphLeftOpen_IsTheSpeakerOfTheParagraphItRunsOnInto()
    {
        const string text = "Talks went on.\nAnna Quill, an analyst in Keston, is unsentimental. Tomas Brenn said he had described the harbour as \"the back door\".\n\"People in Keston roll their eyes at us. But look at the map.\n\"That is not fear. That is geography,\" she said.\nAsked about a treaty, Mara Quill gave her longest answer.\n\u201cI know everybody wants a paper they can hold up.\n\u201cThe paperwork will follow,\u201d she said.";
        Assert.Equal("Mara Quill", Single(text, "I know everybody wants a paper they can hold up.").Speaker);
        Assert.Equal("Anna Quill", Single(text, "People in Keston roll their eyes at us. But look at the map.").Speaker);
    }

    [Fact]
    public void Extract_BulletedQuoteParagraphs_RunOnLikeUnbulletedOnes()
    {
        const string text = "Talks went on.\n\u2022 Tomas Brenn said the crews would need \u201cstrong backing\u201d.\n\u2022 \"I have spoken to the guild. I would not be standing here if I did not think there was a way.\n\u2022 \"What I will say is this: the harbour has to do the heavy lifting,\" he said.";
        Assert.Equal("Tomas Brenn", Single(text, "I have spoken to the guild. I would not be standing here if I did not think there was a way.").Speaker);
    }
    [Fact]
    public void Extract_QuoteOverParagraphsWithBlankLinesBetween_StaysOneSpeakers()
    {
        const string text = "Talks went on.\n\nIvo Marek spoke first.\n\nAsked about a treaty, Anna Quill gave her longest answer.\n\n\"I know everybody wants a paper they can hold up.\n\n\"The paperwork will follow,\" she said.";
        Assert.Equal("Anna Quill", Single(text, "I know everybody wants a paper they can hold up.").Speaker);
    }
    [Fact]
    public void Extract_MediumCitingItsSources_GivesTheSourcesWords()
    {
        const string text = "Talks went on.\nThe Keston Herald, citing two officials familiar with the talks, reported that the harbour would close in May.\nThe Quill Gazette reported, citing a diplomat, that the crews had been told.\nTomas Brenn, citing intelligence reports, said the guild was ready.";
        Assert.Equal("two officials", Single(text, "the harbour would close in May").Speaker);
        Assert.Equal("a diplomat", Single(text, "the crews had been told").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "the guild was ready").Speaker);
    }
    [Fact]
    public void Extract_SourcePostedInAPlace_IsTheSourceNotThePlace()
    {
        const string text = "Talks went on.\nA European diplomat posted in Keston, who asked not to be named, said the capitals were not asking the port to take sides.\nAn officer stationed in Tapa told reporters the crews were ready.";
        Assert.Equal("a European diplomat", Single(text, "the capitals were not asking the port to take sides").Speaker);
        Assert.Equal("an officer", Single(text, "the crews were ready").Speaker);
    }

    [Fact]
    public void Extract_LongCircumstanceBetweenSpeakerAndVerb_IsSetOff()
    {
        const string text = "Talks went on.\nPrime Minister Mara Quill, at one of her last summits before handing over to Ivo Marek, said Keston was open to discussing a role.";
        Assert.Equal("Mara Quill", Single(text, "Keston was open to discussing a role").Speaker);
    }

    [Fact]
    public void Extract_CapitalisedRoleLabelInABriefingTranscript_IsOneOfThatRole()
    {
        const string text = "Briefing ends.\nHarbour spokesperson Anna Quill took questions on Thursday.\nREPORTER: \"When you say leadership, does that include the ferries?\"\nMS QUILL: \"I am not going to discuss hypothetical options from this podium.\"";
        Assert.Equal("a reporter", Single(text, "When you say leadership, does that include the ferries?").Speaker);
        Assert.Equal("Anna Quill", Single(text, "I am not going to discuss hypothetical options from this podium.").Speaker);
    }

    [Fact]
    public void Extract_OpeningParticipleOfQuestioning_IsNoName()
    {
        const string text = "Talks went on.\nPressed on the matter by reporters, Harbour Minister Tomas Brenn was blunt: \"There will be no crews on the quay.\"";
        Assert.Equal("Tomas Brenn", Single(text, "There will be no crews on the quay.").Speaker);
    }

    [Fact]
    public void Extract_HeadlineNameColonQuoteThenDashClause_IsTheNamedPersons()
    {
        const string text = "Brenn: \u00abWe are ready\u00bb \u2013 twenty ports promise crews for the day after\nKESTON \u2013 Tomas Brenn finally had the sentence he wanted.";
        Assert.Equal("Tomas Brenn", Single(text, "We are ready").Speaker);
    }

    [Fact]
    public void Extract_WhileClauseWhoseSpeakerHasALowerCaseTitleWord_KeepsTheFirstReport()
    {
        const string text = "Talks went on.\nHarbour Leader Tomas Brenn said the council must have its say before any crews are sent, while interim Port Leader Ivo Marek said his party could support a role \"if it is real\".";
        var quotes = Extract(text);
        Assert.Contains(quotes, q => q.Kind == QuoteKind.Indirect && q.Speaker == "Tomas Brenn" && q.Text == "the council must have its say before any crews are sent");
        Assert.Equal("Ivo Marek", Single(text, "if it is real").Speaker);
    }

    [Fact]
    public void Extract_BareVerbFormAfterAAndOneWord_IsANounNotACue()
    {
        const string text = "Talks went on.\nTomas Brenn said the plans depended on an American promise that was, in his words, \u201cwritten in pencil\u201d.";
        Assert.Equal("Tomas Brenn", Single(text, "written in pencil").Speaker);
    }
    [Fact]
    public void Extract_TimeAfterTheAttribution_IsNoReport()
    {
        const string text = "Talks went on.\nKeston has no plans to send crews, Harbour Secretary Tomas Brenn said on Friday, a day after a summit at which 26 ports pledged to take part in a guard force.";
        var quotes = Extract(text);
        Assert.Equal("Tomas Brenn", Single(text, "Keston has no plans to send crews").Speaker);
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("a day after", StringComparison.Ordinal));
    }
    [Fact]
    public void Extract_ContinuedRightBeforeAQuote_IsHowSomethingWentOn()
    {
        const string text = "Talks went on.\nAide Tomas Brenn told reporters the talks had stalled. He added that dialogue with Keston continued \"at the working level\".";
        var quote = Single(text, "at the working level");
        Assert.Equal("Tomas Brenn", quote.Speaker);
        Assert.Equal(QuoteKind.Partial, quote.Kind);
    }
    [Fact]
    public void Extract_TheExpert_IsTheAnalystNamedBefore()
    {
        const string text = "Talks went on.\nHarbour analyst Ivo Marek told the agency the figure was \"pure propaganda\". \"Three or four will send anyone, and only to the rear,\" the expert said.";
        Assert.Equal("Ivo Marek", Single(text, "Three or four will send anyone, and only to the rear").Speaker);
    }

    [Fact]
    public void Extract_PronounSubjectOfANarrativeSentence_KeepsTheStoryOnThatPerson()
    {
        const string text = "Talks went on.\nHarbour singer Ivo Marek spoke to reporters on Monday.\n\"I am always searching,\" he said.\nWhen the interview steered Marek toward the vote, he offered his thoughts on the lasting appeal of Tomas Brenn among dockers.\n\"I think it is funny,\" he said.";
        Assert.Equal("Ivo Marek", Single(text, "I think it is funny").Speaker);
    }

    [Fact]
    public void Extract_ParticipleBetweenAPossessiveAndANoun_IsNoCue()
    {
        const string text = "Talks went on.\nKeston's stated aim is to keep the fleet out. Brenn's continued appeal among dockers puzzles his rivals. Marek's said it before: \"We will not go.\"";
        var quotes = Extract(text);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("aim", StringComparison.Ordinal) || q.Text.Contains("appeal", StringComparison.Ordinal));
        Assert.Equal("Marek", Single(text, "We will not go.").Speaker);
    }

    [Fact]
    public void Extract_AdverbOpeningTheSentence_IsNoPartOfTheName()
    {
        const string text = "Talks went on.\nAfterwards Tomas Brenn said the harbour would help.";
        Assert.Equal("Tomas Brenn", Single(text, "the harbour would help").Speaker);
    }

    [Fact]
    public void Extract_InvertedDescriptionThenFullName_IsThatPerson()
    {
        const string text = "Talks went on.\n\"We will not sign a blank cheque,\" said the Dock Party's defence critic, Ivo Marek.\nThe MP said his party would demand a vote.";
        var quote = Single(text, "We will not sign a blank cheque");
        Assert.Equal("Ivo Marek", quote.Speaker);
        Assert.Equal("Dock Party's defence critic", quote.Role);
        Assert.Equal("Ivo Marek", Single(text, "his party would demand a vote").Speaker);
    }

    [Theory]
    [InlineData("Britain's Ministry of Defence said the sea was calm.", "UK Ministry of Defence")]
    [InlineData("The British Ministry of Defence said the sea was calm.", "UK Ministry of Defence")]
    [InlineData("America's State Department said the sea was calm.", "US State Department")]
    [InlineData("Moldova's Border Police said the sea was calm.", "Moldovan Border Police")]
    public void Extract_CountrysInstitution_GoesByItsUsualName(string sentence, string speaker)
    {
        var text = "Talks went on.\n" + sentence;
        Assert.Equal(speaker, Single(text, "the sea was calm").Speaker);
    }

    [Fact]
    public void Extract_No10_IsDowningStreet()
    {
        const string text = "Talks went on.\nNo 10 said the leaders had \"welcomed the progress\". It said a working group would meet.";
        Assert.Equal("Downing Street", Single(text, "welcomed the progress").Speaker);
        Assert.Equal("Downing Street", Single(text, "a working group would meet").Speaker);
    }

    [Fact]
    public void Extract_AsideOpeningWithAnAdverbOfManner_StandsBetweenSpeakerAndVerb()
    {
        const string text = "Talks went on.\nBrenn, visibly irritated, said the comparison was an insult.";
        Assert.Equal("Brenn", Single(text, "the comparison was an insult").Speaker);
    }

    [Fact]
    public void Extract_NameAfterAnOwnedRole_IsTheSubjectOfTheParticiple()
    {
        const string text = "Talks went on.\nKeston's foreign minister, Anna Quill, seized on the leak, saying it showed the council was preparing for war.";
        Assert.Equal("Anna Quill", Single(text, "it showed the council was preparing for war").Speaker);
    }

    [Fact]
    public void Extract_RespondedByDoingSomething_IsNoReport()
    {
        const string text = "Talks went on.\nBrenn, clearly frustrated, responded by pointing a finger at her, saying the campaign was confused.";
        var quotes = Extract(text);
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("by pointing", StringComparison.Ordinal));
        Assert.Equal("Brenn", Single(text, "the campaign was confused").Speaker);
    }

    [Fact]
    public void Extract_DocumentDraftedByABody_SpeaksForItsIssuer()
    {
        const string text = "Talks went on.\nThe six-page document, drafted by the Harbour Planning Office for ministers, says the pledges fall short of \"a force on paper\".\nIt says that fewer than ten ports have offered crews.\nThe memo, seen by this newspaper, says the crews are tired.";
        Assert.Equal("Harbour Planning Office", Single(text, "a force on paper").Speaker);
        Assert.Equal("Harbour Planning Office", Single(text, "fewer than ten ports have offered crews").Speaker);
        Assert.Equal("Harbour Planning Office", Single(text, "the crews are tired").Speaker);
    }

    [Fact]
    public void Extract_AddUpTo_IsNoSpeech()
    {
        const string text = "Talks went on.\nThe pledges made so far by the ports add up to \"a force on paper, not yet a force in being\".";
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void Extract_TheStatementAfterSomeoneSpokeInOne_IsTheirs()
    {
        const string text = "Talks went on.\nThe Harbour Council said in a statement on its website that the port was \"abandoning neutrality\".\n\"Keston has never threatened anyone,\" the statement said.";
        Assert.Equal("Harbour Council", Single(text, "Keston has never threatened anyone").Speaker);
    }

    [Fact]
    public void Extract_LowerCaseUsBeforeATitle_IsThePronoun()
    {
        const string text = "Talks went on.\nA harbour official tells us Secretary Tomas Brenn joined the call. Brenn said Keston wanted the guarantees to be \"ready to go\" on the day a deal is signed.";
        var quote = Single(text, "ready to go");
        Assert.Equal("Tomas Brenn", quote.Speaker);
        Assert.Equal("Secretary", quote.Role);
    }

    [Theory]
    [InlineData("The coalition of the willing said it was ready.", "Coalition of the Willing")]
    [InlineData("The so-called coalition of the willing said it was ready.", "Coalition of the Willing")]
    [InlineData("Leaders of the coalition of the willing said it was ready.", "leaders of the coalition of the willing")]
    public void Extract_CoalitionOfTheWilling_SpeaksWhole(string sentence, string speaker)
    {
        var text = "Talks went on.\n" + sentence;
        Assert.Equal(speaker, Single(text, "it was ready").Speaker);
    }

    [Fact]
    public void Extract_MissionToABody_IsNamedWithWhereItIsSent()
    {
        const string text = "Talks went on.\nKeston's Permanent Mission to the Harbour Council said on Friday that the ports were trying to \"sabotage\" the plan.";
        Assert.Contains("Permanent Mission to the Harbour Council", Single(text, "sabotage").Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_InvertedDescriptionEndingTheText_IsReadWithoutError()
    {
        const string text = "Talks went on.\n\"We will not go,\" said the harbour secretary";
        Assert.Equal("We will not go", Single(text, "We will not go").Text);
    }

    [Fact]
    public void Extract_InHisViewOpeningASentence_ReportsTheHolder()
    {
        const string text = "Talks went on.\nIvo Marek, a fellow at the Keston Institute, was blunt. \"It is late,\" he said. In his view, the commitment in the north already limits what the harbour can offer.";
        var quote = Single(text, "the commitment in the north already limits what the harbour can offer");
        Assert.Equal("Ivo Marek", quote.Speaker);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Fact]
    public void Extract_HeadlineQuoteWithOnlyADescription_TakesTheSpeakerWhoseBodyQuoteRepeatsIt()
    {
        var text = "'We count the days and wait': navy mother on Baltic mission\nBy staff reporter\n"
            + "Maria Holt, whose son serves on a frigate in the Baltic, said: \"We count the days and wait. That is all any of us can do.\"";
        var quotes = Extract(text);
        var headline = Assert.Single(quotes, q => q.Start < text.IndexOf('\n'));
        Assert.Equal("We count the days and wait", headline.Text);
        Assert.Equal("Maria Holt", headline.Speaker);
    }

    [Fact]
    public void Extract_HeadlineQuoteOfANamedInstitution_KeepsTheInstitutionThoughItsSpokesmanIsQuoted()
    {
        var text = "Allies split on pledges as Kremlin rejects 'foreign boots on the ground'\n"
            + "MOSCOW - Kremlin spokesman Dmitry Peskov said on Monday that Russia would accept \"no foreign boots on the ground\" in Ukraine.";
        var headline = Assert.Single(Extract(text), q => q.Start < text.IndexOf('\n'));
        Assert.Equal("foreign boots on the ground", headline.Text);
        Assert.Equal(QuoteKind.Partial, headline.Kind);
        Assert.Contains("Kremlin", headline.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HeadlineQuoteBeforeTheNounItQualifies_IsNoQuoteThoughTheStoryQuotesTheWords()
    {
        var text = "Kremlin rejects coalition 'air policing' plan\nPeskov said Russia would never accept \"air policing\" by Nato jets over Ukraine.";
        Assert.DoesNotContain(Extract(text), q => q.Start < text.IndexOf('\n'));
    }

    [Fact]
    public void Extract_DelegationSpeaking_IsAnInstitutionNotTheOutletNamedBefore()
    {
        var quote = Assert.Single(Extract("Tallinn Courier asked the ministry to explain the remarks.\nThe EU delegation in Tallinn said the bloc fully respected Estonia's choices."));
        Assert.Equal("EU delegation", quote.Speaker);
    }

    [Fact]
    public void Extract_RelativeAfterTheObjectOfAVerb_SpeaksForTheObject()
    {
        var quote = Assert.Single(Extract("The agency quoted Ilves, who said the convoy was \"simply too late\" to help."));
        Assert.Equal("simply too late", quote.Text);
        Assert.Equal("Ilves", quote.Speaker);
    }

    [Fact]
    public void Extract_RelativeReportingAClauseWithTwoQuotes_GivesBothToTheAntecedent()
    {
        var quotes = Extract("The daily carried remarks by Foreign Minister Mara Quill, who said foreign bases were \"out of the question\" for Riga \"now and in any future\".");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Mara Quill", q.Speaker));
    }

    [Fact]
    public void Extract_ThatAfterALongCircumstanceSetOffByCommas_StillOpensTheReport()
    {
        var quote = Assert.Single(Extract("Brenn told reporters at the harbour in Tallinn on Friday, after a long meeting with four Nordic ministers, that the patrols would be \"open-ended\" from spring."));
        Assert.Equal("open-ended", quote.Text);
        Assert.Equal("Brenn", quote.Speaker);
    }

    [Fact]
    public void Extract_AnotherAfterAnd_IsOneMoreUnnamedSource()
    {
        var quotes = Extract("A senior official praised the package, and another called it \"gold-plated\".");
        var quote = Assert.Single(quotes);
        Assert.Equal("another", quote.Speaker);
    }

    [Fact]
    public void Extract_AnotherInAPrepositionalPhrase_IsNoSpeaker()
    {
        var quote = Assert.Single(Extract("Voters were pitted against one another.\nIn another post, Brenn called Quill \"a coward\"."));
        Assert.Equal("Brenn", quote.Speaker);
    }

    [Theory]
    [InlineData("The ministers weighed a patrol plan that one participant said would cover \"every port on the coast\".", "one participant")]
    [InlineData("One trooper, who asked not to be named, said the mood was \"calm but keen\".", "one trooper")]
    public void Extract_ParticipantOrTrooper_IsAnUnnamedSource(string text, string speaker)
    {
        var quote = Assert.Single(Extract(text));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_PeopleInACapital_AreThePeopleNotTheGovernment()
    {
        var quote = Assert.Single(Extract("His critics in Tallinn say he has spent too long in Brussels."));
        Assert.Equal("his critics", quote.Speaker);
    }

    [Theory]
    [InlineData("Her critics say she is tired. One of them, an officer on the General Staff who asked not to be named, says she \"talks like a diplomat\".", "an officer")]
    [InlineData("Her critics say she is tired. One of them, a retired colonel, says she \"talks like a diplomat\".", "a retired colonel")]
    public void Extract_ShareOfAGroupWithAnIndefiniteApposition_IsTheDescribedSource(string text, string speaker)
    {
        var quote = Assert.Single(Extract(text), q => q.Text == "talks like a diplomat");
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Defence Minister Tomas Brenn spoke in Leeds. The minister likes to say that Keston \"never reads the annex\".", "Tomas Brenn")]
    [InlineData("Anna Quill spoke in Leeds. Quill is fond of saying that Keston \"never reads the annex\".", "Anna Quill")]
    public void Extract_HabitOfSaying_IsACue(string text, string speaker)
    {
        var quote = Assert.Single(Extract(text));
        Assert.Equal("never reads the annex", quote.Text);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Defence Minister Tomas Brenn was asked whether crews would sail.\nBrenn paused. \"If there is a ceasefire, we will be there.\"", "Tomas Brenn")]
    [InlineData("Captain Anna Quill runs the company. Asked about the drills, she laughs. \"Constantly. They talk about nothing else.\"", "Anna Quill")]
    public void Extract_QuoteRightAfterABeat_IsTheBeatSubjects(string text, string speaker)
    {
        var quote = Assert.Single(Extract(text));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_RoleAfterASpeakerNamedLastInTheSentence_FindsTheLaterDescription()
    {
        const string text = "Talks went on.\n\"The fleet is a bluff,\" said Dr Mara Quill, a senior fellow at the Harbour Institute for Maritime Studies in Dunmore.\nA port official disagreed. \"The fleet is real,\" the official said.\nThe analyst from Dunmore was unmoved. \"It is a bluff with a budget,\" she said.";
        Assert.Equal("Mara Quill", Single(text, "It is a bluff with a budget").Speaker);
    }

    [Fact]
    public void Extract_SentenceOpeningWithAnAdverbAndAComma_NamesNoOneThroughTheClause()
    {
        const string text = "Talks went on.\nIvo Marek said the meeting had been \"useful\". Outside, the harbour lights had come on.\n\"We will meet again,\" he said.";
        Assert.Equal("Ivo Marek", Single(text, "We will meet again").Speaker);
    }

    [Fact]
    public void Extract_NameAfterARoleOfANamedBodyOpeningTheSentence_IsItsSubject()
    {
        const string text = "Talks went on.\nThe foreign minister, Ivo Marek, tried to calm things. He said the navy was \"committed\".\nThe head of the Joint Staff, Admiral Tomas Brenn, was more technical. Speaking at the academy, he said the fleet had \"ships that could help\".";
        Assert.Equal("Tomas Brenn", Single(text, "ships that could help").Speaker);
    }

    [Fact]
    public void Extract_ClauseSetOffAfterASource_IsNoRoleOfTheSource()
    {
        const string text = "Talks went on.\nDefence Minister Anna Quill spoke in Dunmore on Monday.\nAccording to Tomas Brenn, the minister has already drafted the mandate, which would run for a year.\n\"It is ready,\" the minister said.";
        var reported = Single(text, "the minister has already drafted the mandate, which would run for a year");
        Assert.Equal("Tomas Brenn", reported.Speaker);
        Assert.True(string.IsNullOrEmpty(reported.Role));
    }

    [Fact]
    public void Extract_PaperNamedWithAForeignArticle_IsNoPersonAPronounFinds()
    {
        const string text = "Talks went on.\nDefence Minister Tomas Brenn said the force would be small.\nAccording to Die Harbourzeitung, the cabinet had already drafted the mandate.\nSeveral members were undecided.\n\"No mandate is ever easy,\" he said.";
        Assert.Equal("Tomas Brenn", Single(text, "No mandate is ever easy").Speaker);
        Assert.Equal(SpeakerKind.Institution, NameParts.Parse("Die Harbourzeitung")!.Kind);
    }

    [Fact]
    public void Extract_CountrysAdjectiveBeforeALowerCaseRole_StaysInTheRole()
    {
        const string text = "Talks went on.\nFinnish defence minister Antti Brenn said the border came first.\nSwedish Defence Minister Ivo Marek said Sweden would send ships.\n\"We guard our own border,\" the Finnish minister said.";
        var quote = Single(text, "We guard our own border");
        Assert.Equal("Antti Brenn", quote.Speaker);
        Assert.Equal("Finnish defence minister", quote.Role);
    }

    [Fact]
    public void Extract_PronounAfterAQuestionAboutWhatACountryWillDo_IsThatCountrysPerson()
    {
        const string text = "Talks went on.\nFinnish defence minister Antti Brenn hosted Swedish Defence Minister Ivo Marek.\nMarek said Sweden would send ships.\n\"It is our own border,\" he said later, when asked whether Finland could spare the troops.";
        Assert.Equal("Antti Brenn", Single(text, "It is our own border").Speaker);
    }

    [Fact]
    public void Extract_PronounAfterAQuestionAboutACountryWithNoOneOfIt_IsTheLatestSubject()
    {
        const string text = "Talks went on.\nFinnish defence minister Antti Brenn hosted the talks.\nSwedish Defence Minister Ivo Marek said Sweden would send ships.\nAsked whether Norway would join, he said: \"We are ready.\"";
        Assert.Equal("Ivo Marek", Single(text, "We are ready.").Speaker);
    }

    [Fact]
    public void Extract_SpeechVerbInsideAQuestionPutToTheSpeaker_ReportsNoSpeech()
    {
        const string text = "Talks went on.\nSwedish Defence Minister Ivo Marek said Sweden would send ships.\nAsked whether Norway would respond, he said: \"We are ready.\"";
        var quote = Single(text, "We are ready.");
        Assert.Equal("Ivo Marek", quote.Speaker);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void Extract_SourceNamedOnlyByAFirstName_IsAPersonAPronounFinds()
    {
        const string text = "Talks went on.\nThe hosts replay a warning.\nThe best moment is an interview with a harbour pilot identified only as Tavo. \"We need to know we are not alone,\" he says.";
        Assert.Equal("Tavo", Single(text, "We need to know we are not alone").Speaker);
    }

    [Fact]
    public void Extract_PartyMemberAfterAPersonNamedInPassing_IsThatPerson()
    {
        const string text = "Talks went on.\nArmed Forces Minister Luke Brenn said planning was advanced.\nThat did not satisfy Mark Tavo. The Conservative member told the minister: \"Where are these troops coming from?\"";
        Assert.Equal("Mark Tavo", Single(text, "Where are these troops coming from?").Speaker);
    }

    [Theory]
    [InlineData("harbour news agency KNA")]
    [InlineData("the weekly Keston Post")]
    [InlineData("Interfax")]
    public void Extract_MediumAfterAReport_LeavesTheWordsAndTheNextQuoteWithTheSpeaker(string medium)
    {
        var text = "Talks went on.\nTomas Brenn, the harbour master, spoke on Monday. \"The quay will hold,\" Brenn told reporters, according to " + medium
            + ". \"Nobody needs to worry.\"\nAsked about the storm, he said the ferries would sail on time.";
        Assert.Equal("Tomas Brenn", Single(text, "The quay will hold").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "Nobody needs to worry.").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "the ferries would sail on time").Speaker);
    }

    [Fact]
    public void Extract_ParticipleAfterAnObjectOfTo_SpeaksForTheClauseSubject()
    {
        const string text = "Talks went on.\nMara Quill, the harbour master, said she had sent a note to the port minister Tomas Brenn urging \"a swift decision\" on the quay.\n\"We cannot wait all winter,\" she said.";
        Assert.Equal("Mara Quill", Single(text, "a swift decision").Speaker);
        Assert.Equal("Mara Quill", Single(text, "We cannot wait all winter").Speaker);
    }

    [Fact]
    public void Extract_ParticipleAfterWithAndAName_KeepsTheNameAsItsSubject()
    {
        const string text = "Talks went on.\nThe summit ended with harbour master Tomas Brenn announcing that the quay would \"open by spring\".";
        Assert.Equal("Tomas Brenn", Single(text, "open by spring").Speaker);
    }

    [Fact]
    public void Extract_JointStatementNamingNoIssuer_SpeaksForThePluralSubjectAndLaterForTheStatement()
    {
        const string text = "Talks went on.\nHarbour ministers agreed to dredge the channel, according to a joint statement issued after the meeting.\n"
            + "\"We will not let the port silt up,\" the ministers said in the statement.\nThe statement said the work would start \"within weeks\".";
        Assert.Equal("Harbour ministers", Single(text, "Harbour ministers agreed to dredge the channel").Speaker);
        Assert.Equal("Harbour ministers", Single(text, "We will not let the port silt up").Speaker);
        Assert.Equal("Harbour ministers", Single(text, "within weeks").Speaker);
    }

    [Fact]
    public void Extract_DocumentIssuedWithNoIssuer_IsNamedWithoutTheParticiple()
    {
        const string text = "Talks went on.\nThe quay will reopen in May, according to a statement issued after the meeting.";
        Assert.Equal("a statement", Single(text, "The quay will reopen in May").Speaker);
    }

    [Theory]
    [InlineData("One sailor, who asked not to be named because she was not allowed to talk to reporters, said", "one sailor")]
    [InlineData("A nurse, who has worked at the base for a decade, said", "a nurse")]
    public void Extract_PersonNounBeforeARelativeClause_IsTheUnnamedSubject(string opening, string speaker)
    {
        var text = "Talks went on.\n" + opening + " the crews were \"tired but ready\".";
        Assert.Equal(speaker, Single(text, "tired but ready").Speaker);
    }

    [Fact]
    public void Extract_ParticipleAfterByInASentenceOpeningWithRoleThenName_SpeaksForTheName()
    {
        const string text = "Talks went on.\nThe board's chair, Mara Quill, closed the meeting by saying the quay had been \"neglected for years\".";
        Assert.Equal("Mara Quill", Single(text, "neglected for years").Speaker);
    }

    [Theory]
    [InlineData(", a charge the harbour board has always denied.")]
    [InlineData(", a claim that Keston rejects.")]
    public void Extract_ClaimAppositionEndingTheSentence_ReportsNothing(string apposition)
    {
        var text = "Talks went on.\nTomas Brenn said the dredging had been \"botched from the start\"" + apposition;
        Assert.Equal("Tomas Brenn", Single(text, "botched from the start").Speaker);
    }

    [Theory]
    [InlineData("Mr Brenn folded his arms.", "Tomas Brenn")]
    [InlineData("She shook her head.", "Mara Quill")]
    public void Extract_BeatSentenceBeforeAnUnattributedQuote_GivesTheQuoteToItsSubject(string beat, string speaker)
    {
        var text = "Talks went on.\nTomas Brenn, the harbour master, asked about the dredging. Mara Quill said the work was \"on schedule\".\n"
            + beat + " \"Nobody on this quay believes that any more.\"";
        Assert.Equal(speaker, Single(text, "Nobody on this quay believes that any more.").Speaker);
    }

    [Fact]
    public void Extract_BeatOpeningWithAParticiple_GivesNoSpeaker()
    {
        const string text = "Talks went on.\nTomas Brenn, the harbour master, spoke on Monday.\nAsked whether it helps, the old sailor smiles. \"Sometimes it does, sometimes not.\"";
        Assert.DoesNotContain(Extract(text), q => q.Speaker == "Asked");
    }

    [Theory]
    [InlineData("In harbour board circles it was said that the quay would be sold.", "harbour board circles")]
    [InlineData("In diplomatic circles, it is said that the quay would be sold.", "diplomatic circles")]
    public void Extract_ImpersonalPassiveAfterInCircles_SpeaksForTheCircles(string sentence, string speaker)
    {
        var quote = Single("Talks went on.\n" + sentence, "the quay would be sold");
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Fact]
    public void Extract_AttributionSetOffByADash_ReportsTheClauseBeforeAndTheQuoteAfter()
    {
        const string text = "Talks went on.\nTomas Brenn, the harbour master, spoke on Monday. A little doubt in the port is healthy, Brenn said — but \"only while the ships still come\".";
        Assert.Equal("Tomas Brenn", Single(text, "A little doubt in the port is healthy").Speaker);
        Assert.Equal("Tomas Brenn", Single(text, "only while the ships still come").Speaker);
    }

    [Theory]
    [InlineData("Mara Quill says she has never missed a tide, though she has come close twice.", "she has never missed a tide, though she has come close twice")]
    [InlineData("Mara Quill said the quay would hold, though several engineers doubted it.", "the quay would hold")]
    public void Extract_ConcessionWithTheReportedSubjectsPronoun_StaysInTheReport(string sentence, string words)
    {
        Assert.Equal("Mara Quill", Single("Talks went on.\n" + sentence, words).Speaker);
    }

    [Theory]
    [InlineData("In Brenn's view, the quay is beyond repair.", "Tomas Brenn")]
    [InlineData("In Mara Quill’s opinion, the quay is beyond repair.", "Mara Quill")]
    public void Extract_InANamedHoldersViewOpeningASentence_ReportsTheHolder(string sentence, string speaker)
    {
        var text = "Talks went on.\nTomas Brenn, the harbour master, and Mara Quill, the mayor, spoke on Monday.\n" + sentence;
        var quote = Single(text, "the quay is beyond repair");
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Theory]
    [InlineData("Brenn, quoted by the Keston Post, said the quay was beyond repair.", "Tomas Brenn")]
    [InlineData("The mayor, cited by local radio, said the quay was beyond repair.", "Mara Quill")]
    public void Extract_QuotedByAMediumAside_LeavesTheSubjectSpeaking(string sentence, string speaker)
    {
        var text = "Talks went on.\nTomas Brenn, the harbour master, and Mara Quill, the mayor, spoke on Monday.\n" + sentence;
        Assert.Equal(speaker, Single(text, "the quay was beyond repair").Speaker);
    }

    [Fact]
    public void Extract_WhereasOpeningASecondClause_IsNoPartOfItsSpeaker()
    {
        const string text = "Talks went on.\nTomas Brenn, the harbour master, and Mara Quill, the mayor, spoke on Monday.\n"
            + "Brenn said the quay was beyond repair, whereas the mayor insisted that it could be saved.";
        Assert.Equal("Tomas Brenn", Single(text, "the quay was beyond repair").Speaker);
        Assert.Equal("Mara Quill", Single(text, "it could be saved").Speaker);
    }

    [Fact]
    public void Extract_ReportedQuestion_IsNoQuote()
    {
        Assert.Empty(Extract("Odile Sarre asked whether Washington would provide air cover."));
    }

    [Fact]
    public void Extract_QuotedWordsInAReportedQuestion_AreTheAskers()
    {
        var quote = Assert.Single(Extract("Odile Sarre asked whether Washington would provide \"real air cover\" for the mission."));
        Assert.Equal("real air cover", quote.Text);
        Assert.Equal("Odile Sarre", quote.Speaker);
    }

    [Fact]
    public void Extract_SpeakingLabelLine_GivesTheNextQuoteParagraphItsSpeaker()
    {
        var quote = Assert.Single(Extract("The talks ended late.\nA senior harbour official, speaking on condition of anonymity:\n\"The crews will sail when the ice allows, and not a day before.\""));
        Assert.Equal("a senior harbour official", quote.Speaker);
    }

    [Fact]
    public void Extract_DocumentRecordingSomeoneAsTelling_GivesTheWordsToThem()
    {
        var quote = Assert.Single(Extract("The minutes record a senior port official as telling the board last week that the crews would \"not sail blind\" into the strait."));
        Assert.Equal("not sail blind", quote.Text);
        Assert.Equal("a senior port official", quote.Speaker);
    }

    [Theory]
    [InlineData("The mood was summed up by a diplomat: \"Nobody wants to sail first.\"", "a diplomat")]
    [InlineData("The mood was summed up by a diplomat, who spoke on condition of anonymity: \"Nobody wants to sail first.\"", "a diplomat")]
    public void Extract_SummedUpByAnAgent_GivesTheQuoteToTheAgent(string text, string speaker)
    {
        var quote = Assert.Single(Extract(text));
        Assert.Equal("Nobody wants to sail first.", quote.Text);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Extract_DashTurnsInsideOneQuote_AlternateBetweenTheQuestionerAndTheSubject()
    {
        // An interview's exchange set inside one pair of guillemets, each later turn opened by a dash in its own
        // paragraph: a question first is the questioner's (named after "by"), the turns then alternate.
        const string text = "Harbour talks\nQuestioned on Monday by Ines Valmy, the host of Radio Centre's breakfast show, the Transport Minister Oskar Lind hardly moved:\n"
            + "«So will the ferries run in winter, yes or no?\n— If the quay holds, yes. There will be crossings – not daily, but weekly.\n— How often?\n"
            + "— I will not give you a timetable this morning, and you know exactly why.»\nThe minister later wrote that the quay was sound.";
        Assert.Equal("Ines Valmy", Single(text, "So will the ferries run in winter, yes or no?").Speaker);
        Assert.Equal("Oskar Lind", Single(text, "If the quay holds, yes. There will be crossings – not daily, but weekly.").Speaker);
        Assert.Equal("Ines Valmy", Single(text, "How often?").Speaker);
        var last = Single(text, "I will not give you a timetable this morning, and you know exactly why.");
        Assert.Equal("Oskar Lind", last.Speaker);
        Assert.Equal(QuoteKind.Direct, last.Kind);
    }

    [Fact]
    public void Extract_DashTurnsOpeningWithAnAnswer_StartWithTheSubject()
    {
        const string text = "Harbour talks\nPressed by the presenter Ines Valmy on Monday, Oskar Lind gave a little ground:\n"
            + "«We will reopen the quay, that much I can promise.\n— When?\n— In the spring, once the engineers have signed it off.»";
        Assert.Equal("Oskar Lind", Single(text, "We will reopen the quay, that much I can promise.").Speaker);
        Assert.Equal("Ines Valmy", Single(text, "When?").Speaker);
        Assert.Equal("Oskar Lind", Single(text, "In the spring, once the engineers have signed it off.").Speaker);
    }

    [Fact]
    public void Extract_DashTurnsWithoutTwoNamedPeople_AreNotGivenOut()
    {
        // A third person in the introducing sentence leaves the turns' speakers unknown; dash lines of a list after an
        // unclosed mark, with no question among them, are no turns at all.
        const string exchange = "Harbour talks\nQuestioned by Ines Valmy and Petra Holm, the Transport Minister Oskar Lind hardly moved:\n"
            + "«So will the ferries run in winter, yes or no?\n— If the quay holds, yes, there will be crossings.\n— How often?\n— Weekly, and not one more than that.»";
        var quotes = Extract(exchange);
        Assert.DoesNotContain(quotes, q => q.Text.Contains("crossings", StringComparison.Ordinal) || q.Text.Contains("Weekly", StringComparison.Ordinal));
        const string list = "Harbour plan\nOskar Lind set out his plan: “These are the steps we will take:\n— Repair the quay before the winter storms.\n"
            + "— Buy two new ferries for the northern crossing.”\nThe council will vote.";
        Assert.DoesNotContain(Extract(list), q => q.Text.StartsWith("Repair", StringComparison.Ordinal) || q.Text.StartsWith("Buy", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_MissionToAUnion_IsTheCountrysMissionNotAnUnnamedSource()
    {
        var quote = Assert.Single(Extract("Hungary's Permanent Mission to the EU said in a statement that the talks were \"a provocation\"."));
        Assert.Equal("Hungarian Permanent Mission to the EU", quote.Speaker);
    }

    [Fact]
    public void Extract_AppositionOpeningWithAnHonorificsPossessive_KeepsTheNamedSpeaker()
    {
        var quote = Assert.Single(Extract("Anna Quill, Mr Brenn's spokeswoman, said the port wanted decisions \"within weeks\"."));
        Assert.Equal("within weeks", quote.Text);
        Assert.Equal("Anna Quill", quote.Speaker);
    }

    [Fact]
    public void Extract_WelcomedAsAQuote_IsTheWelcomersWords()
    {
        var quote = Assert.Single(Extract("Defence Minister Tomas Brenn named the commanders on Monday, a move Foreign Minister Anna Quill welcomed as \"a clear signal to Keston\"."));
        Assert.Equal("Anna Quill", quote.Speaker);
    }
}
