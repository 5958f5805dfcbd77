import http from 'node:http';

/**
 * The check-in bench's clients, in their own process so that they do not take the server's event loop: each
 * client is one signed-in session sending its requests one after another over a keep-alive connection.
 */
export interface ClientPhase {
  name: string;
  path: string;
  /** One entry per client: its session cookie and the bodies it sends, in order. */
  clients: { cookie: string; bodies: string[] }[];
}

export interface PhaseResult {
  name: string;
  wallMs: number;
  /** Milliseconds per request, in no particular order. */
  latencies: number[];
  statuses: Record<string, number>;
  /** The `result` field of 200 answers (checked_in, already). */
  results: Record<string, number>;
}

function post(
  agent: http.Agent,
  url: URL,
  cookie: string,
  body: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-phongtrao-csrf': '1',
          cookie,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function runPhase(baseUrl: string, phase: ClientPhase): Promise<PhaseResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: phase.clients.length });
  const url = new URL(phase.path, baseUrl);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const results: Record<string, number> = {};
  const started = process.hrtime.bigint();
  await Promise.all(
    phase.clients.map(async ({ cookie, bodies }) => {
      for (const body of bodies) {
        const t0 = process.hrtime.bigint();
        const { status, text } = await post(agent, url, cookie, body);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === 200) {
          const result = (JSON.parse(text) as { result?: string }).result ?? 'ok';
          results[result] = (results[result] ?? 0) + 1;
        } else if ((statuses[status] ?? 0) <= 3) {
          console.error(`${phase.name}: ${status} ${text.slice(0, 300)}`);
        }
      }
    }),
  );
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  agent.destroy();
  return { name: phase.name, wallMs, latencies, statuses, results };
}

process.on('message', (message: { baseUrl: string; phase: ClientPhase }) => {
  runPhase(message.baseUrl, message.phase).then(
    (result) => process.send!(result),
    (error: unknown) => process.send!({ error: String(error) }),
  );
});
