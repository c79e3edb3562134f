// Connects Discord's own gateway client (@discordjs/ws, with @discordjs/rest for GET /gateway/bot) to the fake
// Discord and reports what it saw. Usage: node ws-check.mjs http://127.0.0.1:PORT/api TOKEN
// Prints "READY <session_id>" and exits 0 once READY arrives; exits 1 on error or after 15 s.
import { REST } from "@discordjs/rest";
import { WebSocketManager, WebSocketShardEvents } from "@discordjs/ws";

const [api, token] = process.argv.slice(2);
const rest = new REST({ version: "10", api }).setToken(token);
const manager = new WebSocketManager({ token, intents: 1 | 512 | 4096, rest });
const timer = setTimeout(() => { console.log("TIMEOUT"); process.exit(1); }, 15000);
manager.on(WebSocketShardEvents.Dispatch, async (payload) => {
  const event = payload.data ?? payload;
  if (event.t === "READY") {
    console.log(`READY ${event.d.session_id}`);
    clearTimeout(timer);
    await manager.destroy();
    process.exit(0);
  }
});
manager.on(WebSocketShardEvents.Error, (error) => { console.log(`ERROR ${error?.message ?? error}`); });
await manager.connect();
