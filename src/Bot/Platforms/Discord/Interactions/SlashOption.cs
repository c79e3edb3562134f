namespace NewsBot.Bot.Platforms.Discord.Interactions;

/// <summary>One typed option of a slash command, and how its value joins the router's argument text.</summary>
/// <param name="Name">The option name (lower case, 1-32 characters).</param>
/// <param name="Description">1-100 characters.</param>
/// <param name="Required">Required options come first.</param>
/// <param name="Keyword">The word that introduces the value in the argument text ("about"), or null to place it bare.</param>
/// <param name="Type">3 string, 4 integer, 5 boolean.</param>
internal sealed record SlashOption(string Name, string Description, bool Required = false, string? Keyword = null, int Type = 3);
