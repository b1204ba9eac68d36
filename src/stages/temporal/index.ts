/**
 * Stage `temporal` (stub: to be implemented): temporal expressions normalised to year intervals
 * and EDTF.
 */
import { defineStage } from '../../stage.js';

export interface TemporalOptions {
  rules: string;
  eras: string;
}

export const temporal = defineStage<TemporalOptions, undefined>({
  name: 'temporal',
  version: 0,
  description: 'Temporal expressions (years, ranges, decades, days, relative expressions, eras) with year intervals and EDTF.',
  requires: ['clean', 'metadata', 'sentences', 'tokens', 'citations'],
  provides: ['temporal'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { rules: { type: 'string', default: 'temporal.json' }, eras: { type: 'string', default: 'eras.json' } },
  },
  run: () => ({ layers: { temporal: [] } }),
});
