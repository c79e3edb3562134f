// Checks a signed request with @slack/bolt's own verifier. Reads {secret, body, timestamp, signature, nowMs}
// as JSON on standard input; prints "valid" or "invalid <reason>".
'use strict';
const { isValidSlackRequest, verifySlackRequest } = require('@slack/bolt');

let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const request = JSON.parse(input);
  const options = {
    signingSecret: request.secret,
    body: request.body,
    headers: { 'x-slack-signature': request.signature, 'x-slack-request-timestamp': Number(request.timestamp) },
    nowMilliseconds: request.nowMs,
  };
  if (isValidSlackRequest(options)) {
    console.log('valid');
    return;
  }
  try {
    verifySlackRequest(options);
    console.log('invalid (but verifySlackRequest accepted it)');
  } catch (error) {
    console.log('invalid ' + error.message);
  }
});
