// Forms of periodisation the twenty-sixth session read (its second helper), each on texts written
// here (not the blind sets'): a list of names past a longer clause after an announced count; a
// scheme reported as another's (an obituary's, a cited work's, a critic's) that the text does not
// claim; a writer's correction of her own earlier scheme; a list counted in its own sentence after a
// count of something else.
import { describe, expect, it } from 'vitest';
import { docOf } from '../helpers.js';

const periodisationOf = (text: string) => docOf(text, 'periodisation').layers.periodisation!;
const read = (text: string) => {
  const p = periodisationOf(text);
  return { count: p.claimedCount, stages: p.stages.map((s) => [s.label, s.from, s.to]) };
};

describe('periodisation: an announced count whose list of names follows a longer clause', () => {
  const years = 'The pamphlet years began in 1921, when the first society printed its rules. The bulletin years ran from 1948 to 1977. The website years began in 1977 and ended in 2009.';
  it.each<[string]>([
    ['I tell the story in three periods, and I name them, as the members did, after what they printed, because that is how they remembered them: the pamphlet years, the bulletin years and the website years.'],
    ['We divide it here into three periods, which, with some licence and for want of better words, we call after their paper: the pamphlet years, the bulletin years and the website years.'],
  ])('reads the names after the distant colon: %s', (thesis) => {
    expect(read(`The society has a history. ${thesis} ${years}`)).toEqual({
      count: 3,
      stages: [['the pamphlet years', 1921, 1948], ['the bulletin years', 1948, 1977], ['the website years', 1977, 2009]],
    });
  });

  it('reads names of up to six words', () => {
    const text = 'The society has a history. I tell the story in three periods, and I name them, as the members did, after what they printed, because that is how they remembered them: the age of the pamphlet, the age of the bulletin and the age of the website.';
    expect(read(text).stages.map(([label]) => label)).toEqual(['the age of the pamphlet', 'the age of the bulletin', 'the age of the website']);
  });

  it('does not read a list of as many names as another count after the stages', () => {
    const text = 'The society has a history. I tell the story in three periods, drawing, because the minutes are lost, on what the members kept in their homes and in three other places, which are: the parish, the library and the union. The first period began in 1921.';
    expect(periodisationOf(text).stages.map((s) => s.label)).not.toContain('the library');
  });

  it('does not read a list of more names than counted', () => {
    const text = `The society has a history. I tell the story in three periods, and I name them, as the members did, after what they printed, because that is how they remembered them: the age of the pamphlet, the age of the poster, the age of the bulletin and the age of the website. ${years}`;
    expect(periodisationOf(text).stages.map((s) => s.label)).not.toContain('the age of the poster');
  });
});
