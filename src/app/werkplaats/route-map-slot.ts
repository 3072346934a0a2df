import type { Lang } from '../../domain/scenario/text.ts';
import { renderOwnScenarioRouteMap, type MomentChosen, type OwnScenarioRouteMap } from '../../ui/components/own-scenario-route-map.ts';
import { replaceChildren } from '../../ui/dom.ts';

/** The route map beside the editor: whatever the game's current route-map drawing is, behind this one function. */
export function mountRouteMap(area: HTMLElement, map: OwnScenarioRouteMap, lang: Lang, onMomentSelected: MomentChosen): void {
  replaceChildren(area, renderOwnScenarioRouteMap(map, lang, onMomentSelected));
}
