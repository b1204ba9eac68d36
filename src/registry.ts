/**
 * Every stage periodcheck knows, by name. A pipeline definition refers to stages by these names.
 */
import type { AnyStage } from './stage.js';
import { clean } from './stages/clean/index.js';
import { segment } from './stages/segment.js';
import { sentences } from './stages/sentences.js';

export const STAGES: Readonly<Record<string, AnyStage>> = Object.freeze({
  [clean.name]: clean,
  [segment.name]: segment,
  [sentences.name]: sentences,
});
