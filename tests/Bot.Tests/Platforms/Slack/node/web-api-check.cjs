// Runs Slack's own WebClient against the fake Slack's Web API: auth.test, chat.postMessage (the fake answers
// the first with 429 + Retry-After, which WebClient must honour), and an ok:false error it must surface.
'use strict';
const { WebClient, LogLevel } = require('@slack/web-api');

async function main() {
  const web = new WebClient(process.env.SLACK_BOT_TOKEN, {
    slackApiUrl: process.env.SLACK_API_URL,
    logLevel: LogLevel.ERROR,
    retryConfig: { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 10 },
  });
  const auth = await web.auth.test();
  console.log('auth.test ' + auth.user_id + ' ' + auth.team_id);
  const posted = await web.chat.postMessage({ channel: 'C0NEWS001', text: 'hello from WebClient' });
  console.log('chat.postMessage ' + posted.ok + ' ' + posted.ts);
  try {
    await web.chat.postMessage({ channel: 'C0GONE001', text: 'nobody home' });
    console.log('no error');
  } catch (error) {
    console.log('error ' + error.code + ' ' + (error.data && error.data.error));
  }
}

main().then(() => process.exit(0), (error) => { console.log('failed ' + error.message); process.exit(2); });
