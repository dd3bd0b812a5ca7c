import { describe, expect, test } from 'vitest';
import { PolicyUnion } from './policy-union.ts';

describe('the union of the pages’ policies', () => {
  test('every source of every directive, once, in the order first seen', () => {
    const union = new PolicyUnion();
    union.add("default-src 'none';script-src 'self' 'sha256-a';style-src 'self';");
    union.add("default-src 'none'; script-src 'self' 'sha256-b' 'sha256-a'; img-src data:");
    expect(union.toString()).toBe(
      "default-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; img-src data:",
    );
  });

  test('directive names are case-insensitive', () => {
    const union = new PolicyUnion();
    union.add("Script-Src 'self'");
    union.add("script-src 'sha256-a'");
    expect(union.toString()).toBe("script-src 'self' 'sha256-a'");
  });

  test('no policy, nothing to send', () => {
    expect(new PolicyUnion().empty).toBe(true);
  });
});
