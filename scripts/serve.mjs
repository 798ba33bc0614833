// The production server `npm start` runs: the built app, one Next.js process per core.
//
// Node serves a process's requests on one thread, so under load a request waits behind the ones
// that came first on its process even while a core is idle: with 50 annotators the claim-save
// p95 was half queueing (bench/load.ts). node:cluster runs WEB_CONCURRENCY processes (default:
// the cores, at most 4) on one port; the primary hands each new connection to the next one.
// Every process holds its own database pool and caches; nothing is shared in memory (sessions
// are tokens, rate limits live in Postgres), so any process can serve any request.
//
// Usage: node scripts/serve.mjs --port 3000 --hostname 0.0.0.0 (the app's variables from the
// environment, as `npm start` sets them).
import cluster from "node:cluster";
import { createServer } from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";
import next from "next";
import { useSocketAddressUnlessProxied } from "./lib/socket-forwarded-for.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: "3000" }, hostname: { type: "string", default: "0.0.0.0" } } });
const port = Number(values.port);
const hostname = values.hostname;
const processes = Number(process.env.WEB_CONCURRENCY) || Math.min(os.availableParallelism(), 4);

if (cluster.isPrimary && processes > 1) {
  let stopping = false;
  for (let index = 0; index < processes; index++) cluster.fork();
  let ready = 0;
  cluster.on("message", (_worker, message) => {
    if (message === "ready" && ++ready === processes) console.log(`✓ Ready in ${process.uptime().toFixed(1)}s: ${processes} processes on http://${hostname}:${port}`);
  });
  // A process that dies (out of memory, a crash) is replaced, so the others never carry its share for long.
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`server process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = (signal) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
} else {
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    useSocketAddressUnlessProxied(request, process.env.TRUST_PROXY);
    return handle(request, response);
  });
  server.listen(port, hostname, () => {
    if (cluster.isWorker) process.send?.("ready");
    else console.log(`✓ Ready in ${process.uptime().toFixed(1)}s on http://${hostname}:${port}`);
  });
  // Requests in flight finish; a connection that stays open does not hold the stop up for long.
  const close = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", close);
  process.on("SIGINT", close);
  // A primary that is gone (killed outright) must not leave its processes holding the port.
  cluster.worker?.on("disconnect", close);
}
