/**
 * Events from parts of the page that start before the app actor does (reporting, storage): kept until a listener
 * comes, then handed over in order; later ones go straight to it.
 */
export interface EventBuffer<E> {
  readonly push: (event: E) => void;
  /** Hands over what was kept and listens; returns the stop. */
  readonly listen: (listener: (event: E) => void) => () => void;
}

export function eventBuffer<E>(): EventBuffer<E> {
  const kept: E[] = [];
  let listener: ((event: E) => void) | null = null;
  return {
    push: (event) => {
      if (listener) listener(event);
      else kept.push(event);
    },
    listen: (next) => {
      listener = next;
      for (const event of kept.splice(0)) next(event);
      return () => {
        if (listener === next) listener = null;
      };
    },
  };
}
