// The load generator, run in its own process (forked by run-load.ts) so that its CPU use is not
// the server's. Every signed-in annotator has one connection and loops create claim → edit →
// add source → edit → poll the bell (annotator-script.ts) for the configured time, either
// - paced: after each answer the annotator thinks for a random while (config.thinkTime), as a
//   person working in the claim panel does; the requests go out over node:http keep-alive; or
// - saturation: back to back with no think time, one autocannon instance per annotator, for the
//   server's maximum throughput.
import { Agent, request } from "node:http";
import { readFileSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import { annotatorScript, type PlannedRequest, type ScriptSink } from "./annotator-script";
import type { WorkerConfig, WorkerOutput } from "./load-protocol";

const [configFile, outputFile] = process.argv.slice(2);
const config = JSON.parse(readFileSync(configFile, "utf8")) as WorkerConfig;
const sink: ScriptSink = { records: [], acked: [], unparsed: 0, seenErrors: new Set() };

function saturationLoad(annotator: WorkerConfig["annotators"][number], index: number) {
  const script = annotatorScript(config, annotator, index, sink);
  let last: ReturnType<typeof script.answered> | null = null;
  let instance!: autocannon.Instance;
  const finished = new Promise<void>((resolve, reject) => {
    instance = autocannon(
      {
        url: config.baseUrl,
        connections: 1,
        duration: config.durationS,
        timeout: config.timeoutS,
        // Spread over the defaults autocannon hands in (host, port), which Next checks against Origin.
        requests: script.steps.map((step) => ({
          setupRequest: (defaults: object) => ({ ...defaults, ...step() }),
          onResponse: (status: number, body: string) => void (last = script.answered(status, body)),
        })),
      },
      (error) => (error ? reject(error) : resolve()),
    );
  });
  // autocannon's own timing of the response, taken from the socket, replaces the rough one.
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    if (last) Object.assign(last, { ms: responseTime, sentAt: Date.now() - responseTime });
    last = null;
  });
  instance.on("reqError", () => script.unanswered());
  return finished;
}

async function pacedLoad(annotator: WorkerConfig["annotators"][number], index: number, endAt: number, thinkTime: { minMs: number; maxMs: number }) {
  const script = annotatorScript(config, annotator, index, sink);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const think = () => thinkTime.minMs + Math.random() * (thinkTime.maxMs - thinkTime.minMs);
  // Annotators start at random moments within one think time, not all in the same millisecond.
  await sleep(Math.random() * thinkTime.maxMs);
  for (let step = 0; Date.now() < endAt; step++) {
    const planned = script.steps[step % script.steps.length]();
    const started = performance.now();
    const answer = await send(agent, planned);
    const ms = performance.now() - started;
    if (answer) Object.assign(script.answered(answer.status, answer.body), { ms });
    else script.unanswered();
    await sleep(Math.min(think(), Math.max(0, endAt - Date.now())));
  }
  agent.destroy();
}

/** One request; undefined when no answer came within the timeout or the socket failed. */
function send(agent: Agent, planned: PlannedRequest): Promise<{ status: number; body: string } | undefined> {
  return new Promise((resolve) => {
    const url = new URL(planned.path, config.baseUrl);
    const req = request(url, { method: planned.method, headers: planned.headers, agent, timeout: config.timeoutS * 1000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", () => resolve(undefined));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve(undefined));
    req.end(planned.body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run() {
  const startedAt = Date.now();
  process.send?.({ type: "started", at: startedAt });
  const { thinkTime } = config;
  const endAt = startedAt + config.durationS * 1000;
  await Promise.all(config.annotators.map((annotator, index) => (thinkTime ? pacedLoad(annotator, index, endAt, thinkTime) : saturationLoad(annotator, index))));
  const output: WorkerOutput = { startedAt, endedAt: Date.now(), requests: sink.records, acked: sink.acked, unparsed: sink.unparsed };
  writeFileSync(outputFile, JSON.stringify(output));
}

run().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
