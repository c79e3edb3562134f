using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Core.Storage.Dedup;

/// <summary>
/// Everything the stores need to recognise an article again, computed once per save: the hash of its normalised
/// text (exact duplicates), its normalised link (the same page by another route), its MinHash signature and LSH
/// band keys (near duplicates), and its folded words for full-text indexing.
/// </summary>
/// <param name="TextHash">Same value as <see cref="Storage.TextHash.Of"/> of the body.</param>
/// <param name="UrlKey">The link without tracking parameters; null when the article has no http(s) link.</param>
/// <param name="Signature">The MinHash signature of the headline and body; empty when there are no words.</param>
/// <param name="BandKeys">One LSH key per band of the signature.</param>
/// <param name="FoldedTitle">The headline's folded words, space-separated.</param>
/// <param name="FoldedBody">The body's folded words, space-separated.</param>
public sealed record ArticleFingerprint(string TextHash, string? UrlKey, uint[] Signature, long[] BandKeys, string FoldedTitle, string FoldedBody)
{
    /// <summary>Estimated shingle similarity at or above which two articles are linked into one story.</summary>
    public const double SameStoryThreshold = 0.3;

    /// <summary>The fingerprint of <paramref name="article"/>.</summary>
    public static ArticleFingerprint Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var titleWords = Words(article.Title);
        var bodyWords = Words(article.Text);
        var foldedBody = string.Join(' ', bodyWords);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(foldedBody)));
        var signature = MinHash.Signature(Shingles.Of([.. titleWords, .. bodyWords]));
        return new ArticleFingerprint(hash, UrlNormalizer.Normalize(article.Url), signature, MinHash.BandKeys(signature),
            string.Join(' ', titleWords), foldedBody);
    }

    private static List<string> Words(string text) => Tokenizer.Tokenize(text).Select(t => t.Value).ToList();
}
