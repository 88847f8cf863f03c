/**
 * `tsx src/main.ts` in its own process (`npm run serve`: the server from the sources, as `npm start`
 * runs its compiled build, or as a second app instance). No vitest here.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** `tsx src/main.ts` from the sources; resolves once `pattern` appears in the output. */
export async function runMain(env: Record<string, string>, pattern: RegExp) {
  const port = await freePort();
  const child: ChildProcess = spawn('node', ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '', SKJ_LOG: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const matched = await new Promise<RegExpMatchArray>((resolve, reject) => {
    // Never leave the server behind when its output does not come.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ${pattern} in the output:\n${output}`));
    }, 150_000);
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    match: matched,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
