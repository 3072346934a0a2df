import type { Lang } from '../../domain/scenario/text.ts';
import { renderOwnCasusRouteMap, type MomentChosen, type OwnCasusRouteMap } from '../../ui/components/own-casus-route-map.ts';
import { replaceChildren } from '../../ui/dom.ts';

/** The route map beside the editor: whatever the game's current route-map drawing is, behind this one function. */
export function mountRouteMap(area: HTMLElement, map: OwnCasusRouteMap, lang: Lang, onMomentSelected: MomentChosen): void {
  replaceChildren(area, renderOwnCasusRouteMap(map, lang, onMomentSelected));
}
