import type { PathSegment } from '../parse/yaml-locate.ts';

/** Something a file uses that its stated format does not have yet. */
export interface LaterFeature {
  readonly path: readonly PathSegment[];
  /** The key as the trainer wrote it, for the message. */
  readonly key: string;
}
