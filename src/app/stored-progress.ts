import type { LastScore } from '../ui/components/scenario-card.ts';
import type { ResumeOffer } from '../ui/screens/title-screen.ts';
import type { SaveProblem } from '../domain/session/save.ts';
import type { AppPorts } from './app-machine.ts';
import { storedAttempts } from './attempt-store.ts';
import { resumeOffer } from './save-store.ts';
import type { KeyValueStore } from './storage.ts';

/** The app machine's reading of this browser's storage: each casus's save offer and last finished attempt. */
export function storePorts(store: KeyValueStore): AppPorts {
  return {
    readProgress: (scenarioIds) => {
      const saves = new Map<string, ResumeOffer>();
      const rejected = new Map<string, SaveProblem>();
      const lastScores = new Map<string, LastScore>();
      let setAside = false;
      for (const id of scenarioIds) {
        const offer = resumeOffer(store, id);
        if (offer.kind === 'rejected') rejected.set(id, offer.reason);
        else saves.set(id, offer);
        const last = storedAttempts(store, id, () => {
          setAside = true;
        }).at(-1);
        if (last) lastScores.set(id, { overall: last.overall, values: last.values });
      }
      return { saves, rejected, lastScores, setAside };
    },
  };
}
