/**
 * Stage `checks`: tests the claimed periodisation against the text's own evidence and writes the
 * summary. Each check is a small pure function of the layers (see the other files of this folder);
 * each yields `{id, status: pass|warn|fail, message, evidence}` with evidence pointing at sentences
 * and offsets of the original text.
 */
import type { Check } from '../../doc.js';
import { defineStage } from '../../stage.js';
import { boundaries, introVsBody } from './boundaries.js';
import { noPeriodisation, stageNames, thesisVsHeadings } from './claim.js';
import { buildContext, type CheckContext, type ChecksRules } from './context.js';
import { conclusion, sectionCoverage, stageCoverage } from './coverage.js';
import { labelEchoes, markerEvents } from './markers.js';
import { stageCriteria, stanceTrajectory } from './stance.js';
import { buildSummary } from './summary.js';

export interface ChecksOptions {
  /** Data file with thresholds (default: `checks.json`). */
  rules: string;
}

/** Every check, in the order the report lists them. */
const CHECKS: ((ctx: CheckContext) => Check | Check[] | null)[] = [
  noPeriodisation,
  thesisVsHeadings,
  stageNames,
  boundaries,
  introVsBody,
  markerEvents,
  labelEchoes,
  sectionCoverage,
  stanceTrajectory,
  stageCriteria,
  stageCoverage,
  conclusion,
];

export const checks = defineStage<ChecksOptions, ChecksRules>({
  name: 'checks',
  version: 1,
  description: 'Checks the claimed periodisation against the text (thesis vs headings, boundaries, marker events, coverage, stance) and summarises it.',
  requires: ['clean', 'sections', 'sentences', 'temporal', 'entities', 'periodisation', 'periods', 'stances'],
  provides: ['checks', 'summary'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { rules: { type: 'string', default: 'checks.json' } },
  },
  prepare: (options, env) => env.loadData<ChecksRules>(options.rules),
  run(doc, { resources: rules }) {
    const ctx = buildContext(doc, rules);
    const results = CHECKS.flatMap((check) => {
      const r = check(ctx);
      return r === null ? [] : Array.isArray(r) ? r : [r];
    });
    // A long text can give a check thousands of pieces of evidence: keep the first, count the rest.
    for (const c of results) {
      if (c.evidence.length > rules.maxEvidence) {
        c.data = { ...c.data, evidenceOmitted: c.evidence.length - rules.maxEvidence };
        c.evidence = c.evidence.slice(0, rules.maxEvidence);
      }
    }
    return { layers: { checks: results, summary: buildSummary(ctx, results) } };
  },
});
