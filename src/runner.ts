/**
 * Running one document through a built pipeline. Each stage's `run` is pure: the runner checks it
 * returned exactly the layers it declared, then merges them into the document. A stage that throws,
 * or reports an error, fails the document and the remaining stages are skipped.
 */
import { createDoc, type Doc, type SourceInfo } from './doc.js';
import { PeriodcheckError } from './errors.js';
import type { Pipeline } from './pipeline.js';

/** Runs every stage of `pipeline` on `doc`, in order; returns the same (now annotated) document. */
export function runPipeline(pipeline: Pipeline, doc: Doc): Doc {
  for (const { stage, options, resources } of pipeline.stages) {
    let output;
    try {
      output = stage.run(doc, { options, resources });
    } catch (e) {
      if (e instanceof PeriodcheckError) throw e;
      const problem = e instanceof Error ? `${e.message}${e.stack ? `\n${e.stack.split('\n').slice(1, 4).join('\n')}` : ''}` : String(e);
      throw new PeriodcheckError('E_STAGE_FAILED', { stage: stage.name, problem: `${problem} (document ${doc.id})` });
    }
    const returned = Object.keys(output.layers).sort();
    const declared = [...stage.provides].sort();
    if (returned.join() !== declared.join()) {
      throw new PeriodcheckError('E_STAGE_OUTPUT', {
        stage: stage.name,
        problem: `returned layers [${returned.join(', ')}] but declares [${declared.join(', ')}]`,
      });
    }
    Object.assign(doc.layers, output.layers);
    if (output.messages) doc.messages.push(...output.messages);
    const error = output.messages?.find((m) => m.severity === 'error');
    if (error) throw new PeriodcheckError('E_STAGE_FAILED', { stage: stage.name, problem: `${error.code}: ${error.message}` });
  }
  return doc;
}

/** Creates a document from a source and runs the pipeline on it. */
export function processSource(pipeline: Pipeline, id: string, source: SourceInfo): Doc {
  return runPipeline(pipeline, createDoc(id, source));
}
