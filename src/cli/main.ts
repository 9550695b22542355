import { execute } from './execute.js';

/** The process boundary: real streams in, exit status out (set, never forced, so output is not cut off). */
export async function main(): Promise<void> {
  try {
    process.exitCode = await execute({
      argv: process.argv.slice(2),
      env: process.env,
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  } catch (e) {
    process.stderr.write(`glean: internal error: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
