using NewsBot.Core.Articles;
using NewsBot.Core.Keywords;

namespace NewsBot.Core.Analysis;

/// <summary>The text engine seam: article + topic profile -> analysis. Pure, deterministic, thread-safe.</summary>
public interface ITextAnalyzer
{
    /// <summary>Analyses <paramref name="article"/> against <paramref name="profile"/>.</summary>
    ArticleAnalysis Analyze(Article article, CompiledProfile profile);
}
