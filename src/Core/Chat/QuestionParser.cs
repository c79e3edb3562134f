using System.Text.RegularExpressions;

namespace NewsBot.Core.Chat;

/// <summary>
/// Parses the questions reporters ask the bot: "what did Lecornu say about troops?", "who said the ball is in
/// their court?", "who talked about air cover this week?", "has Rubio said anything new since Monday?".
/// </summary>
public static partial class QuestionParser
{
    /// <summary>The parts of <paramref name="question"/>.</summary>
    public static ParsedQuestion Parse(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Trim().TrimEnd('?', '.', '!', ' ');
        string? since = null;
        var period = Period().Match(text);
        if (period.Success)
        {
            since = period.Groups["since"].Success ? period.Groups["since"].Value : period.Groups["rel"].Value;
            text = text[..period.Index].TrimEnd(' ', ',');
        }

        var m = WhoSaid().Match(text);
        if (m.Success)
            return new ParsedQuestion(null, null, Unquote(m.Groups["phrase"].Value), since, false);
        m = WhoTalked().Match(text);
        if (m.Success)
            return new ParsedQuestion(null, m.Groups["topic"].Value, null, since, true);
        m = WhatDidSay().Match(text);
        if (m.Success)
            return new ParsedQuestion(m.Groups["name"].Value, NullIfEmpty(m.Groups["topic"].Value), null, since, false);
        m = HasSaid().Match(text);
        if (m.Success)
            return new ParsedQuestion(m.Groups["name"].Value, NullIfEmpty(m.Groups["topic"].Value), null, since, false);
        return new ParsedQuestion(null, text, null, since, false);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string Unquote(string value) => value.Trim().Trim('"', '“', '”', '\'', '‘', '’');

    [GeneratedRegex(@"\s+(?:(?:since|after)\s+(?<since>.+)|(?<rel>this week|last week|today|yesterday|this month|in the past week|in the last \d+ days))$", RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"^who\s+(?:said|says|has said)\s+(?<phrase>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoSaid();

    [GeneratedRegex(@"^who(?:'s| is| has been| was)?\s+(?:talked|talking|spoke|speaking|commented)\s+(?:about|on)\s+(?<topic>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoTalked();

    [GeneratedRegex(@"^what\s+(?:did|has|have|does)\s+(?<name>.+?)\s+(?:say|said|says|tell|told)(?:\s+(?:about|on|regarding)\s+(?<topic>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatDidSay();

    [GeneratedRegex(@"^(?:has|did)\s+(?<name>.+?)\s+(?:said|say)\s+anything(?:\s+new)?(?:\s+(?:about|on)\s+(?<topic>.+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex HasSaid();
}
