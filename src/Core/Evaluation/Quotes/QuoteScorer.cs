using NewsBot.Core.Articles;
using NewsBot.Core.Quotes;

namespace NewsBot.Core.Evaluation.Quotes;

/// <summary>
/// Scores an extractor against annotated articles the way the Gender Gap Tracker does: a found quote matches an
/// annotated one when their overlap exceeds a threshold (0.3 and 0.8), and speakers are judged on matched quotes.
/// Overlap counts letters and digits only (marks, spaces and a trailing comma never decide a match) and is the
/// shared characters over the longer of the two. Several found pieces of one interrupted quote
/// ("...," he said. "...") are pooled before comparing. Quotes with marks (direct, mixed) and indirect ones are
/// scored apart: the bot's direct and partial quotes against the former, its indirect ones against the latter.
/// </summary>
public static class QuoteScorer
{
    /// <summary>The thresholds reported.</summary>
    public static IReadOnlyList<double> Thresholds { get; } = [0.3, 0.8];

    /// <summary>Scores one article's findings for one kind of quote at one threshold.</summary>
    public static QuoteScores Score(GoldArticle article, IReadOnlyList<QuoteFinding> found, bool quoted, double threshold)
    {
        var judgement = Judge(article, found, quoted, threshold);
        int matched = 0, correct = 0, judged = 0, right = 0, pairRight = 0;
        foreach (var outcome in judgement.Outcomes)
        {
            if (!outcome.Matched)
                continue;
            matched++;
            correct += outcome.Pieces.Count;
            if (outcome.SpeakerRight is not { } isRight)
                continue;
            judged++;
            if (isRight)
            {
                right++;
                pairRight += outcome.Pieces.Count(p => SpeakerMatcher.Matches(p.Speaker, outcome.Gold.AcceptedSpeakers));
            }
        }

        return new QuoteScores(judgement.Outcomes.Count, judgement.Predicted, matched, correct, judged, right, pairRight);
    }

    /// <summary>
    /// How each annotated quote of one kind fared at one threshold: the found pieces it owns, whether they match it,
    /// and whether the main piece names the right speaker; plus the found quotes that own no matched annotation.
    /// </summary>
    public static QuoteJudgement Judge(GoldArticle article, IReadOnlyList<QuoteFinding> found, bool quoted, double threshold)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(found);
        var letters = new int[article.Text.Length + 1];
        for (var i = 0; i < article.Text.Length; i++)
            letters[i + 1] = letters[i] + (char.IsLetterOrDigit(article.Text[i]) ? 1 : 0);
        var gold = article.Quotes.Where(q => q.Quoted == quoted).ToList();
        var predicted = Predictions(article, found, quoted);
        var assigned = new List<int>[gold.Count];
        for (var g = 0; g < gold.Count; g++)
            assigned[g] = [];
        var owned = new bool[predicted.Count];
        for (var p = 0; p < predicted.Count; p++)
        {
            int best = 0, owner = -1;
            for (var g = 0; g < gold.Count; g++)
            {
                var shared = Shared(letters, gold[g].Spans, [predicted[p].Span]);
                if (shared > best)
                    (best, owner) = (shared, g);
            }

            if (owner >= 0)
                assigned[owner].Add(p);
        }

        var outcomes = new List<GoldOutcome>(gold.Count);
        for (var g = 0; g < gold.Count; g++)
        {
            var pieces = assigned[g].Select(p => predicted[p]).ToList();
            var mine = pieces.Select(p => p.Span).ToList();
            var longer = Math.Max(Count(letters, gold[g].Spans), Count(letters, mine));
            var matched = pieces.Count > 0 && longer > 0 && (double)Shared(letters, gold[g].Spans, mine) / longer > threshold;
            bool? speakerRight = null;
            string? speaker = null;
            if (matched)
            {
                foreach (var p in assigned[g])
                    owned[p] = true;
                speaker = pieces.MaxBy(p => Shared(letters, gold[g].Spans, [p.Span]))!.Speaker;
                if (gold[g].AcceptedSpeakers.Count > 0)
                    speakerRight = SpeakerMatcher.Matches(speaker, gold[g].AcceptedSpeakers);
            }

            outcomes.Add(new GoldOutcome(gold[g], pieces, matched, speaker, speakerRight));
        }

        var unmatched = predicted.Where((_, p) => !owned[p]).ToList();
        return new QuoteJudgement(outcomes, predicted.Count, unmatched);
    }

    /// <summary>Runs <paramref name="extractor"/> over <paramref name="articles"/> and scores every kind and threshold.</summary>
    public static QuoteEvaluation Evaluate(RuleQuoteExtractor extractor, IEnumerable<GoldArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(articles);
        var totals = new Dictionary<(bool, double), QuoteScores>();
        var count = 0;
        foreach (var article in articles)
        {
            count++;
            var found = extractor.Find(new Article(article.Id, "", article.Text));
            foreach (var quoted in new[] { true, false })
            {
                foreach (var threshold in Thresholds)
                    totals[(quoted, threshold)] = totals.GetValueOrDefault((quoted, threshold), QuoteScores.Empty) + Score(article, found, quoted, threshold);
            }
        }

        return new QuoteEvaluation(count, totals);
    }

    private static List<FoundPiece> Predictions(GoldArticle article, IReadOnlyList<QuoteFinding> found, bool quoted)
    {
        var list = new List<FoundPiece>();
        foreach (var f in found)
        {
            if ((f.Quote.Kind != QuoteKind.Indirect) != quoted)
                continue;
            var span = f.Quote.Kind == QuoteKind.Partial && article.MixedAsClause
                ? new TextRange(f.ClauseStart, f.ClauseEnd)
                : new TextRange(f.Quote.Start, f.Quote.End);
            if (!list.Any(x => x.Span == span))
                list.Add(new FoundPiece(span, f.Quote.Speaker, f.Quote.Text));
        }

        return list;
    }

    private static int Shared(int[] letters, IReadOnlyList<(int Start, int End)> gold, List<TextRange> mine)
    {
        var shared = 0;
        foreach (var (gs, ge) in gold)
        {
            foreach (var m in mine)
            {
                var s = Math.Max(gs, m.Start);
                var e = Math.Min(ge, m.End);
                if (e > s)
                    shared += letters[Math.Min(e, letters.Length - 1)] - letters[Math.Min(s, letters.Length - 1)];
            }
        }

        return shared;
    }

    private static int Count(int[] letters, IReadOnlyList<(int Start, int End)> spans) =>
        spans.Sum(s => letters[Math.Min(s.End, letters.Length - 1)] - letters[Math.Min(s.Start, letters.Length - 1)]);

    private static int Count(int[] letters, List<TextRange> spans) =>
        spans.Sum(s => letters[Math.Min(s.End, letters.Length - 1)] - letters[Math.Min(s.Start, letters.Length - 1)]);
}
