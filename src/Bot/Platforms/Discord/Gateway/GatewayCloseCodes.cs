namespace NewsBot.Bot.Platforms.Discord.Gateway;

/// <summary>What a gateway close code means for the next connection.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>The reason to stop for a code that must never be retried (a loop would only burn identifies), else null.</summary>
    public static string? Fatal(int? code) => code switch
    {
        4004 => "authentication failed (4004): the token is wrong or was reset; set a new NEWSBOT__Discord__Token",
        4010 => "invalid shard (4010): check Discord:ShardId and Discord:ShardCount",
        4011 => "sharding required (4011): the bot is in too many guilds for one connection; set Discord:ShardCount",
        4012 => "invalid API version (4012)",
        4013 => "invalid intents (4013)",
        4014 => "disallowed intents (4014): an intent is not enabled for this application in the Developer Portal",
        _ => null,
    };

    /// <summary>True when the session is gone and the next connection must identify anew (4007 bad sequence, 4009 timed out).</summary>
    public static bool EndsSession(int? code) => code is 4007 or 4009 or 1000 or 1001;
}
