import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { PathSegment, Position } from './yaml-locate.ts';

// The two types every stage shares: the parse stage makes the Locator, and each stage (parse, schema, resolve,
// check, analyse) returns Drafts located by it; load.ts adds the file name once.

/** Where a path stands in the file; with `keyOf`, where that key is written inside it. */
export type Locator = (path: readonly PathSegment[], keyOf?: string) => Position;

/** A diagnostic before its file is known. */
export type Draft = Omit<Diagnostic, 'file'>;
