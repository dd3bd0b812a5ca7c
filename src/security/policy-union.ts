/**
 * The union of several Content-Security-Policies: each directive with every source any of them
 * lists, directives and sources in the order they first appear.
 *
 * Each page's `<meta>` allows only that page's inline scripts (`src/build/page-script-hashes.ts`);
 * the response header is one policy for every path, so it allows what some page needs. A browser
 * enforces both when both are present, so each page is held to its own list either way, and to
 * the header's list on a host that does not serve the `<meta>`'s page as built.
 */
export class PolicyUnion {
  readonly #directives = new Map<string, Set<string>>();

  /** Adds a policy's directives (`default-src 'none'; script-src 'self' 'sha256-...'`). */
  add(policy: string): void {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const known = this.#directives.get(name.toLowerCase()) ?? new Set<string>();
      for (const source of sources) known.add(source);
      this.#directives.set(name.toLowerCase(), known);
    }
  }

  /** Whether no policy was added. */
  get empty(): boolean {
    return this.#directives.size === 0;
  }

  /** The union as a policy text, `name source source; name ...`. */
  toString(): string {
    return [...this.#directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
  }
}
