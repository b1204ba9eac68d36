/**
 * wink-eng-lite-web-model 1.8.1, as this project hands it to `winkNLP()`: the package's own parts,
 * with two of its loaders replaced.
 *
 * - `metaCER`: the package's loader assigns `JSON.stringify(machines)` back to its own module
 *   variable, so each call stringifies the previous call's string again. The first instance gets the
 *   meta model's JSON; the second a JSON string of that JSON (no patterns at all); about the 21st
 *   throws 'Invalid string length'. Here every call returns the JSON of the package's file.
 * - `core`: the package's loader keeps the parsed core model (2.9 MB of JSON; 5.4 MB of heap) for
 *   the life of the thread, only to deep-copy it for each new instance. A thread makes its first
 *   instance at start-up and a new one only when the lexicon is full (see `wink.ts`), so here the
 *   file is read and parsed for each instance and nothing of it is kept between them. With two
 *   workers that is 11 MB less heap that V8 then grows by its factor.
 *
 * `tests/wink-adapter.test.ts` checks that `core()` builds the same model as the package's loader,
 * and that the package's two defects are still there (when they are fixed, this file can go).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type winkModel from 'wink-eng-lite-web-model';

const requireFromHere = createRequire(import.meta.url);
const MODEL_DIR = 'wink-eng-lite-web-model/dist';
const part = (file: string): unknown => requireFromHere(`${MODEL_DIR}/${file}`);

/** The core model's file (lexicon, features, tokenizer's rules). */
export const CORE_MODEL_FILE = requireFromHere.resolve(`${MODEL_DIR}/languages/cur/models/eng-core-web-model.json`);

// require's cache holds the parsed meta model, which the package's loader never changes (it
// reassigns its variable, not the object).
const CER_META_MACHINES = JSON.stringify(part('languages/cur/models/eng-cer-meta-model.json'));
const CER_TRANSFORMERS = part('cer-transformers.js');

interface FeatureData {
  list: string[];
  hash: Record<string, number>;
  intrinsicSize: number;
  index: number;
  maxIndex: number;
}

interface CoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  /** Per feature: [word, mask, shift, 0 when the feature has a list of its own values, 1 when it is in the extrinsic-feature list, …]. */
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, FeatureData> & { posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
}

function uint32sOfBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, 'base64');
  // A copy into an ArrayBuffer of its own: a Buffer may sit at any offset of a shared pool.
  return new Uint32Array(Uint8Array.from(bytes).buffer);
}

function hashOf(list: string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k]] = k;
  return hash;
}

/**
 * The core model, read from its file: what the package's `load-core-model.js` returns (the same
 * steps: decode the packed lexicon, index each feature's list, make the POS clusters sets, and note
 * each list's intrinsic size so that new words are numbered after it).
 */
export function loadCoreModel(): CoreModel {
  const model = JSON.parse(readFileSync(CORE_MODEL_FILE, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = uint32sOfBase64(model.lexicon as string);
  model.xpansions = uint32sOfBase64(model.xpansions as string);
  packing.efList = [];
  for (const f in packing.layout) {
    const [, mask, shift, hasNoList, inEfList] = packing.layout[f];
    if (hasNoList === 0) {
      const feature = features[f];
      feature.hash = hashOf(feature.list);
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = mask >>> shift;
    }
    if (inEfList === 1) packing.efList.push(f);
  }
  features.lexeme.hash = hashOf(features.lexeme.list);
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((p) => pos.hash[p] || 0));
  return model;
}

/** The model given to `winkNLP()`: the package's parts, its core and meta-CER loaders replaced (see above). */
export const intactModel = {
  core: loadCoreModel,
  sbd: part('load-sbd-model.js'),
  pos: part('load-pos-model.js'),
  ner: part('load-ner-model.js'),
  negation: part('load-negation-model.js'),
  sa: part('load-sa-model.js'),
  metaCER: () => ({ machines: CER_META_MACHINES, transformers: CER_TRANSFORMERS }),
  featureFn: part('feature.js'),
  addons: {
    stem: part('porter-stemmer.js'),
    lemmatize: part('lemmatize.js'),
    readabilityStats: part('readability-stats.js'),
    wordVectors: undefined,
  },
} as unknown as typeof winkModel;
