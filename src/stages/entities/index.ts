/**
 * Stage `entities` (stub: to be implemented): named entities with canonical names and aliases.
 */
import { defineStage } from '../../stage.js';

export interface EntitiesOptions {
  rules: string;
}

export const entities = defineStage<EntitiesOptions, undefined>({
  name: 'entities',
  version: 0,
  description: 'Named entities (PERSON, ORG, GPE, LOC, LAW, EVENT, WORK) with canonical names and grouped aliases.',
  requires: ['clean', 'sentences', 'tokens', 'citations'],
  provides: ['entities'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { rules: { type: 'string', default: 'entities.json' } },
  },
  run: () => ({ layers: { entities: [] } }),
});
