// Checks Ed25519 interaction signatures with Discord's own verifyKey (discord-interactions).
// Usage: node verify.mjs cases.json   (a JSON array of {"publicKey", "timestamp", "body", "signature"})
// Prints one line per case, "true" or "false", in order.
import { readFileSync } from "node:fs";
import { verifyKey } from "discord-interactions";

const cases = JSON.parse(readFileSync(process.argv[2], "utf8"));
for (const c of cases) {
  console.log(String(await verifyKey(c.body, c.signature, c.timestamp, c.publicKey)));
}
