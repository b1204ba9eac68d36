// A turn of a debate alone on its line (an interjection) is no heading: the twenty-fifth session's
// reading of a parliamentary transcript, on lines written here.
import { describe, expect, it } from 'vitest';
import { docOf } from '../helpers.js';

const headingsOf = (text: string) => docOf(text, 'sections').layers.sections!.map((s) => s.heading).filter((h) => h !== null);
const debate = (line: string) =>
  `HANSARD\n\nMARGARET MACISAAC: Thank you, Speaker. The relationship has had three chapters, and I will take them in turn before the vote.\n\n${line}\n\nMARGARET MACISAAC: The member says 1932. It did not change the chapter, and I will go on.\n`;

describe('clean: a line of a debate after a speaker in capitals', () => {
  it.each([
    ['AN HONOURABLE MEMBER: Nineteen thirty-two!'],
    ["GORDON MACLELLAN: You're forgetting the fund!"],
    ['THE SPEAKER: Will the member take a question?'],
    ['MR. DUNN: Shame…'],
  ])('%s is no heading', (line) => {
    expect(headingsOf(debate(line))).not.toContain(line);
  });

  it.each([
    ['PART ONE: Why did the unions fail?'],
    ['CASE STUDY: Who paid for the fund?'],
    ['The branch years'],
  ])('%s stays a heading', (line) => {
    expect(headingsOf(debate(line))).toContain(line);
  });
});
