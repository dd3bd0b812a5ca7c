/**
 * What every check returns: a place in a file, what is wrong and how to fix it. The runner prints
 * them as `file:line: message Fix: fix`, the shape editors and CI logs turn into links.
 */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  /** 1-based line; 1 when the problem is the file itself. */
  readonly line: number;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** What to do about it, in one sentence. */
  readonly fix: string;
}

/** One problem as one line of output. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.message} Fix: ${problem.fix}`;
}

/** The 1-based line of a character offset in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index++) if (text[index] === '\n') line++;
  return line;
}
