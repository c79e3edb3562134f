namespace NewsBot.Core.Keywords;

/// <summary>A relevance decision with its explanation.</summary>
/// <param name="Profile">The topic profile that decided.</param>
/// <param name="Score">The summed weight of all matches.</param>
/// <param name="IsRelevant">Whether the score reached the threshold and every required group matched.</param>
/// <param name="Matches">The matched terms, strongest first.</param>
/// <param name="Reason">One line saying why, for /why and analyze.</param>
public sealed record Relevance(string Profile, double Score, bool IsRelevant, IReadOnlyList<TermMatch> Matches, string Reason);
