import { diagnosticsGuide } from '../diagnostics/guide.ts';
import { markers, type BlockMarkers } from './generated-block.ts';
import { keyReference } from './key-reference.ts';

/** The generated parts of scenarios/HANDLEIDING.md, each between its markers. */
export const GUIDE_FILE = 'scenarios/HANDLEIDING.md';

export function guideBlocks(): { readonly block: BlockMarkers; readonly content: string }[] {
  return [
    { block: markers('sleutels'), content: keyReference() },
    { block: markers('meldingen'), content: diagnosticsGuide() },
  ];
}
