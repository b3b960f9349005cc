import { textWidth, truncate } from './table.js';

export { truncate };

/** Wrap text at spaces into lines of at most `width` columns; a word longer than that is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (textWidth(candidate) <= width) current = candidate;
    else {
      if (current !== '') lines.push(current);
      current = truncate(word, width);
    }
  }
  if (current !== '') lines.push(current);
  return lines.length > 0 ? lines : [''];
}
