/**
 * The rendered Markdown is tidied line by line (so a report of 100 000 agreements
 * is never copied whole), with the same result as the rules written as regular
 * expressions over the whole text, which is what the report did before.
 */
import { describe, expect, it } from 'vitest';
import { normalise, normalisedLines } from '../../src/report/render.js';

/** The rules as they were: the specification the line-by-line version must meet. */
function byRegularExpressions(markdown: string): string {
  return (
    markdown
      .replace(/\r\n?/g, '\n')
      .replace(/^[ \t]+$/gm, '')
      .replace(/(\S)[ \t]$/gm, '$1')
      .replace(/(\S)[ \t]{3,}$/gm, '$1  ')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ALPHABET = [' ', ' ', '\t', '\n', '\n', '\n', '\r', '\r\n', 'a', 'b', '#', '|', '\u00a0', '\u2028', '\ufeff', 'é'];

describe('tidying the rendered Markdown line by line', () => {
  it('gives what the regular expressions over the whole text gave, for 20 000 random texts', () => {
    const next = random(15);
    for (let n = 0; n < 20_000; n++) {
      const length = Math.floor(next() * 40);
      let text = '';
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      expect(normalise(text), JSON.stringify(text)).toBe(byRegularExpressions(text));
    }
  });

  it('keeps a hard break inside the text, drops one at the very end, and leaves one blank line between paragraphs', () => {
    const text = '\n\n  # Titel \n\nregel een  \nregel twee   \n\n\n\n| a |\t\n   \nslot  \n\n';
    expect(normalise(text)).toBe('# Titel\n\nregel een  \nregel twee  \n\n| a |\n\nslot\n');
    expect([...normalisedLines(text)].every((line) => line.endsWith('\n'))).toBe(true);
    expect(normalise('')).toBe('\n');
  });
});
