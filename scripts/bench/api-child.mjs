// The server for bench:api, in its own process: the built product (dist/), as `rebound serve`
// runs it (createServer + listen on 127.0.0.1), over the store in DIR. Sends its port to the
// parent, then its CPU time whenever asked, so the parent can report the cost per request.
const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: api-child.mjs DIR');
const dist = new URL('../../dist/', import.meta.url);
const { LOCAL_USER, loadConfig, openApp } = await import(new URL('app/index.js', dist).href);
const { allowedHostsFor, createServer, listen } = await import(new URL('server/index.js', dist).href);

const app = await openApp(loadConfig({ ...process.env, REBOUND_HOME: dir, REBOUND_NOW: '' }));
const allowedHosts = [];
const server = createServer({ useCases: app.useCases, actor: LOCAL_USER, token: null, allowedHosts, staticDir: null, now: () => app.now() });
const listening = await listen(server, '127.0.0.1', 0);
allowedHosts.push(...allowedHostsFor('127.0.0.1', listening.port));
process.send?.({ port: listening.port });
process.on('message', (m) => {
  if (m === 'cpu') process.send?.({ cpu: process.cpuUsage() });
});
process.on('disconnect', () => {
  void listening
    .close()
    .then(() => app.close())
    .finally(() => process.exit(0));
});
