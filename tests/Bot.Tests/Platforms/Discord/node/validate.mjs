// Validates the request bodies NewsBot sent to the fake Discord against Discord's API schema (the zod form of
// the OpenAPI document in discord-api-spec), plus the documented limits the schema leaves out.
// Usage: node validate.mjs requests.json   (a JSON array of {"kind": "...", "body": {...}})
import { readFileSync } from "node:fs";
import * as spec from "discord-api-spec/zod";

const schemas = {
  message: spec.MessageCreateRequestSchema,
  webhook: spec.IncomingWebhookRequestPartialSchema,
  edit: spec.IncomingWebhookUpdateRequestPartialSchema,
  followup: spec.IncomingWebhookRequestPartialSchema,
  callback: spec.CreateMessageInteractionCallbackRequestSchema,
  command: spec.ApplicationCommandUpdateRequestSchema,
};

function limits(body, where, problems) {
  // The docs' limits win over the schema where they are stricter (content 2000 for bot messages, 6000 in all embeds).
  if (typeof body.content === "string" && body.content.length > 2000) problems.push(`${where}: content over 2000`);
  const embeds = body.embeds ?? [];
  let total = 0;
  for (const e of embeds) {
    const title = e.title?.length ?? 0, description = e.description?.length ?? 0, footer = e.footer?.text?.length ?? 0;
    if (title > 256) problems.push(`${where}: title over 256`);
    if (description > 4096) problems.push(`${where}: description over 4096`);
    if (footer > 2048) problems.push(`${where}: footer over 2048`);
    const fields = e.fields ?? [];
    if (fields.length > 25) problems.push(`${where}: over 25 fields`);
    for (const f of fields) {
      if (f.name.length > 256 || f.value.length > 1024) problems.push(`${where}: field too long`);
      total += f.name.length + f.value.length;
    }
    total += title + description + footer + (e.author?.name?.length ?? 0);
  }
  if (embeds.length > 10) problems.push(`${where}: over 10 embeds`);
  if (total > 6000) problems.push(`${where}: embeds total ${total} over 6000`);
  if (body.embeds !== undefined || body.content !== undefined) {
    const parse = body.allowed_mentions?.parse;
    if (!Array.isArray(parse) || parse.length !== 0) problems.push(`${where}: allowed_mentions.parse is not []`);
  }
}

const requests = JSON.parse(readFileSync(process.argv[2], "utf8"));
const problems = [];
let checked = 0;
requests.forEach((request, i) => {
  const where = `#${i} ${request.kind}`;
  const schema = schemas[request.kind];
  if (!schema) { problems.push(`${where}: no schema for this kind`); return; }
  const bodies = request.kind === "command" ? request.body : [request.body];
  for (const body of bodies) {
    const result = schema.safeParse(body);
    if (!result.success) problems.push(`${where}: ${JSON.stringify(result.error.issues)}`);
    if (request.kind === "command") {
      if (!/^[-_\p{L}\p{N}]{1,32}$/u.test(body.name) || body.name !== body.name.toLowerCase()) problems.push(`${where}: bad command name ${body.name}`);
      if (!body.description || body.description.length > 100) problems.push(`${where}: bad description for ${body.name}`);
      const options = body.options ?? [];
      if (options.length > 25) problems.push(`${where}: over 25 options`);
      const firstOptional = options.findIndex(o => !o.required);
      if (firstOptional >= 0 && options.slice(firstOptional).some(o => o.required)) problems.push(`${where}: required option after optional in ${body.name}`);
    } else {
      limits(request.kind === "callback" ? (body.data ?? {}) : body, where, problems);
    }
    checked++;
  }
});
for (const p of problems) console.log(p);
console.log(`checked ${checked} bodies, ${problems.length} problems`);
process.exit(problems.length === 0 && checked > 0 ? 0 : 1);
