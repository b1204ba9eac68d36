import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docOf, FIXTURES } from '../helpers.js';

const sectionsOf = (text: string) => docOf(text, 'sections').layers.sections!.map((s) => [s.heading, s.level, s.kind]);
const PROSE = 'The union was founded in 1905 and grew quickly in the port cities of the coast.';

describe('segment: back matter', () => {
  it.each(['See also', 'External links', 'Acknowledgements'])("'%s' closes the whole text (level 1), whatever heading came before", (heading) => {
    const text = `A History of Unions\n\n${PROSE}\n\nColonial period (1912–1960)\n\nEarly associations\n\n${PROSE}\n\nThe strike\n\n${PROSE}\n\n${heading}\n\n${PROSE}\n\nReferences\n\nAnanaba, W. (1969). The Trade Union Movement in Nigeria. London: C. Hurst.`;
    const sections = sectionsOf(text);
    expect(sections.find((s) => s[0] === 'The strike')![1]).toBe(2);
    expect(sections.find((s) => s[0] === heading)).toEqual([heading, 1, 'body']);
  });

  it('Nigeria: See also at level 1, its two lines no headings', () => {
    const text = readFileSync(join(FIXTURES, 'unseen', 'nigeria-unions.txt'), 'utf8');
    expect(sectionsOf(text).slice(-2)).toEqual([['See also', 1, 'body'], ['References', 1, 'references']]);
  });
});

describe('segment: front matter', () => {
  it('Chile: Abstract a section, the keywords line no heading, the numbered sections at level 1', () => {
    const text = readFileSync(join(FIXTURES, 'unseen', 'chile-activists.txt'), 'utf8');
    expect(sectionsOf(text).slice(0, 4)).toEqual([[null, 1, 'body'], ['Abstract', 1, 'body'], ['1. Introduction', 1, 'body'], ['2. Methods', 1, 'body']]);
  });

  it('Kenya: Executive Summary a section, not an author', () => {
    const text = readFileSync(join(FIXTURES, 'unseen', 'kenya-policy.txt'), 'utf8');
    const doc = docOf(text, 'sections');
    expect(doc.layers.sections!.map((s) => s.heading).slice(0, 3)).toEqual([null, 'Executive Summary', '1. Introduction']);
    expect(doc.layers.metadata!.authors).toEqual([]);
  });
});
