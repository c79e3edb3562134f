// Runs Slack's own SocketModeClient against the fake Slack: it must get hello ("connected"), receive an
// app_mention envelope and acknowledge it. Prints one line per step; exits 0 when all happened.
'use strict';
const { SocketModeClient, LogLevel } = require('@slack/socket-mode');

const client = new SocketModeClient({
  appToken: process.env.SLACK_APP_TOKEN,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
});

const giveUp = setTimeout(() => { console.log('timeout'); process.exit(3); }, 20000);

client.on('connected', () => console.log('connected'));
client.on('app_mention', async ({ event, ack }) => {
  await ack();
  console.log('app_mention ' + event.text);
  clearTimeout(giveUp);
  await client.disconnect();
  process.exit(0);
});

client.start().catch((error) => { console.log('error ' + (error.data ? error.data.error : error.message)); process.exit(2); });
