namespace NewsBot.Core.Evaluation;

/// <summary>The outcome of a summary evaluation.</summary>
/// <param name="Items">Articles evaluated.</param>
/// <param name="Rouge1F1">Mean ROUGE-1 F1 of the summarizer.</param>
/// <param name="LeadRouge1F1">Mean ROUGE-1 F1 of the first sentences (same count), as split by our splitter.</param>
public sealed record SummaryReport(int Items, double Rouge1F1, double LeadRouge1F1);
