// Periods of sentences about no historical time, on texts written here: the scholarship as a
// sentence's subject in the present, whatever dates it discusses (ANNOTATION.md rule 5), and the
// dated narrative sentences that must keep their stage.
import { describe, expect, it } from 'vitest';
import { docOf } from '../helpers.js';

const labelIn = (doc: ReturnType<typeof docOf>) => (start: string): string => {
  const s = doc.layers.sentences!.find((x) => x.text.startsWith(start));
  if (!s) throw new Error(`no sentence starts with ${start}`);
  return doc.layers.periods!.find((p) => p.sentenceId === s.id)!.label;
};

describe('periods: the scholarship as the subject, in the present', () => {
  const text = [
    'Dockers and the State in Lindmark',
    'This essay divides the history of the Lindmark dockers into three periods: toleration from 1950 to 1972, incorporation from 1972 to 1991, and closure since 1991.',
    'Toleration (1950–1972)',
    'In 1950 the port authority recognised the dockers’ committee. Historians of the strike of 1961 have stressed that the committee, not the party, called it. Media historians have described the years from 1955 to 1965 as the golden age of the port’s newspapers. In 1961 the police arrested two historians who had written about the strike. The committee grew quickly.',
    'Incorporation (1972–1991)',
    'The labour code of 1972 made the committee a branch of the ruling party. Not all historians accept this division. Scholars disagree about how far the code of 1972 broke with what came before. Comparative work on other ports suggests that a code of this kind rarely survives a fall in trade. Historians have shown that membership fell by half in the 1980s. Researchers on the strikes of 1985 will find the minutes in the port archive.',
    'Closure (since 1991)',
    'In 1991 the government dissolved the committee. Georgian historians tell a single story of decline that began in 1972. Both readings miss how often the port itself changed hands. In 1997 scholars and dockers marched together against the new law.',
  ].join('\n\n');
  const label = labelIn(docOf(text));

  it.each<[string, string]>([
    ['Historians of the strike of 1961 have stressed', 'none'],
    ['Media historians have described the years', 'none'],
    ['Not all historians accept this division', 'none'],
    ['Scholars disagree about how far the code of 1972', 'none'],
    ['Comparative work on other ports suggests', 'none'],
    ['Georgian historians tell a single story', 'none'],
    ['Both readings miss', 'none'],
    // Guards: an event of the story that names historians keeps its date; a factive verb asserts
    // its clause, whose date decides; a future after the head is no remark on the scholarship.
    ['In 1961 the police arrested two historians', 'stage1'],
    ['In 1997 scholars and dockers marched', 'stage3'],
    ['Historians have shown that membership fell', 'stage2'],
    ['Researchers on the strikes of 1985 will find', 'stage2'],
    ['The committee grew quickly', 'stage1'],
  ])('%s … → %s', (start, expected) => {
    expect(label(start)).toBe(expected);
  });
});
