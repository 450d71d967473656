// How the CLI speaks: JSON when asked, plain text otherwise, colour only where it helps and
// never when NO_COLOR is set or output is not a terminal.

export interface Output {
  readonly json: boolean;
  /** Prints a result: `data` as JSON with --json, else the human text. */
  result(data: unknown, human: () => string): void;
  info(line: string): void;
  error(line: string): void;
  readonly style: Style;
}

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  accent(s: string): string;
  ok(s: string): string;
  problem(s: string): string;
}

const plain: Style = { bold: (s) => s, dim: (s) => s, accent: (s) => s, ok: (s) => s, problem: (s) => s };
const ansi = (code: number, reset: number) => (s: string) => `\u001b[${code}m${s}\u001b[${reset}m`;
const colour: Style = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  accent: ansi(36, 39),
  ok: ansi(32, 39),
  problem: ansi(31, 39),
};

export interface OutputStreams {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
}

export function makeOutput(json: boolean, color: boolean, io: OutputStreams): Output {
  const style = color && !json && io.stdout.isTTY === true ? colour : plain;
  return {
    json,
    style,
    result(data, human) {
      io.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${human()}\n`);
    },
    info(line) {
      if (!json) io.stdout.write(`${line}\n`);
    },
    error(line) {
      io.stderr.write(`${line}\n`);
    },
  };
}
