/**
 * Every stage periodcheck knows, by name. A pipeline definition refers to stages by these names.
 */
import type { AnyStage } from './stage.js';
import { clean } from './stages/clean/index.js';
import { segment } from './stages/segment.js';
import { sentences } from './stages/sentences.js';
import { citations } from './stages/citations/index.js';
import { temporal } from './stages/temporal/index.js';
import { entities } from './stages/entities/index.js';
import { stance } from './stages/stance/index.js';
import { periodisation } from './stages/periodisation/index.js';
import { periods } from './stages/periods/index.js';
import { checks } from './stages/checks/index.js';

export const STAGES: Readonly<Record<string, AnyStage>> = Object.freeze(
  Object.fromEntries([clean, segment, sentences, citations, temporal, entities, stance, periodisation, periods, checks].map((s: AnyStage) => [s.name, s])),
);
