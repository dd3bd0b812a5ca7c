import { describe, expect, test } from 'vitest';
import { applyEdits, removal } from './html-edits.ts';

describe('edits applied to a page’s text', () => {
  test('in any order, each at its own offsets', () => {
    const html = '<a></a><b></b><c></c>';
    expect(applyEdits(html, [removal({ start: 14, end: 21 }), { start: 0, end: 7, text: '<x>' }])).toBe('<x><b></b>');
  });

  test('insertions at one offset keep their order, and come before a replacement starting there', () => {
    const html = '<a></a>';
    const edits = [
      { start: 0, end: 7, text: '<b></b>' },
      { start: 0, end: 0, text: '1' },
      { start: 0, end: 0, text: '2' },
    ];
    expect(applyEdits(html, edits)).toBe('12<b></b>');
  });

  test('no edit, same text', () => {
    expect(applyEdits('<p>x</p>', [])).toBe('<p>x</p>');
  });

  test('overlapping replacements are a bug, not a guess', () => {
    expect(() => applyEdits('<a></a>', [removal({ start: 0, end: 5 }), removal({ start: 3, end: 7 })])).toThrow(
      /Overlapping/,
    );
  });
});
